#include "dashboardpage.h"

#include "clientcontext.h"
#include "labels.h"
#include "sync/session.h"

#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QSqlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace civic::ui {

DashboardPage::DashboardPage(ClientContext *context, QWidget *parent)
    : Page(context, parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *body = new QWidget(scroll);
    scroll->setWidget(body);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);

    m_greeting = new QLabel(body);
    m_greeting->setObjectName(u"pageTitle"_s);
    layout->addWidget(m_greeting);
    m_scope = new QLabel(body);
    m_scope->setObjectName(u"pageSubtitle"_s);
    layout->addWidget(m_scope);

    for (auto factory : {createComplaintsDashboardSection, createNoticesDashboardSection, createFansDashboardSection,
                         createAssessmentDashboardSection}) {
        if (QWidget *section = factory(context)) {
            section->setParent(body);
            layout->addWidget(section);
        }
    }

    auto *panel = new QFrame(body);
    panel->setObjectName(u"panel"_s);
    auto *panelLayout = new QVBoxLayout(panel);
    auto *caption = new QLabel(tr("Notifications"), panel);
    caption->setObjectName(u"cardLabel"_s);
    panelLayout->addWidget(caption);
    m_notifications = new QListWidget(panel);
    m_notifications->setObjectName(u"notificationList"_s);
    m_notifications->setFrameShape(QFrame::NoFrame);
    m_notifications->setMinimumHeight(140);
    panelLayout->addWidget(m_notifications);
    m_noNotifications = new QLabel(tr("No notifications. Reminders (催办), rejected notices and overdue reviews "
                                      "for your unit appear here."),
                                   panel);
    m_noNotifications->setObjectName(u"emptyState"_s);
    m_noNotifications->setWordWrap(true);
    panelLayout->addWidget(m_noNotifications);
    layout->addWidget(panel);
    layout->addStretch(1);

    refreshGreeting();
    refreshNotifications();
    connect(context, &ClientContext::cacheChanged, this, [this](const QStringList &kinds) {
        if (kinds.contains(u"notification"_s))
            refreshNotifications();
    });
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

void DashboardPage::refreshGreeting()
{
    const auto &account = context()->session()->account();
    const int hour = QTime::currentTime().hour();
    const QString hello = hour < 11 ? tr("Good morning, %1") : hour < 18 ? tr("Good afternoon, %1") : tr("Good evening, %1");
    m_greeting->setText(hello.arg(account.displayName()));
    m_scope->setText(tr("%1 · %2 · %3")
                         .arg(account.unitName(), roleLabel(context()->actor().role),
                              QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));
}

void DashboardPage::refreshNotifications()
{
    m_notifications->clear();
    QSqlQuery q(context()->database());
    q.prepare(u"SELECT title, data, created_at, user_id FROM notification ORDER BY created_at DESC LIMIT 50"_s);
    if (q.exec()) {
        while (q.next()) {
            const QString user = q.value(3).toString();
            if (!user.isEmpty() && user != context()->actor().userId)
                continue;
            auto *item = new QListWidgetItem(theme::icon(theme::Glyph::Bell, theme::kAccent),
                                             u"%1  ·  %2"_s.arg(q.value(0).toString(), friendlyTime(q.value(2).toLongLong())));
            m_notifications->addItem(item);
        }
    }
    m_noNotifications->setVisible(m_notifications->count() == 0);
    m_notifications->setVisible(m_notifications->count() > 0);
}

Page *createDashboardPage(ClientContext *context)
{
    return new DashboardPage(context);
}

} // namespace civic::ui

#include "updatenotice.h"

#include "clientcontext.h"
#include "mainwindow.h"
#include "sync/session.h"
#include "theme.h"

#include <QApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace civic::ui {

namespace {

// A day between checks while CivicDesk stays open; five minutes after a failed attempt.
constexpr qint64 kRecheckMs = 24LL * 3600 * 1000;
constexpr qint64 kRetryMs = 5LL * 60 * 1000;

// Watches for main windows being shown and gives each one a notice.
class MainWindowWatcher : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show) {
            if (auto *window = qobject_cast<MainWindow *>(watched))
                UpdateNotice::attach(window);
        }
        return false;
    }
};

} // namespace

UpdateNotice::UpdateNotice(ClientContext *context, QString currentVersion, QWidget *parent)
    : QWidget(parent)
    , m_check(new sync::UpdateCheck(
          context->session()->api(), context->settings(), std::move(currentVersion), this))
{
    setObjectName(u"updateNotice"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(
        u"QWidget#updateNotice { background: #e6f4ff; border-bottom: 1px solid #91caff; }"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 6, 8, 6);
    layout->setSpacing(8);
    auto *icon = new QLabel(this);
    icon->setPixmap(theme::icon(theme::Glyph::Bell, theme::kAccent).pixmap(16, 16));
    m_text = new QLabel(this);
    m_text->setObjectName(u"updateLabel"_s);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_text, &QLabel::linkActivated, this,
        [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    m_dismiss = new QToolButton(this);
    m_dismiss->setObjectName(u"updateDismissButton"_s);
    m_dismiss->setText(tr("Not now"));
    m_dismiss->setToolTip(tr("Do not remind me of this version again"));
    m_dismiss->setAutoRaise(true);
    connect(m_dismiss, &QToolButton::clicked, this, &UpdateNotice::dismiss);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_dismiss);

    connect(m_check, &sync::UpdateCheck::updateAvailable, this, &UpdateNotice::offer);
    connect(m_check, &sync::UpdateCheck::finished, this, [this](bool answered) {
        if (answered)
            m_answeredAt = QDateTime::currentMSecsSinceEpoch();
        Q_EMIT checkFinished(answered);
    });
    connect(context, &ClientContext::statusChanged, this, &UpdateNotice::statusChanged);
    hide(); // until there is something to offer
    statusChanged(context->status());
}

UpdateNotice *UpdateNotice::attach(MainWindow *window)
{
    if (auto *existing = window->findChild<UpdateNotice *>())
        return existing;
    // Above everything the window shows (navigation, tree and page): its central widget goes
    // into a column under the bar.
    QWidget *content = window->takeCentralWidget();
    auto *column = new QWidget(window);
    column->setObjectName(u"updateColumn"_s);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *notice = new UpdateNotice(window->clientContext(), QStringLiteral(CIVIC_VERSION), column);
    layout->addWidget(notice);
    if (content)
        layout->addWidget(content, 1);
    window->setCentralWidget(column);
    return notice;
}

void UpdateNotice::attachToEveryMainWindow()
{
    static QPointer<QObject> watcher;
    if (watcher || !qApp)
        return;
    watcher = new MainWindowWatcher(qApp);
    qApp->installEventFilter(watcher);
}

void UpdateNotice::statusChanged(const sync::SyncStatus &status)
{
    // Only once a sync succeeded: the server is reachable and the session's token is fresh.
    if (!status.online || status.lastSyncAt <= 0 || m_check->running())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_answeredAt > 0 && now - m_answeredAt < kRecheckMs)
        return;
    if (now - m_attemptedAt < kRetryMs)
        return;
    m_attemptedAt = now;
    m_check->check();
}

void UpdateNotice::offer(const sync::ClientRelease &release)
{
    m_release = release;
    const QString download = tr("click to download");
    const QString link = u"<a href=\"%1\">%2</a>"_s.arg(
        release.url.toString(QUrl::FullyEncoded).toHtmlEscaped(), download.toHtmlEscaped());
    m_text->setText(
        tr("A new version %1 is available, %2").arg(release.version.toHtmlEscaped(), link));
    m_text->setToolTip(release.notes);
    show();
}

void UpdateNotice::dismiss()
{
    if (!m_release.version.isEmpty())
        m_check->skip(m_release.version);
    m_release = {};
    hide();
}

} // namespace civic::ui

#include "fansdashboard.h"

#include "charts/fanlabels.h"
#include "clientcontext.h"
#include "domain/chinatime.h"
#include "domain/org.h"
#include "item/fanfigures.h"
#include "pages/page.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::ui {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
const QColor kAlarm { 0xe5, 0x48, 0x4d };

QTableWidgetItem *cell(const QString &text, bool alarm)
{
    auto *item = new QTableWidgetItem(text);
    if (alarm) {
        item->setForeground(kAlarm);
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
    }
    return item;
}

} // namespace

FansDashboardSection::FansDashboardSection(ClientContext *context, QWidget *parent)
    : QFrame(parent)
    , m_context(context)
    , m_timer(new QTimer(this))
    , m_soon(new QTimer(this))
{
    setObjectName(u"panel"_s);
    setAccessibleName(u"fansDashboardSection"_s);
    const Level level = context->actor().unitLevel;
    m_oversees = level == Level::City || level == Level::District || level == Level::Street;
    auto *layout = new QVBoxLayout(this);
    auto *caption = new QLabel(tr("Fans this month"), this);
    caption->setObjectName(u"cardLabel"_s);
    layout->addWidget(caption);
    m_growth = new QLabel(this);
    m_growth->setObjectName(u"fanGrowthLabel"_s);
    m_growth->setWordWrap(true);
    m_growth->setStyleSheet(u"font-size: 11pt;"_s);
    layout->addWidget(m_growth);

    m_alarmCaption = new QLabel(this);
    m_alarmCaption->setObjectName(u"cardLabel"_s);
    m_alarmNote = new QLabel(
        tr("Communities with no notice for %1 days, complaints past their deadline without an "
           "answer, or fans falling two weeks running. Click one to open it.")
            .arg(item::kQuietNoticeDays),
        this);
    m_alarmNote->setObjectName(u"pageSubtitle"_s);
    m_alarmNote->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"neglectTable"_s);
    m_table->setHorizontalHeaderLabels({ tr("Community"), tr("Street"), tr("Last notice"),
        tr("Complaints past deadline"), tr("Fans") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setCursor(Qt::PointingHandCursor);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setMinimumHeight(120);
    m_table->setMaximumHeight(300);
    m_noAlarms = new QLabel(
        tr("No alarms: every community in your area published in the last %1 days, answers "
           "complaints in time and keeps its fans.")
            .arg(item::kQuietNoticeDays),
        this);
    m_noAlarms->setObjectName(u"emptyState"_s);
    m_noAlarms->setWordWrap(true);
    for (QWidget *w : { static_cast<QWidget *>(m_alarmCaption), static_cast<QWidget *>(m_alarmNote),
             static_cast<QWidget *>(m_table), static_cast<QWidget *>(m_noAlarms) }) {
        layout->addWidget(w);
        w->setVisible(m_oversees);
    }

    connect(m_table, &QTableWidget::cellClicked, this, &FansDashboardSection::open);
    connect(context, &ClientContext::cacheChanged, this, [this](const QStringList &kinds) {
        for (const auto &kind : { u"fan_day"_s, u"notice"_s, u"complaint"_s, u"org_unit"_s }) {
            // A pull brings a page every few milliseconds: at most one refresh per 250 ms.
            if (kinds.contains(kind) && !m_soon->isActive()) {
                m_soon->start();
                return;
            }
        }
    });
    m_soon->setSingleShot(true);
    m_soon->setInterval(250);
    connect(m_soon, &QTimer::timeout, this, &FansDashboardSection::refresh);
    // "No notice in 14 days" turns true with time alone.
    m_timer->setInterval(30 * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &FansDashboardSection::refresh);
    m_timer->start();
    refresh();
}

void FansDashboardSection::refresh()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QDate today = QDate::fromString(chinaDate(now), Qt::ISODate);
    const item::FanFigures figures(m_context->database());
    const item::FanUnitFigures month
        = figures.total(m_context->actor().unitCode, periodStart(today, FanPeriod::Month), today);
    if (!month.hasFigures) {
        m_growth->setText(tr("No fan figures yet."));
    } else {
        QString text
            = tr("Net %1 this month (%2 new, %3 unfollowed) · %4 followers")
                  .arg(fanlabels::signedNumber(month.net), fanlabels::number(month.newFollow),
                      fanlabels::number(month.unfollow), fanlabels::number(month.cumulativeEnd));
        if (month.households > 0)
            text += tr(" · penetration %1").arg(fanlabels::percent(month.penetration()));
        m_growth->setText(text);
    }
    if (!m_oversees)
        return;

    m_report = item::neglectAlarms(m_context->database(), m_context->actor().unitPath, now);
    m_alarmCaption->setText(tr("Communities needing attention: %1 of %2")
                                .arg(m_report.alarms.size())
                                .arg(m_report.communities));
    // A street's communities are all its own: the column would repeat its name.
    m_table->setColumnHidden(StreetColumn, m_context->actor().unitLevel == Level::Street);
    m_table->setColumnHidden(NoticeColumn, !m_report.noticesKnown);
    // docs: complaints past SLA show only once the cache holds the complaint kind table.
    m_table->setColumnHidden(ComplaintColumn, !m_report.complaintsKnown);
    m_table->setRowCount(int(m_report.alarms.size()));
    for (int row = 0; row < m_report.alarms.size(); ++row) {
        const item::NeglectAlarm &a = m_report.alarms.at(row);
        auto *name = cell(a.name, false);
        name->setData(Qt::UserRole, a.code);
        m_table->setItem(row, CommunityColumn, name);
        m_table->setItem(row, StreetColumn, cell(a.streetName, false));
        QString notice;
        if (!a.lastPublishedAt)
            notice = tr("Never published");
        else {
            const int days = int((now - *a.lastPublishedAt) / kDayMs);
            notice = days == 0 ? tr("Today") : tr("%n day(s) ago", nullptr, days);
        }
        m_table->setItem(row, NoticeColumn, cell(notice, a.quiet));
        m_table->setItem(row, ComplaintColumn,
            cell(a.overdueComplaints > 0 ? tr("%n overdue", nullptr, a.overdueComplaints) : u"—"_s,
                a.overdueComplaints > 0));
        m_table->setItem(row, FansColumn,
            cell(a.falling ? tr("Falling two weeks: %1, %2")
                                 .arg(fanlabels::signedNumber(a.fans.earlierNet),
                                     fanlabels::signedNumber(a.fans.laterNet))
                           : u"—"_s,
                a.falling));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int rows = std::min<int>(int(m_report.alarms.size()), 8);
    m_table->setFixedHeight(m_table->horizontalHeader()->height()
        + rows * m_table->verticalHeader()->defaultSectionSize() + 4);
    m_table->setVisible(!m_report.alarms.isEmpty());
    m_noAlarms->setVisible(m_report.alarms.isEmpty());
}

std::pair<int, QString> FansDashboardSection::target(int row, int column) const
{
    if (row < 0 || row >= m_report.alarms.size())
        return { -1, {} };
    const item::NeglectAlarm &a = m_report.alarms.at(row);
    switch (column) {
    case NoticeColumn:
        return { NoticesPageIndex, a.code };
    case ComplaintColumn:
        return { ComplaintsPageIndex, a.code };
    case FansColumn:
        return { FansPageIndex, a.code };
    default:
        // The community's name: the page of its first alarm.
        if (a.quiet)
            return { NoticesPageIndex, a.code };
        if (a.overdueComplaints > 0)
            return { ComplaintsPageIndex, a.code };
        return { FansPageIndex, a.code };
    }
}

void FansDashboardSection::open(int row, int column)
{
    const auto [index, code] = target(row, column);
    if (code.isEmpty())
        return;
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *page = qobject_cast<Page *>(w)) {
            Q_EMIT page->openRequested(index, code);
            return;
        }
    }
    m_context->setCurrentUnit(code);
}

} // namespace civic::ui

#include "complaintsdashboard.h"

#include "clientcontext.h"
#include "complaintspage.h"
#include "complaintui.h"
#include "item/complaintlabels.h"
#include "item/complaintrecords.h"
#include "mainwindow.h"

#include <QDateTime>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::ui {

ComplaintsDashboardSection::ComplaintsDashboardSection(ClientContext *context, QWidget *parent)
    : QFrame(parent)
    , m_context(context)
{
    setObjectName(u"panel"_s);
    setAccessibleName(u"complaintsDashboardSection"_s);
    auto *layout = new QVBoxLayout(this);
    m_mineCaption = new QLabel(this);
    m_mineCaption->setObjectName(u"cardLabel"_s);
    layout->addWidget(m_mineCaption);
    m_mine = new QLabel(this);
    m_mine->setObjectName(u"myComplaintsLabel"_s);
    m_mine->setTextFormat(Qt::RichText);
    m_mine->setWordWrap(true);
    layout->addWidget(m_mine);
    m_worstCaption = new QLabel(tr("Where overdue complaints pile up"), this);
    m_worstCaption->setObjectName(u"cardLabel"_s);
    layout->addWidget(m_worstCaption);
    m_worst = new QLabel(this);
    m_worst->setObjectName(u"worstSubtreesLabel"_s);
    m_worst->setTextFormat(Qt::RichText);
    m_worst->setWordWrap(true);
    layout->addWidget(m_worst);
    for (QLabel *label : { m_mine, m_worst })
        connect(label, &QLabel::linkActivated, this, &ComplaintsDashboardSection::open);
    // Above the community the level below is what to watch (PRODUCT.md §6).
    const Level level = context->actor().unitLevel;
    const bool above = level == Level::Street || level == Level::District || level == Level::City;
    m_worstCaption->setVisible(above);
    m_worst->setVisible(above);

    m_soon.setSingleShot(true);
    m_soon.setInterval(300);
    connect(&m_soon, &QTimer::timeout, this, &ComplaintsDashboardSection::refresh);
    connect(context, &ClientContext::cacheChanged, this, [this](const QStringList &kinds) {
        if (kinds.contains(u"complaint"_s) || kinds.contains(u"org_unit"_s))
            m_soon.start();
    });
    // The countdowns tick.
    m_minute.setInterval(60 * 1000);
    connect(&m_minute, &QTimer::timeout, this, &ComplaintsDashboardSection::refresh);
    m_minute.start();
    refresh();
}

void ComplaintsDashboardSection::refresh()
{
    const QSqlDatabase db = m_context->database();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int total = item::myOpenComplaintCount(db, m_context->actor());
    m_mineCaption->setText(tr("My open complaints (%1)").arg(total));
    QString html;
    for (const auto &c : item::myOpenComplaints(db, m_context->actor(), 6)) {
        ComplaintState s;
        s.status = c.status;
        s.dueAt = c.dueAt;
        s.firstReplyAt = c.firstReplyAt;
        const SlaState sla = slaState(s, now);
        html += u"<div style='margin:3px 0'><a href='complaint:%1' style='color:#1f2329; "
                u"text-decoration:none'>%2</a>"
                u"&nbsp;&nbsp;<span style='color:%3'>%4</span>&nbsp;&nbsp;<span style='color:%5; "
                u"font-weight:%6'>%7</span>"
                u"</div>"_s.arg(c.id, c.title.toHtmlEscaped(),
                    complaints::statusColor(c.status).name(),
                    item::complaintStatusLabel(c.status).toHtmlEscaped(),
                    complaints::slaColor(sla).name(),
                    sla == SlaState::Overdue || sla == SlaState::Amber ? u"bold"_s : u"normal"_s,
                    item::slaText(sla, c.dueAt, now).toHtmlEscaped());
    }
    if (html.isEmpty())
        html = u"<span style='color:#8c8c8c'>%1</span>"_s.arg(
            tr("Nothing open at your unit.").toHtmlEscaped());
    else if (total > 6)
        html += u"<div><a href='page:complaints'>%1</a></div>"_s.arg(
            tr("All %1 in the complaints box").arg(total).toHtmlEscaped());
    m_mine->setText(html);

    if (m_worst->isHidden())
        return;
    QString worst;
    const auto rows = item::worstSubtrees(db, m_context->actor().unitPath, now, 5);
    const int most = rows.isEmpty() ? 1 : std::max(1, rows.constFirst().overdue);
    for (const auto &r : rows) {
        const int width = std::max(4, 160 * r.overdue / most);
        worst += u"<table cellspacing='0' cellpadding='0' style='margin:2px 0'><tr>"
                 u"<td width='120'><a href='unit:%1' style='color:#1f2329; "
                 u"text-decoration:none'>%2</a></td>"
                 u"<td><table cellspacing='0' cellpadding='0'><tr><td width='%3' bgcolor='#e5484d' "
                 u"style='font-size:6pt'>&nbsp;</td></tr></table></td>"
                 u"<td>&nbsp;<span style='color:#e5484d; font-weight:bold'>%4</span>"
                 u"<span style='color:#8c8c8c'>&nbsp;%5</span></td></tr></table>"_s.arg(r.code,
                     r.name.toHtmlEscaped(), QString::number(width),
                     tr("%1 overdue").arg(r.overdue).toHtmlEscaped(),
                     tr("of %1 open").arg(r.open).toHtmlEscaped());
    }
    if (worst.isEmpty())
        worst = u"<span style='color:#8c8c8c'>%1</span>"_s.arg(
            tr("No overdue complaints below you.").toHtmlEscaped());
    m_worst->setText(worst);
}

void ComplaintsDashboardSection::open(const QString &link)
{
    auto *window = qobject_cast<MainWindow *>(this->window());
    if (!window)
        return;
    auto *page = qobject_cast<ComplaintsPage *>(window->page(ComplaintsPageIndex));
    if (link.startsWith(u"unit:")) {
        m_context->setCurrentUnit(link.mid(5));
        if (page)
            page->setOverdueOnly(true);
    } else if (link.startsWith(u"complaint:")) {
        m_context->setCurrentUnit(m_context->actor().unitCode);
        if (page)
            page->selectComplaint(link.mid(10));
    }
    window->showPage(ComplaintsPageIndex);
}

} // namespace civic::ui

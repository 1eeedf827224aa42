#include "complaintstats.h"

#include "clientcontext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::ui {

namespace {

// A rate whose denominator is 0 is "—", never 0 % or 100 % (domain complaintStatistics()).
QString percent(const std::optional<double> &rate)
{
    return rate ? QLocale().toString(*rate * 100.0, 'f', 1) + u"%"_s : u"—"_s;
}

QString hours(const std::optional<double> &value)
{
    return value ? QCoreApplication::translate("civic::ui::ComplaintStatsStrip", "%1 h")
                       .arg(QLocale().toString(*value, 'f', 1))
                 : u"—"_s;
}

} // namespace

ComplaintStatsStrip::ComplaintStatsStrip(ClientContext *context, QWidget *parent)
    : QFrame(parent)
    , m_context(context)
{
    setObjectName(u"complaintStatsStrip"_s);
    setStyleSheet(u"QFrame#complaintStatsStrip { background: white; border: 1px solid #e4e7ec; "
                  u"border-radius: 6px; }"
                  u" QLabel#statValue { font-size: 13pt; font-weight: bold; color: #1f2329; }"
                  u" QLabel#statCaption { color: #8c8c8c; font-size: 9pt; }"_s);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(12, 6, 12, 6);
    row->setSpacing(18);
    m_period = new QLabel(this);
    m_period->setObjectName(u"statPeriod"_s);
    m_period->setStyleSheet(u"color: #646a73;"_s);
    m_period->setWordWrap(true);
    // Wide enough for "近30天" on one line, and a date range on two.
    m_period->setMinimumWidth(m_period->fontMetrics().horizontalAdvance(u"2026-12-31 至"_s) + 4);
    m_period->setMaximumWidth(m_period->minimumWidth() + 20);
    row->addWidget(m_period);
    m_received = addFigure(tr("Received"), u"receivedValue"_s,
        tr("Complaints submitted in the period (merged duplicates left out)"));
    m_withinSla = addFigure(tr("Replied in time"), u"withinSlaValue"_s,
        tr("First reply within the deadline, of those whose outcome is known"));
    m_resolved = addFigure(
        tr("Resolution rate"), u"resolvedValue"_s, tr("Resolved or archived, of those received"));
    m_meanReply = addFigure(tr("To first reply"), u"meanReplyValue"_s,
        tr("Mean hours from submission to the first reply"));
    m_meanResolve = addFigure(
        tr("To resolution"), u"meanResolveValue"_s, tr("Mean hours from submission to resolution"));
    m_satisfaction = addFigure(tr("Satisfaction rate"), u"satisfactionValue"_s,
        tr("Satisfied counts 1, basically satisfied 0.5, of those rated"));
    m_community = addFigure(tr("Solved at community"), u"communityShareValue"_s,
        tr("Of the resolved, the share resolved while a community handled them"));
    m_escalations = addFigure(
        tr("Escalations"), u"escalationsValue"_s, tr("Escalations to street, district and city"));
    row->addStretch(1);
}

QLabel *ComplaintStatsStrip::addFigure(
    const QString &caption, const QString &objectName, const QString &tip)
{
    auto *box = new QVBoxLayout;
    box->setSpacing(0);
    auto *value = new QLabel(u"—"_s, this);
    value->setObjectName(u"statValue"_s);
    value->setAccessibleName(objectName);
    value->setToolTip(tip);
    auto *label = new QLabel(caption, this);
    label->setObjectName(u"statCaption"_s);
    label->setToolTip(tip);
    box->addWidget(value);
    box->addWidget(label);
    static_cast<QHBoxLayout *>(layout())->addLayout(box);
    return value;
}

void ComplaintStatsStrip::showStatistics(
    const item::ComplaintFilter &filter, qint64 from, qint64 to, const QString &periodText)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_stats = item::complaintStatisticsFor(m_context->database(), filter, from, to, now);
    m_period->setText(periodText);
    m_received->setText(QLocale().toString(m_stats.received));
    m_withinSla->setText(percent(m_stats.firstResponseWithinSlaRate));
    m_resolved->setText(percent(m_stats.resolutionRate));
    m_meanReply->setText(hours(m_stats.meanHoursToFirstResponse));
    m_meanResolve->setText(hours(m_stats.meanHoursToResolution));
    m_satisfaction->setText(percent(m_stats.satisfactionRate));
    m_community->setText(percent(m_stats.communityResolutionShare));
    m_escalations->setText(u"%1 · %2 · %3"_s.arg(m_stats.escalationsByLevel.value(Level::Street))
                               .arg(m_stats.escalationsByLevel.value(Level::District))
                               .arg(m_stats.escalationsByLevel.value(Level::City)));
    m_escalations->setToolTip(tr("To the street %1, to the district %2, to the city %3")
                                  .arg(m_stats.escalationsByLevel.value(Level::Street))
                                  .arg(m_stats.escalationsByLevel.value(Level::District))
                                  .arg(m_stats.escalationsByLevel.value(Level::City)));
    m_withinSla->setStyleSheet(
        m_stats.firstResponseWithinSlaRate && *m_stats.firstResponseWithinSlaRate < 0.9
            ? u"color: #e5484d;"_s
            : QString());
}

} // namespace civic::ui

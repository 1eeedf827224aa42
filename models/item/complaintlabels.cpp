#include "complaintlabels.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::item {

QString complaintStatusLabel(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::New:
        return QCoreApplication::translate("civic::item::ComplaintLabels", "New");
    case ComplaintStatus::Accepted:
        return QCoreApplication::translate("civic::item::ComplaintLabels", "Accepted");
    case ComplaintStatus::Escalated:
        return QCoreApplication::translate("civic::item::ComplaintLabels", "Escalated");
    case ComplaintStatus::Transferred:
        return QCoreApplication::translate("civic::item::ComplaintLabels", "Transferred");
    case ComplaintStatus::Resolved:
        return QCoreApplication::translate("civic::item::ComplaintLabels", "Resolved");
    case ComplaintStatus::Closed:
        return QCoreApplication::translate("civic::item::ComplaintLabels", "Archived");
    case ComplaintStatus::Reopened:
        return QCoreApplication::translate("civic::item::ComplaintLabels", "Reopened");
    }
    return {};
}

QString complaintStatusLabel(const QString &statusName)
{
    const auto status = complaintStatusFromName(statusName);
    return status ? complaintStatusLabel(*status) : statusName;
}

QString complaintChannelLabel(const QString &channelName)
{
    const auto channel = complaintChannelFromName(channelName);
    if (!channel)
        return channelName;
    switch (*channel) {
    case ComplaintChannel::WeChat:
        return QCoreApplication::translate("civic::item::ComplaintLabels", "WeChat suggestion box");
    case ComplaintChannel::Photo:
        return QCoreApplication::translate("civic::item::ComplaintLabels", "Photo report");
    case ComplaintChannel::Phone:
        return QCoreApplication::translate("civic::item::ComplaintLabels", "Phone");
    case ComplaintChannel::WalkIn:
        return QCoreApplication::translate("civic::item::ComplaintLabels", "Walk-in");
    case ComplaintChannel::Grid:
        return QCoreApplication::translate("civic::item::ComplaintLabels", "Grid discovery");
    }
    return channelName;
}

QString satisfactionLabel(Satisfaction value)
{
    switch (value) {
    case Satisfaction::Satisfied:
        return QCoreApplication::translate("civic::item::ComplaintLabels", "Satisfied");
    case Satisfaction::Basic:
        return QCoreApplication::translate("civic::item::ComplaintLabels", "Basically satisfied");
    case Satisfaction::Unsatisfied:
        return QCoreApplication::translate("civic::item::ComplaintLabels", "Dissatisfied");
    }
    return {};
}

QString satisfactionLabel(const QString &valueName)
{
    const auto value = satisfactionFromName(valueName);
    return value ? satisfactionLabel(*value) : valueName;
}

QString complaintEventLabel(const QString &type)
{
    static const QHash<QString, const char *> labels = {
        { u"create"_s, QT_TRANSLATE_NOOP("civic::item::ComplaintLabels", "Complaint received") },
        { u"reply"_s,
            QT_TRANSLATE_NOOP("civic::item::ComplaintLabels", "Replied to the resident") },
        { u"note"_s, QT_TRANSLATE_NOOP("civic::item::ComplaintLabels", "Internal note") },
        { u"assign"_s, QT_TRANSLATE_NOOP("civic::item::ComplaintLabels", "Assigned") },
        { u"accept"_s, QT_TRANSLATE_NOOP("civic::item::ComplaintLabels", "Accepted") },
        { u"escalate"_s, QT_TRANSLATE_NOOP("civic::item::ComplaintLabels", "Escalated") },
        { u"transfer"_s, QT_TRANSLATE_NOOP("civic::item::ComplaintLabels", "Transferred") },
        { u"return"_s, QT_TRANSLATE_NOOP("civic::item::ComplaintLabels", "Reassigned down") },
        { u"take_over"_s, QT_TRANSLATE_NOOP("civic::item::ComplaintLabels", "Taken over") },
        { u"object"_s,
            QT_TRANSLATE_NOOP("civic::item::ComplaintLabels", "Sent back by the department") },
        { u"resolve"_s, QT_TRANSLATE_NOOP("civic::item::ComplaintLabels", "Resolved") },
        { u"reopen"_s, QT_TRANSLATE_NOOP("civic::item::ComplaintLabels", "Reopened") },
        { u"satisfaction"_s,
            QT_TRANSLATE_NOOP("civic::item::ComplaintLabels", "Satisfaction recorded") },
        { u"close"_s, QT_TRANSLATE_NOOP("civic::item::ComplaintLabels", "Archived") },
        { u"mark_example"_s,
            QT_TRANSLATE_NOOP("civic::item::ComplaintLabels", "Marked as a service example") },
        { u"merge"_s, QT_TRANSLATE_NOOP("civic::item::ComplaintLabels", "Merged") },
        { u"urge"_s, QT_TRANSLATE_NOOP("civic::item::ComplaintLabels", "Urged") },
    };
    const auto it = labels.constFind(type);
    return it == labels.constEnd()
        ? type
        : QCoreApplication::translate("civic::item::ComplaintLabels", *it);
}

QString handlingLevelLabel(Level level)
{
    switch (level) {
    case Level::City:
        return QCoreApplication::translate("civic::item::ComplaintLabels", "City");
    case Level::District:
        return QCoreApplication::translate("civic::item::ComplaintLabels", "District");
    case Level::Street:
        return QCoreApplication::translate("civic::item::ComplaintLabels", "Street");
    case Level::Community:
        return QCoreApplication::translate("civic::item::ComplaintLabels", "Community");
    case Level::Grid:
        return QCoreApplication::translate("civic::item::ComplaintLabels", "Grid");
    case Level::Department:
        return QCoreApplication::translate("civic::item::ComplaintLabels", "Department");
    }
    return {};
}

QString durationText(qint64 ms, bool withMinutes)
{
    const qint64 totalMinutes = std::max<qint64>(0, ms / 60000);
    const qint64 days = totalMinutes / (24 * 60);
    const qint64 hours = (totalMinutes / 60) % 24;
    const qint64 minutes = totalMinutes % 60;
    if (days > 0)
        return hours > 0
            ? QCoreApplication::translate("civic::item::ComplaintLabels", "%1 d %2 h")
                  .arg(days)
                  .arg(hours)
            : QCoreApplication::translate("civic::item::ComplaintLabels", "%1 d").arg(days);
    if (hours > 0)
        return withMinutes && minutes > 0
            ? QCoreApplication::translate("civic::item::ComplaintLabels", "%1 h %2 min")
                  .arg(hours)
                  .arg(minutes)
            : QCoreApplication::translate("civic::item::ComplaintLabels", "%1 h").arg(hours);
    return QCoreApplication::translate("civic::item::ComplaintLabels", "%1 min")
        .arg(std::max<qint64>(minutes, withMinutes ? minutes : 1));
}

QString slaText(SlaState state, qint64 dueAt, qint64 now)
{
    switch (state) {
    case SlaState::Met:
        return QCoreApplication::translate("civic::item::ComplaintLabels", "Answered in time");
    case SlaState::Late:
        return QCoreApplication::translate("civic::item::ComplaintLabels", "Answered late");
    case SlaState::Pending:
    case SlaState::Amber:
        return QCoreApplication::translate("civic::item::ComplaintLabels", "%1 left")
            .arg(durationText(dueAt - now, true));
    case SlaState::Overdue:
        return QCoreApplication::translate("civic::item::ComplaintLabels", "Overdue by %1")
            .arg(durationText(now - dueAt, false));
    }
    return {};
}

} // namespace civic::item

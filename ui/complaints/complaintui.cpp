#include "complaintui.h"

#include "item/complaintlabels.h"
#include "theme.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::ui::complaints {

QString actionLabel(ComplaintAction action)
{
    switch (action) {
    case ComplaintAction::Reply:
        return QCoreApplication::translate("civic::ui::ComplaintActions", "Reply");
    case ComplaintAction::Note:
        return QCoreApplication::translate("civic::ui::ComplaintActions", "Note");
    case ComplaintAction::Assign:
        return QCoreApplication::translate("civic::ui::ComplaintActions", "Assign");
    case ComplaintAction::Accept:
        return QCoreApplication::translate("civic::ui::ComplaintActions", "Accept");
    case ComplaintAction::Escalate:
        return QCoreApplication::translate("civic::ui::ComplaintActions", "Escalate");
    case ComplaintAction::Transfer:
        return QCoreApplication::translate("civic::ui::ComplaintActions", "Transfer");
    case ComplaintAction::Return:
        return QCoreApplication::translate("civic::ui::ComplaintActions", "Reassign down");
    case ComplaintAction::TakeOver:
        return QCoreApplication::translate("civic::ui::ComplaintActions", "Take over");
    case ComplaintAction::Object:
        return QCoreApplication::translate("civic::ui::ComplaintActions", "Send back");
    case ComplaintAction::Resolve:
        return QCoreApplication::translate("civic::ui::ComplaintActions", "Resolve");
    case ComplaintAction::Reopen:
        return QCoreApplication::translate("civic::ui::ComplaintActions", "Reopen");
    case ComplaintAction::Satisfaction:
        return QCoreApplication::translate("civic::ui::ComplaintActions", "Satisfaction");
    case ComplaintAction::Close:
        return QCoreApplication::translate("civic::ui::ComplaintActions", "Archive");
    case ComplaintAction::MarkExample:
        return QCoreApplication::translate("civic::ui::ComplaintActions", "Service example");
    case ComplaintAction::Merge:
        return QCoreApplication::translate("civic::ui::ComplaintActions", "Merge");
    case ComplaintAction::Urge:
        return QCoreApplication::translate("civic::ui::ComplaintActions", "Urge");
    }
    return {};
}

QString actionObjectName(ComplaintAction action)
{
    // "complaint.take_over" → "takeOverButton".
    const QString name = complaintActionName(action).mid(QStringLiteral("complaint.").size());
    QString camel;
    bool upper = false;
    for (const QChar c : name) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        camel.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return camel + u"Button"_s;
}

namespace {

bool isAbove(Role role)
{
    return role == Role::Street || role == Role::District || role == Role::City;
}

// PRODUCT.md §1 roles: which ever take the action at all (permissions.cpp complaintAction).
bool roleTakes(Role role, ComplaintAction action)
{
    if (role == Role::Viewer)
        return false;
    switch (action) {
    case ComplaintAction::Escalate:
        return role != Role::City && role != Role::Department;
    case ComplaintAction::Transfer:
    case ComplaintAction::Return:
    case ComplaintAction::TakeOver:
    case ComplaintAction::Urge:
        return isAbove(role);
    case ComplaintAction::Object:
        return role == Role::Department;
    case ComplaintAction::MarkExample:
        return role == Role::Director || isAbove(role);
    case ComplaintAction::Satisfaction:
    case ComplaintAction::Reply:
    case ComplaintAction::Note:
    case ComplaintAction::Assign:
    case ComplaintAction::Accept:
    case ComplaintAction::Resolve:
    case ComplaintAction::Reopen:
    case ComplaintAction::Close:
    case ComplaintAction::Merge:
        return true;
    }
    return false;
}

QString permissionReason(ComplaintAction action, const QString &handlingName)
{
    switch (action) {
    case ComplaintAction::TakeOver:
    case ComplaintAction::Urge:
        return QCoreApplication::translate(
            "civic::ui::ComplaintActions", "Only a unit above the handling unit (%1) can do this.")
            .arg(handlingName);
    case ComplaintAction::MarkExample:
        return QCoreApplication::translate("civic::ui::ComplaintActions",
            "Only the community director or a level above marks service examples.");
    default:
        return QCoreApplication::translate("civic::ui::ComplaintActions",
            "The complaint is handled by %1; only that unit can do this.")
            .arg(handlingName);
    }
}

} // namespace

ActionAvailability availability(const Actor &actor, const item::ComplaintDetail &complaint,
    ComplaintAction action, qint64 now, const QString &handlingName)
{
    ActionAvailability a;
    a.visible = roleTakes(actor.role, action);
    if (!a.visible)
        return a;
    const ComplaintState &s = complaint.state;
    // The state first: "not possible now" says more than "not yours".
    if (const auto error = checkAvailable(s, action)) {
        a.reason = refusalText(error->code, error->message);
        if (error->code == u"invalid_status")
            a.reason = QCoreApplication::translate(
                "civic::ui::ComplaintActions", "Not possible while the complaint is %1.")
                           .arg(item::complaintStatusLabel(s.status));
        return a;
    }
    if (permit(actor, permissionAction(action), complaintSubject(s)) != Verdict::Allowed) {
        a.reason = permissionReason(action, handlingName);
        return a;
    }
    // The rules that need no input from the user.
    std::optional<ComplaintRuleError> rule;
    switch (action) {
    case ComplaintAction::Escalate:
        if (escalationTargetPath(s).isEmpty())
            rule = ComplaintRuleError { u"no_escalation_target"_s, {}, {} };
        break;
    case ComplaintAction::Transfer:
        if (s.handlingLevel == Level::Community || s.handlingLevel == Level::Grid)
            rule = ComplaintRuleError { u"transfer_below_street"_s, {}, {} };
        break;
    case ComplaintAction::Reopen:
        if (!s.resolvedAt || now - *s.resolvedAt > kReopenWindowMs)
            rule = ComplaintRuleError { u"reopen_window_passed"_s, {}, {} };
        break;
    case ComplaintAction::MarkExample: {
        const ComplaintResult r = ComplaintWorkflow::markServiceExample(s);
        if (!r.ok())
            rule = r.error;
        break;
    }
    case ComplaintAction::TakeOver: {
        OrgUnit mine { actor.unitCode, {}, actor.unitLevel, {}, actor.unitPath, 0 };
        const ComplaintResult r = ComplaintWorkflow::takeOver(s, mine);
        if (!r.ok())
            rule = r.error;
        break;
    }
    default:
        break;
    }
    if (rule) {
        a.reason = refusalText(rule->code, rule->message);
        return a;
    }
    a.enabled = true;
    return a;
}

QString refusalText(const QString &code, const QString &fallback)
{
    static const QHash<QString, const char *> texts = {
        { u"invalid_status"_s,
            QT_TRANSLATE_NOOP(
                "civic::ui::ComplaintActions", "Not possible in the complaint's current status.") },
        { u"complaint_merged"_s,
            QT_TRANSLATE_NOOP("civic::ui::ComplaintActions",
                "This complaint was merged into another; act on that one.") },
        { u"text_required"_s,
            QT_TRANSLATE_NOOP("civic::ui::ComplaintActions", "Please write the text.") },
        { u"reason_required"_s,
            QT_TRANSLATE_NOOP("civic::ui::ComplaintActions", "Please give a reason.") },
        { u"assignee_required"_s,
            QT_TRANSLATE_NOOP("civic::ui::ComplaintActions", "Please choose a worker.") },
        { u"assignee_not_in_unit"_s,
            QT_TRANSLATE_NOOP("civic::ui::ComplaintActions",
                "The worker is not an active account of the handling unit.") },
        { u"resolution_required"_s,
            QT_TRANSLATE_NOOP(
                "civic::ui::ComplaintActions", "Please describe how it was resolved.") },
        { u"reply_required"_s,
            QT_TRANSLATE_NOOP(
                "civic::ui::ComplaintActions", "Please write the final reply to the resident.") },
        { u"content_required"_s,
            QT_TRANSLATE_NOOP(
                "civic::ui::ComplaintActions", "Please enter what the resident reported.") },
        { u"not_a_community"_s,
            QT_TRANSLATE_NOOP("civic::ui::ComplaintActions",
                "A complaint is filed at a community or one of its grids.") },
        { u"no_escalation_target"_s,
            QT_TRANSLATE_NOOP(
                "civic::ui::ComplaintActions", "There is no level above to escalate to.") },
        { u"escalation_target_invalid"_s,
            QT_TRANSLATE_NOOP(
                "civic::ui::ComplaintActions", "A complaint goes up one level at a time.") },
        { u"transfer_below_street"_s,
            QT_TRANSLATE_NOOP("civic::ui::ComplaintActions",
                "Communities do not transfer to departments; escalate to the street first.") },
        { u"already_at_department"_s,
            QT_TRANSLATE_NOOP(
                "civic::ui::ComplaintActions", "The complaint is already at a department.") },
        { u"not_a_department"_s,
            QT_TRANSLATE_NOOP(
                "civic::ui::ComplaintActions", "Please choose a functional department.") },
        { u"department_out_of_reach"_s,
            QT_TRANSLATE_NOOP("civic::ui::ComplaintActions",
                "Only departments of the complaint's district or of the city can receive it.") },
        { u"no_return_to_community"_s,
            QT_TRANSLATE_NOOP("civic::ui::ComplaintActions",
                "An escalated complaint is never sent back to a community.") },
        { u"return_target_invalid"_s,
            QT_TRANSLATE_NOOP("civic::ui::ComplaintActions",
                "A complaint is reassigned only to a unit below its handling unit.") },
        { u"take_over_not_above"_s,
            QT_TRANSLATE_NOOP("civic::ui::ComplaintActions",
                "Only a unit above the handling unit can take it over.") },
        { u"no_transferring_unit"_s,
            QT_TRANSLATE_NOOP("civic::ui::ComplaintActions",
                "No unit transferred it here, so it cannot be sent back.") },
        { u"reopen_window_passed"_s,
            QT_TRANSLATE_NOOP("civic::ui::ComplaintActions",
                "More than 7 days have passed since it was resolved.") },
        { u"service_example_incomplete"_s,
            QT_TRANSLATE_NOOP("civic::ui::ComplaintActions",
                "A service example needs the nickname, time, content, resolution, final reply and "
                "the rating satisfied.") },
        { u"already_service_example"_s,
            QT_TRANSLATE_NOOP("civic::ui::ComplaintActions", "It is already a service example.") },
        { u"merge_into_self"_s,
            QT_TRANSLATE_NOOP(
                "civic::ui::ComplaintActions", "A complaint cannot be merged into itself.") },
        { u"primary_merged"_s,
            QT_TRANSLATE_NOOP("civic::ui::ComplaintActions",
                "That complaint was itself merged; choose the one it went into.") },
        { u"primary_closed"_s,
            QT_TRANSLATE_NOOP("civic::ui::ComplaintActions", "That complaint is archived.") },
        { u"forbidden"_s,
            QT_TRANSLATE_NOOP(
                "civic::ui::ComplaintActions", "This is not yours to do on this complaint.") },
        { u"not_found"_s,
            QT_TRANSLATE_NOOP(
                "civic::ui::ComplaintActions", "The complaint or unit is not in your scope.") },
        { u"conflict"_s,
            QT_TRANSLATE_NOOP("civic::ui::ComplaintActions",
                "Someone changed it meanwhile; look again and retry.") },
        { u"exists"_s,
            QT_TRANSLATE_NOOP(
                "civic::ui::ComplaintActions", "This complaint was entered already.") },
        { u"invalid_field"_s,
            QT_TRANSLATE_NOOP("civic::ui::ComplaintActions", "Some input is not valid.") },
        { u"cache_busy"_s,
            QT_TRANSLATE_NOOP(
                "civic::ui::ComplaintActions", "The local data is busy; please try again.") },
        { u"cache_write"_s,
            QT_TRANSLATE_NOOP(
                "civic::ui::ComplaintActions", "The change could not be saved locally.") },
    };
    const auto it = texts.constFind(code);
    if (it == texts.constEnd())
        return fallback.isEmpty() ? code : fallback;
    QString text = QCoreApplication::translate("civic::ui::ComplaintActions", *it);
    // The field at fault says more than "some input" (e.g. "payload.phone …").
    if (code == u"invalid_field" && !fallback.isEmpty())
        text += u" ("_s + fallback + u")"_s;
    return text;
}

QColor slaColor(SlaState state)
{
    switch (state) {
    case SlaState::Overdue:
        return theme::kDanger;
    case SlaState::Amber:
        return theme::kWarning;
    case SlaState::Late:
        return QColor(0xb3, 0x6b, 0x00);
    case SlaState::Met:
        return QColor(0x38, 0x9e, 0x0d);
    case SlaState::Pending:
        return QColor(0x3a, 0x3f, 0x46);
    }
    return theme::kMuted;
}

QColor statusColor(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::New:
    case ComplaintStatus::Reopened:
        return theme::kDanger;
    case ComplaintStatus::Accepted:
        return theme::kAccent;
    case ComplaintStatus::Escalated:
    case ComplaintStatus::Transferred:
        return QColor(0x72, 0x2e, 0xd1);
    case ComplaintStatus::Resolved:
        return QColor(0x38, 0x9e, 0x0d);
    case ComplaintStatus::Closed:
        return theme::kMuted;
    }
    return theme::kMuted;
}

} // namespace civic::ui::complaints

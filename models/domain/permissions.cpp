#include "permissions.h"

namespace civic::domain {

namespace {

bool isStaffAbove(Role role)
{
    return role == Role::Street || role == Role::District || role == Role::City;
}

bool isCommunityStaff(Role role)
{
    return role == Role::Worker || role == Role::Director;
}

bool visible(const Actor &actor, const Subject &subject)
{
    if (pathWithin(subject.unitPath, actor.unitPath))
        return true;
    switch (subject.kind) {
    case Kind::OrgUnit:
        // Everyone sees the chain of units above their own: the tree needs its root.
    case Kind::RuleSet:
        // PRODUCT.md §5: every unit of a district may read the rules it is scored by.
        return pathWithin(actor.unitPath, subject.unitPath);
    case Kind::Complaint:
        // PRODUCT.md §1: a department sees only the complaints transferred to it.
        return actor.role == Role::Department && subject.departments.contains(actor.unitCode);
    default:
        return false;
    }
}

// The user belongs to the unit handling the complaint (a grid worker counts for the
// community the grid belongs to).
bool handles(const Actor &actor, const Subject &subject)
{
    if (subject.handlingPath.isEmpty())
        return false;
    if (actor.unitPath == subject.handlingPath)
        return true;
    return subject.handlingLevel == Level::Community && actor.unitLevel == Level::Grid
        && pathWithin(actor.unitPath, subject.handlingPath);
}

// Strictly inside the user's subtree (not the user's own unit).
bool below(const Actor &actor, QStringView path)
{
    return pathWithin(path, actor.unitPath) && path != actor.unitPath;
}

bool complaintAction(const Actor &actor, Action action, const Subject &s)
{
    const bool handling = handles(actor, s) && actor.role != Role::Viewer;
    const bool within = pathWithin(s.unitPath, actor.unitPath);
    switch (action) {
    case Action::ComplaintCreate:
        return (isCommunityStaff(actor.role) || isStaffAbove(actor.role)) && within
            && (s.unitLevel == Level::Community || s.unitLevel == Level::Grid);
    case Action::ComplaintReply:
    case Action::ComplaintResolve:
    case Action::ComplaintAssign:
    case Action::ComplaintMerge:
    case Action::ComplaintViewPersonalData:
        return handling;
    case Action::ComplaintNote:
        return actor.role != Role::Viewer;
    case Action::ComplaintEscalate:
        // One level up from a community, street or district; the city and departments
        // have nowhere further to send it.
        return handling && actor.role != Role::Department
            && (s.handlingLevel == Level::Community || s.handlingLevel == Level::Grid
                || s.handlingLevel == Level::Street || s.handlingLevel == Level::District);
    case Action::ComplaintTransfer:
    case Action::ComplaintReturn:
        // PRODUCT.md §2: transfer to a department from street level up.
        return handling && isStaffAbove(actor.role);
    case Action::ComplaintTakeOver:
    case Action::ComplaintUrge:
        // PRODUCT.md §2: upper levels may step in on (or chase) anything handled below them.
        return isStaffAbove(actor.role) && within && below(actor, s.handlingPath);
    case Action::ComplaintObject:
        return handling && actor.role == Role::Department;
    case Action::ComplaintReopen:
    case Action::ComplaintClose:
        // PRODUCT.md §2: upper levels step in on what is handled below them; nobody below
        // the handling unit (a street under its district, a community after escalation)
        // reopens or closes the case of the unit above it.
        return handling || (isStaffAbove(actor.role) && within && below(actor, s.handlingPath));
    case Action::ComplaintSatisfaction:
        return handling || (within && actor.role != Role::Viewer && actor.role != Role::Department);
    case Action::ComplaintMarkExample:
        return within
            && (actor.role == Role::Director || isStaffAbove(actor.role));
    default:
        return false;
    }
}

bool noticeAction(const Actor &actor, Action action, const Subject &s)
{
    const bool author = s.ownerId.isEmpty() || s.ownerId == actor.userId;
    const bool sameUnit = s.unitPath == actor.unitPath;
    const bool publisher = isCommunityStaff(actor.role) || isStaffAbove(actor.role);
    switch (action) {
    case Action::NoticeSave:
    case Action::NoticeSubmit:
    case Action::NoticeWithdraw:
        return publisher && sameUnit && author;
    case Action::NoticePublish:
        return publisher && sameUnit;
    case Action::NoticeApprove:
    case Action::NoticeReject:
        // PRODUCT.md §3: the step's role at the step's unit, and never one's own notice.
        return s.stepRole && *s.stepRole == actor.role && s.stepUnitPath == actor.unitPath
            && s.ownerId != actor.userId;
    default:
        return false;
    }
}

} // namespace

QString actionName(Action action)
{
    switch (action) {
    case Action::Read: return QStringLiteral("read");
    case Action::OrgManage: return QStringLiteral("org.manage");
    case Action::UserManage: return QStringLiteral("user.manage");
    case Action::ComplaintCreate: return QStringLiteral("complaint.create");
    case Action::ComplaintReply: return QStringLiteral("complaint.reply");
    case Action::ComplaintNote: return QStringLiteral("complaint.note");
    case Action::ComplaintAssign: return QStringLiteral("complaint.assign");
    case Action::ComplaintEscalate: return QStringLiteral("complaint.escalate");
    case Action::ComplaintTransfer: return QStringLiteral("complaint.transfer");
    case Action::ComplaintReturn: return QStringLiteral("complaint.return");
    case Action::ComplaintTakeOver: return QStringLiteral("complaint.take_over");
    case Action::ComplaintObject: return QStringLiteral("complaint.object");
    case Action::ComplaintResolve: return QStringLiteral("complaint.resolve");
    case Action::ComplaintReopen: return QStringLiteral("complaint.reopen");
    case Action::ComplaintSatisfaction: return QStringLiteral("complaint.satisfaction");
    case Action::ComplaintClose: return QStringLiteral("complaint.close");
    case Action::ComplaintMarkExample: return QStringLiteral("complaint.mark_example");
    case Action::ComplaintMerge: return QStringLiteral("complaint.merge");
    case Action::ComplaintUrge: return QStringLiteral("complaint.urge");
    case Action::ComplaintViewPersonalData: return QStringLiteral("complaint.view_personal_data");
    case Action::NoticeSave: return QStringLiteral("notice.save");
    case Action::NoticeSubmit: return QStringLiteral("notice.submit");
    case Action::NoticeWithdraw: return QStringLiteral("notice.withdraw");
    case Action::NoticeApprove: return QStringLiteral("notice.approve");
    case Action::NoticeReject: return QStringLiteral("notice.reject");
    case Action::NoticePublish: return QStringLiteral("notice.publish");
    case Action::FansImport: return QStringLiteral("fans.import");
    case Action::TaskIssue: return QStringLiteral("task.issue");
    case Action::TaskSubmit: return QStringLiteral("task.submit");
    case Action::ClaimSubmit: return QStringLiteral("claim.submit");
    case Action::ClaimReview: return QStringLiteral("claim.review");
    case Action::RuleSetEdit: return QStringLiteral("rule_set.edit");
    case Action::AssessmentPublish: return QStringLiteral("assessment.publish");
    case Action::DistrictSettingsEdit: return QStringLiteral("district_settings.edit");
    }
    return {};
}

Verdict permit(const Actor &actor, Action action, const Subject &subject)
{
    if (actor.unitPath.isEmpty() || !visible(actor, subject))
        return Verdict::NotFound;
    if (action == Action::Read)
        return Verdict::Allowed;
    // A role at a unit of the wrong level (a data error) may only look.
    if (actor.role == Role::Viewer || !roleFitsLevel(actor.role, actor.unitLevel))
        return Verdict::Forbidden;

    const bool within = pathWithin(subject.unitPath, actor.unitPath);
    const bool sameUnit = subject.unitPath == actor.unitPath;
    bool allowed = false;
    switch (action) {
    case Action::Read:
        allowed = true;
        break;
    case Action::OrgManage:
        allowed = subject.kind == Kind::OrgUnit
            && ((actor.role == Role::City && within)
                || (actor.role == Role::District && below(actor, subject.unitPath)));
        break;
    case Action::UserManage:
        allowed = subject.kind == Kind::User
            && (actor.role == Role::City || actor.role == Role::District) && within;
        break;
    case Action::FansImport:
        allowed = subject.unitLevel == Level::Community
            && ((isCommunityStaff(actor.role) && sameUnit) || (isStaffAbove(actor.role) && within));
        break;
    case Action::TaskIssue:
    case Action::RuleSetEdit:
    case Action::AssessmentPublish:
    case Action::DistrictSettingsEdit:
        // District-wide matters belong to the district office, and the city above it.
        allowed = subject.unitLevel == Level::District
            && ((actor.role == Role::District && sameUnit) || (actor.role == Role::City && within));
        break;
    case Action::ClaimReview:
        // PRODUCT.md §5: claims are the communities' records, "approved or rejected by the
        // district": the district over the claim's community, or the city.
        allowed = (actor.role == Role::District || actor.role == Role::City) && within;
        break;
    case Action::TaskSubmit:
    case Action::ClaimSubmit:
        // PRODUCT.md §5: "a community submits" tasks and claims: any of its staff, not
        // only the one who drafted the claim.
        allowed = isCommunityStaff(actor.role) && sameUnit;
        break;
    case Action::NoticeSave:
    case Action::NoticeSubmit:
    case Action::NoticeWithdraw:
    case Action::NoticeApprove:
    case Action::NoticeReject:
    case Action::NoticePublish:
        allowed = subject.kind == Kind::Notice && noticeAction(actor, action, subject);
        break;
    default:
        allowed = subject.kind == Kind::Complaint && complaintAction(actor, action, subject);
        break;
    }
    return allowed ? Verdict::Allowed : Verdict::Forbidden;
}

} // namespace civic::domain

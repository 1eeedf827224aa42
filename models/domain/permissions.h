#pragma once

#include "org.h"
#include "roles.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace civic::domain {

// The signed-in user as the rules see them.
struct Actor
{
    QString userId;
    Role role = Role::Viewer;
    QString unitCode;
    Level unitLevel = Level::Community;
    QString unitPath;
};

// The kinds of record the rules distinguish.
enum class Kind {
    OrgUnit, User, Complaint, Notice, FanDay, Task, Claim, RuleSet, Assessment, Settings
};

// Everything a user can attempt. Read covers every GET and every pulled change.
enum class Action {
    Read,
    OrgManage,
    UserManage,
    ComplaintCreate,
    ComplaintReply,
    ComplaintNote,
    ComplaintAssign,
    ComplaintEscalate,
    ComplaintTransfer,
    ComplaintReturn,
    ComplaintTakeOver,
    ComplaintObject,
    ComplaintResolve,
    ComplaintReopen,
    ComplaintSatisfaction,
    ComplaintClose,
    ComplaintMarkExample,
    ComplaintMerge,
    ComplaintUrge,
    ComplaintViewPersonalData,
    NoticeSave,
    NoticeSubmit,
    NoticeWithdraw,
    NoticeApprove,
    NoticeReject,
    NoticePublish,
    FansImport,
    TaskIssue,
    TaskSubmit,
    ClaimSubmit,
    ClaimReview,
    RuleSetEdit,
    AssessmentPublish,
    DistrictSettingsEdit,
};

inline constexpr Action kAllActions[] = {
    Action::Read,
    Action::OrgManage,
    Action::UserManage,
    Action::ComplaintCreate,
    Action::ComplaintReply,
    Action::ComplaintNote,
    Action::ComplaintAssign,
    Action::ComplaintEscalate,
    Action::ComplaintTransfer,
    Action::ComplaintReturn,
    Action::ComplaintTakeOver,
    Action::ComplaintObject,
    Action::ComplaintResolve,
    Action::ComplaintReopen,
    Action::ComplaintSatisfaction,
    Action::ComplaintClose,
    Action::ComplaintMarkExample,
    Action::ComplaintMerge,
    Action::ComplaintUrge,
    Action::ComplaintViewPersonalData,
    Action::NoticeSave,
    Action::NoticeSubmit,
    Action::NoticeWithdraw,
    Action::NoticeApprove,
    Action::NoticeReject,
    Action::NoticePublish,
    Action::FansImport,
    Action::TaskIssue,
    Action::TaskSubmit,
    Action::ClaimSubmit,
    Action::ClaimReview,
    Action::RuleSetEdit,
    Action::AssessmentPublish,
    Action::DistrictSettingsEdit,
};

QString actionName(Action action);

// The record an action is attempted on, reduced to what the rules need.
struct Subject
{
    Kind kind = Kind::OrgUnit;
    // The unit the record belongs to (a complaint's community, a notice's publishing unit,
    // a user's unit, the unit itself for org units, the district for rule sets).
    QString unitPath;
    Level unitLevel = Level::Community;
    // Complaints: the unit handling it now, and every department it was transferred to.
    QString handlingPath;
    Level handlingLevel = Level::Community;
    QStringList departments;
    // Notices and claims: the author. Notices in review: the step's reviewer.
    QString ownerId;
    std::optional<Role> stepRole;
    QString stepUnitPath;
};

enum class Verdict {
    Allowed,
    Forbidden, // visible, but not this user's to do (HTTP 403, command `rejected`)
    NotFound,  // outside what the user may see: indistinguishable from absent (HTTP 404)
};

// The one permission function: every read and every write on client and server asks it.
// It decides who may do what where; the state machines decide when.
Verdict permit(const Actor &actor, Action action, const Subject &subject);

// Convenience for reads.
inline bool mayRead(const Actor &actor, const Subject &subject)
{
    return permit(actor, Action::Read, subject) == Verdict::Allowed;
}

} // namespace civic::domain

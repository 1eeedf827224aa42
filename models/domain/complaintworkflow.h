#pragma once

#include "org.h"
#include "permissions.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace civic::domain {

// PRODUCT.md §2 workflow statuses. The names are the API's (`status` in API.md §Reads).
enum class ComplaintStatus {
    New, // new 待受理
    Accepted, // accepted 已受理
    Escalated, // escalated 已上报
    Transferred, // transferred 已转办 (at a functional department)
    Resolved, // resolved 已办结
    Closed, // closed 已归档
    Reopened, // reopened 重新办理
};

inline constexpr ComplaintStatus kAllComplaintStatuses[] = {
    ComplaintStatus::New,
    ComplaintStatus::Accepted,
    ComplaintStatus::Escalated,
    ComplaintStatus::Transferred,
    ComplaintStatus::Resolved,
    ComplaintStatus::Closed,
    ComplaintStatus::Reopened,
};

QString complaintStatusName(ComplaintStatus status);
std::optional<ComplaintStatus> complaintStatusFromName(QStringView name);
// Still being worked on: new, accepted, escalated, transferred, reopened.
bool isOpenStatus(ComplaintStatus status);
// "Closed" in the statistics' sense: resolved or closed (archived).
bool isFinishedStatus(ComplaintStatus status);

// How the complaint reached the office (API.md complaint.create `channel`).
enum class ComplaintChannel { WalkIn, Phone, WeChat, Photo, Grid };
QString complaintChannelName(ComplaintChannel channel); // walk_in, phone, wechat, photo, grid
std::optional<ComplaintChannel> complaintChannelFromName(QStringView name);

// The resident's rating (满意 / 基本满意 / 不满意).
enum class Satisfaction { Satisfied, Basic, Unsatisfied };
QString satisfactionName(Satisfaction value); // satisfied, basic, unsatisfied
std::optional<Satisfaction> satisfactionFromName(QStringView name);

// PRODUCT.md §2: the default, configurable category list.
QStringList defaultComplaintCategories();

// PRODUCT.md §2: first response within 24 hours by default (seed 000: "24小时内必须有回应");
// amber when due within 4 hours; reopen within 7 days of resolution.
inline constexpr int kDefaultSlaHours = 24;
inline constexpr qint64 kHourMs = 3600LL * 1000;
inline constexpr qint64 kAmberWindowMs = 4 * kHourMs;
inline constexpr qint64 kReopenWindowMs = 7 * 24 * kHourMs;

// The part of a complaint the workflow rules read and write. Times are ms since the epoch.
struct ComplaintState
{
    QString id;
    ComplaintStatus status = ComplaintStatus::New;
    // Where the complaint belongs (its visibility unit) and, if known, its grid.
    QString communityCode;
    QString communityPath;
    QString gridCode;
    QString gridPath; // set when the complaint was placed in a grid: the grid's staff see and handle it
    // The unit handling it now.
    QString handlingCode;
    Level handlingLevel = Level::Community;
    QString handlingPath;
    // PRODUCT.md §2 no bouncing back: set by the first escalation, never cleared.
    bool everEscalated = false;
    // The levels it was escalated to, in order (statistics: escalations per level).
    QList<Level> escalations;
    qint64 lastEscalatedAt = 0; // 0: never escalated
    // Codes of every department it was ever transferred to (they keep seeing it).
    QStringList departments;
    // The unit that made the current transfer; a department's objection returns it there.
    QString transferredByCode;
    Level transferredByLevel = Level::Street;
    QString transferredByPath;
    qint64 submittedAt = 0;
    qint64 dueAt = 0;
    std::optional<qint64> firstReplyAt;
    std::optional<qint64> resolvedAt;
    std::optional<qint64> closedAt;
    std::optional<Satisfaction> satisfaction;
    bool serviceExample = false;
    QString assignee; // user id of the worker it is assigned to
    // The facts a service example needs besides the times (PRODUCT.md §2).
    QString nickname;
    QString content;
    QString resolution;
    QString finalReply;
    // 并单: a duplicate points at its primary; the primary lists its duplicates.
    QString mergedInto;
    QStringList mergedFrom;
    int urgeCount = 0;
    std::optional<qint64> lastUrgedAt;
    // Every successful action that changes the record returns version + 1 (a note changes
    // nothing), so the client's optimistic state carries the version the server will give.
    qint64 version = 1;
};

// Why an action was refused: `code` is stable (clients and scripts match on it), `message`
// is English for logs and the sync problems panel, `field` names the input to blame.
struct ComplaintRuleError
{
    QString code;
    QString message;
    QString field;
};

// The outcome of one action: the new state, or the rule it broke.
struct ComplaintResult
{
    std::optional<ComplaintState> state;
    ComplaintRuleError error;

    bool ok() const { return state.has_value(); }
};

// The outcome of 并单: both complaints change (both timelines are kept by the caller).
struct ComplaintMergeResult
{
    std::optional<ComplaintState> duplicate;
    std::optional<ComplaintState> primary;
    ComplaintRuleError error;

    bool ok() const { return duplicate.has_value() && primary.has_value(); }
};

// The workflow's actions. `accept` has no permission of its own: permissionAction() maps it
// to ComplaintAssign, since both are the handling unit taking the complaint in.
enum class ComplaintAction {
    Reply,
    Note,
    Assign,
    Accept,
    Escalate,
    Transfer,
    Return,
    TakeOver,
    Object,
    Resolve,
    Reopen,
    Satisfaction,
    Close,
    MarkExample,
    Merge,
    Urge,
};

inline constexpr ComplaintAction kAllComplaintActions[] = {
    ComplaintAction::Reply,
    ComplaintAction::Note,
    ComplaintAction::Assign,
    ComplaintAction::Accept,
    ComplaintAction::Escalate,
    ComplaintAction::Transfer,
    ComplaintAction::Return,
    ComplaintAction::TakeOver,
    ComplaintAction::Object,
    ComplaintAction::Resolve,
    ComplaintAction::Reopen,
    ComplaintAction::Satisfaction,
    ComplaintAction::Close,
    ComplaintAction::MarkExample,
    ComplaintAction::Merge,
    ComplaintAction::Urge,
};

// The command type: "complaint.reply", "complaint.take_over", "complaint.accept", ….
QString complaintActionName(ComplaintAction action);
std::optional<ComplaintAction> complaintActionFromName(QStringView name);
// The permission to ask permit() for before attempting the action.
Action permissionAction(ComplaintAction action);
// Whether the action is possible at all in `status` (the status table; inputs aside).
bool statusAllows(ComplaintAction action, ComplaintStatus status);
// The state-only precondition of an action (merged duplicate, status), for enabling
// buttons: nullopt when the action may be attempted. The actions below check it too.
std::optional<ComplaintRuleError> checkAvailable(
    const ComplaintState &state, ComplaintAction action);

// What a new complaint must carry (API.md complaint.create, minus what the rules ignore).
struct NewComplaint
{
    QString id;
    QString nickname;
    QString content;
    qint64 submittedAt = 0;
};

// The state rules of the complaint workflow (PRODUCT.md §2), one pure function per action.
// Who may act is permit()'s business (ask it with complaintSubject()); these decide when
// and with what inputs. `now` is the action's time. Error codes (all stable):
//   invalid_status, complaint_merged, text_required, reason_required, assignee_required,
//   resolution_required, reply_required, content_required, not_a_community,
//   no_escalation_target, escalation_target_invalid, transfer_below_street,
//   already_at_department, not_a_department, department_out_of_reach,
//   no_return_to_community, return_target_invalid, take_over_not_above,
//   no_transferring_unit, reopen_window_passed, service_example_incomplete,
//   already_service_example, merge_into_self, primary_merged, primary_closed.
class ComplaintWorkflow
{
public:
    // A complaint filed at a community or one of its grids, handled by the community, due
    // `slaHours` after submission (≤ 0 means the default 24).
    static ComplaintResult create(
        const NewComplaint &input, const OrgUnit &place, int slaHours = kDefaultSlaHours);

    // Reply to the resident: the first one stops the SLA clock; new → accepted.
    static ComplaintResult reply(const ComplaintState &state, QStringView text, qint64 now);
    // Staff-only note: allowed in every status, changes no field (the event is the caller's).
    static ComplaintResult note(const ComplaintState &state, QStringView text);
    // Assign a worker of the handling unit; new → accepted.
    static ComplaintResult assign(const ComplaintState &state, QStringView assigneeId);
    // 受理: new → accepted.
    static ComplaintResult accept(const ComplaintState &state);
    // One level up, to `target`, which must be the parent of the handling unit
    // (grid→community→street→district→city). Needs a reason.
    static ComplaintResult escalate(
        const ComplaintState &state, const OrgUnit &target, QStringView reason, qint64 now);
    // To a department under the complaint's district or under the city, from a handling
    // unit at street level or above. Needs a reason.
    static ComplaintResult transfer(
        const ComplaintState &state, const OrgUnit &department, QStringView reason);
    // 改派 down to a unit strictly inside the handling unit's subtree. Never to a community
    // or grid once the complaint was escalated (code no_return_to_community).
    static ComplaintResult returnDown(
        const ComplaintState &state, const OrgUnit &target, QStringView reason);
    // An upper unit (`unit`, strictly above the handling unit) takes over handling.
    static ComplaintResult takeOver(const ComplaintState &state, const OrgUnit &unit);
    // 退单: the department hands it back to the unit that transferred it (never a community).
    static ComplaintResult object(const ComplaintState &state, QStringView reason);
    // 办结: needs a resolution note and a final reply to the resident.
    static ComplaintResult resolve(
        const ComplaintState &state, QStringView resolution, QStringView finalReply, qint64 now);
    // The resident is dissatisfied: from resolved or closed, within 7 days of resolvedAt.
    static ComplaintResult reopen(const ComplaintState &state, QStringView reason, qint64 now);
    // Record the resident's rating (after resolution; a later rating replaces it).
    static ComplaintResult rateSatisfaction(const ComplaintState &state, Satisfaction value);
    // 归档: only from resolved.
    static ComplaintResult close(const ComplaintState &state, qint64 now);
    // 服务实例: resolved or closed, with nickname, submittedAt, content, resolution, final
    // reply and satisfaction = satisfied all recorded.
    static ComplaintResult markServiceExample(const ComplaintState &state);
    // 并单: the open `duplicate` is archived pointing at `primary`, which lists it.
    static ComplaintMergeResult merge(
        const ComplaintState &duplicate, const ComplaintState &primary, qint64 now);
    // 催办 an open complaint (see urgeNotificationPath() for whom to tell).
    static ComplaintResult urge(const ComplaintState &state, qint64 now);
};

// The permission Subject of a complaint, for permit(): unit = its community, plus the
// handling unit and the departments it was transferred to.
Subject complaintSubject(const ComplaintState &state);

// The path of the unit above `path` ("/a/b/c/" → "/a/b/"), empty for a root.
QString parentUnitPath(QStringView path);
// Where an escalation must go: the parent of the handling unit; empty when there is none
// (the city, or a department, which objects instead).
QString escalationTargetPath(const ComplaintState &state);
// 催办 notifies the level above the handling unit; empty when the city handles it.
QString urgeNotificationPath(const ComplaintState &state);

// SLA (PRODUCT.md §2): due = submittedAt + slaHours (the district's setting; ≤ 0 means 24).
qint64 slaDueAt(qint64 submittedAt, int slaHours = kDefaultSlaHours);

enum class SlaState {
    Met, // first reply at or before dueAt
    Late, // first reply after dueAt (answered, but not in time)
    Pending, // no reply, more than 4 hours left
    Amber, // no reply, due within 4 hours (dueAt − now ≤ 4 h, now ≤ dueAt)
    Overdue, // no reply and now > dueAt
};
SlaState slaState(const ComplaintState &state, qint64 now);
// Flagged red: open, not a merged duplicate, and Overdue.
bool isOverdue(const ComplaintState &state, qint64 now);
// Auto-escalation for a district setting "escalate after N hours overdue" (0 = off):
// true when the complaint is open, still has no first reply, its handling unit can
// escalate (grid, community, street, district), and now ≥ max(dueAt, lastEscalatedAt) +
// N hours — so each level that sits on it gets N hours before it moves up again.
bool shouldAutoEscalate(const ComplaintState &state, qint64 now, int escalateAfterHours);

// One complaint reduced to what the statistics read.
struct ComplaintSummary
{
    ComplaintStatus status = ComplaintStatus::New;
    qint64 submittedAt = 0;
    qint64 dueAt = 0;
    std::optional<qint64> firstReplyAt;
    std::optional<qint64> resolvedAt;
    std::optional<Satisfaction> satisfaction;
    Level handlingLevel = Level::Community;
    QList<Level> escalations;
    bool merged = false;
};
ComplaintSummary summarize(const ComplaintState &state);

// Statistics of a node's subtree for a period (PRODUCT.md §2). Definitions:
// - counted: complaints with submittedAt in [from, to), merged duplicates left out (they
//   are the primary's issue; `merged` counts them). `received` is that count.
// - within SLA: firstReplyAt ≤ dueAt. firstResponseWithinSlaRate = within SLA ÷ those
//   whose outcome is known at `now` (replied, or now > dueAt); a not-yet-due complaint
//   without a reply counts neither way. No reply past due counts as late.
// - finished ("closed" for the on-time rate): status resolved or closed.
//   resolutionRate = finished ÷ received.
// - mean hours to first response over those replied; to resolution over finished ones
//   with resolvedAt.
// - satisfactionRate = (satisfied + 0.5 × basic) ÷ rated (as ASSESSMENT.md B3 s3);
//   satisfiedShare = satisfied ÷ rated.
// - communityResolutionShare = finished while the handling unit is a community (or one of
//   its grids) ÷ finished (seed 000: ~90% solved at community/district).
// - escalationsByLevel: escalations of the counted complaints by the level they went to.
// - onTimeRate = finished with the first reply within SLA ÷ (finished + open complaints
//   overdue at `now`, i.e. no reply and now > dueAt): an open overdue complaint counts
//   against it. An open complaint already replied to counts neither way.
// A rate or mean whose denominator is 0 is nullopt (shown as "—", not as 0 or 100%).
struct ComplaintStatistics
{
    int received = 0;
    int merged = 0;
    int withinSla = 0;
    int slaKnown = 0;
    std::optional<double> firstResponseWithinSlaRate;
    int finished = 0;
    std::optional<double> resolutionRate;
    std::optional<double> meanHoursToFirstResponse;
    std::optional<double> meanHoursToResolution;
    int rated = 0;
    int satisfied = 0;
    int basic = 0;
    int unsatisfied = 0;
    std::optional<double> satisfactionRate;
    std::optional<double> satisfiedShare;
    int finishedAtCommunity = 0;
    std::optional<double> communityResolutionShare;
    QMap<Level, int> escalationsByLevel;
    int finishedOnTime = 0;
    int openOverdue = 0;
    std::optional<double> onTimeRate;
};
ComplaintStatistics complaintStatistics(
    const QList<ComplaintSummary> &complaints, qint64 from, qint64 to, qint64 now);

// API.md §Reads: the phone as shown to everyone but the handling unit. With 8 digits or
// more the first 3 and last 4 digits stay ("13812341234" → "138****1234"); with fewer,
// all but the last 2. Only digits are masked; separators ('-', ' ', '+') stay as typed.
QString maskPhone(QStringView phone);

} // namespace civic::domain

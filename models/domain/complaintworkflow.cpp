#include "complaintworkflow.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace civic::domain {

namespace {

constexpr std::pair<ComplaintStatus, QStringView> kStatusNames[] = {
    { ComplaintStatus::New, u"new" },
    { ComplaintStatus::Accepted, u"accepted" },
    { ComplaintStatus::Escalated, u"escalated" },
    { ComplaintStatus::Transferred, u"transferred" },
    { ComplaintStatus::Resolved, u"resolved" },
    { ComplaintStatus::Closed, u"closed" },
    { ComplaintStatus::Reopened, u"reopened" },
};

constexpr std::pair<ComplaintChannel, QStringView> kChannelNames[] = {
    { ComplaintChannel::WalkIn, u"walk_in" },
    { ComplaintChannel::Phone, u"phone" },
    { ComplaintChannel::WeChat, u"wechat" },
    { ComplaintChannel::Photo, u"photo" },
    { ComplaintChannel::Grid, u"grid" },
};

constexpr std::pair<Satisfaction, QStringView> kSatisfactionNames[] = {
    { Satisfaction::Satisfied, u"satisfied" },
    { Satisfaction::Basic, u"basic" },
    { Satisfaction::Unsatisfied, u"unsatisfied" },
};

constexpr std::pair<ComplaintAction, QStringView> kActionNames[] = {
    { ComplaintAction::Reply, u"complaint.reply" },
    { ComplaintAction::Note, u"complaint.note" },
    { ComplaintAction::Assign, u"complaint.assign" },
    { ComplaintAction::Accept, u"complaint.accept" },
    { ComplaintAction::Escalate, u"complaint.escalate" },
    { ComplaintAction::Transfer, u"complaint.transfer" },
    { ComplaintAction::Return, u"complaint.return" },
    { ComplaintAction::TakeOver, u"complaint.take_over" },
    { ComplaintAction::Object, u"complaint.object" },
    { ComplaintAction::Resolve, u"complaint.resolve" },
    { ComplaintAction::Reopen, u"complaint.reopen" },
    { ComplaintAction::Satisfaction, u"complaint.satisfaction" },
    { ComplaintAction::Close, u"complaint.close" },
    { ComplaintAction::MarkExample, u"complaint.mark_example" },
    { ComplaintAction::Merge, u"complaint.merge" },
    { ComplaintAction::Urge, u"complaint.urge" },
};

template<typename Enum, std::size_t N>
QString nameOf(const std::pair<Enum, QStringView> (&table)[N], Enum value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return name.toString();
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::pair<Enum, QStringView> (&table)[N], QStringView name)
{
    for (const auto &[v, n] : table) {
        if (n == name)
            return v;
    }
    return std::nullopt;
}

ComplaintResult refuse(const QString &code, const QString &message, const QString &field = {})
{
    ComplaintResult result;
    result.error = { code, message, field };
    return result;
}

ComplaintResult refuse(const ComplaintRuleError &error)
{
    ComplaintResult result;
    result.error = error;
    return result;
}

ComplaintResult accepted(ComplaintState next)
{
    ++next.version;
    ComplaintResult result;
    result.state = std::move(next);
    return result;
}

bool blank(QStringView text)
{
    return text.trimmed().isEmpty();
}

bool isCommunityLevel(Level level)
{
    return level == Level::Community || level == Level::Grid;
}

// Moving to another unit: the assignee was a worker of the old one, and a pending transfer
// no longer describes where the complaint is.
void moveTo(ComplaintState &state, const QString &code, Level level, const QString &path)
{
    state.handlingCode = code;
    state.handlingLevel = level;
    state.handlingPath = path;
    state.assignee.clear();
    state.transferredByCode.clear();
    state.transferredByPath.clear();
}

// The first `count` codes of `path` as a path ("/a/b/c/", 2 → "/a/b/"), empty when shorter.
QString pathPrefix(QStringView path, qsizetype count)
{
    const QStringList codes = pathCodes(path);
    if (codes.size() < count)
        return {};
    QString result;
    for (qsizetype i = 0; i < count; ++i)
        result = childPath(result, codes.at(i));
    return result;
}

} // namespace

QString complaintStatusName(ComplaintStatus status)
{
    return nameOf(kStatusNames, status);
}

std::optional<ComplaintStatus> complaintStatusFromName(QStringView name)
{
    return valueOf(kStatusNames, name);
}

bool isOpenStatus(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::New:
    case ComplaintStatus::Accepted:
    case ComplaintStatus::Escalated:
    case ComplaintStatus::Transferred:
    case ComplaintStatus::Reopened:
        return true;
    case ComplaintStatus::Resolved:
    case ComplaintStatus::Closed:
        return false;
    }
    return false;
}

bool isFinishedStatus(ComplaintStatus status)
{
    return status == ComplaintStatus::Resolved || status == ComplaintStatus::Closed;
}

QString complaintChannelName(ComplaintChannel channel)
{
    return nameOf(kChannelNames, channel);
}

std::optional<ComplaintChannel> complaintChannelFromName(QStringView name)
{
    return valueOf(kChannelNames, name);
}

QString satisfactionName(Satisfaction value)
{
    return nameOf(kSatisfactionNames, value);
}

std::optional<Satisfaction> satisfactionFromName(QStringView name)
{
    return valueOf(kSatisfactionNames, name);
}

QStringList defaultComplaintCategories()
{
    return { u"市政设施"_s, u"环境卫生"_s, u"噪音"_s, u"油烟"_s, u"治安"_s, u"物业"_s, u"停车"_s,
        u"其他"_s };
}

QString complaintActionName(ComplaintAction action)
{
    return nameOf(kActionNames, action);
}

std::optional<ComplaintAction> complaintActionFromName(QStringView name)
{
    return valueOf(kActionNames, name);
}

Action permissionAction(ComplaintAction action)
{
    switch (action) {
    case ComplaintAction::Reply:
        return Action::ComplaintReply;
    case ComplaintAction::Note:
        return Action::ComplaintNote;
    case ComplaintAction::Assign:
        return Action::ComplaintAssign;
    case ComplaintAction::Accept:
        return Action::ComplaintAssign;
    case ComplaintAction::Escalate:
        return Action::ComplaintEscalate;
    case ComplaintAction::Transfer:
        return Action::ComplaintTransfer;
    case ComplaintAction::Return:
        return Action::ComplaintReturn;
    case ComplaintAction::TakeOver:
        return Action::ComplaintTakeOver;
    case ComplaintAction::Object:
        return Action::ComplaintObject;
    case ComplaintAction::Resolve:
        return Action::ComplaintResolve;
    case ComplaintAction::Reopen:
        return Action::ComplaintReopen;
    case ComplaintAction::Satisfaction:
        return Action::ComplaintSatisfaction;
    case ComplaintAction::Close:
        return Action::ComplaintClose;
    case ComplaintAction::MarkExample:
        return Action::ComplaintMarkExample;
    case ComplaintAction::Merge:
        return Action::ComplaintMerge;
    case ComplaintAction::Urge:
        return Action::ComplaintUrge;
    }
    return Action::Read;
}

bool statusAllows(ComplaintAction action, ComplaintStatus status)
{
    using S = ComplaintStatus;
    switch (action) {
    case ComplaintAction::Note:
        // Notes annotate the record at any time, archived ones included.
        return true;
    case ComplaintAction::Reply:
        // A resolved complaint may still be answered; an archived one is finished.
        return status != S::Closed;
    case ComplaintAction::Accept:
        return status == S::New;
    case ComplaintAction::Escalate:
    case ComplaintAction::Transfer:
    case ComplaintAction::Return:
        // A transferred complaint sits at a department: it objects, or a level above takes
        // it over; it is not moved on from there.
        return isOpenStatus(status) && status != S::Transferred;
    case ComplaintAction::Object:
        return status == S::Transferred;
    case ComplaintAction::Assign:
    case ComplaintAction::TakeOver:
    case ComplaintAction::Resolve:
    case ComplaintAction::Merge:
    case ComplaintAction::Urge:
        return isOpenStatus(status);
    case ComplaintAction::Reopen:
    case ComplaintAction::Satisfaction:
    case ComplaintAction::MarkExample:
        // PRODUCT.md §2: rating and reopening follow a resolution.
        return isFinishedStatus(status);
    case ComplaintAction::Close:
        return status == S::Resolved;
    }
    return false;
}

std::optional<ComplaintRuleError> checkAvailable(
    const ComplaintState &state, ComplaintAction action)
{
    // A merged duplicate lives on only as a pointer to its primary; staff may still note.
    if (!state.mergedInto.isEmpty() && action != ComplaintAction::Note) {
        return ComplaintRuleError { u"complaint_merged"_s,
            u"The complaint was merged into %1; act on that one."_s.arg(state.mergedInto), {} };
    }
    if (!statusAllows(action, state.status)) {
        return ComplaintRuleError { u"invalid_status"_s,
            u"%1 is not possible while the complaint is %2."_s.arg(
                complaintActionName(action), complaintStatusName(state.status)),
            {} };
    }
    return std::nullopt;
}

ComplaintResult ComplaintWorkflow::create(
    const NewComplaint &input, const OrgUnit &place, int slaHours)
{
    ComplaintState state;
    if (place.level == Level::Community) {
        state.communityCode = place.code;
        state.communityPath = place.path;
    } else if (place.level == Level::Grid) {
        state.communityCode = place.parentCode;
        state.communityPath = parentUnitPath(place.path);
        state.gridCode = place.code;
        state.gridPath = place.path;
    } else {
        return refuse(u"not_a_community"_s,
            u"A complaint is filed at a community or one of its grids."_s, u"community"_s);
    }
    if (blank(input.content))
        return refuse(u"content_required"_s, u"The complaint has no content."_s, u"content"_s);
    state.id = input.id;
    state.nickname = input.nickname;
    state.content = input.content;
    state.submittedAt = input.submittedAt;
    // PRODUCT.md §2: the SLA timer starts at submission.
    state.dueAt = slaDueAt(input.submittedAt, slaHours);
    state.handlingCode = state.communityCode;
    state.handlingLevel = Level::Community;
    state.handlingPath = state.communityPath;
    state.version = 1;
    ComplaintResult result;
    result.state = std::move(state);
    return result;
}

ComplaintResult ComplaintWorkflow::reply(const ComplaintState &state, QStringView text, qint64 now)
{
    if (const auto error = checkAvailable(state, ComplaintAction::Reply))
        return refuse(*error);
    if (blank(text))
        return refuse(u"text_required"_s, u"The reply is empty."_s, u"text"_s);
    ComplaintState next = state;
    // PRODUCT.md §2: the first reply to the resident is what the SLA measures.
    if (!next.firstReplyAt)
        next.firstReplyAt = now;
    if (next.status == ComplaintStatus::New)
        next.status = ComplaintStatus::Accepted;
    return accepted(std::move(next));
}

ComplaintResult ComplaintWorkflow::note(const ComplaintState &state, QStringView text)
{
    if (const auto error = checkAvailable(state, ComplaintAction::Note))
        return refuse(*error);
    if (blank(text))
        return refuse(u"text_required"_s, u"The note is empty."_s, u"text"_s);
    ComplaintResult result;
    result.state = state;
    return result;
}

ComplaintResult ComplaintWorkflow::assign(const ComplaintState &state, QStringView assigneeId)
{
    if (const auto error = checkAvailable(state, ComplaintAction::Assign))
        return refuse(*error);
    if (blank(assigneeId))
        return refuse(u"assignee_required"_s, u"No worker was chosen."_s, u"assignee"_s);
    ComplaintState next = state;
    next.assignee = assigneeId.toString();
    // Giving it to a worker is taking it in (受理).
    if (next.status == ComplaintStatus::New)
        next.status = ComplaintStatus::Accepted;
    return accepted(std::move(next));
}

ComplaintResult ComplaintWorkflow::accept(const ComplaintState &state)
{
    if (const auto error = checkAvailable(state, ComplaintAction::Accept))
        return refuse(*error);
    ComplaintState next = state;
    next.status = ComplaintStatus::Accepted;
    return accepted(std::move(next));
}

ComplaintResult ComplaintWorkflow::escalate(
    const ComplaintState &state, const OrgUnit &target, QStringView reason, qint64 now)
{
    if (const auto error = checkAvailable(state, ComplaintAction::Escalate))
        return refuse(*error);
    const QString expectedPath = escalationTargetPath(state);
    if (expectedPath.isEmpty()) {
        return refuse(u"no_escalation_target"_s,
            state.handlingLevel == Level::Department
                ? u"A department cannot escalate; it objects to the transfer instead."_s
                : u"The city is the top level; there is nowhere to escalate to."_s);
    }
    if (blank(reason))
        return refuse(u"reason_required"_s, u"An escalation needs a reason."_s, u"reason"_s);
    // PRODUCT.md §2: one level up at a time (community→street→district→city).
    const auto expectedLevel = parentLevelOf(state.handlingLevel);
    if (target.path != expectedPath || !expectedLevel || target.level != *expectedLevel) {
        return refuse(u"escalation_target_invalid"_s,
            u"A complaint is escalated to the unit directly above its handling unit."_s);
    }
    ComplaintState next = state;
    moveTo(next, target.code, target.level, target.path);
    next.status = ComplaintStatus::Escalated;
    next.everEscalated = true;
    next.escalations.append(target.level);
    next.lastEscalatedAt = now;
    return accepted(std::move(next));
}

ComplaintResult ComplaintWorkflow::transfer(
    const ComplaintState &state, const OrgUnit &department, QStringView reason)
{
    if (const auto error = checkAvailable(state, ComplaintAction::Transfer))
        return refuse(*error);
    // PRODUCT.md §2: transfer to a functional department from street level up.
    if (isCommunityLevel(state.handlingLevel)) {
        return refuse(u"transfer_below_street"_s,
            u"Transfers to departments are made from street level up; escalate first."_s);
    }
    if (state.handlingLevel == Level::Department) {
        return refuse(u"already_at_department"_s,
            u"The complaint is at a department; it objects or is taken over."_s);
    }
    if (department.level != Level::Department) {
        return refuse(u"not_a_department"_s, u"%1 is not a department."_s.arg(department.code),
            u"department"_s);
    }
    // Departments hang under a district or the city; the complaint's own district's and the
    // city's are the ones that serve it.
    const QString parent = parentUnitPath(department.path);
    const QString cityPath = pathPrefix(state.communityPath, 1);
    const QString districtPath = pathPrefix(state.communityPath, 2);
    if (parent.isEmpty() || (parent != cityPath && parent != districtPath)) {
        return refuse(u"department_out_of_reach"_s,
            u"%1 is neither a department of the complaint's district nor of the city."_s.arg(
                department.code),
            u"department"_s);
    }
    if (blank(reason))
        return refuse(u"reason_required"_s, u"A transfer needs a reason."_s, u"reason"_s);
    ComplaintState next = state;
    const QString byCode = state.handlingCode;
    const Level byLevel = state.handlingLevel;
    const QString byPath = state.handlingPath;
    moveTo(next, department.code, Level::Department, department.path);
    next.transferredByCode = byCode;
    next.transferredByLevel = byLevel;
    next.transferredByPath = byPath;
    next.status = ComplaintStatus::Transferred;
    if (!next.departments.contains(department.code))
        next.departments.append(department.code);
    return accepted(std::move(next));
}

ComplaintResult ComplaintWorkflow::returnDown(
    const ComplaintState &state, const OrgUnit &target, QStringView reason)
{
    // PRODUCT.md §2 / seed 000 "在分检的时候不能驳回给社区": once escalated, never back down
    // to a community or its grids. Checked first: API.md rejects it *whenever* it applies.
    if (state.everEscalated && isCommunityLevel(target.level)) {
        return refuse(u"no_return_to_community"_s,
            u"An escalated complaint is never sent back to a community; handle it, "
            u"escalate it or transfer it to a department."_s,
            u"to"_s);
    }
    if (const auto error = checkAvailable(state, ComplaintAction::Return))
        return refuse(*error);
    if (blank(reason))
        return refuse(u"reason_required"_s, u"A return needs a reason."_s, u"reason"_s);
    const bool residential = target.level != Level::Department && target.level != Level::City;
    if (!residential || target.path == state.handlingPath
        || !pathWithin(target.path, state.handlingPath)) {
        return refuse(u"return_target_invalid"_s,
            u"A complaint is returned only to a unit below its handling unit."_s, u"to"_s);
    }
    ComplaintState next = state;
    moveTo(next, target.code, target.level, target.path);
    return accepted(std::move(next));
}

ComplaintResult ComplaintWorkflow::takeOver(const ComplaintState &state, const OrgUnit &unit)
{
    if (const auto error = checkAvailable(state, ComplaintAction::TakeOver))
        return refuse(*error);
    // PRODUCT.md §2: upper levels step in on complaints handled in their subtree.
    const bool above = unit.level != Level::Department && unit.level != Level::Grid
        && unit.path != state.handlingPath && pathWithin(state.handlingPath, unit.path);
    if (!above) {
        return refuse(u"take_over_not_above"_s,
            u"Only a unit above the handling unit can take the complaint over."_s);
    }
    ComplaintState next = state;
    moveTo(next, unit.code, unit.level, unit.path);
    if (next.status == ComplaintStatus::New || next.status == ComplaintStatus::Transferred)
        next.status = ComplaintStatus::Accepted;
    return accepted(std::move(next));
}

ComplaintResult ComplaintWorkflow::object(const ComplaintState &state, QStringView reason)
{
    if (const auto error = checkAvailable(state, ComplaintAction::Object))
        return refuse(*error);
    if (blank(reason))
        return refuse(u"reason_required"_s, u"An objection needs a reason."_s, u"reason"_s);
    if (state.handlingLevel != Level::Department || state.transferredByPath.isEmpty()) {
        return refuse(u"no_transferring_unit"_s,
            u"The complaint is not at a department with a unit that transferred it."_s);
    }
    // Seed 000: a department's 退单 must never land at a community. Transfers come from
    // street level up, so this holds by construction; refuse data that says otherwise.
    if (isCommunityLevel(state.transferredByLevel)) {
        return refuse(u"no_return_to_community"_s,
            u"A department never sends a complaint back to a community."_s);
    }
    ComplaintState next = state;
    moveTo(next, state.transferredByCode, state.transferredByLevel, state.transferredByPath);
    next.status = ComplaintStatus::Accepted;
    return accepted(std::move(next));
}

ComplaintResult ComplaintWorkflow::resolve(
    const ComplaintState &state, QStringView resolution, QStringView finalReply, qint64 now)
{
    if (const auto error = checkAvailable(state, ComplaintAction::Resolve))
        return refuse(*error);
    if (blank(resolution)) {
        return refuse(
            u"resolution_required"_s, u"Resolving needs a resolution note."_s, u"resolution"_s);
    }
    if (blank(finalReply)) {
        return refuse(
            u"reply_required"_s, u"Resolving needs a final reply to the resident."_s, u"reply"_s);
    }
    ComplaintState next = state;
    next.status = ComplaintStatus::Resolved;
    next.resolution = resolution.toString();
    next.finalReply = finalReply.toString();
    next.resolvedAt = now;
    // The final reply reaches the resident too.
    if (!next.firstReplyAt)
        next.firstReplyAt = now;
    return accepted(std::move(next));
}

ComplaintResult ComplaintWorkflow::reopen(
    const ComplaintState &state, QStringView reason, qint64 now)
{
    if (const auto error = checkAvailable(state, ComplaintAction::Reopen))
        return refuse(*error);
    if (blank(reason))
        return refuse(u"reason_required"_s, u"Reopening needs a reason."_s, u"reason"_s);
    // PRODUCT.md §2: within 7 days of resolution (the 7th day's last millisecond included).
    if (!state.resolvedAt || now - *state.resolvedAt > kReopenWindowMs) {
        return refuse(u"reopen_window_passed"_s,
            u"A complaint can be reopened only within 7 days of its resolution."_s);
    }
    ComplaintState next = state;
    next.status = ComplaintStatus::Reopened;
    next.resolvedAt.reset();
    next.closedAt.reset();
    // The next resolution is rated afresh, and only a resolved complaint can be an example.
    next.satisfaction.reset();
    next.serviceExample = false;
    return accepted(std::move(next));
}

ComplaintResult ComplaintWorkflow::rateSatisfaction(const ComplaintState &state, Satisfaction value)
{
    if (const auto error = checkAvailable(state, ComplaintAction::Satisfaction))
        return refuse(*error);
    ComplaintState next = state;
    next.satisfaction = value;
    // PRODUCT.md §2: a service example needs 满意.
    if (value != Satisfaction::Satisfied)
        next.serviceExample = false;
    return accepted(std::move(next));
}

ComplaintResult ComplaintWorkflow::close(const ComplaintState &state, qint64 now)
{
    if (const auto error = checkAvailable(state, ComplaintAction::Close))
        return refuse(*error);
    ComplaintState next = state;
    next.status = ComplaintStatus::Closed;
    next.closedAt = now;
    return accepted(std::move(next));
}

ComplaintResult ComplaintWorkflow::markServiceExample(const ComplaintState &state)
{
    if (const auto error = checkAvailable(state, ComplaintAction::MarkExample))
        return refuse(*error);
    if (state.serviceExample) {
        return refuse(
            u"already_service_example"_s, u"The complaint is already a service example."_s);
    }
    // PRODUCT.md §2: all six facts recorded (nickname, time, content, resolution, reply,
    // satisfaction = 满意); ASSESSMENT.md counts only such examples.
    const auto missing = [](const QString &field, const QString &what) {
        return refuse(
            u"service_example_incomplete"_s, u"A service example needs %1."_s.arg(what), field);
    };
    if (blank(state.nickname))
        return missing(u"nickname"_s, u"the resident's nickname"_s);
    if (state.submittedAt <= 0)
        return missing(u"submitted_at"_s, u"the submission time"_s);
    if (blank(state.content))
        return missing(u"content"_s, u"the complaint's content"_s);
    if (blank(state.resolution))
        return missing(u"resolution"_s, u"a resolution note"_s);
    if (blank(state.finalReply))
        return missing(u"reply"_s, u"the final reply"_s);
    if (state.satisfaction != Satisfaction::Satisfied)
        return missing(u"satisfaction"_s, u"the rating satisfied"_s);
    ComplaintState next = state;
    next.serviceExample = true;
    return accepted(std::move(next));
}

ComplaintMergeResult ComplaintWorkflow::merge(
    const ComplaintState &duplicate, const ComplaintState &primary, qint64 now)
{
    ComplaintMergeResult result;
    if (duplicate.id == primary.id) {
        result.error = { u"merge_into_self"_s, u"A complaint cannot be merged into itself."_s,
            u"primary"_s };
        return result;
    }
    if (const auto error = checkAvailable(duplicate, ComplaintAction::Merge)) {
        result.error = *error;
        return result;
    }
    if (!primary.mergedInto.isEmpty()) {
        result.error = { u"primary_merged"_s,
            u"%1 was itself merged into %2; merge into that one."_s.arg(
                primary.id, primary.mergedInto),
            u"primary"_s };
        return result;
    }
    if (primary.status == ComplaintStatus::Closed) {
        result.error = { u"primary_closed"_s, u"%1 is archived."_s.arg(primary.id), u"primary"_s };
        return result;
    }
    ComplaintState dup = duplicate;
    dup.status = ComplaintStatus::Closed;
    dup.closedAt = now;
    dup.mergedInto = primary.id;
    ++dup.version;
    ComplaintState prim = primary;
    if (!prim.mergedFrom.contains(duplicate.id))
        prim.mergedFrom.append(duplicate.id);
    ++prim.version;
    result.duplicate = std::move(dup);
    result.primary = std::move(prim);
    return result;
}

ComplaintResult ComplaintWorkflow::urge(const ComplaintState &state, qint64 now)
{
    if (const auto error = checkAvailable(state, ComplaintAction::Urge))
        return refuse(*error);
    ComplaintState next = state;
    ++next.urgeCount;
    next.lastUrgedAt = now;
    return accepted(std::move(next));
}

Subject complaintSubject(const ComplaintState &state)
{
    Subject subject;
    subject.kind = Kind::Complaint;
    // PRODUCT.md §1: a complaint placed in a grid lies in the grid's subtree, so the grid's
    // workers (网格员) see it as well as everyone above.
    subject.unitPath = state.gridPath.isEmpty() ? state.communityPath : state.gridPath;
    subject.unitLevel = state.gridPath.isEmpty() ? Level::Community : Level::Grid;
    subject.handlingPath = state.handlingPath;
    subject.handlingLevel = state.handlingLevel;
    subject.departments = state.departments;
    return subject;
}

QString parentUnitPath(QStringView path)
{
    const QStringList codes = pathCodes(path);
    if (codes.size() < 2)
        return {};
    return pathPrefix(path, codes.size() - 1);
}

QString escalationTargetPath(const ComplaintState &state)
{
    if (state.handlingLevel == Level::City || state.handlingLevel == Level::Department)
        return {};
    return parentUnitPath(state.handlingPath);
}

QString urgeNotificationPath(const ComplaintState &state)
{
    return parentUnitPath(state.handlingPath);
}

qint64 slaDueAt(qint64 submittedAt, int slaHours)
{
    return submittedAt + (slaHours > 0 ? slaHours : kDefaultSlaHours) * kHourMs;
}

SlaState slaState(const ComplaintState &state, qint64 now)
{
    if (state.firstReplyAt)
        return *state.firstReplyAt <= state.dueAt ? SlaState::Met : SlaState::Late;
    if (now > state.dueAt)
        return SlaState::Overdue;
    return state.dueAt - now <= kAmberWindowMs ? SlaState::Amber : SlaState::Pending;
}

bool isOverdue(const ComplaintState &state, qint64 now)
{
    return isOpenStatus(state.status) && state.mergedInto.isEmpty()
        && slaState(state, now) == SlaState::Overdue;
}

bool shouldAutoEscalate(const ComplaintState &state, qint64 now, int escalateAfterHours)
{
    if (escalateAfterHours <= 0 || !isOverdue(state, now))
        return false;
    if (!statusAllows(ComplaintAction::Escalate, state.status)
        || escalationTargetPath(state).isEmpty())
        return false;
    const qint64 clockStart = std::max(state.dueAt, state.lastEscalatedAt);
    return now >= clockStart + escalateAfterHours * kHourMs;
}

ComplaintSummary summarize(const ComplaintState &state)
{
    ComplaintSummary summary;
    summary.status = state.status;
    summary.submittedAt = state.submittedAt;
    summary.dueAt = state.dueAt;
    summary.firstReplyAt = state.firstReplyAt;
    summary.resolvedAt = state.resolvedAt;
    summary.satisfaction = state.satisfaction;
    summary.handlingLevel = state.handlingLevel;
    summary.escalations = state.escalations;
    summary.merged = !state.mergedInto.isEmpty();
    return summary;
}

ComplaintStatistics complaintStatistics(
    const QList<ComplaintSummary> &complaints, qint64 from, qint64 to, qint64 now)
{
    ComplaintStatistics stats;
    qint64 replySumMs = 0;
    int replied = 0;
    qint64 resolutionSumMs = 0;
    int timedResolutions = 0;
    for (const auto &c : complaints) {
        if (c.submittedAt < from || c.submittedAt >= to)
            continue;
        if (c.merged) {
            ++stats.merged;
            continue;
        }
        ++stats.received;
        const bool inTime = c.firstReplyAt && *c.firstReplyAt <= c.dueAt;
        const bool overdueNow = !c.firstReplyAt && now > c.dueAt;
        if (c.firstReplyAt || overdueNow)
            ++stats.slaKnown;
        if (inTime)
            ++stats.withinSla;
        if (c.firstReplyAt) {
            ++replied;
            replySumMs += *c.firstReplyAt - c.submittedAt;
        }
        if (isFinishedStatus(c.status)) {
            ++stats.finished;
            if (c.resolvedAt) {
                ++timedResolutions;
                resolutionSumMs += *c.resolvedAt - c.submittedAt;
            }
            if (isCommunityLevel(c.handlingLevel))
                ++stats.finishedAtCommunity;
            if (inTime)
                ++stats.finishedOnTime;
        } else if (overdueNow) {
            ++stats.openOverdue;
        }
        if (c.satisfaction) {
            ++stats.rated;
            switch (*c.satisfaction) {
            case Satisfaction::Satisfied:
                ++stats.satisfied;
                break;
            case Satisfaction::Basic:
                ++stats.basic;
                break;
            case Satisfaction::Unsatisfied:
                ++stats.unsatisfied;
                break;
            }
        }
        for (const Level level : c.escalations)
            ++stats.escalationsByLevel[level];
    }

    const auto ratio = [](double numerator, int denominator) -> std::optional<double> {
        if (denominator <= 0)
            return std::nullopt;
        return numerator / denominator;
    };
    const double hour = double(kHourMs);
    stats.firstResponseWithinSlaRate = ratio(stats.withinSla, stats.slaKnown);
    stats.resolutionRate = ratio(stats.finished, stats.received);
    stats.meanHoursToFirstResponse = ratio(double(replySumMs) / hour, replied);
    stats.meanHoursToResolution = ratio(double(resolutionSumMs) / hour, timedResolutions);
    stats.satisfactionRate = ratio(stats.satisfied + 0.5 * stats.basic, stats.rated);
    stats.satisfiedShare = ratio(stats.satisfied, stats.rated);
    stats.communityResolutionShare = ratio(stats.finishedAtCommunity, stats.finished);
    stats.onTimeRate = ratio(stats.finishedOnTime, stats.finished + stats.openOverdue);
    return stats;
}

QString maskPhone(QStringView phone)
{
    const auto isDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    const auto digits = std::count_if(phone.begin(), phone.end(), isDigit);
    // Which digits (by their position among the digits) stay visible.
    const qsizetype keepHead = digits >= 8 ? 3 : 0;
    const qsizetype keepTail = digits >= 8 ? 4 : 2;
    QString masked;
    masked.reserve(phone.size());
    qsizetype index = 0;
    for (const QChar c : phone) {
        if (!isDigit(c)) {
            masked.append(c);
            continue;
        }
        const bool visible = index < keepHead || index >= digits - keepTail;
        masked.append(visible ? c : QChar(u'*'));
        ++index;
    }
    return masked;
}

} // namespace civic::domain

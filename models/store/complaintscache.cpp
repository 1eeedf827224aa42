// The complaints feature (意见箱) in the client cache: its tables, kinds and optimistic commands.
//
// Every complaint command the client issues is applied here first with the same domain rules
// the server applies (models/domain/complaintworkflow.h, permissions.h), so the list, the
// detail pane and the org tree's badges change at once and everything works offline. The
// server decides again when the outbox is pushed; a refusal rolls the change back
// (CommandQueue). Records an op creates get the ids the server gives them: the timeline event
// of an op is the op_id, the second one (the primary's event of complaint.merge) UUID v5 of
// the op_id with the name "1" (docs/api.md §Complaints, Commands).

#include "cacheschema.h"
#include "domain/chinatime.h"
#include "domain/complaintworkflow.h"
#include "domain/org.h"
#include "domain/permissions.h"
#include "recordstore.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

#include <functional>
#include <variant>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::store {

namespace {

const QString kComplaint = u"complaint"_s;
const QString kEvent = u"complaint_event"_s;
const QString kCanned = u"canned_reply"_s;
const QString kSettings = u"complaint_settings"_s;

// The server's limits (server/complaintstore.cpp, complaintcommands.cpp), so what it would
// refuse as invalid input is refused here before it is queued.
constexpr int kMaxText = 2000;
constexpr int kMaxReason = 1000;
constexpr int kMaxTitle = 200;
constexpr int kMaxContent = 4000;
constexpr int kMaxCategory = 32;
constexpr int kMaxNickname = 64;
constexpr int kMaxPhone = 32;
constexpr int kMaxLocation = 500;
constexpr int kMaxPhotos = 20;
constexpr int kMaxCannedTitle = 50;
constexpr qint64 kFutureToleranceMs = 10 * 60 * 1000;

LocalResult refuse(const QString &code, const QString &message)
{
    return LocalResult::refused(code, message);
}

LocalResult refuse(const ComplaintRuleError &error)
{
    return LocalResult::refused(error.code, error.message);
}

std::optional<qint64> timeOf(const QJsonValue &value)
{
    return value.isString() ? parseIsoTime(value.toString()) : std::nullopt;
}

QJsonValue timeOrNull(const std::optional<qint64> &t)
{
    return t ? QJsonValue(isoTime(*t)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const auto &v : value.toArray())
        list.append(v.toString());
    return list;
}

QJsonArray jsonArray(const QStringList &list)
{
    QJsonArray array;
    for (const auto &s : list)
        array.append(s);
    return array;
}

// Where a unit sits, for the rules. Units outside what the user may see (a department's cache
// lacks the street that transferred a complaint to it) are placed by their code: one of the
// codes on `hintPath`, or a department ("<code>-…") or child of the longest known unit whose
// code begins it. Such a guess only shapes the optimistic copy; the next pull replaces it.
class Units
{
public:
    explicit Units(RecordStore &records)
        : m_records(records)
    {
    }

    std::optional<OrgUnit> byCode(const QString &code, const QString &hintPath = {})
    {
        if (code.isEmpty())
            return std::nullopt;
        if (const auto known = fromRecord(code))
            return known;
        const QStringList codes = pathCodes(hintPath);
        if (const auto i = codes.indexOf(code); i >= 0) {
            QString path;
            for (qsizetype k = 0; k <= i; ++k)
                path = childPath(path, codes.at(k));
            return OrgUnit { code, code, levelAtDepth(i), i > 0 ? codes.at(i - 1) : QString(), path,
                0 };
        }
        return guessed(code);
    }

    std::optional<OrgUnit> byPath(const QString &path)
    {
        if (path.isEmpty())
            return std::nullopt;
        QSqlQuery q(m_records.database());
        q.prepare(u"SELECT id FROM org_unit WHERE path = ?"_s);
        q.addBindValue(path);
        if (q.exec() && q.next())
            return fromRecord(q.value(0).toString());
        // Not cached: the last code of the path at the depth it stands.
        const QStringList codes = pathCodes(path);
        if (codes.isEmpty())
            return std::nullopt;
        const qsizetype depth = codes.size() - 1;
        return OrgUnit { codes.constLast(), codes.constLast(), levelAtDepth(depth),
            depth > 0 ? codes.at(depth - 1) : QString(), path, 0 };
    }

    QString districtOf(const QString &code)
    {
        const auto unit = m_records.get(u"org_unit"_s, code);
        return unit ? unit->data.value(u"district"_s).toString() : QString();
    }

private:
    static Level levelAtDepth(qsizetype depth)
    {
        switch (depth) {
        case 0:
            return Level::City;
        case 1:
            return Level::District;
        case 2:
            return Level::Street;
        case 3:
            return Level::Community;
        default:
            return Level::Grid;
        }
    }

    std::optional<OrgUnit> fromRecord(const QString &code)
    {
        const auto unit = m_records.get(u"org_unit"_s, code);
        if (!unit)
            return std::nullopt;
        const QJsonObject &d = unit->data;
        const auto level = levelFromName(d.value(u"level"_s).toString());
        if (!level)
            return std::nullopt;
        return OrgUnit { code, d.value(u"name"_s).toString(), *level,
            d.value(u"parent"_s).toString(), d.value(u"path"_s).toString(),
            d.value(u"households"_s).toInt() };
    }

    std::optional<OrgUnit> guessed(const QString &code)
    {
        QSqlQuery q(m_records.database());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT id, level, path FROM org_unit"_s))
            return std::nullopt;
        QString bestCode;
        QString bestLevel;
        QString bestPath;
        while (q.next()) {
            const QString known = q.value(0).toString();
            if (known.size() > bestCode.size() && known.size() < code.size()
                && code.startsWith(known)) {
                bestCode = known;
                bestLevel = q.value(1).toString();
                bestPath = q.value(2).toString();
            }
        }
        if (bestCode.isEmpty())
            return std::nullopt;
        const auto parentLevel = levelFromName(bestLevel);
        Level level = Level::Department;
        if (code.at(bestCode.size()) != u'-') {
            if (!parentLevel || *parentLevel == Level::Grid || *parentLevel == Level::Department)
                return std::nullopt;
            level = *parentLevel == Level::City   ? Level::District
                : *parentLevel == Level::District ? Level::Street
                : *parentLevel == Level::Street   ? Level::Community
                                                  : Level::Grid;
        }
        return OrgUnit { code, code, level, bestCode, childPath(bestPath, code), 0 };
    }

    RecordStore &m_records;
};

// The cached complaint as the workflow sees it (docs/api.md complaint data).
ComplaintState stateFromData(const QJsonObject &d, qint64 version, Units &units)
{
    ComplaintState s;
    s.id = d.value(u"id"_s).toString();
    s.status
        = complaintStatusFromName(d.value(u"status"_s).toString()).value_or(ComplaintStatus::New);
    s.communityCode = d.value(u"community"_s).toString();
    if (const auto community = units.byCode(s.communityCode))
        s.communityPath = community->path;
    s.gridCode = d.value(u"grid"_s).toString();
    if (!s.gridCode.isEmpty()) {
        if (const auto grid = units.byCode(s.gridCode))
            s.gridPath = grid->path;
        else if (!s.communityPath.isEmpty())
            s.gridPath = childPath(s.communityPath, s.gridCode);
    }
    s.handlingCode = d.value(u"handling_unit"_s).toString();
    s.handlingLevel
        = levelFromName(d.value(u"handling_level"_s).toString()).value_or(Level::Community);
    if (const auto handling = units.byCode(s.handlingCode, s.communityPath))
        s.handlingPath = handling->path;
    s.everEscalated = d.value(u"ever_escalated"_s).toBool();
    for (const auto &v : d.value(u"escalations"_s).toArray()) {
        if (const auto level = levelFromName(v.toString()))
            s.escalations.append(*level);
    }
    s.lastEscalatedAt = timeOf(d.value(u"last_escalated_at"_s)).value_or(0);
    s.departments = stringList(d.value(u"departments"_s));
    s.transferredByCode = d.value(u"transferred_by"_s).toString();
    if (const auto by = units.byCode(s.transferredByCode, s.communityPath)) {
        s.transferredByLevel = by->level;
        s.transferredByPath = by->path;
    }
    s.submittedAt = timeOf(d.value(u"submitted_at"_s)).value_or(0);
    s.dueAt = timeOf(d.value(u"due_at"_s)).value_or(0);
    s.firstReplyAt = timeOf(d.value(u"first_reply_at"_s));
    s.resolvedAt = timeOf(d.value(u"resolved_at"_s));
    s.closedAt = timeOf(d.value(u"closed_at"_s));
    if (d.value(u"satisfaction"_s).isString())
        s.satisfaction = satisfactionFromName(d.value(u"satisfaction"_s).toString());
    s.serviceExample = d.value(u"service_example"_s).toBool();
    s.assignee = d.value(u"assignee"_s).toString();
    s.nickname = d.value(u"nickname"_s).toString();
    s.content = d.value(u"content"_s).toString();
    s.resolution = d.value(u"resolution"_s).toString();
    s.finalReply = d.value(u"final_reply"_s).toString();
    s.mergedInto = d.value(u"merged_into"_s).toString();
    s.mergedFrom = stringList(d.value(u"merged_from"_s));
    s.urgeCount = d.value(u"urge_count"_s).toInt();
    s.lastUrgedAt = timeOf(d.value(u"last_urged_at"_s));
    s.version = version;
    return s;
}

// The record's data after an action, in the server's shape (complaintstore.cpp complaintJson).
QJsonObject dataFromState(QJsonObject d, const ComplaintState &s, const Actor &actor, qint64 now)
{
    QJsonArray escalations;
    for (const Level l : s.escalations)
        escalations.append(levelName(l));
    d.insert(u"status"_s, complaintStatusName(s.status));
    d.insert(u"handling_unit"_s, s.handlingCode);
    d.insert(u"handling_level"_s, levelName(s.handlingLevel));
    d.insert(u"first_reply_at"_s, timeOrNull(s.firstReplyAt));
    d.insert(u"resolved_at"_s, timeOrNull(s.resolvedAt));
    d.insert(u"closed_at"_s, timeOrNull(s.closedAt));
    d.insert(u"satisfaction"_s,
        s.satisfaction ? QJsonValue(satisfactionName(*s.satisfaction))
                       : QJsonValue(QJsonValue::Null));
    d.insert(u"service_example"_s, s.serviceExample);
    d.insert(u"ever_escalated"_s, s.everEscalated);
    d.insert(u"escalations"_s, escalations);
    d.insert(u"last_escalated_at"_s,
        s.lastEscalatedAt > 0 ? QJsonValue(isoTime(s.lastEscalatedAt))
                              : QJsonValue(QJsonValue::Null));
    d.insert(u"departments"_s, jsonArray(s.departments));
    d.insert(u"transferred_by"_s, textOrNull(s.transferredByCode));
    d.insert(u"assignee"_s, textOrNull(s.assignee));
    d.insert(u"resolution"_s, s.resolution);
    d.insert(u"final_reply"_s, s.finalReply);
    d.insert(u"merged_into"_s, textOrNull(s.mergedInto));
    d.insert(u"merged_from"_s, jsonArray(s.mergedFrom));
    d.insert(u"urge_count"_s, s.urgeCount);
    d.insert(u"last_urged_at"_s, timeOrNull(s.lastUrgedAt));
    d.insert(u"updated_at"_s, isoTime(now));
    d.insert(u"version"_s, s.version);
    // API.md §Reads: the phone is whole only for the handling unit. When the complaint leaves
    // the user's unit, the copy they keep is the masked one the server will send them.
    const QString phone = d.value(u"phone"_s).toString();
    if (!phone.contains(u'*')
        && permit(actor, Action::ComplaintViewPersonalData, complaintSubject(s))
            != Verdict::Allowed)
        d.insert(u"phone"_s, maskPhone(phone));
    return d;
}

QString actorName(RecordStore &records, const Actor &actor)
{
    const auto user = records.get(u"user"_s, actor.userId);
    return user ? user->data.value(u"display_name"_s).toString() : QString();
}

// The first record an op creates takes the op_id as its id, the next one UUID v5 of it.
QString opEntityId(const QString &opId, int index)
{
    if (index == 0)
        return opId;
    return QUuid::createUuidV5(QUuid::fromString(opId), QString::number(index))
        .toString(QUuid::WithoutBraces);
}

QJsonObject eventData(LocalContext &ctx, const QString &complaintId, const QString &type,
    const QString &text, const QJsonObject &data, int index = 0,
    std::optional<qint64> at = std::nullopt)
{
    return QJsonObject {
        { u"id"_s, opEntityId(ctx.opId, index) },
        { u"complaint"_s, complaintId },
        { u"type"_s, type },
        { u"actor"_s, actorName(ctx.records, ctx.actor) },
        { u"actor_id"_s, textOrNull(ctx.actor.userId) },
        { u"unit"_s, ctx.actor.unitCode },
        { u"at"_s, isoTime(at.value_or(ctx.now)) },
        { u"text"_s, text },
        { u"data"_s, data },
    };
}

bool appendEvent(LocalContext &ctx, const QJsonObject &event)
{
    return ctx.records.putLocal(kEvent, event.value(u"id"_s).toString(), 1, event);
}

QString textField(const LocalContext &ctx, const QString &key)
{
    return ctx.payload.value(key).toString();
}

// The loaded complaint a command acts on, with the rules' view of it.
struct Loaded
{
    Record record;
    ComplaintState state;
};

std::variant<Loaded, LocalResult> load(LocalContext &ctx, const QString &key = u"complaint"_s)
{
    const QString id = ctx.payload.value(key).toString();
    const auto record = id.isEmpty() ? std::nullopt : ctx.records.get(kComplaint, id);
    if (!record)
        return refuse(u"not_found"_s, u"no complaint %1"_s.arg(id));
    // The cache holds only what the server let the user see (PRODUCT.md §1).
    Units units(ctx.records);
    return Loaded { *record, stateFromData(record->data, record->version, units) };
}

LocalResult commit(LocalContext &ctx, const Loaded &loaded, const ComplaintState &next,
    const QJsonObject &event, const QString &summary, const QJsonObject &extra = {})
{
    QJsonObject data = dataFromState(loaded.record.data, next, ctx.actor, ctx.now);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        data.insert(it.key(), it.value());
    if (!ctx.records.putLocal(kComplaint, next.id, next.version, data) || !appendEvent(ctx, event))
        return refuse(u"cache_write"_s, ctx.records.lastError());
    // The sync problems panel shows the user's own words, or which complaint it was about.
    QString shown = summary.trimmed().isEmpty() ? data.value(u"title"_s).toString() : summary;
    if (shown.isEmpty())
        shown = next.id;
    return LocalResult { kComplaint, next.id, shown, {}, {} };
}

// The server's answer to a permission the user lacks: what they cannot see is not found
// (PRODUCT.md §1), what they see but may not do is forbidden.
std::optional<LocalResult> denied(const Actor &actor, Action action, const Subject &subject)
{
    switch (permit(actor, action, subject)) {
    case Verdict::Allowed:
        return std::nullopt;
    case Verdict::NotFound:
        return refuse(u"not_found"_s, u"no such complaint"_s);
    case Verdict::Forbidden:
        break;
    }
    return refuse(u"forbidden"_s, u"%1 is not yours to do here"_s.arg(actionName(action)));
}

bool checkLength(const QString &text, int max)
{
    return text.size() <= max;
}

// The common shape: load, permit, base version, the rule, store the result and its event.
using Rule = std::function<ComplaintResult(
    LocalContext &, const ComplaintState &, QString &text, QJsonObject &data)>;

LocalResult act(LocalContext &ctx, ComplaintAction action, const QString &textKey, int maxText,
    const Rule &rule, const QJsonObject &extra = {})
{
    auto loaded = load(ctx);
    if (auto *refused = std::get_if<LocalResult>(&loaded))
        return *refused;
    const Loaded &l = std::get<Loaded>(loaded);
    if (const auto refused = denied(ctx.actor, permissionAction(action), complaintSubject(l.state)))
        return *refused;
    if (ctx.baseVersion && *ctx.baseVersion != l.state.version)
        return refuse(
            u"conflict"_s, u"the complaint changed since version %1"_s.arg(*ctx.baseVersion));
    QString text = textKey.isEmpty() ? QString() : textField(ctx, textKey);
    if (!checkLength(text, maxText))
        return refuse(u"invalid_field"_s,
            u"payload.%1 is longer than %2 characters"_s.arg(textKey).arg(maxText));
    QJsonObject data;
    const ComplaintResult result = rule(ctx, l.state, text, data);
    if (!result.ok())
        return refuse(result.error);
    const QString type = complaintActionName(action).mid(QStringLiteral("complaint.").size());
    return commit(ctx, l, *result.state, eventData(ctx, l.state.id, type, text, data), text, extra);
}

LocalResult reply(LocalContext &ctx)
{
    const QString text = textField(ctx, u"text"_s);
    return act(
        ctx, ComplaintAction::Reply, u"text"_s, kMaxText,
        [](LocalContext &c, const ComplaintState &s, QString &t, QJsonObject &) {
            return ComplaintWorkflow::reply(s, t, c.now);
        },
        // Open311 status_notes: the latest words the resident received.
        QJsonObject { { u"last_reply"_s, text } });
}

LocalResult note(LocalContext &ctx)
{
    auto loaded = load(ctx);
    if (auto *refused = std::get_if<LocalResult>(&loaded))
        return *refused;
    const Loaded &l = std::get<Loaded>(loaded);
    if (const auto refused = denied(ctx.actor, Action::ComplaintNote, complaintSubject(l.state)))
        return *refused;
    const QString text = textField(ctx, u"text"_s);
    if (!checkLength(text, kMaxText))
        return refuse(u"invalid_field"_s, u"payload.text is too long"_s);
    const ComplaintResult result = ComplaintWorkflow::note(l.state, text);
    if (!result.ok())
        return refuse(result.error);
    // A note changes no field of the complaint (its version stays); only the timeline grows.
    if (!appendEvent(ctx, eventData(ctx, l.state.id, u"note"_s, text, {})))
        return refuse(u"cache_write"_s, ctx.records.lastError());
    return LocalResult { kComplaint, l.state.id, text, {}, {} };
}

LocalResult assign(LocalContext &ctx)
{
    return act(ctx, ComplaintAction::Assign, {}, kMaxText,
        [](LocalContext &c, const ComplaintState &s, QString &text, QJsonObject &data) {
            const QString assignee = textField(c, u"assignee"_s);
            if (!assignee.trimmed().isEmpty()) {
                // docs/api.md: an active account of the handling unit or its grids.
                const auto user = c.records.get(u"user"_s, assignee);
                const auto unit = user
                    ? Units(c.records).byCode(user->data.value(u"unit"_s).toString())
                    : std::nullopt;
                if (!user || user->data.value(u"disabled"_s).toBool() || !unit
                    || !pathWithin(unit->path, s.handlingPath)) {
                    ComplaintResult refused;
                    refused.error = { u"assignee_not_in_unit"_s,
                        u"The assignee is not an active account of the handling unit."_s,
                        u"assignee"_s };
                    return refused;
                }
                text = user->data.value(u"display_name"_s).toString();
            }
            data.insert(u"assignee"_s, assignee);
            return ComplaintWorkflow::assign(s, assignee);
        });
}

LocalResult accept(LocalContext &ctx)
{
    return act(ctx, ComplaintAction::Accept, u"text"_s, kMaxText,
        [](LocalContext &, const ComplaintState &s, QString &, QJsonObject &) {
            return ComplaintWorkflow::accept(s);
        });
}

LocalResult escalate(LocalContext &ctx)
{
    return act(ctx, ComplaintAction::Escalate, u"reason"_s, kMaxReason,
        [](LocalContext &c, const ComplaintState &s, QString &reason, QJsonObject &data) {
            // PRODUCT.md §2: one level up; the rule checks the target is the parent.
            const OrgUnit up
                = Units(c.records).byPath(escalationTargetPath(s)).value_or(OrgUnit {});
            data = QJsonObject { { u"from"_s, s.handlingCode }, { u"to"_s, up.code } };
            return ComplaintWorkflow::escalate(s, up, reason, c.now);
        });
}

LocalResult transfer(LocalContext &ctx)
{
    return act(ctx, ComplaintAction::Transfer, u"reason"_s, kMaxReason,
        [](LocalContext &c, const ComplaintState &s, QString &reason, QJsonObject &data) {
            const QString code = textField(c, u"department"_s);
            const auto department = Units(c.records).byCode(code);
            if (!department) {
                ComplaintResult refused;
                refused.error = { u"not_found"_s, u"no unit %1"_s.arg(code), u"department"_s };
                return refused;
            }
            data = QJsonObject { { u"from"_s, s.handlingCode }, { u"to"_s, department->code } };
            return ComplaintWorkflow::transfer(s, *department, reason);
        });
}

LocalResult returnDown(LocalContext &ctx)
{
    auto loaded = load(ctx);
    if (auto *refused = std::get_if<LocalResult>(&loaded))
        return *refused;
    const Loaded &l = std::get<Loaded>(loaded);
    if (const auto refused = denied(ctx.actor, Action::Read, complaintSubject(l.state)))
        return *refused;
    const QString reason = textField(ctx, u"reason"_s);
    const QString code = textField(ctx, u"to"_s);
    const auto target = Units(ctx.records).byCode(code);
    if (!target)
        return refuse(u"not_found"_s, u"no unit %1"_s.arg(code));
    const ComplaintResult result = ComplaintWorkflow::returnDown(l.state, *target, reason);
    // docs/api.md: refused *whenever* the target is a community and the complaint was ever
    // escalated (seed 000 "不能驳回给社区"), whoever asks; then the permission.
    if (!result.ok() && result.error.code == u"no_return_to_community")
        return refuse(result.error);
    if (const auto refused = denied(ctx.actor, Action::ComplaintReturn, complaintSubject(l.state)))
        return *refused;
    if (!result.ok())
        return refuse(result.error);
    return commit(ctx, l, *result.state,
        eventData(ctx, l.state.id, u"return"_s, reason,
            { { u"from"_s, l.state.handlingCode }, { u"to"_s, target->code } }),
        reason);
}

LocalResult takeOver(LocalContext &ctx)
{
    return act(ctx, ComplaintAction::TakeOver, u"reason"_s, kMaxReason,
        [](LocalContext &c, const ComplaintState &s, QString &, QJsonObject &data) {
            data = QJsonObject { { u"from"_s, s.handlingCode }, { u"to"_s, c.actor.unitCode } };
            const OrgUnit unit = Units(c.records)
                                     .byCode(c.actor.unitCode)
                                     .value_or(OrgUnit { c.actor.unitCode, {}, c.actor.unitLevel,
                                         {}, c.actor.unitPath, 0 });
            return ComplaintWorkflow::takeOver(s, unit);
        });
}

LocalResult object(LocalContext &ctx)
{
    return act(ctx, ComplaintAction::Object, u"reason"_s, kMaxReason,
        [](LocalContext &, const ComplaintState &s, QString &reason, QJsonObject &data) {
            data = QJsonObject { { u"from"_s, s.handlingCode }, { u"to"_s, s.transferredByCode } };
            return ComplaintWorkflow::object(s, reason);
        });
}

LocalResult resolve(LocalContext &ctx)
{
    const QString finalReply = textField(ctx, u"reply"_s);
    if (!checkLength(finalReply, kMaxText))
        return refuse(u"invalid_field"_s, u"payload.reply is too long"_s);
    return act(
        ctx, ComplaintAction::Resolve, u"resolution"_s, kMaxText,
        [finalReply](
            LocalContext &c, const ComplaintState &s, QString &resolution, QJsonObject &data) {
            data = QJsonObject { { u"reply"_s, finalReply } };
            return ComplaintWorkflow::resolve(s, resolution, finalReply, c.now);
        },
        QJsonObject { { u"last_reply"_s, finalReply } });
}

LocalResult reopen(LocalContext &ctx)
{
    return act(ctx, ComplaintAction::Reopen, u"reason"_s, kMaxReason,
        [](LocalContext &c, const ComplaintState &s, QString &reason, QJsonObject &) {
            return ComplaintWorkflow::reopen(s, reason, c.now);
        });
}

LocalResult satisfaction(LocalContext &ctx)
{
    return act(ctx, ComplaintAction::Satisfaction, u"text"_s, kMaxText,
        [](LocalContext &c, const ComplaintState &s, QString &, QJsonObject &data) {
            const QString value = textField(c, u"value"_s);
            const auto rating = satisfactionFromName(value);
            if (!rating) {
                ComplaintResult refused;
                refused.error = { u"invalid_field"_s,
                    u"payload.value must be satisfied, basic or unsatisfied"_s, u"value"_s };
                return refused;
            }
            data = QJsonObject { { u"value"_s, value } };
            return ComplaintWorkflow::rateSatisfaction(s, *rating);
        });
}

LocalResult close(LocalContext &ctx)
{
    return act(ctx, ComplaintAction::Close, u"text"_s, kMaxText,
        [](LocalContext &c, const ComplaintState &s, QString &, QJsonObject &) {
            return ComplaintWorkflow::close(s, c.now);
        });
}

LocalResult markExample(LocalContext &ctx)
{
    return act(ctx, ComplaintAction::MarkExample, u"text"_s, kMaxText,
        [](LocalContext &, const ComplaintState &s, QString &, QJsonObject &) {
            return ComplaintWorkflow::markServiceExample(s);
        });
}

LocalResult urge(LocalContext &ctx)
{
    return act(ctx, ComplaintAction::Urge, u"text"_s, kMaxReason,
        [](LocalContext &c, const ComplaintState &s, QString &, QJsonObject &data) {
            data = QJsonObject { { u"handling_unit"_s, s.handlingCode } };
            return ComplaintWorkflow::urge(s, c.now);
        });
}

// 并单: the duplicate is archived pointing at the primary; both timelines gain an event.
LocalResult merge(LocalContext &ctx)
{
    auto loadedDuplicate = load(ctx);
    if (auto *refused = std::get_if<LocalResult>(&loadedDuplicate))
        return *refused;
    const Loaded &dup = std::get<Loaded>(loadedDuplicate);
    if (const auto refused = denied(ctx.actor, Action::ComplaintMerge, complaintSubject(dup.state)))
        return *refused;
    if (ctx.baseVersion && *ctx.baseVersion != dup.state.version)
        return refuse(
            u"conflict"_s, u"the complaint changed since version %1"_s.arg(*ctx.baseVersion));
    auto loadedPrimary = load(ctx, u"primary"_s);
    if (auto *refused = std::get_if<LocalResult>(&loadedPrimary))
        return *refused;
    const Loaded &prim = std::get<Loaded>(loadedPrimary);
    if (const auto refused = denied(ctx.actor, Action::Read, complaintSubject(prim.state)))
        return *refused;
    const ComplaintMergeResult result = ComplaintWorkflow::merge(dup.state, prim.state, ctx.now);
    if (!result.ok())
        return refuse(result.error);
    const QString text = textField(ctx, u"text"_s);
    if (!checkLength(text, kMaxText))
        return refuse(u"invalid_field"_s, u"payload.text is too long"_s);
    const LocalResult onPrimary = commit(ctx, prim, *result.primary,
        eventData(ctx, prim.state.id, u"merge"_s, text, { { u"from"_s, dup.state.id } }, 1), text);
    if (!onPrimary.error.isEmpty())
        return onPrimary;
    return commit(ctx, dup, *result.duplicate,
        eventData(ctx, dup.state.id, u"merge"_s, text, { { u"into"_s, prim.state.id } }, 0), text);
}

// The district's SLA for a new complaint: its settings when this cache holds them, else what
// the district's newest cached complaint was given (communities do not see the district's
// record; the server copies sla_hours into each complaint), else the default 24 hours.
int slaHoursFor(RecordStore &records, const QString &district)
{
    if (const auto settings = records.get(kSettings, district)) {
        const int hours = settings->data.value(u"sla_hours"_s).toInt();
        if (hours > 0)
            return hours;
    }
    QSqlQuery q(records.database());
    q.prepare(u"SELECT json_extract(data, '$.sla_hours') FROM complaint WHERE district = ?"
              u" ORDER BY submitted_at DESC LIMIT 1"_s);
    q.addBindValue(district);
    if (q.exec() && q.next() && q.value(0).toInt() > 0)
        return q.value(0).toInt();
    return kDefaultSlaHours;
}

bool validPhone(const QString &phone)
{
    static const QRegularExpression re(u"^[0-9+\\- ()]{0,32}$"_s);
    return re.match(phone).hasMatch();
}

bool validUrl(const QString &url)
{
    return (url.startsWith(u"http://") || url.startsWith(u"https://")) && url.size() <= 1000
        && !url.contains(u' ');
}

LocalResult invalid(const QString &field, const QString &message)
{
    return refuse(u"invalid_field"_s, u"payload.%1 %2"_s.arg(field, message));
}

// 登记诉求: a complaint typed in by staff (walk-in, phone …), docs/api.md complaint.create.
LocalResult create(LocalContext &ctx)
{
    const QJsonObject &p = ctx.payload;
    const QString id = p.value(u"id"_s).toString();
    if (QUuid::fromString(id).isNull())
        return invalid(u"id"_s, u"must be a UUID"_s);
    if (ctx.records.get(kComplaint, id))
        return refuse(u"exists"_s, u"a complaint with id %1 exists already"_s.arg(id));
    const QString category = p.value(u"category"_s).toString().trimmed();
    const QString title = p.value(u"title"_s).toString().trimmed();
    const QString content = p.value(u"content"_s).toString();
    const QString nickname = p.value(u"nickname"_s).toString().trimmed();
    const QString phone = p.value(u"phone"_s).toString().trimmed();
    const QString channel = p.value(u"channel"_s).toString();
    const QString location = p.value(u"location"_s).toString().trimmed();
    if (category.isEmpty() || category.size() > kMaxCategory)
        return invalid(u"category"_s, u"is required (at most 32 characters)"_s);
    if (title.isEmpty() || title.size() > kMaxTitle)
        return invalid(u"title"_s, u"is required (at most 200 characters)"_s);
    if (content.size() > kMaxContent)
        return invalid(u"content"_s, u"is longer than 4000 characters"_s);
    if (nickname.size() > kMaxNickname)
        return invalid(u"nickname"_s, u"is longer than 64 characters"_s);
    if (phone.size() > kMaxPhone || !validPhone(phone))
        return invalid(u"phone"_s, u"may hold only digits, spaces, '+', '-' and brackets"_s);
    if (!complaintChannelFromName(channel))
        return invalid(u"channel"_s, u"must be walk_in, phone, wechat, photo or grid"_s);
    if (location.size() > kMaxLocation)
        return invalid(u"location"_s, u"is longer than 500 characters"_s);
    qint64 submittedAt = ctx.now;
    if (p.contains(u"submitted_at"_s) && !p.value(u"submitted_at"_s).isNull()) {
        const auto t = timeOf(p.value(u"submitted_at"_s));
        if (!t)
            return invalid(u"submitted_at"_s, u"must be an ISO 8601 date-time with offset"_s);
        submittedAt = *t;
    }
    // A clock a little ahead is tolerated; a complaint from the future is a typo.
    if (submittedAt > ctx.now + kFutureToleranceMs)
        return invalid(u"submitted_at"_s, u"lies in the future"_s);
    const QJsonArray photos = p.value(u"photos"_s).toArray();
    if (photos.size() > kMaxPhotos)
        return invalid(u"photos"_s, u"holds more than 20 URLs"_s);
    for (qsizetype i = 0; i < photos.size(); ++i) {
        if (!photos.at(i).isString() || !validUrl(photos.at(i).toString()))
            return invalid(u"photos[%1]"_s.arg(i), u"must be an http(s) URL"_s);
    }

    Units units(ctx.records);
    const auto placeUnit = units.byCode(p.value(u"community"_s).toString());
    if (!placeUnit)
        return refuse(u"not_found"_s, u"no community %1"_s.arg(p.value(u"community"_s).toString()));
    OrgUnit place = *placeUnit;
    if (place.level != Level::Community && place.level != Level::Grid)
        return refuse(
            u"not_a_community"_s, u"A complaint is filed at a community or one of its grids."_s);
    const QString gridCode = p.value(u"grid"_s).toString();
    if (!gridCode.isEmpty()) {
        const auto grid = units.byCode(gridCode);
        if (!grid || grid->level != Level::Grid || grid->parentCode != place.code)
            return invalid(u"grid"_s, u"is not a grid of %1"_s.arg(place.code));
        place = *grid;
    }
    if (permit(ctx.actor, Action::ComplaintCreate,
            Subject { .kind = Kind::Complaint, .unitPath = place.path, .unitLevel = place.level })
        != Verdict::Allowed)
        return refuse(u"forbidden"_s, u"filing complaints here is not yours to do"_s);

    const QString district = units.districtOf(place.code);
    const int slaHours = slaHoursFor(ctx.records, district);
    const ComplaintResult result = ComplaintWorkflow::create(
        NewComplaint { id, nickname, content, submittedAt }, place, slaHours);
    if (!result.ok())
        return refuse(result.error);
    const ComplaintState &s = *result.state;
    QJsonObject data {
        { u"id"_s, id },
        { u"community"_s, s.communityCode },
        { u"grid"_s, textOrNull(s.gridCode) },
        { u"district"_s, district },
        { u"category"_s, category },
        { u"title"_s, title },
        { u"content"_s, content },
        { u"nickname"_s, nickname },
        { u"phone"_s, phone },
        { u"channel"_s, channel },
        { u"submitted_at"_s, isoTime(submittedAt) },
        { u"location"_s, location },
        { u"photos"_s, photos },
        { u"sla_hours"_s, slaHours },
        { u"due_at"_s, isoTime(s.dueAt) },
        { u"last_reply"_s, QString() },
        { u"source"_s, u"staff"_s },
        { u"external_id"_s, QJsonValue(QJsonValue::Null) },
        { u"created_at"_s, isoTime(ctx.now) },
    };
    data = dataFromState(data, s, ctx.actor, ctx.now);
    if (!ctx.records.putLocal(kComplaint, id, s.version, data))
        return refuse(u"cache_write"_s, ctx.records.lastError());
    // The timeline starts when the resident spoke, which is also when the SLA clock starts.
    const QJsonObject event = eventData(ctx, id, u"create"_s, title,
        { { u"channel"_s, channel }, { u"source"_s, u"staff"_s } }, 0, submittedAt);
    if (!appendEvent(ctx, event))
        return refuse(u"cache_write"_s, ctx.records.lastError());
    return LocalResult { kComplaint, id, title, {}, {} };
}

// Canned replies (常用回复) belong to a unit; whoever may reply to residents as that unit
// keeps them (server: ComplaintReply on the unit as the handling unit).
Subject cannedSubject(const OrgUnit &unit)
{
    return Subject { .kind = Kind::Complaint,
        .unitPath = unit.path,
        .unitLevel = unit.level,
        .handlingPath = unit.path,
        .handlingLevel = unit.level };
}

LocalResult saveCanned(LocalContext &ctx)
{
    const QString id = textField(ctx, u"id"_s);
    if (QUuid::fromString(id).isNull())
        return invalid(u"id"_s, u"must be a UUID"_s);
    const QString title = textField(ctx, u"title"_s).trimmed();
    const QString text = textField(ctx, u"text"_s);
    if (title.isEmpty() || title.size() > kMaxCannedTitle)
        return invalid(u"title"_s, u"is required (at most 50 characters)"_s);
    if (text.trimmed().isEmpty() || text.size() > kMaxText)
        return invalid(u"text"_s, u"is required (at most 2000 characters)"_s);
    const auto unit = Units(ctx.records).byCode(textField(ctx, u"unit"_s));
    if (!unit)
        return refuse(u"not_found"_s, u"no unit %1"_s.arg(textField(ctx, u"unit"_s)));
    if (permit(ctx.actor, Action::ComplaintReply, cannedSubject(*unit)) != Verdict::Allowed)
        return refuse(u"forbidden"_s, u"this unit's canned replies are not yours to keep"_s);
    qint64 version = 1;
    if (const auto existing = ctx.records.get(kCanned, id)) {
        if (existing->data.value(u"unit"_s).toString() != unit->code)
            return refuse(u"not_found"_s, u"no canned reply %1 at %2"_s.arg(id, unit->code));
        if (ctx.baseVersion && *ctx.baseVersion != existing->version)
            return refuse(u"conflict"_s,
                u"the canned reply changed since version %1"_s.arg(*ctx.baseVersion));
        version = existing->version + 1;
    }
    const QJsonObject data { { u"id"_s, id }, { u"unit"_s, unit->code }, { u"title"_s, title },
        { u"text"_s, text } };
    if (!ctx.records.putLocal(kCanned, id, version, data))
        return refuse(u"cache_write"_s, ctx.records.lastError());
    return LocalResult { kCanned, id, title, {}, {} };
}

LocalResult deleteCanned(LocalContext &ctx)
{
    const QString id = textField(ctx, u"id"_s);
    const auto existing = id.isEmpty() ? std::nullopt : ctx.records.get(kCanned, id);
    if (!existing)
        return refuse(u"not_found"_s, u"no canned reply %1"_s.arg(id));
    const auto unit = Units(ctx.records).byCode(existing->data.value(u"unit"_s).toString());
    if (!unit
        || permit(ctx.actor, Action::ComplaintReply, cannedSubject(*unit)) != Verdict::Allowed)
        return refuse(u"forbidden"_s, u"this unit's canned replies are not yours to keep"_s);
    if (!ctx.records.removeLocal(kCanned, id))
        return refuse(u"cache_write"_s, ctx.records.lastError());
    return LocalResult { kCanned, id, existing->data.value(u"title"_s).toString(), {}, {} };
}

// PRODUCT.md §2: the SLA is a per-district setting (district and city accounts).
LocalResult updateSettings(LocalContext &ctx)
{
    const QString code = textField(ctx, u"district"_s);
    const auto district = Units(ctx.records).byCode(code);
    if (!district)
        return refuse(u"not_found"_s, u"no unit %1"_s.arg(code));
    if (permit(ctx.actor, Action::DistrictSettingsEdit,
            Subject {
                .kind = Kind::Settings, .unitPath = district->path, .unitLevel = district->level })
        != Verdict::Allowed)
        return refuse(u"forbidden"_s, u"the district's settings are not yours to change"_s);
    const auto current = ctx.records.get(kSettings, code);
    if (ctx.baseVersion && *ctx.baseVersion != (current ? current->version : 0))
        return refuse(
            u"conflict"_s, u"the settings changed since version %1"_s.arg(*ctx.baseVersion));
    const QJsonObject old = current ? current->data : QJsonObject {};
    const auto number
        = [&](const QString &key, int fallback, int min, int max) -> std::optional<int> {
        if (!ctx.payload.contains(key))
            return fallback;
        const QJsonValue v = ctx.payload.value(key);
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < min
            || v.toInt() > max)
            return std::nullopt;
        return v.toInt();
    };
    const auto sla
        = number(u"sla_hours"_s, old.value(u"sla_hours"_s).toInt(kDefaultSlaHours), 1, 720);
    if (!sla)
        return invalid(u"sla_hours"_s, u"must be an integer between 1 and 720"_s);
    const auto autoEscalate
        = number(u"auto_escalate_hours"_s, old.value(u"auto_escalate_hours"_s).toInt(0), 0, 720);
    if (!autoEscalate)
        return invalid(u"auto_escalate_hours"_s, u"must be an integer between 0 and 720"_s);
    const QJsonObject data { { u"district"_s, code }, { u"sla_hours"_s, *sla },
        { u"auto_escalate_hours"_s, *autoEscalate }, { u"updated_at"_s, isoTime(ctx.now) } };
    if (!ctx.records.putLocal(kSettings, code, (current ? current->version : 0) + 1, data))
        return refuse(u"cache_write"_s, ctx.records.lastError());
    return LocalResult { kSettings, code, QString::number(*sla), {}, {} };
}

// The statuses still being worked on, as the SQL the partial indexes use. models/item writes
// the same condition (complaintrecords.cpp openStatusCondition()): SQLite uses a partial
// index only when the query repeats its condition.
QString openComplaintStatusesSql()
{
    QStringList names;
    for (const auto s : kAllComplaintStatuses) {
        if (isOpenStatus(s))
            names.append(u"'"_s + complaintStatusName(s) + u"'"_s);
    }
    return u"status IN ("_s + names.join(u",") + u")"_s;
}

} // namespace

CacheFeature complaintsCacheFeature()
{
    CacheFeature f;
    f.name = u"complaints"_s;
    const QString open = openComplaintStatusesSql();
    f.migrations = {
        { 2,
            {
                // PRODUCT.md §2: the list filters and sorts on these columns (the full record stays
                // in `data`). unit_path is where the complaint belongs: its grid's path when a
                // grid is known, else its community's. A kind column resolves one code, so both
                // paths are kept and unit_path is generated from them. status_rank orders by
                // the workflow; submitted_rev lets the status sort run newest-first inside a
                // status with one index scan in one direction.
                u"CREATE TABLE complaint (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT "
                u"NOT NULL,"
                u" community TEXT, grid TEXT, community_path TEXT, grid_path TEXT, district TEXT,"
                u" status TEXT, category TEXT, channel TEXT, title TEXT, content TEXT, location "
                u"TEXT,"
                u" nickname TEXT, submitted_at INTEGER, due_at INTEGER, first_reply_at INTEGER,"
                u" resolved_at INTEGER, handling_unit TEXT, handling_level TEXT, handling_path "
                u"TEXT,"
                u" assignee TEXT, satisfaction TEXT, merged_into TEXT, service_example INTEGER,"
                u" departments TEXT, escalations TEXT, urge_count INTEGER,"
                u" unit_path TEXT GENERATED ALWAYS AS (COALESCE(NULLIF(grid_path, ''), "
                u"community_path)) VIRTUAL,"
                u" status_rank INTEGER GENERATED ALWAYS AS (CASE status WHEN 'new' THEN 0 WHEN "
                u"'accepted'"
                u" THEN 1 WHEN 'escalated' THEN 2 WHEN 'transferred' THEN 3 WHEN 'reopened' THEN 4"
                u" WHEN 'resolved' THEN 5 ELSE 6 END) VIRTUAL,"
                u" submitted_rev INTEGER GENERATED ALWAYS AS (-submitted_at) VIRTUAL)"_s,
                // A subtree by time (small subtrees: read the range, sort it). It carries every
                // column the filter bar tests, so the exact count of a large subtree under any
                // filter but full text reads this index alone, not the rows.
                u"CREATE INDEX complaint_scope ON complaint(unit_path, submitted_at, status, "
                u"category,"
                u" channel, handling_path, first_reply_at, due_at)"_s,
                // One index per sort order; unit_path rides along so a large subtree is filtered
                // from the index while it is read in order, without touching the rows.
                u"CREATE INDEX complaint_by_submitted ON complaint(submitted_at, id, unit_path)"_s,
                u"CREATE INDEX complaint_by_due ON complaint(due_at, id, unit_path)"_s,
                u"CREATE INDEX complaint_by_status ON complaint(status_rank, submitted_rev, id, unit_path)"_s,
                // "Handled at my level", my open complaints (工作台).
                u"CREATE INDEX complaint_handling ON complaint(handling_path, status, due_at)"_s,
                u"CREATE INDEX complaint_handling_unit ON complaint(handling_unit, status)"_s,
                // The org tree's badges and the SLA watch read only the open complaints.
                u"CREATE INDEX complaint_open ON complaint(unit_path, handling_path, first_reply_at, due_at) WHERE "_s
                    + open,
                u"CREATE INDEX complaint_open_due ON complaint(due_at) WHERE first_reply_at IS NULL AND "_s
                    + open,
                // Full text over title, content and location. Trigram tokens find any substring of
                // three characters or more, which Chinese needs (no spaces between words); the
                // list falls back to LIKE for shorter terms. The index keeps its own copy keyed
                // by the complaint's rowid: a REPLACE deletes its old row before the insert
                // whether or not delete triggers fire for it, and deleting twice is harmless.
                u"CREATE VIRTUAL TABLE complaint_fts USING fts5(title, content, location, tokenize = 'trigram')"_s,
                u"CREATE TRIGGER complaint_fts_replace BEFORE INSERT ON complaint BEGIN"
                u" DELETE FROM complaint_fts WHERE rowid IN (SELECT rowid FROM complaint WHERE id = NEW.id); END"_s,
                u"CREATE TRIGGER complaint_fts_insert AFTER INSERT ON complaint BEGIN"
                u" INSERT INTO complaint_fts (rowid, title, content, location)"
                u" VALUES (NEW.rowid, NEW.title, NEW.content, NEW.location); END"_s,
                u"CREATE TRIGGER complaint_fts_delete AFTER DELETE ON complaint BEGIN"
                u" DELETE FROM complaint_fts WHERE rowid = OLD.rowid; END"_s,
                // The timeline (append-only on the server).
                u"CREATE TABLE complaint_event (id TEXT PRIMARY KEY, version INTEGER NOT NULL, "
                u"data TEXT NOT NULL,"
                u" complaint TEXT, type TEXT, at INTEGER, unit TEXT)"_s,
                u"CREATE INDEX complaint_event_complaint ON complaint_event(complaint, at)"_s,
                u"CREATE TABLE complaint_settings (id TEXT PRIMARY KEY, version INTEGER NOT NULL, "
                u"data TEXT NOT NULL,"
                u" sla_hours INTEGER, auto_escalate_hours INTEGER)"_s,
                u"CREATE TABLE canned_reply (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data "
                u"TEXT NOT NULL,"
                u" unit TEXT, unit_path TEXT, title TEXT)"_s,
                u"CREATE INDEX canned_reply_unit ON canned_reply(unit, title)"_s,
            } },
    };
    using T = KindColumn::Type;
    f.kinds = {
        { kComplaint, u"complaint"_s,
            { { u"community"_s, u"community"_s, T::Text }, { u"grid"_s, u"grid"_s, T::Text },
                { u"community_path"_s, u"community"_s, T::UnitPath },
                { u"grid_path"_s, u"grid"_s, T::UnitPath },
                { u"district"_s, u"district"_s, T::Text }, { u"status"_s, u"status"_s, T::Text },
                { u"category"_s, u"category"_s, T::Text }, { u"channel"_s, u"channel"_s, T::Text },
                { u"title"_s, u"title"_s, T::Text }, { u"content"_s, u"content"_s, T::Text },
                { u"location"_s, u"location"_s, T::Text },
                { u"nickname"_s, u"nickname"_s, T::Text },
                { u"submitted_at"_s, u"submitted_at"_s, T::Time },
                { u"due_at"_s, u"due_at"_s, T::Time },
                { u"first_reply_at"_s, u"first_reply_at"_s, T::Time },
                { u"resolved_at"_s, u"resolved_at"_s, T::Time },
                { u"handling_unit"_s, u"handling_unit"_s, T::Text },
                { u"handling_level"_s, u"handling_level"_s, T::Text },
                { u"handling_path"_s, u"handling_unit"_s, T::UnitPath },
                { u"assignee"_s, u"assignee"_s, T::Text },
                { u"satisfaction"_s, u"satisfaction"_s, T::Text },
                { u"merged_into"_s, u"merged_into"_s, T::Text },
                { u"service_example"_s, u"service_example"_s, T::Integer },
                { u"departments"_s, u"departments"_s, T::Json },
                { u"escalations"_s, u"escalations"_s, T::Json },
                { u"urge_count"_s, u"urge_count"_s, T::Integer } } },
        { kEvent, u"complaint_event"_s,
            { { u"complaint"_s, u"complaint"_s, T::Text }, { u"type"_s, u"type"_s, T::Text },
                { u"at"_s, u"at"_s, T::Time }, { u"unit"_s, u"unit"_s, T::Text } } },
        { kSettings, u"complaint_settings"_s,
            { { u"sla_hours"_s, u"sla_hours"_s, T::Integer },
                { u"auto_escalate_hours"_s, u"auto_escalate_hours"_s, T::Integer } } },
        { kCanned, u"canned_reply"_s,
            { { u"unit"_s, u"unit"_s, T::Text }, { u"unit_path"_s, u"unit"_s, T::UnitPath },
                { u"title"_s, u"title"_s, T::Text } } },
    };
    f.appliers = {
        { u"complaint.create"_s, create },
        { u"complaint.reply"_s, reply },
        { u"complaint.note"_s, note },
        { u"complaint.assign"_s, assign },
        { u"complaint.accept"_s, accept },
        { u"complaint.escalate"_s, escalate },
        { u"complaint.transfer"_s, transfer },
        { u"complaint.return"_s, returnDown },
        { u"complaint.take_over"_s, takeOver },
        { u"complaint.object"_s, object },
        { u"complaint.resolve"_s, resolve },
        { u"complaint.reopen"_s, reopen },
        { u"complaint.satisfaction"_s, satisfaction },
        { u"complaint.close"_s, close },
        { u"complaint.mark_example"_s, markExample },
        { u"complaint.merge"_s, merge },
        { u"complaint.urge"_s, urge },
        { u"complaint_settings.update"_s, updateSettings },
        { u"canned_reply.save"_s, saveCanned },
        { u"canned_reply.delete"_s, deleteCanned },
    };
    return f;
}

} // namespace civic::store

// The complaint commands (API.md §Commands complaint.*, and the workflow's further actions):
// each asks permit() through require(), applies the pure rule of models/domain
// complaintworkflow.h, stores the result, appends one timeline event and records the changes.

#include "changelog.h"
#include "commands.h"
#include "complaintstore.h"
#include "domain/chinatime.h"
#include "intake.h"

#include <QSqlQuery>
#include <QUuid>

#include <functional>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::server {

namespace {

using complaints::ComplaintRecord;
using complaints::Event;

// The first record an op creates takes the op_id as its id, further ones a UUID v5 of it, so
// a client that applies the command optimistically predicts every id.
QString opEntityId(const CommandContext &ctx, int index)
{
    if (index == 0)
        return ctx.opId;
    return QUuid::createUuidV5(QUuid::fromString(ctx.opId), QString::number(index))
        .toString(QUuid::WithoutBraces);
}

Event eventFor(const CommandContext &ctx, const QString &type, const QString &text, int index = 0)
{
    Event e;
    e.id = opEntityId(ctx, index);
    e.type = type;
    e.actorId = ctx.actor().userId;
    e.actorName = ctx.session.displayName;
    e.unit = ctx.actor().unitCode;
    e.at = ctx.now;
    e.text = text;
    return e;
}

QString payloadField(const QString &field)
{
    return field.isEmpty() ? QString() : u"payload."_s + field;
}

// A broken rule of the workflow: `rejected` with the rule's stable code. Fields the payload
// carries are named as such; facts of the record (a service example's nickname) as they are.
[[noreturn]] void refuse(const ComplaintRuleError &error, const QStringList &payloadKeys)
{
    const QString field
        = payloadKeys.contains(error.field) ? payloadField(error.field) : error.field;
    throw ApiError::rule(error.code, error.message, field);
}

ComplaintRecord loadComplaint(CommandContext &ctx, const QString &key = u"complaint"_s)
{
    const QString id = ctx.payload.string(key, 64);
    return complaints::require(ctx.db, id, payloadField(key));
}

void checkBase(CommandContext &ctx, const ComplaintRecord &record)
{
    ctx.checkVersion(record.state.version,
        complaints::complaintJson(record, complaints::mayViewPhone(ctx.actor(), record)));
}

// Stores the new state, records it and appends the event: the common end of every action.
CommandOutcome commit(
    CommandContext &ctx, ComplaintRecord &record, const ComplaintState &next, const Event &event)
{
    record.state = next;
    record.updatedAt = ctx.now;
    complaints::update(ctx.db, record);
    complaints::recordComplaint(ctx.db, record);
    complaints::appendEvent(ctx.db, record, event);
    return { record.state.id, record.state.version, currentSeq(ctx.db) };
}

// Tells the people of `unitCode` that a complaint arrived at or is chased in their unit.
void tell(CommandContext &ctx, const QString &unitCode, const QString &type, const QString &title,
    const ComplaintRecord &record, const QString &body)
{
    if (unitCode.isEmpty())
        return;
    notify(ctx.db,
        Notification { unitCode, {}, type, title + u": "_s + record.title, body, u"complaint"_s,
            record.state.id },
        ctx.now);
}

QString optionalText(const CommandContext &ctx, const QString &key, int maxLength = 2000)
{
    return ctx.payload.optionalString(key, maxLength).value_or(QString());
}

CommandOutcome create(CommandContext &ctx)
{
    const auto &p = ctx.payload;
    p.only({ u"id", u"community", u"grid", u"category", u"title", u"content", u"nickname", u"phone",
        u"channel", u"submitted_at", u"location", u"photos" });
    complaints::NewComplaintInput input = complaints::parseNewComplaint(p, ctx.now);
    input.id = p.uuid(u"id"_s);
    input.source = u"staff"_s;
    const UnitRecord place
        = complaints::resolvePlace(ctx.db, input, u"payload.community"_s, u"payload.grid"_s);
    require(ctx.actor(), Action::ComplaintCreate,
        Subject { .kind = Kind::Complaint, .unitPath = place.path, .unitLevel = place.level });
    const ComplaintRecord record
        = complaints::create(ctx.db, input, place, eventFor(ctx, u"create"_s, {}), ctx.now);
    return { record.state.id, record.state.version, currentSeq(ctx.db) };
}

// The shape of most actions: load, permit, check the base version, apply the rule, commit.
using Rule = std::function<ComplaintResult(CommandContext &, ComplaintRecord &, Event &)>;

CommandOutcome act(CommandContext &ctx, ComplaintAction action,
    std::initializer_list<QStringView> keys, const Rule &rule)
{
    ctx.payload.only(keys);
    QStringList payloadKeys;
    for (const auto k : keys)
        payloadKeys.append(k.toString());
    ComplaintRecord record = loadComplaint(ctx);
    require(ctx.actor(), permissionAction(action), complaintSubject(record.state));
    checkBase(ctx, record);
    const QString type = complaintActionName(action).mid(QStringLiteral("complaint.").size());
    Event event = eventFor(ctx, type, {});
    const ComplaintResult result = rule(ctx, record, event);
    if (!result.ok())
        refuse(result.error, payloadKeys);
    return commit(ctx, record, *result.state, event);
}

CommandOutcome reply(CommandContext &ctx)
{
    return act(ctx, ComplaintAction::Reply, { u"complaint", u"text" },
        [](CommandContext &c, ComplaintRecord &r, Event &e) {
            e.text = optionalText(c, u"text"_s);
            auto result = ComplaintWorkflow::reply(r.state, e.text, c.now);
            // Open311 status_notes: the latest words the resident received.
            if (result.ok())
                r.lastReply = e.text;
            return result;
        });
}

CommandOutcome note(CommandContext &ctx)
{
    const auto &p = ctx.payload;
    p.only({ u"complaint", u"text" });
    ComplaintRecord record = loadComplaint(ctx);
    require(ctx.actor(), Action::ComplaintNote, complaintSubject(record.state));
    const QString text = optionalText(ctx, u"text"_s);
    const ComplaintResult result = ComplaintWorkflow::note(record.state, text);
    if (!result.ok())
        refuse(result.error, { u"text"_s });
    // A note changes no field of the complaint (its version stays); only the timeline grows.
    complaints::appendEvent(ctx.db, record, eventFor(ctx, u"note"_s, text));
    return { record.state.id, record.state.version, currentSeq(ctx.db) };
}

CommandOutcome assign(CommandContext &ctx)
{
    return act(ctx, ComplaintAction::Assign, { u"complaint", u"assignee" },
        [](CommandContext &c, ComplaintRecord &r, Event &e) {
            const QString assignee
                = c.payload.optionalString(u"assignee"_s, 64).value_or(QString());
            if (!assignee.trimmed().isEmpty()) {
                // A worker of the handling unit (or of one of its grids), and active.
                const auto user = org::findUser(c.db, assignee);
                const auto unit = user ? org::findUnit(c.db, user->unit) : std::nullopt;
                if (!user || user->disabled || !unit
                    || !pathWithin(unit->path, r.state.handlingPath)) {
                    throw ApiError::rule(u"assignee_not_in_unit"_s,
                        u"The assignee is not an active account of the handling unit."_s,
                        u"payload.assignee"_s);
                }
                e.text = user->displayName;
            }
            e.data.insert(u"assignee"_s, assignee);
            return ComplaintWorkflow::assign(r.state, assignee);
        });
}

CommandOutcome accept(CommandContext &ctx)
{
    return act(ctx, ComplaintAction::Accept, { u"complaint", u"text" },
        [](CommandContext &c, ComplaintRecord &r, Event &e) {
            e.text = optionalText(c, u"text"_s);
            return ComplaintWorkflow::accept(r.state);
        });
}

CommandOutcome escalate(CommandContext &ctx)
{
    QString target;
    const CommandOutcome outcome = act(ctx, ComplaintAction::Escalate, { u"complaint", u"reason" },
        [&target](CommandContext &c, ComplaintRecord &r, Event &e) {
            e.text = optionalText(c, u"reason"_s, 1000);
            // PRODUCT.md §2: one level up; the rule checks the target is the parent.
            const auto unit = complaints::unitByPath(c.db, escalationTargetPath(r.state));
            const OrgUnit up = unit ? complaints::orgUnit(*unit) : OrgUnit {};
            e.data = QJsonObject { { u"from"_s, r.state.handlingCode }, { u"to"_s, up.code } };
            target = up.code;
            return ComplaintWorkflow::escalate(r.state, up, e.text, c.now);
        });
    const ComplaintRecord record = complaints::require(ctx.db, outcome.entityId, {});
    tell(ctx, target, u"complaint.escalated"_s, u"意见上报"_s, record,
        optionalText(ctx, u"reason"_s, 1000));
    return { outcome.entityId, outcome.version, currentSeq(ctx.db) };
}

CommandOutcome transfer(CommandContext &ctx)
{
    const auto &p = ctx.payload;
    p.only({ u"complaint", u"department", u"reason" });
    ComplaintRecord record = loadComplaint(ctx);
    require(ctx.actor(), Action::ComplaintTransfer, complaintSubject(record.state));
    checkBase(ctx, record);
    const UnitRecord department
        = org::requireUnit(ctx.db, p.string(u"department"_s, 32), u"payload.department"_s);
    Event event = eventFor(ctx, u"transfer"_s, optionalText(ctx, u"reason"_s, 1000));
    event.data
        = QJsonObject { { u"from"_s, record.state.handlingCode }, { u"to"_s, department.code } };
    const ComplaintResult result
        = ComplaintWorkflow::transfer(record.state, complaints::orgUnit(department), event.text);
    if (!result.ok())
        refuse(result.error, { u"department"_s, u"reason"_s });
    // PRODUCT.md §1: the department sees the complaints transferred to it, for good.
    ctx.db.exec(u"INSERT INTO complaint_departments (complaint_id, department) VALUES (?, ?)"
                u" ON CONFLICT DO NOTHING"_s,
        { record.state.id, department.code });
    record.state = *result.state;
    record.updatedAt = ctx.now;
    complaints::update(ctx.db, record);
    complaints::recordComplaint(ctx.db, record);
    // Its next pull must bring the whole history (seed 000: transparency), not only what
    // happens from now on.
    complaints::rerecordEvents(ctx.db, record);
    complaints::appendEvent(ctx.db, record, event);
    tell(ctx, department.code, u"complaint.transferred"_s, u"转办"_s, record, event.text);
    return { record.state.id, record.state.version, currentSeq(ctx.db) };
}

CommandOutcome returnDown(CommandContext &ctx)
{
    const auto &p = ctx.payload;
    p.only({ u"complaint", u"to", u"reason" });
    ComplaintRecord record = loadComplaint(ctx);
    const Subject subject = complaintSubject(record.state);
    require(ctx.actor(), Action::Read, subject);
    const UnitRecord target = org::requireUnit(ctx.db, p.string(u"to"_s, 32), u"payload.to"_s);
    Event event = eventFor(ctx, u"return"_s, optionalText(ctx, u"reason"_s, 1000));
    event.data = QJsonObject { { u"from"_s, record.state.handlingCode }, { u"to"_s, target.code } };
    const ComplaintResult result
        = ComplaintWorkflow::returnDown(record.state, complaints::orgUnit(target), event.text);
    // API.md: refused *whenever* the target is a community and the complaint was ever
    // escalated (seed 000 "不能驳回给社区"), whoever asks.
    if (!result.ok() && result.error.code == u"no_return_to_community")
        refuse(result.error, { u"to"_s });
    require(ctx.actor(), Action::ComplaintReturn, subject);
    checkBase(ctx, record);
    if (!result.ok())
        refuse(result.error, { u"to"_s, u"reason"_s });
    const CommandOutcome outcome = commit(ctx, record, *result.state, event);
    tell(ctx, target.code, u"complaint.returned"_s, u"改派"_s, record, event.text);
    return { outcome.entityId, outcome.version, currentSeq(ctx.db) };
}

CommandOutcome takeOver(CommandContext &ctx)
{
    return act(ctx, ComplaintAction::TakeOver, { u"complaint", u"reason" },
        [](CommandContext &c, ComplaintRecord &r, Event &e) {
            e.text = optionalText(c, u"reason"_s, 1000);
            e.data = QJsonObject { { u"from"_s, r.state.handlingCode },
                { u"to"_s, c.actor().unitCode } };
            const UnitRecord unit = org::requireUnit(c.db, c.actor().unitCode);
            return ComplaintWorkflow::takeOver(r.state, complaints::orgUnit(unit));
        });
}

CommandOutcome object(CommandContext &ctx)
{
    QString back;
    const CommandOutcome outcome = act(ctx, ComplaintAction::Object, { u"complaint", u"reason" },
        [&back](CommandContext &c, ComplaintRecord &r, Event &e) {
            e.text = optionalText(c, u"reason"_s, 1000);
            back = r.state.transferredByCode;
            e.data = QJsonObject { { u"from"_s, r.state.handlingCode }, { u"to"_s, back } };
            return ComplaintWorkflow::object(r.state, e.text);
        });
    const ComplaintRecord record = complaints::require(ctx.db, outcome.entityId, {});
    tell(ctx, back, u"complaint.objected"_s, u"退单"_s, record,
        optionalText(ctx, u"reason"_s, 1000));
    return { outcome.entityId, outcome.version, currentSeq(ctx.db) };
}

CommandOutcome resolve(CommandContext &ctx)
{
    return act(ctx, ComplaintAction::Resolve, { u"complaint", u"resolution", u"reply" },
        [](CommandContext &c, ComplaintRecord &r, Event &e) {
            e.text = optionalText(c, u"resolution"_s);
            const QString finalReply = optionalText(c, u"reply"_s);
            e.data = QJsonObject { { u"reply"_s, finalReply } };
            auto result = ComplaintWorkflow::resolve(r.state, e.text, finalReply, c.now);
            if (result.ok())
                r.lastReply = finalReply;
            return result;
        });
}

CommandOutcome reopen(CommandContext &ctx)
{
    return act(ctx, ComplaintAction::Reopen, { u"complaint", u"reason" },
        [](CommandContext &c, ComplaintRecord &r, Event &e) {
            e.text = optionalText(c, u"reason"_s, 1000);
            return ComplaintWorkflow::reopen(r.state, e.text, c.now);
        });
}

CommandOutcome satisfaction(CommandContext &ctx)
{
    return act(ctx, ComplaintAction::Satisfaction, { u"complaint", u"value", u"text" },
        [](CommandContext &c, ComplaintRecord &r, Event &e) {
            const QString value
                = c.payload.oneOf(u"value"_s, { u"satisfied", u"basic", u"unsatisfied" });
            e.text = optionalText(c, u"text"_s);
            e.data = QJsonObject { { u"value"_s, value } };
            return ComplaintWorkflow::rateSatisfaction(r.state, *satisfactionFromName(value));
        });
}

CommandOutcome close(CommandContext &ctx)
{
    return act(ctx, ComplaintAction::Close, { u"complaint", u"text" },
        [](CommandContext &c, ComplaintRecord &r, Event &e) {
            e.text = optionalText(c, u"text"_s);
            return ComplaintWorkflow::close(r.state, c.now);
        });
}

CommandOutcome markExample(CommandContext &ctx)
{
    return act(ctx, ComplaintAction::MarkExample, { u"complaint", u"text" },
        [](CommandContext &c, ComplaintRecord &r, Event &e) {
            e.text = optionalText(c, u"text"_s);
            return ComplaintWorkflow::markServiceExample(r.state);
        });
}

CommandOutcome urge(CommandContext &ctx)
{
    const CommandOutcome outcome = act(ctx, ComplaintAction::Urge, { u"complaint", u"text" },
        [](CommandContext &c, ComplaintRecord &r, Event &e) {
            e.text = optionalText(c, u"text"_s, 1000);
            e.data = QJsonObject { { u"handling_unit"_s, r.state.handlingCode } };
            return ComplaintWorkflow::urge(r.state, c.now);
        });
    // A 催办 from above chases the unit that sits on the complaint.
    const ComplaintRecord record = complaints::require(ctx.db, outcome.entityId, {});
    tell(ctx, record.state.handlingCode, u"complaint.urge"_s, u"催办"_s, record,
        optionalText(ctx, u"text"_s, 1000));
    return { outcome.entityId, outcome.version, currentSeq(ctx.db) };
}

// 并单: the duplicate is archived pointing at the primary; both timelines are kept and each
// gains an event naming the other.
CommandOutcome merge(CommandContext &ctx)
{
    const auto &p = ctx.payload;
    p.only({ u"complaint", u"primary", u"text" });
    ComplaintRecord duplicate = loadComplaint(ctx);
    require(ctx.actor(), Action::ComplaintMerge, complaintSubject(duplicate.state));
    checkBase(ctx, duplicate);
    ComplaintRecord primary = loadComplaint(ctx, u"primary"_s);
    require(ctx.actor(), Action::Read, complaintSubject(primary.state));
    const ComplaintMergeResult result
        = ComplaintWorkflow::merge(duplicate.state, primary.state, ctx.now);
    if (!result.ok())
        refuse(result.error, { u"primary"_s });
    const QString text = optionalText(ctx, u"text"_s);
    Event onDuplicate = eventFor(ctx, u"merge"_s, text, 0);
    onDuplicate.data = QJsonObject { { u"into"_s, primary.state.id } };
    Event onPrimary = eventFor(ctx, u"merge"_s, text, 1);
    onPrimary.data = QJsonObject { { u"from"_s, duplicate.state.id } };
    commit(ctx, primary, *result.primary, onPrimary);
    const CommandOutcome outcome = commit(ctx, duplicate, *result.duplicate, onDuplicate);
    return { outcome.entityId, outcome.version, currentSeq(ctx.db) };
}

CommandOutcome updateSettings(CommandContext &ctx)
{
    const auto &p = ctx.payload;
    p.only({ u"district", u"sla_hours", u"auto_escalate_hours" });
    const UnitRecord district
        = org::requireUnit(ctx.db, p.string(u"district"_s, 32), u"payload.district"_s);
    require(ctx.actor(), Action::DistrictSettingsEdit,
        Subject { .kind = Kind::Settings, .unitPath = district.path, .unitLevel = district.level });
    const complaints::Settings current = complaints::settings(ctx.db, district.code);
    ctx.checkVersion(current.version,
        QJsonObject { { u"district"_s, district.code }, { u"sla_hours"_s, current.slaHours },
            { u"auto_escalate_hours"_s, current.autoEscalateHours } });
    const int sla = int(p.optionalInteger(u"sla_hours"_s, 1, 720).value_or(current.slaHours));
    const int autoEscalate = int(
        p.optionalInteger(u"auto_escalate_hours"_s, 0, 720).value_or(current.autoEscalateHours));
    const complaints::Settings saved
        = complaints::saveSettings(ctx.db, district, sla, autoEscalate, ctx.now);
    return { district.code, saved.version, currentSeq(ctx.db) };
}

// Canned replies belong to a unit; whoever may reply to residents as that unit keeps them.
Subject cannedSubject(const UnitRecord &unit)
{
    return Subject { .kind = Kind::Complaint,
        .unitPath = unit.path,
        .unitLevel = unit.level,
        .handlingPath = unit.path,
        .handlingLevel = unit.level };
}

struct CannedReply
{
    QString id;
    QString unit;
    QString title;
    QString text;
    bool deleted = false;
    qint64 version = 0;
};

std::optional<CannedReply> findCanned(Db &db, const QString &id)
{
    QSqlQuery q = db.exec(
        u"SELECT id, unit, title, text, deleted, version FROM canned_replies WHERE id = ?"_s,
        { id });
    if (!q.next())
        return std::nullopt;
    return CannedReply { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString(), q.value(4).toInt() != 0, q.value(5).toLongLong() };
}

QJsonObject cannedJson(const CannedReply &c)
{
    return QJsonObject { { u"id"_s, c.id }, { u"unit"_s, c.unit }, { u"title"_s, c.title },
        { u"text"_s, c.text } };
}

void recordCanned(Db &db, const CannedReply &c, const UnitRecord &unit)
{
    recordChange(db,
        Change { .kind = u"canned_reply"_s,
            .id = c.id,
            .version = c.version,
            .unitPath = unit.path,
            .district = unit.district,
            .data = cannedJson(c),
            .deleted = c.deleted });
}

CommandOutcome saveCanned(CommandContext &ctx)
{
    const auto &p = ctx.payload;
    p.only({ u"id", u"unit", u"title", u"text" });
    const QString id = p.uuid(u"id"_s);
    const UnitRecord unit = org::requireUnit(ctx.db, p.string(u"unit"_s, 32), u"payload.unit"_s);
    require(ctx.actor(), Action::ComplaintReply, cannedSubject(unit));
    CannedReply c { id, unit.code, p.text(u"title"_s, 50).trimmed(), p.text(u"text"_s, 2000), false,
        1 };
    if (const auto existing = findCanned(ctx.db, id)) {
        if (existing->deleted || existing->unit != unit.code)
            throw ApiError(404, u"not_found"_s, u"no canned reply %1 at %2"_s.arg(id, unit.code),
                u"payload.id"_s);
        ctx.checkVersion(existing->version, cannedJson(*existing));
        c.version = existing->version + 1;
        ctx.db.exec(
            u"UPDATE canned_replies SET title = ?, text = ?, version = ?, updated_at = ? WHERE id = ?"_s,
            { c.title, c.text, c.version, ctx.now, id });
    } else {
        ctx.db.exec(u"INSERT INTO canned_replies (id, unit, unit_path, district, title, text, "
                    u"deleted, version,"
                    u" created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, 1, ?, ?)"_s,
            { id, unit.code, unit.path, unit.district, c.title, c.text, ctx.now, ctx.now });
    }
    recordCanned(ctx.db, c, unit);
    return { id, c.version, currentSeq(ctx.db) };
}

CommandOutcome deleteCanned(CommandContext &ctx)
{
    const auto &p = ctx.payload;
    p.only({ u"id" });
    const QString id = p.uuid(u"id"_s);
    auto c = findCanned(ctx.db, id);
    if (!c || c->deleted)
        throw ApiError(404, u"not_found"_s, u"no canned reply %1"_s.arg(id), u"payload.id"_s);
    const UnitRecord unit = org::requireUnit(ctx.db, c->unit);
    require(ctx.actor(), Action::ComplaintReply, cannedSubject(unit));
    ctx.checkVersion(c->version, cannedJson(*c));
    c->deleted = true;
    c->version += 1;
    ctx.db.exec(
        u"UPDATE canned_replies SET deleted = 1, version = ?, updated_at = ? WHERE id = ?"_s,
        { c->version, ctx.now, id });
    recordCanned(ctx.db, *c, unit);
    return { id, c->version, currentSeq(ctx.db) };
}

} // namespace

void registerComplaintCommands(CommandRegistry &registry)
{
    registry.add(u"complaint.create"_s, create);
    registry.add(u"complaint.reply"_s, reply);
    registry.add(u"complaint.note"_s, note);
    registry.add(u"complaint.assign"_s, assign);
    registry.add(u"complaint.accept"_s, accept);
    registry.add(u"complaint.escalate"_s, escalate);
    registry.add(u"complaint.transfer"_s, transfer);
    registry.add(u"complaint.return"_s, returnDown);
    registry.add(u"complaint.take_over"_s, takeOver);
    registry.add(u"complaint.object"_s, object);
    registry.add(u"complaint.resolve"_s, resolve);
    registry.add(u"complaint.reopen"_s, reopen);
    registry.add(u"complaint.satisfaction"_s, satisfaction);
    registry.add(u"complaint.close"_s, close);
    registry.add(u"complaint.mark_example"_s, markExample);
    registry.add(u"complaint.merge"_s, merge);
    registry.add(u"complaint.urge"_s, urge);
    registry.add(u"complaint_settings.update"_s, updateSettings);
    registry.add(u"canned_reply.save"_s, saveCanned);
    registry.add(u"canned_reply.delete"_s, deleteCanned);
}

} // namespace civic::server

#include "complaintstore.h"

#include "audit.h"

#include "apierror.h"
#include "changelog.h"
#include "domain/chinatime.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::server::complaints {

namespace {

constexpr auto kColumns
    = u"id, community, grid, unit_path, district, category, title, content, nickname, phone,"
      u" channel, location, lat, lng, address_id, photos, submitted_at, status, handling_unit,"
      u" handling_level, handling_path, sla_hours, due_at, first_reply_at, resolved_at,"
      u" closed_at, satisfaction, service_example, ever_escalated, escalations,"
      u" last_escalated_at, departments, transferred_by_unit, transferred_by_level,"
      u" transferred_by_path, assignee, resolution, final_reply, last_reply, merged_into,"
      u" merged_from, urge_count, last_urged_at, overdue_urged_at, external_id, intake_key,"
      u" source, version, created_at, updated_at";

QVariant nullString()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

QVariant optionalTime(const std::optional<qint64> &t)
{
    return t ? QVariant(*t) : nullInt();
}

QVariant optionalDouble(const std::optional<double> &d)
{
    return d ? QVariant(*d) : QVariant(QMetaType(QMetaType::Double));
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? nullString() : QVariant(s);
}

std::optional<qint64> timeValue(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

QJsonArray jsonArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QStringList stringList(const QJsonArray &array)
{
    QStringList list;
    for (const auto &v : array)
        list.append(v.toString());
    return list;
}

QJsonArray toJsonArray(const QStringList &list)
{
    QJsonArray array;
    for (const auto &s : list)
        array.append(s);
    return array;
}

QString escalationsText(const QList<Level> &levels)
{
    QStringList names;
    for (const Level l : levels)
        names.append(levelName(l));
    return names.join(u',');
}

QList<Level> escalationsFrom(const QString &text)
{
    QList<Level> levels;
    for (const auto &name : text.split(u',', Qt::SkipEmptyParts)) {
        if (const auto l = levelFromName(name))
            levels.append(*l);
    }
    return levels;
}

ComplaintRecord readRecord(const QSqlQuery &q)
{
    ComplaintRecord r;
    ComplaintState &s = r.state;
    int i = 0;
    s.id = q.value(i++).toString();
    s.communityCode = q.value(i++).toString();
    s.gridCode = q.value(i++).toString();
    r.unitPath = q.value(i++).toString();
    s.communityPath = s.gridCode.isEmpty() ? r.unitPath : parentUnitPath(r.unitPath);
    s.gridPath = s.gridCode.isEmpty() ? QString() : r.unitPath;
    r.district = q.value(i++).toString();
    r.category = q.value(i++).toString();
    r.title = q.value(i++).toString();
    s.content = q.value(i++).toString();
    s.nickname = q.value(i++).toString();
    r.phone = q.value(i++).toString();
    r.channel = q.value(i++).toString();
    r.location = q.value(i++).toString();
    const QVariant lat = q.value(i++);
    const QVariant lng = q.value(i++);
    if (!lat.isNull())
        r.lat = lat.toDouble();
    if (!lng.isNull())
        r.lng = lng.toDouble();
    r.addressId = q.value(i++).toString();
    r.photos = jsonArray(q.value(i++).toString());
    s.submittedAt = q.value(i++).toLongLong();
    s.status = complaintStatusFromName(q.value(i++).toString()).value_or(ComplaintStatus::New);
    s.handlingCode = q.value(i++).toString();
    s.handlingLevel = levelFromName(q.value(i++).toString()).value_or(Level::Community);
    s.handlingPath = q.value(i++).toString();
    r.slaHours = q.value(i++).toInt();
    s.dueAt = q.value(i++).toLongLong();
    s.firstReplyAt = timeValue(q.value(i++));
    s.resolvedAt = timeValue(q.value(i++));
    s.closedAt = timeValue(q.value(i++));
    const QString satisfaction = q.value(i++).toString();
    if (!satisfaction.isEmpty())
        s.satisfaction = satisfactionFromName(satisfaction);
    s.serviceExample = q.value(i++).toInt() != 0;
    s.everEscalated = q.value(i++).toInt() != 0;
    s.escalations = escalationsFrom(q.value(i++).toString());
    s.lastEscalatedAt = q.value(i++).toLongLong();
    s.departments = stringList(jsonArray(q.value(i++).toString()));
    s.transferredByCode = q.value(i++).toString();
    s.transferredByLevel = levelFromName(q.value(i++).toString()).value_or(Level::Street);
    s.transferredByPath = q.value(i++).toString();
    s.assignee = q.value(i++).toString();
    s.resolution = q.value(i++).toString();
    s.finalReply = q.value(i++).toString();
    r.lastReply = q.value(i++).toString();
    s.mergedInto = q.value(i++).toString();
    s.mergedFrom = stringList(jsonArray(q.value(i++).toString()));
    s.urgeCount = q.value(i++).toInt();
    s.lastUrgedAt = timeValue(q.value(i++));
    r.overdueUrgedAt = timeValue(q.value(i++));
    r.externalId = q.value(i++).toString();
    r.intakeKey = q.value(i++).toString();
    r.source = q.value(i++).toString();
    s.version = q.value(i++).toLongLong();
    r.createdAt = q.value(i++).toLongLong();
    r.updatedAt = q.value(i++).toLongLong();
    return r;
}

// The mutable columns in the order of kColumns after `id`, for INSERT and UPDATE alike.
QVariantList rowValues(const ComplaintRecord &r)
{
    const ComplaintState &s = r.state;
    return { s.communityCode, s.gridCode, r.unitPath, r.district, r.category, r.title, s.content,
        s.nickname, r.phone, r.channel, r.location, optionalDouble(r.lat), optionalDouble(r.lng),
        r.addressId, compact(r.photos), s.submittedAt, complaintStatusName(s.status),
        s.handlingCode, levelName(s.handlingLevel), s.handlingPath, r.slaHours, s.dueAt,
        optionalTime(s.firstReplyAt), optionalTime(s.resolvedAt), optionalTime(s.closedAt),
        s.satisfaction ? satisfactionName(*s.satisfaction) : QString(), s.serviceExample ? 1 : 0,
        s.everEscalated ? 1 : 0, escalationsText(s.escalations), s.lastEscalatedAt,
        compact(toJsonArray(s.departments)), s.transferredByCode,
        s.transferredByCode.isEmpty() ? QString() : levelName(s.transferredByLevel),
        s.transferredByPath, s.assignee, s.resolution, s.finalReply, r.lastReply, s.mergedInto,
        compact(toJsonArray(s.mergedFrom)), s.urgeCount, optionalTime(s.lastUrgedAt),
        optionalTime(r.overdueUrgedAt), orNull(r.externalId), orNull(r.intakeKey), r.source,
        s.version, r.createdAt, r.updatedAt };
}

QJsonValue timeJson(const std::optional<qint64> &t)
{
    return t ? QJsonValue(isoTime(*t)) : QJsonValue(QJsonValue::Null);
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

Event readEvent(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toString();
    e.complaintId = q.value(1).toString();
    e.type = q.value(2).toString();
    e.actorId = q.value(3).toString();
    e.actorName = q.value(4).toString();
    e.unit = q.value(5).toString();
    e.at = q.value(6).toLongLong();
    e.text = q.value(7).toString();
    e.data = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    return e;
}

} // namespace

QString columnList()
{
    return QString::fromUtf16(kColumns);
}

QVariantList columnValues(const ComplaintRecord &record)
{
    return QVariantList { record.state.id } + rowValues(record);
}

QString openStatusesSql()
{
    QStringList names;
    for (const auto s : kAllComplaintStatuses) {
        if (isOpenStatus(s))
            names.append(u"'"_s + complaintStatusName(s) + u"'"_s);
    }
    return u"("_s + names.join(u",") + u")"_s;
}

std::optional<ComplaintRecord> find(Db &db, const QString &id)
{
    QSqlQuery q = db.exec(u"SELECT %1 FROM complaints WHERE id = ?"_s.arg(kColumns), { id });
    if (!q.next())
        return std::nullopt;
    return readRecord(q);
}

QList<ComplaintRecord> select(Db &db, const QString &condition, const QVariantList &binds)
{
    QList<ComplaintRecord> list;
    QSqlQuery q = db.exec(u"SELECT %1 FROM complaints WHERE %2"_s.arg(kColumns, condition), binds);
    while (q.next())
        list.append(readRecord(q));
    return list;
}

ComplaintRecord require(Db &db, const QString &id, const QString &field)
{
    auto record = find(db, id);
    if (!record)
        throw ApiError(404, u"not_found"_s, u"no complaint %1"_s.arg(id), field);
    return *record;
}

void insert(Db &db, const ComplaintRecord &record)
{
    QStringList marks;
    const QVariantList values = QVariantList { record.state.id } + rowValues(record);
    for (qsizetype i = 0; i < values.size(); ++i)
        marks.append(u"?"_s);
    db.exec(u"INSERT INTO complaints (%1) VALUES (%2)"_s.arg(kColumns, marks.join(u", ")), values);
}

void update(Db &db, const ComplaintRecord &record)
{
    QStringList columns = QString::fromUtf16(kColumns).split(u',');
    columns.removeFirst(); // id
    QStringList sets;
    for (const auto &c : columns)
        sets.append(c.trimmed() + u" = ?"_s);
    QVariantList values = rowValues(record);
    values.append(record.state.id);
    db.exec(u"UPDATE complaints SET %1 WHERE id = ?"_s.arg(sets.join(u", ")), values);
}

QJsonObject complaintJson(const ComplaintRecord &r, bool unmasked)
{
    const ComplaintState &s = r.state;
    QJsonArray escalations;
    for (const Level l : s.escalations)
        escalations.append(levelName(l));
    QJsonObject o {
        { u"id"_s, s.id },
        { u"community"_s, s.communityCode },
        { u"grid"_s, stringOrNull(s.gridCode) },
        { u"district"_s, r.district },
        { u"category"_s, r.category },
        { u"title"_s, r.title },
        { u"content"_s, s.content },
        { u"nickname"_s, s.nickname },
        { u"phone"_s, unmasked ? r.phone : maskPhone(r.phone) },
        { u"channel"_s, r.channel },
        { u"submitted_at"_s, isoTime(s.submittedAt) },
        { u"location"_s, r.location },
        { u"photos"_s, r.photos },
        { u"status"_s, complaintStatusName(s.status) },
        { u"handling_unit"_s, s.handlingCode },
        { u"handling_level"_s, levelName(s.handlingLevel) },
        { u"sla_hours"_s, r.slaHours },
        { u"due_at"_s, isoTime(s.dueAt) },
        { u"first_reply_at"_s, timeJson(s.firstReplyAt) },
        { u"resolved_at"_s, timeJson(s.resolvedAt) },
        { u"closed_at"_s, timeJson(s.closedAt) },
        { u"satisfaction"_s,
            s.satisfaction ? QJsonValue(satisfactionName(*s.satisfaction))
                           : QJsonValue(QJsonValue::Null) },
        { u"service_example"_s, s.serviceExample },
        { u"ever_escalated"_s, s.everEscalated },
        { u"escalations"_s, escalations },
        { u"last_escalated_at"_s,
            s.lastEscalatedAt > 0 ? QJsonValue(isoTime(s.lastEscalatedAt))
                                  : QJsonValue(QJsonValue::Null) },
        { u"departments"_s, toJsonArray(s.departments) },
        { u"transferred_by"_s, stringOrNull(s.transferredByCode) },
        { u"assignee"_s, stringOrNull(s.assignee) },
        { u"resolution"_s, s.resolution },
        { u"final_reply"_s, s.finalReply },
        { u"last_reply"_s, r.lastReply },
        { u"merged_into"_s, stringOrNull(s.mergedInto) },
        { u"merged_from"_s, toJsonArray(s.mergedFrom) },
        { u"urge_count"_s, s.urgeCount },
        { u"last_urged_at"_s, timeJson(s.lastUrgedAt) },
        { u"source"_s, r.source },
        { u"external_id"_s, stringOrNull(r.externalId) },
        { u"created_at"_s, isoTime(r.createdAt) },
        { u"updated_at"_s, isoTime(r.updatedAt) },
        { u"version"_s, s.version },
    };
    if (r.lat && r.lng) {
        o.insert(u"lat"_s, *r.lat);
        o.insert(u"long"_s, *r.lng);
    }
    if (!r.addressId.isEmpty())
        o.insert(u"address_id"_s, r.addressId);
    return o;
}

qint64 recordComplaint(Db &db, const ComplaintRecord &record)
{
    // The phone travels whole only to the unit handling the complaint; the change is
    // re-recorded on every action, so a new handler receives it with the move.
    return recordChange(db,
        Change { .kind = u"complaint"_s,
            .id = record.state.id,
            .version = record.state.version,
            .unitPath = record.unitPath,
            .district = record.district,
            .ref = record.state.id,
            .data = complaintJson(record, false),
            .privateUnit = record.state.handlingCode,
            .privateData = complaintJson(record, true) });
}

QJsonObject eventJson(const Event &e)
{
    return QJsonObject {
        { u"id"_s, e.id },
        { u"complaint"_s, e.complaintId },
        { u"type"_s, e.type },
        { u"actor"_s, e.actorName },
        { u"actor_id"_s, stringOrNull(e.actorId) },
        { u"unit"_s, e.unit },
        { u"at"_s, isoTime(e.at) },
        { u"text"_s, e.text },
        { u"data"_s, e.data },
    };
}

qint64 appendEvent(Db &db, const ComplaintRecord &record, const Event &e)
{
    const int ordinal
        = db.scalar(
                u"SELECT COALESCE(MAX(ordinal), 0) + 1 FROM complaint_events WHERE complaint_id = ?"_s,
                { record.state.id })
              .toInt();
    db.exec(u"INSERT INTO complaint_events (id, complaint_id, district, ordinal, type, actor_id,"
            u" actor_name, unit, at, text, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { e.id, record.state.id, record.district, ordinal, e.type, e.actorId, e.actorName, e.unit,
            e.at, e.text, compact(e.data) });
    audit::append(db, record.state.communityCode, audit::kComplaintEvent, e.id, e.at);
    Event stored = e;
    stored.complaintId = record.state.id;
    return recordChange(db,
        Change { .kind = u"complaint_event"_s,
            .id = e.id,
            .version = 1,
            .unitPath = record.unitPath,
            .district = record.district,
            .ref = record.state.id,
            .data = eventJson(stored) });
}

QList<Event> events(Db &db, const QString &complaintId)
{
    QList<Event> list;
    QSqlQuery q
        = db.exec(u"SELECT id, complaint_id, type, actor_id, actor_name, unit, at, text, data"
                  u" FROM complaint_events WHERE complaint_id = ? ORDER BY ordinal"_s,
            { complaintId });
    while (q.next())
        list.append(readEvent(q));
    return list;
}

void rerecordEvents(Db &db, const ComplaintRecord &record)
{
    for (const Event &e : events(db, record.state.id)) {
        recordChange(db,
            Change { .kind = u"complaint_event"_s,
                .id = e.id,
                .version = 1,
                .unitPath = record.unitPath,
                .district = record.district,
                .ref = record.state.id,
                .data = eventJson(e) });
    }
}

bool mayViewPhone(const Actor &actor, const ComplaintRecord &record)
{
    return permit(actor, Action::ComplaintViewPersonalData, complaintSubject(record.state))
        == Verdict::Allowed;
}

Settings settings(Db &db, const QString &district)
{
    Settings s;
    s.district = district;
    QSqlQuery q = db.exec(u"SELECT sla_hours, auto_escalate_hours, version FROM complaint_settings"
                          u" WHERE district = ?"_s,
        { district });
    if (q.next()) {
        s.slaHours = q.value(0).toInt();
        s.autoEscalateHours = q.value(1).toInt();
        s.version = q.value(2).toLongLong();
    }
    return s;
}

Settings saveSettings(
    Db &db, const UnitRecord &district, int slaHours, int autoEscalateHours, qint64 now)
{
    Settings s = settings(db, district.code);
    s.slaHours = slaHours;
    s.autoEscalateHours = autoEscalateHours;
    s.version += 1;
    if (s.version == 1) {
        db.exec(
            u"INSERT INTO complaint_settings (district, unit_path, sla_hours, auto_escalate_hours,"
            u" version, updated_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
            { district.code, district.path, slaHours, autoEscalateHours, s.version, now });
    } else {
        db.exec(
            u"UPDATE complaint_settings SET sla_hours = ?, auto_escalate_hours = ?, version = ?,"
            u" updated_at = ? WHERE district = ?"_s,
            { slaHours, autoEscalateHours, s.version, now, district.code });
    }
    recordChange(db,
        Change { .kind = u"complaint_settings"_s,
            .id = district.code,
            .version = s.version,
            .unitPath = district.path,
            .district = district.code,
            .data = QJsonObject { { u"district"_s, district.code }, { u"sla_hours"_s, slaHours },
                { u"auto_escalate_hours"_s, autoEscalateHours },
                { u"updated_at"_s, isoTime(now) } } });
    return s;
}

OrgUnit orgUnit(const UnitRecord &unit)
{
    return OrgUnit { unit.code, unit.name, unit.level, unit.parent, unit.path, unit.households };
}

std::optional<UnitRecord> unitByPath(Db &db, const QString &path)
{
    if (path.isEmpty())
        return std::nullopt;
    const QVariant code = db.scalar(u"SELECT code FROM org_units WHERE path = ?"_s, { path });
    if (!code.isValid())
        return std::nullopt;
    return org::findUnit(db, code.toString());
}

UnitRecord resolvePlace(
    Db &db, const NewComplaintInput &input, const QString &placeField, const QString &gridField)
{
    const auto unit = org::findUnit(db, input.place);
    if (!unit)
        throw ApiError(404, u"not_found"_s, u"no community %1"_s.arg(input.place), placeField);
    if (unit->level != Level::Community && unit->level != Level::Grid)
        throw ApiError::rule(u"not_a_community"_s,
            u"A complaint is filed at a community or one of its grids."_s, placeField);
    if (input.grid.isEmpty())
        return *unit;
    const auto grid = org::findUnit(db, input.grid);
    if (!grid || grid->level != Level::Grid || grid->parent != unit->code)
        throw ApiError::invalidField(
            gridField, u"%1 is not a grid of %2"_s.arg(input.grid, unit->code));
    return *grid;
}

ComplaintRecord create(Db &db, const NewComplaintInput &input, const UnitRecord &place,
    const Event &createdBy, qint64 now)
{
    if (find(db, input.id))
        throw ApiError(
            409, u"exists"_s, u"a complaint with id %1 exists already"_s.arg(input.id), u"id"_s);
    const Settings config = settings(db, place.district);
    NewComplaint n { input.id, input.nickname, input.content, input.submittedAt };
    const ComplaintResult result = ComplaintWorkflow::create(n, orgUnit(place), config.slaHours);
    if (!result.ok())
        throw ApiError::rule(result.error.code, result.error.message, result.error.field);
    ComplaintRecord r;
    r.state = *result.state;
    r.district = place.district;
    r.unitPath = place.path;
    r.category = input.category;
    r.title = input.title;
    r.phone = input.phone;
    r.channel = input.channel;
    r.location = input.location;
    r.lat = input.lat;
    r.lng = input.lng;
    r.addressId = input.addressId;
    r.photos = input.photos;
    r.externalId = input.externalId;
    r.intakeKey = input.intakeKey;
    r.source = input.source.isEmpty() ? u"staff"_s : input.source;
    r.slaHours = config.slaHours;
    r.createdAt = now;
    r.updatedAt = now;
    insert(db, r);
    recordComplaint(db, r);
    Event e = createdBy;
    e.complaintId = r.state.id;
    e.type = u"create"_s;
    // The timeline starts when the resident spoke, which is also when the SLA clock starts.
    e.at = r.state.submittedAt;
    if (e.text.isEmpty())
        e.text = r.title;
    e.data.insert(u"channel"_s, r.channel);
    e.data.insert(u"source"_s, r.source);
    appendEvent(db, r, e);
    return r;
}

} // namespace civic::server::complaints

// The complaint reads of API.md §Reads, the unit statistics (PRODUCT.md §2) and the intake
// API (API.md §Intake): GET /api/v1/complaints/{id}, GET /api/v1/complaints,
// GET /api/v1/units/{code}/stats and POST /api/v1/intake/complaints.

#include "apierror.h"
#include "complaintstats.h"
#include "complaintstore.h"
#include "domain/chinatime.h"
#include "httpserver.h"
#include "intake.h"

#include <QMutex>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::server {

namespace {

using complaints::ComplaintRecord;

constexpr qint64 kDayMs = 24 * kHourMs;

struct Sections
{
    QMutex mutex;
    QList<std::pair<QString, UnitStatsSection>> list;
};

Sections &sections()
{
    static Sections s;
    return s;
}

QString slaStateName(SlaState s)
{
    switch (s) {
    case SlaState::Met:
        return u"met"_s;
    case SlaState::Late:
        return u"late"_s;
    case SlaState::Pending:
        return u"pending"_s;
    case SlaState::Amber:
        return u"amber"_s;
    case SlaState::Overdue:
        return u"overdue"_s;
    }
    return {};
}

// What the pull gives the caller: the complaint's unit (its grid, if any) in the caller's
// subtree, or a department it was transferred to; permit() decides everything else.
bool mayRead(const Actor &actor, const ComplaintRecord &record)
{
    return permit(actor, Action::Read, complaintSubject(record.state)) == Verdict::Allowed
        || pathWithin(record.unitPath, actor.unitPath);
}

QJsonObject summaryJson(const Actor &actor, const ComplaintRecord &record, qint64 now)
{
    QJsonObject o = complaints::complaintJson(record, complaints::mayViewPhone(actor, record));
    o.insert(u"sla_state"_s, slaStateName(slaState(record.state, now)));
    o.insert(u"overdue"_s, isOverdue(record.state, now));
    return o;
}

Reply getComplaint(Request &r)
{
    const Session &s = r.session();
    Transaction tx(*r.db, Transaction::Mode::Read);
    const auto record = complaints::find(*r.db, r.matches.value(0));
    if (!record || !mayRead(s.actor, *record))
        throw ApiError::notFound(u"complaint"_s);
    QJsonObject o = summaryJson(s.actor, *record, r.now);
    QJsonArray events;
    for (const auto &e : complaints::events(*r.db, record->state.id))
        events.append(complaints::eventJson(e));
    o.insert(u"events"_s, events);
    tx.commit();
    return Reply::json(o);
}

qint64 intParam(const Request &r, const QString &name, qint64 fallback, qint64 min, qint64 max)
{
    if (!r.hasParam(name))
        return fallback;
    bool ok = false;
    const qint64 v = r.param(name).toLongLong(&ok);
    if (!ok || v < min || v > max)
        throw ApiError::invalidField(
            name, u"%1 must be an integer between %2 and %3"_s.arg(name).arg(min).arg(max));
    return v;
}

// A period bound: a China date ("2026-07-01"; as `to` the whole day counts) or a date-time.
std::optional<qint64> timeParam(const Request &r, const QString &name, bool upper)
{
    if (!r.hasParam(name) || r.param(name).isEmpty())
        return std::nullopt;
    const QString text = r.param(name);
    if (const auto day = parseChinaDate(text))
        return upper ? *day + kDayMs : *day;
    if (const auto t = parseIsoTime(text))
        return *t;
    throw ApiError::invalidField(
        name, u"%1 must be a date (2026-07-01) or an ISO 8601 date-time"_s.arg(name));
}

// The unit a read is about: the caller's own by default; any other must lie in the
// caller's subtree (the units above are visible for the tree, not their complaints).
UnitRecord scopeUnit(Db &db, const Actor &actor, const QString &code)
{
    if (code.isEmpty() || code == actor.unitCode)
        return org::requireUnit(db, actor.unitCode);
    const auto unit = org::findUnit(db, code);
    if (!unit || actor.role == Role::Department || !pathWithin(unit->path, actor.unitPath))
        throw ApiError(404, u"not_found"_s, u"no unit %1"_s.arg(code), u"unit"_s);
    return *unit;
}

// The rows of `unit`'s view: its subtree, or for a department what was transferred to it.
QString scopeSql(const Actor &actor, const UnitRecord &unit, QVariantList *binds)
{
    if (actor.role == Role::Department && unit.code == actor.unitCode) {
        binds->append(unit.code);
        return u"id IN (SELECT complaint_id FROM complaint_departments WHERE department = ?)"_s;
    }
    binds->append(unit.path);
    binds->append(subtreeEnd(unit.path));
    return u"unit_path >= ? AND unit_path < ?"_s;
}

QString likePattern(const QString &text)
{
    QString escaped;
    for (const QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'!')
            escaped.append(u'!');
        escaped.append(c);
    }
    return u"%"_s + escaped + u"%"_s;
}

Reply listComplaints(Request &r)
{
    const Session &s = r.session();
    const Actor &actor = s.actor;
    const int page = int(intParam(r, u"page"_s, 1, 1, 1000000));
    const int perPage = int(intParam(r, u"per_page"_s, 50, 1, 200));
    Transaction tx(*r.db, Transaction::Mode::Read);
    const UnitRecord unit = scopeUnit(*r.db, actor, r.param(u"unit"_s));

    QVariantList binds;
    QStringList where { scopeSql(actor, unit, &binds) };
    if (r.hasParam(u"status"_s) && !r.param(u"status"_s).isEmpty()) {
        QStringList marks;
        for (const auto &name : r.param(u"status"_s).split(u',', Qt::SkipEmptyParts)) {
            if (!complaintStatusFromName(name.trimmed()))
                throw ApiError::invalidField(u"status"_s, u"unknown status %1"_s.arg(name));
            marks.append(u"?"_s);
            binds.append(name.trimmed());
        }
        where.append(u"status IN (%1)"_s.arg(marks.join(u", ")));
    }
    if (r.hasParam(u"overdue"_s)) {
        const QString v = r.param(u"overdue"_s);
        if (v != u"true" && v != u"false")
            throw ApiError::invalidField(u"overdue"_s, u"overdue must be true or false"_s);
        // PRODUCT.md §2 red flag: open, not merged, no reply and past due (domain isOverdue()).
        const QString overdue = u"(status IN %1 AND merged_into = '' AND first_reply_at IS NULL"
                                u" AND due_at < ?)"_s.arg(complaints::openStatusesSql());
        where.append(v == u"true" ? overdue : u"NOT "_s + overdue);
        binds.append(r.now);
    }
    for (const auto &column : { u"category"_s, u"channel"_s }) {
        if (r.hasParam(column) && !r.param(column).isEmpty()) {
            where.append(column + u" = ?"_s);
            binds.append(r.param(column));
        }
    }
    if (r.hasParam(u"handling_unit"_s) && !r.param(u"handling_unit"_s).isEmpty()) {
        where.append(u"handling_unit = ?"_s);
        binds.append(r.param(u"handling_unit"_s));
    }
    if (const auto from = timeParam(r, u"from"_s, false)) {
        where.append(u"submitted_at >= ?"_s);
        binds.append(*from);
    }
    if (const auto to = timeParam(r, u"to"_s, true)) {
        where.append(u"submitted_at < ?"_s);
        binds.append(*to);
    }
    const QString q = r.param(u"q"_s).trimmed();
    if (!q.isEmpty()) {
        if (q.size() > 100)
            throw ApiError::invalidField(u"q"_s, u"q is longer than 100 characters"_s);
        where.append(
            u"(title LIKE ? ESCAPE '!' OR content LIKE ? ESCAPE '!' OR location LIKE ? ESCAPE '!')"_s);
        binds << likePattern(q) << likePattern(q) << likePattern(q);
    }
    const QString condition = where.join(u" AND "_s);
    const qint64 total
        = r.db->scalar(u"SELECT count(*) FROM complaints WHERE "_s + condition, binds).toLongLong();

    QVariantList pageBinds = binds;
    pageBinds << perPage << qint64(page - 1) * perPage;
    QJsonArray items;
    for (const auto &record : complaints::select(
             *r.db, condition + u" ORDER BY submitted_at DESC, id LIMIT ? OFFSET ?"_s, pageBinds))
        items.append(summaryJson(actor, record, r.now));
    tx.commit();
    return Reply::json(QJsonObject { { u"items"_s, items }, { u"total"_s, total },
        { u"page"_s, page }, { u"per_page"_s, perPage } });
}

QJsonValue rate(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject complaintFigures(
    Db &db, const Actor &actor, const UnitRecord &unit, qint64 from, qint64 to, qint64 now)
{
    QVariantList binds;
    const QString scope = scopeSql(actor, unit, &binds);
    binds << from << to;
    QSqlQuery q
        = db.exec(u"SELECT status, submitted_at, due_at, first_reply_at, resolved_at, satisfaction,"
                  u" handling_level, escalations, merged_into, service_example FROM complaints"
                  u" WHERE %1 AND submitted_at >= ? AND submitted_at < ?"_s.arg(scope),
            binds);
    QList<ComplaintSummary> list;
    int open = 0;
    int examples = 0;
    while (q.next()) {
        ComplaintSummary c;
        c.status = complaintStatusFromName(q.value(0).toString()).value_or(ComplaintStatus::New);
        c.submittedAt = q.value(1).toLongLong();
        c.dueAt = q.value(2).toLongLong();
        if (!q.value(3).isNull())
            c.firstReplyAt = q.value(3).toLongLong();
        if (!q.value(4).isNull())
            c.resolvedAt = q.value(4).toLongLong();
        if (!q.value(5).toString().isEmpty())
            c.satisfaction = satisfactionFromName(q.value(5).toString());
        c.handlingLevel = levelFromName(q.value(6).toString()).value_or(Level::Community);
        for (const auto &name : q.value(7).toString().split(u',', Qt::SkipEmptyParts)) {
            if (const auto l = levelFromName(name))
                c.escalations.append(*l);
        }
        c.merged = !q.value(8).toString().isEmpty();
        if (!c.merged && isOpenStatus(c.status))
            ++open;
        if (q.value(9).toInt() != 0)
            ++examples;
        list.append(c);
    }
    const ComplaintStatistics st = complaintStatistics(list, from, to, now);
    QJsonObject byLevel { { u"street"_s, 0 }, { u"district"_s, 0 }, { u"city"_s, 0 } };
    for (auto it = st.escalationsByLevel.cbegin(); it != st.escalationsByLevel.cend(); ++it)
        byLevel.insert(levelName(it.key()), it.value());
    return QJsonObject {
        { u"received"_s, st.received },
        { u"merged"_s, st.merged },
        { u"open"_s, open },
        { u"within_sla"_s, st.withinSla },
        { u"sla_known"_s, st.slaKnown },
        { u"first_response_within_sla_rate"_s, rate(st.firstResponseWithinSlaRate) },
        { u"finished"_s, st.finished },
        { u"resolution_rate"_s, rate(st.resolutionRate) },
        { u"mean_hours_to_first_response"_s, rate(st.meanHoursToFirstResponse) },
        { u"mean_hours_to_resolution"_s, rate(st.meanHoursToResolution) },
        { u"rated"_s, st.rated },
        { u"satisfied"_s, st.satisfied },
        { u"basic"_s, st.basic },
        { u"unsatisfied"_s, st.unsatisfied },
        { u"satisfaction_rate"_s, rate(st.satisfactionRate) },
        { u"satisfied_share"_s, rate(st.satisfiedShare) },
        { u"finished_at_community"_s, st.finishedAtCommunity },
        { u"community_resolution_share"_s, rate(st.communityResolutionShare) },
        { u"escalations_by_level"_s, byLevel },
        { u"finished_on_time"_s, st.finishedOnTime },
        { u"open_overdue"_s, st.openOverdue },
        { u"on_time_rate"_s, rate(st.onTimeRate) },
        { u"service_examples"_s, examples },
    };
}

Reply unitStats(Request &r)
{
    const Session &s = r.session();
    const qint64 today = *parseChinaDate(chinaDate(r.now));
    const qint64 to = timeParam(r, u"to"_s, true).value_or(today + kDayMs);
    const qint64 from = timeParam(r, u"from"_s, false).value_or(to - 30 * kDayMs);
    if (from >= to)
        throw ApiError::invalidField(u"from"_s, u"from must be before to"_s);
    Transaction tx(*r.db, Transaction::Mode::Read);
    const QString code = r.matches.value(0);
    const UnitRecord unit = scopeUnit(*r.db, s.actor, code);
    QJsonObject body {
        { u"unit"_s,
            QJsonObject { { u"code"_s, unit.code }, { u"name"_s, unit.name },
                { u"level"_s, levelName(unit.level) } } },
        { u"from"_s, isoTime(from) },
        { u"to"_s, isoTime(to) },
        { u"complaints"_s, complaintFigures(*r.db, s.actor, unit, from, to, r.now) },
    };
    QList<std::pair<QString, UnitStatsSection>> extra;
    {
        QMutexLocker lock(&sections().mutex);
        extra = sections().list;
    }
    for (const auto &[name, section] : extra)
        body.insert(name, section(*r.db, s, unit, from, to, r.now));
    tx.commit();
    return Reply::json(body);
}

// POST /api/v1/intake/complaints (API.md §Intake): the platform files a resident's complaint.
Reply intakeComplaint(Request &r)
{
    const IntakeKey key = requireIntakeKey(*r.db, r.header(u"x-intake-key"_s));
    const JsonFields f(r.jsonObject());
    f.only({ u"community", u"grid", u"category", u"title", u"content", u"nickname", u"phone",
        u"channel", u"submitted_at", u"external_id", u"location", u"photos" });
    complaints::NewComplaintInput input = complaints::parseNewComplaint(f, r.now);
    input.externalId = f.optionalString(u"external_id"_s, 128).value_or(QString()).trimmed();
    input.intakeKey = key.hash;
    input.source = u"intake"_s;

    Transaction tx(*r.db, Transaction::Mode::Serialised);
    if (!input.externalId.isEmpty()) {
        // The platform resends what it did not hear acknowledged: answer with the first id.
        const QVariant first
            = r.db->scalar(u"SELECT id FROM complaints WHERE intake_key = ? AND external_id = ?"_s,
                { key.hash, input.externalId });
        if (first.isValid())
            return Reply::json(
                QJsonObject { { u"id"_s, first.toString() }, { u"duplicate"_s, true } }, 200);
    }
    const UnitRecord place = complaints::resolvePlace(*r.db, input, u"community"_s, u"grid"_s);
    // The key files only into its own subtree; anything else is as unknown as a bad code.
    if (!pathWithin(place.path, key.unitPath))
        throw ApiError(404, u"not_found"_s, u"no community %1"_s.arg(input.place), u"community"_s);
    input.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    complaints::Event by;
    by.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    by.actorName = key.name;
    by.unit = place.level == Level::Grid ? place.parent : place.code;
    const ComplaintRecord record = complaints::create(*r.db, input, place, by, r.now);
    tx.commit();
    return Reply::json(QJsonObject { { u"id"_s, record.state.id } }, 201);
}

} // namespace

void addUnitStatsSection(const QString &name, UnitStatsSection section)
{
    QMutexLocker lock(&sections().mutex);
    auto &list = sections().list;
    for (auto &entry : list) {
        if (entry.first == name) {
            entry.second = std::move(section);
            return;
        }
    }
    list.append({ name, std::move(section) });
}

void registerComplaintRoutes(HttpServer &server)
{
    server.route(
        "GET", R"(/api/v1/complaints/([^/]+))", u"/api/v1/complaints/{id}"_s, getComplaint);
    server.route("GET", "/api/v1/complaints", u"/api/v1/complaints"_s, listComplaints);
    server.route(
        "GET", R"(/api/v1/units/([^/]+)/stats)", u"/api/v1/units/{code}/stats"_s, unitStats);
    server.route(
        "POST", "/api/v1/intake/complaints", u"/api/v1/intake/complaints"_s, intakeComplaint);
}

} // namespace civic::server

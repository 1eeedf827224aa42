#include "complaintrecords.h"

#include "domain/chinatime.h"
#include "orgtreemodel.h"
#include "store/personaldata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::item {

namespace {

std::optional<qint64> timeOf(const QJsonValue &value)
{
    return value.isString() ? parseIsoTime(value.toString()) : std::nullopt;
}

std::optional<qint64> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const auto &v : value.toArray())
        list.append(v.toString());
    return list;
}

QJsonObject parseObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QString unitPathOf(const QSqlDatabase &db, const QString &code)
{
    if (code.isEmpty())
        return {};
    QSqlQuery q(db);
    q.prepare(u"SELECT path FROM org_unit WHERE id = ?"_s);
    q.addBindValue(code);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString unitLevelOf(const QSqlDatabase &db, const QString &code)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT level FROM org_unit WHERE id = ?"_s);
    q.addBindValue(code);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// A LIKE pattern matching `term` anywhere, with the wildcards in it taken literally.
QString likePattern(const QString &term)
{
    QString escaped = term;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u"%"_s + escaped + u"%"_s;
}

// An FTS5 string: the term as one phrase (quotes doubled), so nothing in it is syntax.
QString ftsPhrase(const QString &term)
{
    QString escaped = term;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u"\""_s + escaped + u"\""_s;
}

// The subtree the user's own account sees in the cache, as SQL (the tray and 工作台 watch).
SqlCondition actorScope(const Actor &actor)
{
    if (actor.role == Role::Department)
        return { u"handling_unit = ?"_s, { actor.unitCode } };
    return { u"unit_path >= ? AND unit_path < ?"_s,
        { actor.unitPath, subtreeEnd(actor.unitPath) } };
}

} // namespace

QString openStatusCondition()
{
    QStringList names;
    for (const auto s : kAllComplaintStatuses) {
        if (isOpenStatus(s))
            names.append(u"'"_s + complaintStatusName(s) + u"'"_s);
    }
    return u"status IN ("_s + names.join(u",") + u")"_s;
}

bool isOpenStatusSet(const QList<ComplaintStatus> &statuses)
{
    int open = 0;
    for (const auto s : kAllComplaintStatuses)
        open += isOpenStatus(s) ? 1 : 0;
    if (statuses.size() != open)
        return false;
    return std::all_of(
        statuses.cbegin(), statuses.cend(), [](ComplaintStatus s) { return isOpenStatus(s); });
}

std::optional<ComplaintDetail> loadComplaint(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(
        u"SELECT version, data, community_path, grid_path, handling_path, unit_path FROM complaint WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ComplaintDetail c;
    c.data = store::PersonalData(db).open(parseObject(q.value(1)));
    const QJsonObject &d = c.data;
    ComplaintState &s = c.state;
    s.id = id;
    s.version = q.value(0).toLongLong();
    s.communityCode = d.value(u"community"_s).toString();
    s.communityPath = q.value(2).toString();
    s.gridCode = d.value(u"grid"_s).toString();
    s.gridPath = q.value(3).toString();
    s.handlingCode = d.value(u"handling_unit"_s).toString();
    s.handlingLevel
        = levelFromName(d.value(u"handling_level"_s).toString()).value_or(Level::Community);
    s.handlingPath = q.value(4).toString();
    c.unitPath = q.value(5).toString();
    s.status
        = complaintStatusFromName(d.value(u"status"_s).toString()).value_or(ComplaintStatus::New);
    s.everEscalated = d.value(u"ever_escalated"_s).toBool();
    for (const auto &v : d.value(u"escalations"_s).toArray()) {
        if (const auto level = levelFromName(v.toString()))
            s.escalations.append(*level);
    }
    s.lastEscalatedAt = timeOf(d.value(u"last_escalated_at"_s)).value_or(0);
    s.departments = stringList(d.value(u"departments"_s));
    s.transferredByCode = d.value(u"transferred_by"_s).toString();
    if (!s.transferredByCode.isEmpty()) {
        s.transferredByPath = unitPathOf(db, s.transferredByCode);
        s.transferredByLevel
            = levelFromName(unitLevelOf(db, s.transferredByCode)).value_or(Level::Street);
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
    c.district = d.value(u"district"_s).toString();
    c.category = d.value(u"category"_s).toString();
    c.title = d.value(u"title"_s).toString();
    c.phone = d.value(u"phone"_s).toString();
    c.channel = d.value(u"channel"_s).toString();
    c.location = d.value(u"location"_s).toString();
    c.lastReply = d.value(u"last_reply"_s).toString();
    c.source = d.value(u"source"_s).toString();
    c.photos = stringList(d.value(u"photos"_s));
    c.slaHours = d.value(u"sla_hours"_s).toInt(kDefaultSlaHours);
    c.updatedAt = timeOf(d.value(u"updated_at"_s)).value_or(0);
    return c;
}

QList<ComplaintEventRow> loadComplaintEvents(const QSqlDatabase &db, const QString &complaintId)
{
    QList<ComplaintEventRow> rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Oldest first; events of one instant keep the order they were stored in.
    q.prepare(u"SELECT data FROM complaint_event WHERE complaint = ? ORDER BY at, rowid"_s);
    q.addBindValue(complaintId);
    if (!q.exec())
        return rows;
    while (q.next()) {
        const QJsonObject d = parseObject(q.value(0));
        rows.append(ComplaintEventRow { d.value(u"id"_s).toString(), d.value(u"type"_s).toString(),
            d.value(u"actor"_s).toString(), d.value(u"actor_id"_s).toString(),
            d.value(u"unit"_s).toString(), timeOf(d.value(u"at"_s)).value_or(0),
            d.value(u"text"_s).toString(), d.value(u"data"_s).toObject() });
    }
    return rows;
}

QList<CannedReply> loadCannedReplies(const QSqlDatabase &db, const QString &unitCode)
{
    QList<CannedReply> rows;
    QSqlQuery q(db);
    q.prepare(
        u"SELECT id, unit, title, data, version FROM canned_reply WHERE unit = ? ORDER BY title, id"_s);
    q.addBindValue(unitCode);
    if (!q.exec())
        return rows;
    while (q.next()) {
        rows.append(
            CannedReply { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                parseObject(q.value(3)).value(u"text"_s).toString(), q.value(4).toLongLong() });
    }
    return rows;
}

QList<Choice> transferDepartments(const QSqlDatabase &db, const ComplaintState &state)
{
    QList<Choice> choices;
    QStringList seen;
    const QStringList codes = pathCodes(state.communityPath);
    QStringList parents;
    if (!codes.isEmpty())
        parents.append(childPath({}, codes.at(0)));
    if (codes.size() > 1)
        parents.append(childPath(parents.constFirst(), codes.at(1)));
    // Departments hang under the district first, then the city.
    for (auto it = parents.crbegin(); it != parents.crend(); ++it) {
        QSqlQuery q(db);
        q.prepare(
            u"SELECT id, name FROM org_unit WHERE level = 'department' AND parent = ? ORDER BY name"_s);
        q.addBindValue(pathCodes(*it).constLast());
        if (!q.exec())
            continue;
        while (q.next()) {
            const QString code = q.value(0).toString();
            if (!seen.contains(code)) {
                seen.append(code);
                choices.append({ code, q.value(1).toString() });
            }
        }
    }
    // Departments this cache knows only by code, from the newest complaints sent to them.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString district = codes.size() > 1 ? codes.at(1) : QString();
    if (q.exec(
            u"SELECT DISTINCT j.value FROM (SELECT departments FROM complaint INDEXED BY"
            u" complaint_by_submitted ORDER BY submitted_at DESC LIMIT 5000) AS c,"
            u" json_each(c.departments) AS j WHERE c.departments IS NOT NULL AND c.departments <> '[]'"_s)) {
        while (q.next()) {
            const QString code = q.value(0).toString();
            if (seen.contains(code))
                continue;
            // A department code names its parent first ("210111-cgw" under 210111).
            const QString parent = code.section(u'-', 0, 0);
            if (parent != district && (codes.isEmpty() || parent != codes.at(0)))
                continue;
            seen.append(code);
            choices.append({ code, code });
        }
    }
    return choices;
}

QList<Choice> assignableWorkers(const QSqlDatabase &db, const ComplaintState &state)
{
    QList<Choice> choices;
    if (state.handlingPath.isEmpty())
        return choices;
    QSqlQuery q(db);
    q.prepare(
        u"SELECT id, display_name, data FROM user_account WHERE unit_path >= ? AND unit_path < ?"
        u" ORDER BY display_name"_s);
    q.addBindValue(state.handlingPath);
    q.addBindValue(subtreeEnd(state.handlingPath));
    if (!q.exec())
        return choices;
    while (q.next()) {
        if (parseObject(q.value(2)).value(u"disabled"_s).toBool())
            continue;
        choices.append({ q.value(0).toString(), q.value(1).toString() });
    }
    return choices;
}

QList<Choice> returnTargets(const QSqlDatabase &db, const ComplaintState &state)
{
    QList<Choice> choices;
    if (state.handlingPath.isEmpty())
        return choices;
    QSqlQuery q(db);
    q.prepare(u"SELECT id, name, level FROM org_unit WHERE path > ? AND path < ? ORDER BY path"_s);
    q.addBindValue(state.handlingPath);
    q.addBindValue(subtreeEnd(state.handlingPath));
    if (!q.exec())
        return choices;
    while (q.next()) {
        const auto level = levelFromName(q.value(2).toString());
        if (!level || *level == Level::Department || *level == Level::City)
            continue;
        // PRODUCT.md §2 no bouncing back: once escalated, never down to a community.
        if (state.everEscalated && (*level == Level::Community || *level == Level::Grid))
            continue;
        choices.append({ q.value(0).toString(), q.value(1).toString() });
    }
    return choices;
}

QList<Choice> mergeCandidates(
    const QSqlDatabase &db, const ComplaintState &duplicate, const QString &text, int limit)
{
    QList<Choice> choices;
    // Duplicates are the same problem told twice in one place: the community (and its grids),
    // or a complaint named by its number.
    const QString place = duplicate.communityPath;
    QString sql
        = u"SELECT id, title, submitted_at FROM complaint WHERE id <> ? AND status <> 'closed'"
          u" AND COALESCE(merged_into, '') = '' AND "_s;
    QVariantList binds { duplicate.id };
    const QString term = text.trimmed();
    if (place.isEmpty()) {
        sql += u"id = ?"_s;
        binds << term;
    } else if (term.isEmpty()) {
        sql += u"unit_path >= ? AND unit_path < ?"_s;
        binds << place << subtreeEnd(place);
    } else {
        sql += u"((unit_path >= ? AND unit_path < ? AND title LIKE ? ESCAPE '\\') OR id = ?)"_s;
        binds << place << subtreeEnd(place) << likePattern(term) << term;
    }
    sql += u" ORDER BY abs(submitted_at - ?) LIMIT ?"_s;
    binds << duplicate.submittedAt << limit;
    QSqlQuery q(db);
    q.prepare(sql);
    for (const auto &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return choices;
    while (q.next()) {
        choices.append({ q.value(0).toString(),
            u"%1（%2）"_s.arg(q.value(1).toString(), chinaDate(q.value(2).toLongLong())) });
    }
    return choices;
}

QStringList complaintCategories(const QSqlDatabase &db)
{
    QStringList categories = defaultComplaintCategories();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // A district may add its own (PRODUCT.md §2 "configurable"); the newest complaints show
    // which are in use (a look at the whole cache would read every row of a large one).
    if (q.exec(u"SELECT DISTINCT category FROM (SELECT category FROM complaint INDEXED BY"
               u" complaint_by_submitted ORDER BY submitted_at DESC LIMIT 2000)"
               u" WHERE category IS NOT NULL AND category <> ''"_s)) {
        while (q.next()) {
            const QString category = q.value(0).toString();
            if (!categories.contains(category))
                categories.insert(
                    std::max<qsizetype>(0, categories.size() - 1), category); // before 其他
        }
    }
    return categories;
}

QString replyingUnit(const Actor &actor, const QSqlDatabase &db)
{
    if (actor.unitLevel != Level::Grid)
        return actor.unitCode;
    // A grid worker replies as the community the grid belongs to.
    QSqlQuery q(db);
    q.prepare(u"SELECT parent FROM org_unit WHERE id = ?"_s);
    q.addBindValue(actor.unitCode);
    return q.exec() && q.next() ? q.value(0).toString() : actor.unitCode;
}

SqlCondition complaintCondition(const ComplaintFilter &f, qint64 now)
{
    QStringList terms;
    QVariantList binds;
    if (!f.departmentCode.isEmpty()) {
        terms.append(u"EXISTS (SELECT 1 FROM json_each(complaint.departments) WHERE value = ?)"_s);
        binds.append(f.departmentCode);
    } else if (!f.scopePath.isEmpty()) {
        terms.append(u"unit_path >= ? AND unit_path < ?"_s);
        binds << f.scopePath << subtreeEnd(f.scopePath);
    }
    if (isOpenStatusSet(f.statuses)) {
        // Written as the partial index's own condition, so the planner may use it.
        terms.append(openStatusCondition());
    } else if (!f.statuses.isEmpty()) {
        QStringList marks;
        for (const auto s : f.statuses) {
            marks.append(u"?"_s);
            binds.append(complaintStatusName(s));
        }
        terms.append(u"status IN (%1)"_s.arg(marks.join(u", ")));
    }
    if (!f.category.isEmpty()) {
        terms.append(u"category = ?"_s);
        binds.append(f.category);
    }
    if (!f.channel.isEmpty()) {
        terms.append(u"channel = ?"_s);
        binds.append(f.channel);
    }
    if (f.from > 0) {
        terms.append(u"submitted_at >= ?"_s);
        binds.append(f.from);
    }
    if (f.to > 0) {
        terms.append(u"submitted_at < ?"_s);
        binds.append(f.to);
    }
    if (f.overdueOnly) {
        // domain isOverdue(): open, no first reply, past due (merged duplicates are archived).
        terms.append(
            u"first_reply_at IS NULL AND "_s + openStatusCondition() + u" AND due_at < ?"_s);
        binds.append(now);
    }
    if (!f.handlingPath.isEmpty()) {
        terms.append(u"handling_path = ?"_s);
        binds.append(f.handlingPath);
    }
    for (const auto &term : f.text.split(QChar(u' '), Qt::SkipEmptyParts)) {
        const QString t = term.trimmed();
        if (t.isEmpty())
            continue;
        if (t.size() >= 3) {
            terms.append(
                u"rowid IN (SELECT rowid FROM complaint_fts WHERE complaint_fts MATCH ?)"_s);
            binds.append(ftsPhrase(t));
        } else {
            terms.append(
                u"(title LIKE ? ESCAPE '\\' OR content LIKE ? ESCAPE '\\' OR location LIKE ? ESCAPE '\\')"_s);
            const QString pattern = likePattern(t);
            binds << pattern << pattern << pattern;
        }
    }
    if (terms.isEmpty())
        return { u"1"_s, {} };
    return { terms.join(u" AND "_s), binds };
}

ComplaintStatistics complaintStatisticsFor(
    const QSqlDatabase &db, ComplaintFilter filter, qint64 from, qint64 to, qint64 now)
{
    // The statistics count complaints submitted in the period; the period replaces the list's
    // own date range.
    filter.from = from;
    filter.to = to;
    const SqlCondition where = complaintCondition(filter, now);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT status, submitted_at, due_at, first_reply_at, resolved_at, satisfaction,"
              u" handling_level, escalations, merged_into FROM complaint WHERE "_s
        + where.sql);
    for (const auto &b : where.binds)
        q.addBindValue(b);
    QList<ComplaintSummary> summaries;
    if (q.exec()) {
        while (q.next()) {
            ComplaintSummary s;
            s.status
                = complaintStatusFromName(q.value(0).toString()).value_or(ComplaintStatus::New);
            s.submittedAt = q.value(1).toLongLong();
            s.dueAt = q.value(2).toLongLong();
            s.firstReplyAt = optionalInt(q.value(3));
            s.resolvedAt = optionalInt(q.value(4));
            if (!q.value(5).toString().isEmpty())
                s.satisfaction = satisfactionFromName(q.value(5).toString());
            s.handlingLevel = levelFromName(q.value(6).toString()).value_or(Level::Community);
            for (const auto &v : QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array()) {
                if (const auto level = levelFromName(v.toString()))
                    s.escalations.append(*level);
            }
            s.merged = !q.value(8).toString().isEmpty();
            summaries.append(s);
        }
    }
    return complaintStatistics(summaries, from, to, now);
}

namespace {

SqlCondition handledByActor(const QSqlDatabase &db, const Actor &actor)
{
    // A grid worker handles the complaints of the community the grid belongs to.
    if (actor.unitLevel == Level::Grid) {
        QSqlQuery q(db);
        q.prepare(u"SELECT parent FROM org_unit WHERE id = ?"_s);
        q.addBindValue(actor.unitCode);
        if (q.exec() && q.next())
            return { u"handling_unit = ?"_s, { q.value(0).toString() } };
    }
    return { u"handling_unit = ?"_s, { actor.unitCode } };
}

} // namespace

QList<OpenComplaint> myOpenComplaints(const QSqlDatabase &db, const Actor &actor, int limit)
{
    QList<OpenComplaint> rows;
    const SqlCondition mine = handledByActor(db, actor);
    QSqlQuery q(db);
    // Unanswered ones by their SLA first (overdue on top), then the answered by age.
    q.prepare(u"SELECT id, title, status, due_at, first_reply_at, community FROM complaint WHERE "_s
        + mine.sql + u" AND "_s + openStatusCondition()
        + u" ORDER BY first_reply_at IS NOT NULL, due_at, id LIMIT ?"_s);
    for (const auto &b : mine.binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    if (!q.exec())
        return rows;
    while (q.next()) {
        rows.append(OpenComplaint { q.value(0).toString(), q.value(1).toString(),
            complaintStatusFromName(q.value(2).toString()).value_or(ComplaintStatus::New),
            q.value(3).toLongLong(), optionalInt(q.value(4)), q.value(5).toString() });
    }
    return rows;
}

int myOpenComplaintCount(const QSqlDatabase &db, const Actor &actor)
{
    const SqlCondition mine = handledByActor(db, actor);
    QSqlQuery q(db);
    q.prepare(
        u"SELECT count(*) FROM complaint WHERE "_s + mine.sql + u" AND "_s + openStatusCondition());
    for (const auto &b : mine.binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<OverdueSubtree> worstSubtrees(
    const QSqlDatabase &db, const QString &unitPath, qint64 now, int limit)
{
    QList<OverdueSubtree> rows;
    if (unitPath.isEmpty())
        return rows;
    // Open and overdue per unit path from the partial index, added up per child of the unit.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT unit_path, count(*), sum(first_reply_at IS NULL AND due_at < ?) FROM complaint WHERE "_s
        + openStatusCondition() + u" AND unit_path > ? AND unit_path < ? GROUP BY unit_path"_s);
    q.addBindValue(now);
    q.addBindValue(unitPath);
    q.addBindValue(subtreeEnd(unitPath));
    if (!q.exec())
        return rows;
    const qsizetype depth = pathCodes(unitPath).size();
    QHash<QString, OverdueSubtree> byChild;
    while (q.next()) {
        const QStringList codes = pathCodes(q.value(0).toString());
        if (codes.size() <= depth)
            continue;
        OverdueSubtree &child = byChild[codes.at(depth)];
        child.code = codes.at(depth);
        child.open += q.value(1).toInt();
        child.overdue += q.value(2).toInt();
    }
    for (auto it = byChild.begin(); it != byChild.end(); ++it) {
        if (it->overdue <= 0)
            continue;
        QSqlQuery n(db);
        n.prepare(u"SELECT name FROM org_unit WHERE id = ?"_s);
        n.addBindValue(it.key());
        it->name = n.exec() && n.next() ? n.value(0).toString() : it.key();
        rows.append(*it);
    }
    std::sort(rows.begin(), rows.end(), [](const OverdueSubtree &a, const OverdueSubtree &b) {
        if (a.overdue != b.overdue)
            return a.overdue > b.overdue;
        return a.open != b.open ? a.open > b.open : a.code < b.code;
    });
    if (rows.size() > limit)
        rows.resize(limit);
    return rows;
}

QList<WatchedComplaint> newComplaintsAfter(
    const QSqlDatabase &db, const Actor &actor, qint64 afterSubmittedAt, int limit)
{
    QList<WatchedComplaint> rows;
    const SqlCondition scope = actorScope(actor);
    QSqlQuery q(db);
    // What the user entered themselves (a walk-in) is no news to them.
    q.prepare(
        u"SELECT id, title, submitted_at FROM complaint WHERE status = 'new' AND submitted_at > ? AND "_s
        + scope.sql
        + u" AND NOT EXISTS (SELECT 1 FROM complaint_event e WHERE e.complaint = complaint.id"
          u" AND e.type = 'create' AND json_extract(e.data, '$.actor_id') = ?)"
          u" ORDER BY submitted_at DESC LIMIT ?"_s);
    q.addBindValue(afterSubmittedAt);
    for (const auto &b : scope.binds)
        q.addBindValue(b);
    q.addBindValue(actor.userId);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong() });
    }
    return rows;
}

QList<WatchedComplaint> slaBreachesBetween(
    const QSqlDatabase &db, const Actor &actor, qint64 fromDue, qint64 toDue, int limit)
{
    QList<WatchedComplaint> rows;
    const SqlCondition scope = actorScope(actor);
    QSqlQuery q(db);
    q.prepare(u"SELECT id, title, due_at FROM complaint WHERE first_reply_at IS NULL AND "_s
        + openStatusCondition() + u" AND due_at > ? AND due_at <= ? AND "_s + scope.sql
        + u" ORDER BY due_at LIMIT ?"_s);
    q.addBindValue(fromDue);
    q.addBindValue(toDue);
    for (const auto &b : scope.binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong() });
    }
    return rows;
}

qint64 latestSubmittedAt(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT max(submitted_at) FROM complaint"_s) && q.next()
        ? q.value(0).toLongLong()
        : 0;
}

void registerComplaintBadges()
{
    auto &badges = orgBadges();
    const bool present = std::any_of(
        badges.cbegin(), badges.cend(), [](const OrgBadge &b) { return b.name == u"open"; });
    if (present)
        return;
    // PRODUCT.md §1: per node, open complaints and overdue ones. A department account's cache
    // does not know the communities of the complaints sent to it: those count where they are
    // handled (its own node).
    const QString path
        = u"CASE WHEN COALESCE(unit_path, '') = '' THEN handling_path ELSE unit_path END"_s;
    badges.append(OrgBadge { u"open"_s,
        u"SELECT %1, count(*) FROM complaint WHERE %2 GROUP BY 1"_s.arg(
            path, openStatusCondition()),
        { u"complaint"_s } });
    // The SLA clock is SQLite's own, so the badge is right whenever the tree refreshes.
    badges.append(OrgBadge { u"overdue"_s,
        u"SELECT %1, count(*) FROM complaint WHERE first_reply_at IS NULL AND %2"
        u" AND due_at < CAST(strftime('%s', 'now') AS INTEGER) * 1000 GROUP BY 1"_s.arg(
            path, openStatusCondition()),
        { u"complaint"_s } });
}

} // namespace civic::item

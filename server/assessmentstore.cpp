// The assessment feature's tables, their change-log records and the bundle built from the
// database (docs/api.md §Assessment).

#include "assessmentstore.h"

#include "changelog.h"
#include "domain/chinatime.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::server::assessment {

namespace {

QVariant nullableTime(const std::optional<qint64> &t)
{
    return t ? QVariant(*t) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> timeFrom(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

QJsonValue isoOrNull(const std::optional<qint64> &t)
{
    return t ? QJsonValue(isoTime(*t)) : QJsonValue(QJsonValue::Null);
}

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray a;
    for (const auto &s : list)
        a.append(s);
    return a;
}

QString linksText(const QStringList &links)
{
    return QString::fromUtf8(QJsonDocument(stringArray(links)).toJson(QJsonDocument::Compact));
}

QStringList linksFrom(const QString &text)
{
    QStringList list;
    for (const auto &v : QJsonDocument::fromJson(text.toUtf8()).array())
        list.append(v.toString());
    return list;
}

QJsonObject objectFrom(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

// ---- rule sets --------------------------------------------------------------------------

constexpr auto kRuleSetColumns = u"id, district, unit_path, rules, active, created_at, created_by,"
                                 u" created_by_name, activated_at, row_version";

RuleSetRecord readRuleSet(const QSqlQuery &q)
{
    RuleSetRecord r;
    r.id = q.value(0).toString();
    r.district = q.value(1).toString();
    r.unitPath = q.value(2).toString();
    // Stored rule sets were validated when saved; every key is present.
    const auto parsed = parseRules(objectFrom(q.value(3).toString().toUtf8()));
    if (const auto *rules = std::get_if<AssessmentRules>(&parsed))
        r.rules = *rules;
    r.active = q.value(4).toInt() != 0;
    r.createdAt = q.value(5).toLongLong();
    r.createdBy = q.value(6).toString();
    r.createdByName = q.value(7).toString();
    r.activatedAt = timeFrom(q.value(8));
    r.recordVersion = q.value(9).toLongLong();
    return r;
}

std::optional<RuleSetRecord> selectRuleSet(
    Db &db, const QString &condition, const QVariantList &binds)
{
    QSqlQuery q
        = db.exec(u"SELECT %1 FROM rule_sets WHERE %2"_s.arg(kRuleSetColumns, condition), binds);
    std::optional<RuleSetRecord> r;
    if (q.next())
        r = readRuleSet(q);
    q.finish();
    return r;
}

qint64 recordRuleSet(Db &db, const RuleSetRecord &r)
{
    return recordChange(db,
        Change { .kind = QString::fromUtf16(kRuleSetKind),
            .id = r.id,
            .version = r.recordVersion,
            .unitPath = r.unitPath,
            .district = r.district,
            .data = ruleSetJson(r) });
}

void writeRuleSetState(Db &db, const RuleSetRecord &r)
{
    db.exec(u"UPDATE rule_sets SET active = ?, activated_at = ?, row_version = ? WHERE id = ?"_s,
        { r.active ? 1 : 0, nullableTime(r.activatedAt), r.recordVersion, r.id });
}

// The district has at most one active rule set: the one before steps down.
void deactivate(Db &db, const QString &district)
{
    auto previous = selectRuleSet(db, u"district = ? AND active = 1"_s, { district });
    if (!previous)
        return;
    previous->active = false;
    previous->recordVersion += 1;
    writeRuleSetState(db, *previous);
    recordRuleSet(db, *previous);
}

// ---- claims -----------------------------------------------------------------------------

constexpr auto kClaimColumns
    = u"id, community, unit_path, district, kind, title, description, links,"
      u" date, status, adopted_by, review_comment, reviewer, reviewer_name,"
      u" reviewed_at, author, author_name, version, created_at, updated_at";

ClaimRecord readClaim(const QSqlQuery &q)
{
    ClaimRecord c;
    int i = 0;
    c.id = q.value(i++).toString();
    c.community = q.value(i++).toString();
    c.unitPath = q.value(i++).toString();
    c.district = q.value(i++).toString();
    c.kind = q.value(i++).toString();
    c.title = q.value(i++).toString();
    c.description = q.value(i++).toString();
    c.links = linksFrom(q.value(i++).toString());
    c.date = q.value(i++).toLongLong();
    c.status = q.value(i++).toString();
    c.adoptedBy = q.value(i++).toString();
    c.reviewComment = q.value(i++).toString();
    c.reviewer = q.value(i++).toString();
    c.reviewerName = q.value(i++).toString();
    c.reviewedAt = timeFrom(q.value(i++));
    c.author = q.value(i++).toString();
    c.authorName = q.value(i++).toString();
    c.version = q.value(i++).toLongLong();
    c.createdAt = q.value(i++).toLongLong();
    c.updatedAt = q.value(i++).toLongLong();
    return c;
}

qint64 recordClaim(Db &db, const ClaimRecord &c)
{
    return recordChange(db,
        Change { .kind = QString::fromUtf16(kClaimKind),
            .id = c.id,
            .version = c.version,
            .unitPath = c.unitPath,
            .district = c.district,
            .data = claimJson(c) });
}

// ---- tasks ------------------------------------------------------------------------------

constexpr auto kTaskColumns = u"id, district, unit_path, title, description, due_at, communities,"
                              u" all_communities, created_by, created_by_name, version, created_at,"
                              u" updated_at";

TaskRecord readTask(const QSqlQuery &q)
{
    TaskRecord t;
    int i = 0;
    t.id = q.value(i++).toString();
    t.district = q.value(i++).toString();
    t.unitPath = q.value(i++).toString();
    t.title = q.value(i++).toString();
    t.description = q.value(i++).toString();
    t.dueAt = q.value(i++).toLongLong();
    t.communities = linksFrom(q.value(i++).toString());
    t.allCommunities = q.value(i++).toInt() != 0;
    t.createdBy = q.value(i++).toString();
    t.createdByName = q.value(i++).toString();
    t.version = q.value(i++).toLongLong();
    t.createdAt = q.value(i++).toLongLong();
    t.updatedAt = q.value(i++).toLongLong();
    return t;
}

constexpr auto kSubmissionColumns = u"id, task_id, community, unit_path, district, due_at, status,"
                                    u" submitted_at, note, links, submitted_by, submitted_by_name,"
                                    u" version, created_at, updated_at";

SubmissionRecord readSubmission(const QSqlQuery &q)
{
    SubmissionRecord s;
    int i = 0;
    s.id = q.value(i++).toString();
    s.taskId = q.value(i++).toString();
    s.community = q.value(i++).toString();
    s.unitPath = q.value(i++).toString();
    s.district = q.value(i++).toString();
    s.dueAt = q.value(i++).toLongLong();
    s.status = q.value(i++).toString();
    s.submittedAt = timeFrom(q.value(i++));
    s.note = q.value(i++).toString();
    s.links = linksFrom(q.value(i++).toString());
    s.submittedBy = q.value(i++).toString();
    s.submittedByName = q.value(i++).toString();
    s.version = q.value(i++).toLongLong();
    s.createdAt = q.value(i++).toLongLong();
    s.updatedAt = q.value(i++).toLongLong();
    return s;
}

qint64 recordSubmission(Db &db, const SubmissionRecord &s, const TaskRecord &task)
{
    return recordChange(db,
        Change { .kind = QString::fromUtf16(kSubmissionKind),
            .id = s.id,
            .version = s.version,
            .unitPath = s.unitPath,
            .district = s.district,
            .ref = task.id,
            .data = submissionJson(s, task) });
}

qint64 recordTask(Db &db, const TaskRecord &t)
{
    return recordChange(db,
        Change { .kind = QString::fromUtf16(kTaskKind),
            .id = t.id,
            .version = t.version,
            .unitPath = t.unitPath,
            .district = t.district,
            .data = taskJson(t) });
}

// ---- assessments ------------------------------------------------------------------------

constexpr auto kAssessmentColumns
    = u"id, district, unit_path, quarter, rules_version, rules, result,"
      u" explain, bundle, published_at, published_by,"
      u" published_by_name";

AssessmentRecord readAssessment(const QSqlQuery &q)
{
    AssessmentRecord a;
    int i = 0;
    a.id = q.value(i++).toString();
    a.district = q.value(i++).toString();
    a.unitPath = q.value(i++).toString();
    a.quarter = q.value(i++).toString();
    a.rulesVersion = q.value(i++).toString();
    a.rules = q.value(i++).toString().toUtf8();
    a.result = q.value(i++).toString().toUtf8();
    a.explain = q.value(i++).toString().toUtf8();
    a.bundle = q.value(i++).toString().toUtf8();
    a.publishedAt = q.value(i++).toLongLong();
    a.publishedBy = q.value(i++).toString();
    a.publishedByName = q.value(i++).toString();
    return a;
}

// ---- bundle -----------------------------------------------------------------------------

// The cumulative followers at the end of the last stored day before `date` ("YYYY-MM-DD"):
// the figure carried forward over days without a row, 0 before the first.
qint64 cumulativeBefore(Db &db, const QString &community, const QString &date)
{
    QSqlQuery &q = db.prepared(u"SELECT cumulative FROM fan_days WHERE community = ? AND date < ?"
                               u" ORDER BY date DESC LIMIT 1"_s);
    db.run(q, { community, date });
    const qint64 value = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return value;
}

// The community (of `codes`) whose subtree holds `unitPath`, or "".
QString communityAt(const QString &unitPath, const QSet<QString> &codes)
{
    const QStringList chain = pathCodes(unitPath);
    for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
        if (codes.contains(*it))
            return *it;
    }
    return {};
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

// ---- quarters ---------------------------------------------------------------------------

QString quarterOf(qint64 ms)
{
    const QString date = chinaDate(ms); // YYYY-MM-DD
    const int month = date.mid(5, 2).toInt();
    return date.left(4) + u'Q' + QString::number((month - 1) / 3 + 1);
}

QString previousQuarter(const QString &quarter)
{
    const int year = quarter.left(4).toInt();
    const int q = quarter.mid(5).toInt();
    return q == 1 ? u"%1Q4"_s.arg(year - 1, 4, 10, QChar(u'0'))
                  : u"%1Q%2"_s.arg(year, 4, 10, QChar(u'0')).arg(q - 1);
}

QString nextQuarter(const QString &quarter)
{
    const int year = quarter.left(4).toInt();
    const int q = quarter.mid(5).toInt();
    return q == 4 ? u"%1Q1"_s.arg(year + 1, 4, 10, QChar(u'0'))
                  : u"%1Q%2"_s.arg(year, 4, 10, QChar(u'0')).arg(q + 1);
}

// ---- rule sets --------------------------------------------------------------------------

QString ruleSetId(const QString &district, const QString &version)
{
    return district + u':' + version;
}

std::optional<RuleSetRecord> findRuleSet(Db &db, const QString &district, const QString &version)
{
    return selectRuleSet(db, u"district = ? AND version = ?"_s, { district, version });
}

std::optional<RuleSetRecord> activeRuleSet(Db &db, const QString &district)
{
    return selectRuleSet(db, u"district = ? AND active = 1"_s, { district });
}

AssessmentRules activeRules(Db &db, const QString &district)
{
    if (const auto active = activeRuleSet(db, district))
        return active->rules;
    return AssessmentRules {};
}

QJsonObject ruleSetJson(const RuleSetRecord &r)
{
    return QJsonObject {
        { u"id"_s, r.id },
        { u"district"_s, r.district },
        { u"version"_s, r.rules.version },
        { u"rules"_s, rulesJson(r.rules) },
        { u"active"_s, r.active },
        { u"created_at"_s, isoTime(r.createdAt) },
        { u"created_by"_s, r.createdBy },
        { u"created_by_name"_s, r.createdByName },
        { u"activated_at"_s, isoOrNull(r.activatedAt) },
    };
}

RuleSetRecord insertRuleSet(Db &db, const UnitRecord &district, const AssessmentRules &rules,
    bool active, const QString &userId, const QString &userName, qint64 now)
{
    RuleSetRecord r;
    r.id = ruleSetId(district.code, rules.version);
    r.district = district.code;
    r.unitPath = district.path;
    r.rules = rules;
    r.createdAt = now;
    r.createdBy = userId;
    r.createdByName = userName;
    r.recordVersion = 1;
    if (active) {
        deactivate(db, district.code);
        r.active = true;
        r.activatedAt = now;
    }
    db.exec(u"INSERT INTO rule_sets (id, district, unit_path, version, rules, active, created_at,"
            u" created_by, created_by_name, activated_at, row_version)"
            u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { r.id, r.district, r.unitPath, rules.version,
            QString::fromUtf8(compactJson(rulesJson(rules))), r.active ? 1 : 0, now, userId,
            userName, nullableTime(r.activatedAt), r.recordVersion });
    recordRuleSet(db, r);
    return r;
}

RuleSetRecord activateRuleSet(Db &db, RuleSetRecord record, qint64 now)
{
    if (record.active)
        return record;
    deactivate(db, record.district);
    record.active = true;
    record.activatedAt = now;
    record.recordVersion += 1;
    writeRuleSetState(db, record);
    recordRuleSet(db, record);
    return record;
}

// ---- claims -----------------------------------------------------------------------------

std::optional<ClaimRecord> findClaim(Db &db, const QString &id)
{
    QSqlQuery q = db.exec(u"SELECT %1 FROM claims WHERE id = ?"_s.arg(kClaimColumns), { id });
    std::optional<ClaimRecord> c;
    if (q.next())
        c = readClaim(q);
    q.finish();
    return c;
}

QJsonObject claimJson(const ClaimRecord &c)
{
    return QJsonObject {
        { u"id"_s, c.id },
        { u"community"_s, c.community },
        { u"district"_s, c.district },
        { u"kind"_s, c.kind },
        { u"title"_s, c.title },
        { u"description"_s, c.description },
        { u"links"_s, stringArray(c.links) },
        { u"date"_s, isoTime(c.date) },
        { u"status"_s, c.status },
        { u"adopted_by"_s, c.adoptedBy },
        { u"review_comment"_s, c.reviewComment },
        { u"reviewer"_s, textOrNull(c.reviewer) },
        { u"reviewer_name"_s, c.reviewerName },
        { u"reviewed_at"_s, isoOrNull(c.reviewedAt) },
        { u"author"_s, c.author },
        { u"author_name"_s, c.authorName },
        { u"created_at"_s, isoTime(c.createdAt) },
        { u"updated_at"_s, isoTime(c.updatedAt) },
        { u"version"_s, c.version },
    };
}

qint64 insertClaim(Db &db, ClaimRecord &c, qint64 now)
{
    c.version = 1;
    if (c.createdAt == 0)
        c.createdAt = now;
    c.updatedAt = now;
    db.exec(
        u"INSERT INTO claims (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
            .arg(kClaimColumns),
        { c.id, c.community, c.unitPath, c.district, c.kind, c.title, c.description,
            linksText(c.links), c.date, c.status, c.adoptedBy, c.reviewComment, c.reviewer,
            c.reviewerName, nullableTime(c.reviewedAt), c.author, c.authorName, c.version,
            c.createdAt, c.updatedAt });
    return recordClaim(db, c);
}

qint64 updateClaim(Db &db, ClaimRecord &c, qint64 now)
{
    c.version += 1;
    c.updatedAt = now;
    db.exec(
        u"UPDATE claims SET kind = ?, title = ?, description = ?, links = ?, date = ?, status = ?,"
        u" adopted_by = ?, review_comment = ?, reviewer = ?, reviewer_name = ?, reviewed_at = ?,"
        u" version = ?, updated_at = ? WHERE id = ?"_s,
        { c.kind, c.title, c.description, linksText(c.links), c.date, c.status, c.adoptedBy,
            c.reviewComment, c.reviewer, c.reviewerName, nullableTime(c.reviewedAt), c.version,
            c.updatedAt, c.id });
    return recordClaim(db, c);
}

// ---- tasks ------------------------------------------------------------------------------

QString submissionId(const QString &taskId, const QString &community)
{
    return taskId + u':' + community;
}

QString submissionStatus(qint64 dueAt, const std::optional<qint64> &submittedAt, qint64 now)
{
    if (submittedAt)
        return *submittedAt > dueAt ? u"late"_s : u"on_time"_s;
    return now > dueAt ? u"missing"_s : u"pending"_s;
}

std::optional<TaskRecord> findTask(Db &db, const QString &id)
{
    QSqlQuery q = db.exec(u"SELECT %1 FROM tasks WHERE id = ?"_s.arg(kTaskColumns), { id });
    std::optional<TaskRecord> t;
    if (q.next())
        t = readTask(q);
    q.finish();
    return t;
}

std::optional<SubmissionRecord> findSubmission(
    Db &db, const QString &taskId, const QString &community)
{
    QSqlQuery q
        = db.exec(u"SELECT %1 FROM task_submissions WHERE task_id = ? AND community = ?"_s.arg(
                      kSubmissionColumns),
            { taskId, community });
    std::optional<SubmissionRecord> s;
    if (q.next())
        s = readSubmission(q);
    q.finish();
    return s;
}

QList<SubmissionRecord> submissionsOf(Db &db, const QString &taskId)
{
    QSqlQuery q
        = db.exec(u"SELECT %1 FROM task_submissions WHERE task_id = ? ORDER BY community"_s.arg(
                      kSubmissionColumns),
            { taskId });
    QList<SubmissionRecord> list;
    while (q.next())
        list.append(readSubmission(q));
    return list;
}

QJsonObject taskJson(const TaskRecord &t)
{
    return QJsonObject {
        { u"id"_s, t.id },
        { u"district"_s, t.district },
        { u"title"_s, t.title },
        { u"description"_s, t.description },
        { u"due_at"_s, isoTime(t.dueAt) },
        { u"communities"_s, stringArray(t.communities) },
        { u"all_communities"_s, t.allCommunities },
        { u"created_by"_s, t.createdBy },
        { u"created_by_name"_s, t.createdByName },
        { u"created_at"_s, isoTime(t.createdAt) },
        { u"updated_at"_s, isoTime(t.updatedAt) },
        { u"version"_s, t.version },
    };
}

QJsonObject submissionJson(const SubmissionRecord &s, const TaskRecord &task)
{
    return QJsonObject {
        { u"id"_s, s.id },
        { u"task"_s, s.taskId },
        { u"district"_s, s.district },
        { u"community"_s, s.community },
        { u"title"_s, task.title },
        { u"description"_s, task.description },
        { u"due_at"_s, isoTime(s.dueAt) },
        { u"status"_s, s.status },
        { u"late"_s, s.status == u"late" },
        { u"submitted_at"_s, isoOrNull(s.submittedAt) },
        { u"note"_s, s.note },
        { u"links"_s, stringArray(s.links) },
        { u"submitted_by"_s, textOrNull(s.submittedBy) },
        { u"submitted_by_name"_s, s.submittedByName },
        { u"created_at"_s, isoTime(s.createdAt) },
        { u"updated_at"_s, isoTime(s.updatedAt) },
        { u"version"_s, s.version },
    };
}

qint64 insertTask(Db &db, TaskRecord &t, const QList<UnitRecord> &communities, qint64 now)
{
    t.version = 1;
    if (t.createdAt == 0)
        t.createdAt = now;
    t.updatedAt = now;
    t.communities.clear();
    for (const auto &c : communities)
        t.communities.append(c.code);
    t.communities.sort();
    db.exec(u"INSERT INTO tasks (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
                kTaskColumns),
        { t.id, t.district, t.unitPath, t.title, t.description, t.dueAt, linksText(t.communities),
            t.allCommunities ? 1 : 0, t.createdBy, t.createdByName, t.version, t.createdAt,
            t.updatedAt });
    qint64 seq = recordTask(db, t);
    for (const auto &c : communities) {
        SubmissionRecord s;
        s.id = submissionId(t.id, c.code);
        s.taskId = t.id;
        s.community = c.code;
        s.unitPath = c.path;
        s.district = c.district;
        s.dueAt = t.dueAt;
        s.status = submissionStatus(t.dueAt, std::nullopt, now);
        s.createdAt = t.createdAt;
        s.version = 0;
        seq = writeSubmission(db, s, t, now);
    }
    return seq;
}

qint64 updateTask(Db &db, TaskRecord &t, qint64 now)
{
    t.version += 1;
    t.updatedAt = now;
    db.exec(u"UPDATE tasks SET title = ?, description = ?, due_at = ?, version = ?, updated_at = ?"
            u" WHERE id = ?"_s,
        { t.title, t.description, t.dueAt, t.version, t.updatedAt, t.id });
    qint64 seq = recordTask(db, t);
    for (SubmissionRecord &s : submissionsOf(db, t.id)) {
        s.dueAt = t.dueAt;
        s.status = submissionStatus(s.dueAt, s.submittedAt, now);
        seq = writeSubmission(db, s, t, now);
    }
    return seq;
}

qint64 writeSubmission(Db &db, SubmissionRecord &s, const TaskRecord &task, qint64 now)
{
    s.updatedAt = now;
    if (s.version == 0) {
        s.version = 1;
        if (s.createdAt == 0)
            s.createdAt = now;
        db.exec(
            u"INSERT INTO task_submissions (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
                .arg(kSubmissionColumns),
            { s.id, s.taskId, s.community, s.unitPath, s.district, s.dueAt, s.status,
                nullableTime(s.submittedAt), s.note, linksText(s.links), s.submittedBy,
                s.submittedByName, s.version, s.createdAt, s.updatedAt });
    } else {
        s.version += 1;
        db.exec(u"UPDATE task_submissions SET due_at = ?, status = ?, submitted_at = ?, note = ?,"
                u" links = ?, submitted_by = ?, submitted_by_name = ?, version = ?, updated_at = ?"
                u" WHERE id = ?"_s,
            { s.dueAt, s.status, nullableTime(s.submittedAt), s.note, linksText(s.links),
                s.submittedBy, s.submittedByName, s.version, s.updatedAt, s.id });
    }
    return recordSubmission(db, s, task);
}

int markMissingSubmissions(Db &db, qint64 now)
{
    QList<SubmissionRecord> due;
    {
        QSqlQuery q
            = db.exec(u"SELECT %1 FROM task_submissions WHERE status = 'pending' AND due_at < ?"
                      u" ORDER BY due_at, id LIMIT 1000"_s.arg(kSubmissionColumns),
                { now });
        while (q.next())
            due.append(readSubmission(q));
    }
    QHash<QString, TaskRecord> tasks;
    for (SubmissionRecord &s : due) {
        if (!tasks.contains(s.taskId)) {
            if (const auto t = findTask(db, s.taskId))
                tasks.insert(s.taskId, *t);
        }
        s.status = u"missing"_s;
        writeSubmission(db, s, tasks.value(s.taskId), now);
    }
    return int(due.size());
}

// ---- assessments ------------------------------------------------------------------------

QString assessmentId(const QString &district, const QString &quarter)
{
    return district + u':' + quarter;
}

std::optional<AssessmentRecord> findAssessment(
    Db &db, const QString &district, const QString &quarter)
{
    QSqlQuery q = db.exec(
        u"SELECT %1 FROM assessments WHERE district = ? AND quarter = ?"_s.arg(kAssessmentColumns),
        { district, quarter });
    std::optional<AssessmentRecord> a;
    if (q.next())
        a = readAssessment(q);
    q.finish();
    return a;
}

QList<AssessmentRecord> assessmentsOf(Db &db, const QString &district)
{
    QSqlQuery q = db.exec(
        u"SELECT %1 FROM assessments WHERE district = ? ORDER BY quarter"_s.arg(kAssessmentColumns),
        { district });
    QList<AssessmentRecord> list;
    while (q.next())
        list.append(readAssessment(q));
    return list;
}

QList<UnitRecord> communitiesOf(Db &db, const UnitRecord &district)
{
    QStringList codes;
    {
        QSqlQuery q = db.exec(u"SELECT code FROM org_units WHERE level = 'community' AND path >= ?"
                              u" AND path < ? ORDER BY code"_s,
            { district.path, subtreeEnd(district.path) });
        while (q.next())
            codes.append(q.value(0).toString());
    }
    QList<UnitRecord> list;
    for (const auto &code : codes) {
        if (const auto unit = org::findUnit(db, code))
            list.append(*unit);
    }
    return list;
}

// ---- bundle -----------------------------------------------------------------------------

QJsonObject buildBundle(
    Db &db, const UnitRecord &district, const QString &quarter, const AssessmentRules &rules)
{
    const auto bounds = quarterBounds(quarter);
    Q_ASSERT(bounds);
    const qint64 start = bounds->first;
    const qint64 end = bounds->second;
    const QList<UnitRecord> communities = communitiesOf(db, district);
    QSet<QString> codes;
    for (const auto &c : communities)
        codes.insert(c.code);

    // Each query is read to its end before the next one runs (QPSQL streams forward-only
    // results on the connection).
    QHash<QString, QJsonArray> notices;
    {
        QHash<QString, QJsonArray> ratings;
        {
            QSqlQuery q = db.exec(
                u"SELECT r.notice_id, r.quality FROM reviews r JOIN notices n ON n.id = r.notice_id"
                u" WHERE n.district = ? AND n.published_at >= ? AND n.published_at < ?"
                u" AND r.quality >= 1 AND r.quality <= 5 ORDER BY r.notice_id, r.revision, r.step"_s,
                { district.code, start, end });
            while (q.next())
                ratings[q.value(0).toString()].append(q.value(1).toInt());
        }
        QSqlQuery q
            = db.exec(u"SELECT id, unit_path, published_at FROM notices WHERE district = ?"
                      u" AND published_at >= ? AND published_at < ? ORDER BY published_at, id"_s,
                { district.code, start, end });
        while (q.next()) {
            const QString community = communityAt(q.value(1).toString(), codes);
            if (community.isEmpty())
                continue; // a street's or the district's own notice
            const QString id = q.value(0).toString();
            notices[community].append(QJsonObject {
                { u"id"_s, id },
                { u"published_at"_s, isoTime(q.value(2).toLongLong()) },
                { u"quality"_s, ratings.value(id) },
            });
        }
    }

    QHash<QString, QJsonArray> complaints;
    {
        // ASSESSMENT.md §1: submitted in the quarter (B3) or resolved in it (service
        // examples). A merged duplicate is its primary's issue (as in the statistics).
        QSqlQuery q = db.exec(
            u"SELECT id, community, submitted_at, first_reply_at, resolved_at, satisfaction,"
            u" service_example, nickname, content, resolution, final_reply FROM complaints"
            u" WHERE district = ? AND merged_into = '' AND ((submitted_at >= ? AND submitted_at < "
            u"?)"
            u" OR (resolved_at >= ? AND resolved_at < ?)) ORDER BY submitted_at, id"_s,
            { district.code, start, end, start, end });
        while (q.next()) {
            const QString community = q.value(1).toString();
            if (!codes.contains(community))
                continue;
            complaints[community].append(QJsonObject {
                { u"id"_s, q.value(0).toString() },
                { u"submitted_at"_s, isoTime(q.value(2).toLongLong()) },
                { u"first_reply_at"_s, isoOrNull(timeFrom(q.value(3))) },
                { u"resolved_at"_s, isoOrNull(timeFrom(q.value(4))) },
                { u"satisfaction"_s, textOrNull(q.value(5).toString()) },
                { u"service_example"_s, q.value(6).toInt() != 0 },
                { u"nickname"_s, q.value(7).toString() },
                { u"content"_s, q.value(8).toString() },
                { u"resolution"_s, q.value(9).toString() },
                { u"reply"_s, q.value(10).toString() },
            });
        }
    }

    QHash<QString, QJsonArray> tasks;
    {
        QSqlQuery q = db.exec(
            u"SELECT t.id, t.due_at, s.community, s.submitted_at FROM tasks t"
            u" JOIN task_submissions s ON s.task_id = t.id WHERE t.district = ? AND t.due_at >= ?"
            u" AND t.due_at < ? ORDER BY t.due_at, t.id, s.community"_s,
            { district.code, start, end });
        while (q.next()) {
            const QString community = q.value(2).toString();
            if (!codes.contains(community))
                continue;
            tasks[community].append(QJsonObject {
                { u"id"_s, q.value(0).toString() },
                { u"due_at"_s, isoTime(q.value(1).toLongLong()) },
                { u"submitted_at"_s, isoOrNull(timeFrom(q.value(3))) },
            });
        }
    }

    QHash<QString, QJsonArray> claims;
    {
        QSqlQuery q = db.exec(u"SELECT id, community, kind, date, status, adopted_by FROM claims"
                              u" WHERE district = ? AND date >= ? AND date < ? ORDER BY date, id"_s,
            { district.code, start, end });
        while (q.next()) {
            const QString community = q.value(1).toString();
            if (!codes.contains(community))
                continue;
            claims[community].append(QJsonObject {
                { u"id"_s, q.value(0).toString() },
                { u"kind"_s, q.value(2).toString() },
                { u"date"_s, isoTime(q.value(3).toLongLong()) },
                { u"status"_s, q.value(4).toString() },
                { u"adopted_by"_s, q.value(5).toString() },
            });
        }
    }

    // ASSESSMENT.md §2 A: the end of the day before the quarter, and of its last day.
    const QString firstDay = chinaDate(start);
    const QString nextFirstDay = chinaDate(end);
    QJsonArray list;
    for (const auto &c : communities) {
        list.append(QJsonObject {
            { u"code"_s, c.code },
            { u"name"_s, c.name },
            { u"households"_s, c.households },
            { u"fans_start"_s, cumulativeBefore(db, c.code, firstDay) },
            { u"fans_end"_s, cumulativeBefore(db, c.code, nextFirstDay) },
            { u"notices"_s, notices.value(c.code) },
            { u"complaints"_s, complaints.value(c.code) },
            { u"tasks"_s, tasks.value(c.code) },
            { u"claims"_s, claims.value(c.code) },
        });
    }
    return QJsonObject {
        { u"district"_s,
            QJsonObject { { u"code"_s, district.code }, { u"name"_s, district.name } } },
        { u"quarter"_s, quarter },
        { u"rules"_s, rulesJson(rules) },
        { u"communities"_s, list },
    };
}

ScoredQuarter assessQuarter(Db &db, const UnitRecord &district, const QString &quarter,
    const AssessmentRules &rules, QJsonDocument::JsonFormat format)
{
    ScoredQuarter scored;
    scored.bundleBytes = QJsonDocument(buildBundle(db, district, quarter, rules)).toJson(format);
    auto parsed = parseBundle(QJsonDocument::fromJson(scored.bundleBytes).object());
    if (const auto *error = std::get_if<AssessmentError>(&parsed)) {
        // The database holds only what its commands validated; a refusal here is a bug.
        throw DbError(DbError::Kind::Generic,
            u"the bundle built for %1 %2 is malformed: %3"_s.arg(
                district.code, quarter, error->toString()));
    }
    scored.result = score(std::get<AssessmentBundle>(parsed));
    return scored;
}

qint64 publishQuarter(Db &db, const UnitRecord &district, const QString &quarter,
    const QString &userId, const QString &userName, qint64 now, AssessmentRecord *stored)
{
    const ScoredQuarter scored = assessQuarter(
        db, district, quarter, activeRules(db, district.code), QJsonDocument::Compact);
    AssessmentRecord a;
    a.id = assessmentId(district.code, quarter);
    a.district = district.code;
    a.unitPath = district.path;
    a.quarter = quarter;
    a.rulesVersion = scored.result.rules.version;
    a.rules = compactJson(rulesJson(scored.result.rules));
    a.result = resultJsonText(scored.result);
    const QJsonObject explain = explainJson(scored.result);
    a.explain = compactJson(explain);
    a.bundle = scored.bundleBytes;
    a.publishedAt = now;
    a.publishedBy = userId;
    a.publishedByName = userName;
    db.exec(u"INSERT INTO assessments (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
                kAssessmentColumns),
        { a.id, a.district, a.unitPath, a.quarter, a.rulesVersion, QString::fromUtf8(a.rules),
            QString::fromUtf8(a.result), QString::fromUtf8(a.explain), QString::fromUtf8(a.bundle),
            a.publishedAt, a.publishedBy, a.publishedByName });

    const QJsonObject result = objectFrom(a.result);
    const QJsonArray rows = result.value(u"results"_s).toArray();
    const QJsonArray explainRows = explain.value(u"rows"_s).toArray();
    qint64 seq = recordChange(db,
        Change { .kind = QString::fromUtf16(kAssessmentKind),
            .id = a.id,
            .version = 1,
            .unitPath = a.unitPath,
            .district = a.district,
            .data = QJsonObject {
                { u"id"_s, a.id },
                { u"district"_s, a.district },
                { u"district_name"_s, district.name },
                { u"quarter"_s, a.quarter },
                { u"published"_s, true },
                { u"published_at"_s, isoTime(a.publishedAt) },
                { u"published_by"_s, a.publishedBy },
                { u"published_by_name"_s, a.publishedByName },
                { u"rules_version"_s, a.rulesVersion },
                { u"rules"_s, objectFrom(a.rules) },
                { u"communities"_s, rows.size() },
                { u"result"_s, result },
                { u"explain"_s, explainRows },
            } });
    // PRODUCT.md §5: communities see their own rank and breakdown. The district's record
    // lies at the district's path, outside their subtree, so each community gets its row.
    const QString best = result.value(u"best"_s).toString();
    QString bestName;
    for (const auto &row : rows) {
        if (row.toObject().value(u"code"_s).toString() == best)
            bestName = row.toObject().value(u"name"_s).toString();
    }
    QHash<QString, UnitRecord> units;
    for (const auto &c : communitiesOf(db, district))
        units.insert(c.code, c);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const QString code = row.value(u"code"_s).toString();
        const UnitRecord unit = units.value(code);
        const QString rowId = a.id + u':' + code;
        seq = recordChange(db,
            Change { .kind = QString::fromUtf16(kAssessmentRowKind),
                .id = rowId,
                .version = 1,
                .unitPath = unit.path,
                .district = a.district,
                .ref = a.id,
                .data = QJsonObject {
                    { u"id"_s, rowId },
                    { u"assessment"_s, a.id },
                    { u"district"_s, a.district },
                    { u"district_name"_s, district.name },
                    { u"quarter"_s, a.quarter },
                    { u"community"_s, code },
                    { u"published_at"_s, isoTime(a.publishedAt) },
                    { u"published_by_name"_s, a.publishedByName },
                    { u"rules_version"_s, a.rulesVersion },
                    { u"best"_s, result.value(u"best"_s) },
                    { u"best_name"_s, bestName },
                    { u"communities"_s, rows.size() },
                    { u"row"_s, row },
                    { u"explain"_s, explainRows.at(i) },
                } });
    }
    if (stored)
        *stored = a;
    return seq;
}

} // namespace civic::server::assessment

// The notices feature's tables and change-log records (see notices.h).

#include "apierror.h"
#include "changelog.h"
#include "domain/chinatime.h"
#include "intake.h"
#include "notices.h"

#include "audit.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::server::notices {

namespace {

constexpr auto kNoticeColumns
    = u"n.id, n.unit, n.unit_path, n.district, o.level, n.author_id, n.author_name, n.category,"
      u" n.title, n.body_html, n.scheduled_at, n.state, n.chain, n.step, n.step_started_at,"
      u" n.revision, n.corrects, n.published_at, n.publish_requested, n.reads, n.monthly_reads,"
      u" n.overdue_notified, n.version, n.created_at, n.updated_at";

// The residential levels whose units hold a copy of their district's settings.
constexpr auto kCopyLevels = u"('district', 'street', 'community', 'grid')";

QVariant nullInt64()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant optionalTime(const std::optional<qint64> &t)
{
    return t ? QVariant(*t) : nullInt64();
}

std::optional<qint64> readOptionalTime(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

QJsonValue timeOrNull(const std::optional<qint64> &t)
{
    return t ? QJsonValue(isoTime(*t)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(compactJson(object));
}

QString lastCode(const QString &path)
{
    const QStringList codes = pathCodes(path);
    return codes.isEmpty() ? QString() : codes.constLast();
}

NoticeRecord readNotice(const QSqlQuery &q)
{
    NoticeRecord r;
    Notice &n = r.notice;
    n.id = q.value(0).toString();
    r.unitCode = q.value(1).toString();
    n.unitPath = q.value(2).toString();
    r.district = q.value(3).toString();
    n.unitLevel = levelFromName(q.value(4).toString()).value_or(Level::Community);
    n.authorId = q.value(5).toString();
    r.authorName = q.value(6).toString();
    n.content.category = q.value(7).toString();
    n.content.title = q.value(8).toString();
    n.content.bodyHtml = q.value(9).toString();
    n.content.scheduledAt = readOptionalTime(q.value(10));
    n.state = noticeStateFromName(q.value(11).toString()).value_or(NoticeState::Draft);
    n.chain = reviewChainFromJson(QJsonDocument::fromJson(q.value(12).toString().toUtf8()).array())
                  .value_or(ReviewChain());
    n.step = q.value(13).toInt();
    n.stepStartedAt = q.value(14).toLongLong();
    n.revision = q.value(15).toInt();
    n.corrects = q.value(16).toString();
    n.publishedAt = readOptionalTime(q.value(17));
    n.publishRequested = q.value(18).toInt() != 0;
    r.reads = q.value(19).toLongLong();
    r.monthlyReads = QJsonDocument::fromJson(q.value(20).toString().toUtf8()).object();
    r.overdueNotified = q.value(21).toInt() != 0;
    r.version = q.value(22).toLongLong();
    r.createdAt = q.value(23).toLongLong();
    r.updatedAt = q.value(24).toLongLong();
    return r;
}

// The columns every write sets, in the order of kWriteColumns.
QVariantList writeBinds(const NoticeRecord &r)
{
    const Notice &n = r.notice;
    const auto step = currentStep(n);
    return { n.id, r.unitCode, n.unitPath, r.district, n.authorId, r.authorName, n.content.category,
        n.content.title, n.content.bodyHtml, optionalTime(n.content.scheduledAt),
        noticeStateName(n.state), jsonText(reviewChainToJson(n.chain)), n.step,
        step ? roleName(step->role) : QString(), step ? levelName(step->level) : QString(),
        step ? QVariant(n.stepStartedAt) : nullInt64(), optionalTime(stepDueAt(n)),
        r.overdueNotified ? 1 : 0, n.revision,
        n.corrects.isEmpty() ? nullText() : QVariant(n.corrects), optionalTime(n.publishedAt),
        n.publishRequested ? 1 : 0, r.reads, jsonText(r.monthlyReads), r.version, r.createdAt,
        r.updatedAt };
}

qint64 recordNotice(Db &db, const NoticeRecord &r)
{
    return recordChange(db,
        Change { .kind = QString::fromUtf16(kNoticeKind),
            .id = r.notice.id,
            .version = r.version,
            .unitPath = r.notice.unitPath,
            .district = r.district,
            .data = noticeJson(r) });
}

QString settingsTable(QStringView kind)
{
    return kind == kChainConfigKind ? u"review_chain_configs"_s : u"sensitive_word_lists"_s;
}

QString settingsColumn(QStringView kind)
{
    return kind == kChainConfigKind ? u"config"_s : u"words"_s;
}

// The data of a unit's copy of its district's settings.
QJsonObject copyData(QStringView kind, const QString &district, const QString &unit,
    const QString &stored, qint64 version, qint64 updatedAt)
{
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8());
    QJsonObject data { { u"district"_s, district }, { u"unit"_s, unit }, { u"version"_s, version },
        { u"updated_at"_s, isoTime(updatedAt) } };
    if (kind == kChainConfigKind)
        data.insert(u"config"_s, doc.object());
    else
        data.insert(u"words"_s, doc.array());
    return data;
}

// Records the district's settings at every residential unit of the district: the change log
// shows a record to the subtree of its unit only (sync.cpp visibilitySql), and every unit
// that writes or reviews notices needs its district's list and chains (PRODUCT.md §3).
void recordCopies(Db &db, QStringView kind, const QString &district, const QString &stored,
    qint64 version, qint64 updatedAt)
{
    QList<std::pair<QString, QString>> units;
    {
        QSqlQuery q = db.exec(
            u"SELECT code, path FROM org_units WHERE district = ? AND level IN %1 ORDER BY path"_s
                .arg(kCopyLevels),
            { district });
        while (q.next())
            units.append({ q.value(0).toString(), q.value(1).toString() });
    }
    for (const auto &[code, path] : units) {
        recordChange(db,
            Change { .kind = kind.toString(),
                .id = code,
                .version = version,
                .unitPath = path,
                .district = district,
                .ref = district,
                .data = copyData(kind, district, code, stored, version, updatedAt) });
    }
}

qint64 saveSettings(Db &db, QStringView kind, const QString &district, const QString &stored,
    const QString &userId, qint64 now)
{
    const QString table = settingsTable(kind);
    const QString column = settingsColumn(kind);
    const QVariant current
        = db.scalar(u"SELECT version FROM %1 WHERE district = ?"_s.arg(table), { district });
    const qint64 version = current.isValid() ? current.toLongLong() + 1 : 1;
    if (current.isValid()) {
        db.exec(
            u"UPDATE %1 SET %2 = ?, version = ?, updated_by = ?, updated_at = ? WHERE district = ?"_s
                .arg(table, column),
            { stored, version, userId, now, district });
    } else {
        db.exec(
            u"INSERT INTO %1 (district, %2, version, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)"_s
                .arg(table, column),
            { district, stored, version, userId, now });
    }
    recordCopies(db, kind, district, stored, version, now);
    return version;
}

int refreshCopiesOf(Db &db, QStringView kind, qint64 now)
{
    const QString table = settingsTable(kind);
    const QString column = settingsColumn(kind);
    struct Missing
    {
        QString code, path, district, stored;
        qint64 version, updatedAt;
    };
    const QString missingSql
        = u"SELECT o.code, o.path, o.district, c.%1, c.version, c.updated_at FROM org_units o"
          u" JOIN %2 c ON c.district = o.district"
          u" LEFT JOIN changes ch ON ch.kind = ? AND ch.id = o.code"
          u" WHERE o.level IN %3 AND (ch.seq IS NULL OR ch.ref <> o.district OR ch.version <> "
          u"c.version"
          u" OR ch.deleted <> 0)"_s.arg(column, table, kCopyLevels);
    const QString staleSql
        = u"SELECT ch.id, o.path, o.district, ch.version FROM changes ch"
          u" JOIN org_units o ON o.code = ch.id"
          u" WHERE ch.kind = ? AND ch.deleted = 0 AND ch.ref <> o.district"
          u" AND NOT EXISTS (SELECT 1 FROM %1 c WHERE c.district = o.district)"_s.arg(table);
    auto anyRow = [&](const QString &sql) { return db.exec(sql, { kind.toString() }).next(); };
    {
        Transaction peek(db, Transaction::Mode::Read);
        if (!anyRow(missingSql) && !anyRow(staleSql))
            return 0;
    }
    Transaction tx(db, Transaction::Mode::Serialised);
    QList<Missing> missing;
    {
        QSqlQuery q = db.exec(missingSql, { kind.toString() });
        while (q.next())
            missing.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong() });
    }
    QList<Missing> stale;
    {
        QSqlQuery q = db.exec(staleSql, { kind.toString() });
        while (q.next())
            stale.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                QString(), q.value(3).toLongLong(), now });
    }
    for (const auto &m : missing) {
        recordChange(db,
            Change { .kind = kind.toString(),
                .id = m.code,
                .version = m.version,
                .unitPath = m.path,
                .district = m.district,
                .ref = m.district,
                .data = copyData(kind, m.district, m.code, m.stored, m.version, m.updatedAt) });
    }
    // A unit moved to a district without settings: its old district's copy no longer applies.
    for (const auto &s : stale) {
        recordChange(db,
            Change { .kind = kind.toString(),
                .id = s.code,
                .version = s.version + 1,
                .unitPath = s.path,
                .district = s.district,
                .ref = s.district,
                .data = QJsonObject { { u"unit"_s, s.code } },
                .deleted = true });
    }
    tx.commit();
    return int(missing.size() + stale.size());
}

} // namespace

std::optional<NoticeRecord> findNotice(Db &db, const QString &id, bool withReviews)
{
    QSqlQuery &q = db.prepared(
        u"SELECT %1 FROM notices n JOIN org_units o ON o.code = n.unit WHERE n.id = ?"_s.arg(
            kNoticeColumns));
    db.run(q, { id });
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
    NoticeRecord record = readNotice(q);
    q.finish();
    if (withReviews) {
        for (const auto &r : reviewsOf(db, id))
            record.notice.reviews.append(r.review);
    }
    return record;
}

NoticeRecord requireNotice(Db &db, const QString &id, bool withReviews)
{
    auto found = findNotice(db, id, withReviews);
    if (!found)
        throw ApiError::notFound();
    return *found;
}

QJsonObject noticeJson(const NoticeRecord &r)
{
    const Notice &n = r.notice;
    const auto step = currentStep(n);
    return QJsonObject {
        { u"id"_s, n.id },
        { u"unit"_s, r.unitCode },
        { u"author"_s, n.authorId },
        { u"author_name"_s, r.authorName },
        { u"category"_s, n.content.category },
        { u"title"_s, n.content.title },
        { u"body_html"_s, n.content.bodyHtml },
        { u"scheduled_at"_s, timeOrNull(n.content.scheduledAt) },
        { u"state"_s, noticeStateName(n.state) },
        { u"chain"_s, reviewChainToJson(n.chain) },
        { u"step"_s, n.step },
        { u"step_role"_s, step ? QJsonValue(roleName(step->role)) : QJsonValue(QJsonValue::Null) },
        { u"reviewing_unit"_s, textOrNull(lastCode(currentReviewingUnitPath(n))) },
        { u"step_started_at"_s,
            step ? QJsonValue(isoTime(n.stepStartedAt)) : QJsonValue(QJsonValue::Null) },
        { u"step_due_at"_s, timeOrNull(stepDueAt(n)) },
        { u"revision"_s, n.revision },
        { u"corrects"_s, textOrNull(n.corrects) },
        { u"published_at"_s, timeOrNull(n.publishedAt) },
        { u"publish_requested"_s, n.publishRequested },
        { u"reads"_s, r.reads },
        { u"monthly_reads"_s, r.monthlyReads },
        { u"version"_s, r.version },
        { u"created_at"_s, isoTime(r.createdAt) },
        { u"updated_at"_s, isoTime(r.updatedAt) },
    };
}

QJsonObject revisionJson(const RevisionRecord &v)
{
    return QJsonObject {
        { u"id"_s, v.id },
        { u"notice"_s, v.noticeId },
        { u"revision"_s, v.revision },
        { u"category"_s, v.content.category },
        { u"title"_s, v.content.title },
        { u"body_html"_s, v.content.bodyHtml },
        { u"scheduled_at"_s, timeOrNull(v.content.scheduledAt) },
        { u"chain"_s, reviewChainToJson(v.chain) },
        { u"submitted_at"_s, isoTime(v.submittedAt) },
        { u"author"_s, v.authorId },
        { u"author_name"_s, v.authorName },
    };
}

QJsonObject reviewJson(const ReviewRecord &r)
{
    const NoticeReview &v = r.review;
    return QJsonObject {
        { u"id"_s, r.id },
        { u"notice"_s, r.noticeId },
        { u"revision"_s, v.revision },
        { u"step"_s, v.step },
        { u"reviewer"_s, v.reviewerId },
        { u"reviewer_name"_s, r.reviewerName },
        { u"reviewer_role"_s, roleName(v.reviewerRole) },
        { u"reviewer_unit"_s, r.reviewerUnit },
        { u"approved"_s, v.approved },
        { u"quality"_s, v.approved ? QJsonValue(v.quality) : QJsonValue(QJsonValue::Null) },
        { u"comment"_s, v.comment },
        { u"at"_s, isoTime(v.at) },
    };
}

QString noticeColumns()
{
    return u"id, unit, unit_path, district, author_id, author_name, category, title, body_html,"
           u" scheduled_at, state, chain, step, step_role, step_level, step_started_at, step_due_at,"
           u" overdue_notified, revision, corrects, published_at, publish_requested, reads,"
           u" monthly_reads, version, created_at, updated_at"_s;
}

QVariantList noticeValues(const NoticeRecord &record)
{
    return writeBinds(record);
}

qint64 insertNotice(Db &db, NoticeRecord &record, qint64 now)
{
    record.version = 1;
    if (record.createdAt == 0)
        record.createdAt = now;
    record.updatedAt = now;
    QSqlQuery &q = db.prepared(
        u"INSERT INTO notices (id, unit, unit_path, district, author_id, author_name, category, "
        u"title,"
        u" body_html, scheduled_at, state, chain, step, step_role, step_level, step_started_at, "
        u"step_due_at,"
        u" overdue_notified, revision, corrects, published_at, publish_requested, reads, "
        u"monthly_reads,"
        u" version, created_at, updated_at)"
        u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    db.run(q, writeBinds(record));
    q.finish();
    return recordNotice(db, record);
}

qint64 updateNotice(Db &db, NoticeRecord &record, qint64 now)
{
    record.version += 1;
    record.updatedAt = now;
    QVariantList binds = writeBinds(record);
    const QVariant id = binds.takeFirst();
    binds.removeLast(); // updated_at, bound again below
    binds.removeLast(); // created_at never changes
    binds.append(now);
    binds.append(id);
    QSqlQuery &q = db.prepared(
        u"UPDATE notices SET unit = ?, unit_path = ?, district = ?, author_id = ?, author_name = ?,"
        u" category = ?, title = ?, body_html = ?, scheduled_at = ?, state = ?, chain = ?, step = "
        u"?,"
        u" step_role = ?, step_level = ?, step_started_at = ?, step_due_at = ?, overdue_notified = "
        u"?,"
        u" revision = ?, corrects = ?, published_at = ?, publish_requested = ?, reads = ?,"
        u" monthly_reads = ?, version = ?, updated_at = ? WHERE id = ?"_s);
    db.run(q, binds);
    q.finish();
    return recordNotice(db, record);
}

qint64 insertRevision(Db &db, const NoticeRecord &notice, const RevisionRecord &v)
{
    QSqlQuery &q
        = db.prepared(u"INSERT INTO notice_revisions (id, notice_id, revision, unit_path, "
                      u"district, category, title,"
                      u" body_html, scheduled_at, chain, submitted_at, author_id, author_name)"
                      u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    db.run(q,
        { v.id, v.noticeId, v.revision, notice.notice.unitPath, notice.district, v.content.category,
            v.content.title, v.content.bodyHtml, optionalTime(v.content.scheduledAt),
            jsonText(reviewChainToJson(v.chain)), v.submittedAt, v.authorId, v.authorName });
    q.finish();
    audit::append(db, notice.unitCode, audit::kNoticeRevision, v.id, v.submittedAt);
    return recordChange(db,
        Change { .kind = QString::fromUtf16(kRevisionKind),
            .id = v.id,
            .version = 1,
            .unitPath = notice.notice.unitPath,
            .district = notice.district,
            .ref = v.noticeId,
            .data = revisionJson(v) });
}

qint64 insertReview(Db &db, const NoticeRecord &notice, const ReviewRecord &r)
{
    const NoticeReview &v = r.review;
    QSqlQuery &q = db.prepared(u"INSERT INTO reviews (id, notice_id, revision, step, unit_path, "
                               u"district, reviewer_id, reviewer_name,"
                               u" reviewer_role, reviewer_unit, approved, quality, comment, at)"
                               u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    db.run(q,
        { r.id, r.noticeId, v.revision, v.step, notice.notice.unitPath, notice.district,
            v.reviewerId, r.reviewerName, roleName(v.reviewerRole), r.reviewerUnit,
            v.approved ? 1 : 0, v.quality, v.comment, v.at });
    q.finish();
    audit::append(db, notice.unitCode, audit::kReview, r.id, v.at);
    return recordChange(db,
        Change { .kind = QString::fromUtf16(kReviewKind),
            .id = r.id,
            .version = 1,
            .unitPath = notice.notice.unitPath,
            .district = notice.district,
            .ref = r.noticeId,
            .data = reviewJson(r) });
}

std::pair<QList<NoticeRecord>, qint64> listNotices(Db &db, const NoticeQuery &query)
{
    QString where = u"n.unit_path >= ? AND n.unit_path < ?"_s;
    QVariantList binds { query.unitPath, subtreeEnd(query.unitPath) };
    if (!query.states.isEmpty()) {
        QStringList marks;
        for (const auto state : query.states) {
            marks.append(u"?"_s);
            binds.append(noticeStateName(state));
        }
        where += u" AND n.state IN (%1)"_s.arg(marks.join(u", "));
    }
    if (const auto &reviewer = query.awaitingReviewBy) {
        // Within the reviewer's subtree, a step of the reviewer's role at the reviewer's level
        // is reviewed by the reviewer's unit; nobody reviews their own notice.
        where += u" AND n.state = 'in_review' AND n.step_role = ? AND n.step_level = ? AND "
                 u"n.author_id <> ?"
                 u" AND n.unit_path >= ? AND n.unit_path < ?"_s;
        binds << roleName(reviewer->role) << levelName(reviewer->unitLevel) << reviewer->userId
              << reviewer->unitPath << subtreeEnd(reviewer->unitPath);
    }
    if (!query.authorId.isEmpty()) {
        where += u" AND n.author_id = ?"_s;
        binds.append(query.authorId);
    }
    const qint64 total
        = db.scalar(u"SELECT count(*) FROM notices n WHERE %1"_s.arg(where), binds).toLongLong();
    QList<NoticeRecord> page;
    QVariantList pageBinds = binds;
    pageBinds << query.limit << query.offset;
    QSqlQuery q = db.exec(
        u"SELECT %1 FROM notices n JOIN org_units o ON o.code = n.unit WHERE %2"
        u" ORDER BY n.updated_at DESC, n.id DESC LIMIT ? OFFSET ?"_s.arg(kNoticeColumns, where),
        pageBinds);
    while (q.next())
        page.append(readNotice(q));
    return { page, total };
}

QList<RevisionRecord> revisionsOf(Db &db, const QString &noticeId)
{
    QList<RevisionRecord> list;
    QSqlQuery q = db.exec(
        u"SELECT id, revision, category, title, body_html, scheduled_at, chain, submitted_at,"
        u" author_id, author_name FROM notice_revisions WHERE notice_id = ? ORDER BY revision"_s,
        { noticeId });
    while (q.next()) {
        RevisionRecord v;
        v.id = q.value(0).toString();
        v.noticeId = noticeId;
        v.revision = q.value(1).toInt();
        v.content.category = q.value(2).toString();
        v.content.title = q.value(3).toString();
        v.content.bodyHtml = q.value(4).toString();
        v.content.scheduledAt = readOptionalTime(q.value(5));
        v.chain
            = reviewChainFromJson(QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array())
                  .value_or(ReviewChain());
        v.submittedAt = q.value(7).toLongLong();
        v.authorId = q.value(8).toString();
        v.authorName = q.value(9).toString();
        list.append(v);
    }
    return list;
}

QList<ReviewRecord> reviewsOf(Db &db, const QString &noticeId)
{
    QList<ReviewRecord> list;
    QSqlQuery q = db.exec(
        u"SELECT r.id, r.revision, r.step, r.reviewer_id, r.reviewer_name, r.reviewer_role,"
        u" r.reviewer_unit, r.approved, r.quality, r.comment, r.at, o.path"
        u" FROM reviews r LEFT JOIN org_units o ON o.code = r.reviewer_unit"
        u" WHERE r.notice_id = ? ORDER BY r.revision, r.step"_s,
        { noticeId });
    while (q.next()) {
        ReviewRecord r;
        r.id = q.value(0).toString();
        r.noticeId = noticeId;
        r.review.revision = q.value(1).toInt();
        r.review.step = q.value(2).toInt();
        r.review.reviewerId = q.value(3).toString();
        r.reviewerName = q.value(4).toString();
        r.review.reviewerRole = roleFromName(q.value(5).toString()).value_or(Role::Viewer);
        r.reviewerUnit = q.value(6).toString();
        r.review.approved = q.value(7).toInt() != 0;
        r.review.quality = q.value(8).toInt();
        r.review.comment = q.value(9).toString();
        r.review.at = q.value(10).toLongLong();
        r.review.reviewerUnitPath = q.value(11).toString();
        list.append(r);
    }
    return list;
}

QJsonArray dailyReadsOf(Db &db, const QString &noticeId)
{
    QJsonArray days;
    QSqlQuery q = db.exec(
        u"SELECT date, reads FROM notice_reads WHERE notice_id = ? ORDER BY date"_s, { noticeId });
    while (q.next())
        days.append(QJsonObject {
            { u"date"_s, q.value(0).toString() }, { u"reads"_s, q.value(1).toLongLong() } });
    return days;
}

ChainConfigRecord chainConfigOf(Db &db, const QString &district)
{
    ChainConfigRecord record;
    QSqlQuery q = db.exec(
        u"SELECT config, version FROM review_chain_configs WHERE district = ?"_s, { district });
    if (q.next()) {
        if (const auto config = reviewChainConfigFromJson(
                QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()))
            record.config = *config;
        record.version = q.value(1).toLongLong();
    }
    return record;
}

ReviewChain chainFor(Db &db, const NoticeRecord &record)
{
    ReviewChainSettings settings;
    if (!record.district.isEmpty())
        settings.setDistrictConfig(record.district, chainConfigOf(db, record.district).config);
    return settings.resolve(
        record.notice.unitPath, record.notice.unitLevel, record.notice.content.category);
}

SensitiveWordsRecord sensitiveWordsOf(Db &db, const QString &district)
{
    SensitiveWordsRecord record;
    QSqlQuery q = db.exec(
        u"SELECT words, version FROM sensitive_word_lists WHERE district = ?"_s, { district });
    if (q.next()) {
        QStringList words;
        for (const auto &w : QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array())
            words.append(w.toString());
        record.words = SensitiveWordList(words);
        record.version = q.value(1).toLongLong();
    }
    return record;
}

qint64 saveChainConfig(Db &db, const QString &district, const ReviewChainConfig &config,
    const QString &userId, qint64 now)
{
    return saveSettings(
        db, kChainConfigKind, district, jsonText(reviewChainConfigToJson(config)), userId, now);
}

qint64 saveSensitiveWords(Db &db, const QString &district, const SensitiveWordList &words,
    const QString &userId, qint64 now)
{
    return saveSettings(db, kSensitiveWordsKind, district,
        jsonText(QJsonArray::fromStringList(words.words())), userId, now);
}

void writeReadRows(
    Db &db, const NoticeRecord &record, const QList<std::pair<QString, qint64>> &days, qint64 now)
{
    // A week of days per statement: one round trip for a typical report.
    constexpr qsizetype kBatch = 7;
    for (qsizetype from = 0; from < days.size(); from += kBatch) {
        const qsizetype count = std::min(kBatch, days.size() - from);
        QStringList rows;
        QVariantList binds;
        for (qsizetype i = from; i < from + count; ++i) {
            rows.append(u"(?, ?, ?, ?, ?, ?)"_s);
            binds << record.notice.id << days.at(i).first << record.notice.unitPath
                  << record.district << days.at(i).second << now;
        }
        QSqlQuery &q = db.prepared(
            u"INSERT INTO notice_reads (notice_id, date, unit_path, district, reads, updated_at) "
            u"VALUES %1"
            u" ON CONFLICT (notice_id, date) DO UPDATE SET reads = excluded.reads, updated_at = excluded.updated_at"_s
                .arg(rows.join(u", ")));
        db.run(q, binds);
        q.finish();
    }
}

void storeReads(
    Db &db, NoticeRecord &record, const QList<std::pair<QString, qint64>> &days, qint64 now)
{
    writeReadRows(db, record, days, now);
    QJsonObject monthly;
    qint64 total = 0;
    {
        QSqlQuery m
            = db.exec(u"SELECT substr(date, 1, 7), SUM(reads) FROM notice_reads WHERE notice_id = ?"
                      u" GROUP BY substr(date, 1, 7)"_s,
                { record.notice.id });
        while (m.next()) {
            const qint64 reads = m.value(1).toLongLong();
            monthly.insert(m.value(0).toString(), reads);
            total += reads;
        }
    }
    record.reads = total;
    record.monthlyReads = monthly;
    updateNotice(db, record, now);
}

int publishDueNotices(Db &db, qint64 now)
{
    QStringList ids;
    {
        Transaction peek(db, Transaction::Mode::Read);
        QSqlQuery q = db.exec(
            u"SELECT id FROM notices WHERE state = 'approved' AND publish_requested = 1"
            u" AND (scheduled_at IS NULL OR scheduled_at <= ?) ORDER BY scheduled_at, id"_s,
            { now });
        while (q.next())
            ids.append(q.value(0).toString());
    }
    int published = 0;
    for (const auto &id : ids) {
        Transaction tx(db, Transaction::Mode::Serialised);
        auto record = findNotice(db, id);
        // Re-read inside the transaction: the author may have acted since the peek.
        if (!record || !dueForPublishing(record->notice, now))
            continue;
        const NoticeResult result = publishNotice(record->notice, now);
        if (!result.ok() || result.notice.state != NoticeState::Published)
            continue;
        record->notice = result.notice;
        updateNotice(db, *record, now);
        notify(db,
            Notification { .unitCode = record->unitCode,
                .userId = record->notice.authorId,
                .type = u"notice.published"_s,
                .title = u"已按计划发布：%1"_s.arg(record->notice.content.title),
                .body = {},
                .refKind = QString::fromUtf16(kNoticeKind),
                .refId = id },
            now);
        tx.commit();
        ++published;
    }
    return published;
}

int remindOverdueReviews(Db &db, qint64 now)
{
    QStringList ids;
    {
        Transaction peek(db, Transaction::Mode::Read);
        QSqlQuery q
            = db.exec(u"SELECT id FROM notices WHERE state = 'in_review' AND step_due_at < ?"
                      u" AND overdue_notified = 0 ORDER BY step_due_at, id"_s,
                { now });
        while (q.next())
            ids.append(q.value(0).toString());
    }
    int reminded = 0;
    for (const auto &id : ids) {
        Transaction tx(db, Transaction::Mode::Serialised);
        auto record = findNotice(db, id);
        if (!record || record->overdueNotified || !isOverdue(record->notice, now))
            continue;
        const QString reviewingUnit = lastCode(currentReviewingUnitPath(record->notice));
        if (reviewingUnit.isEmpty())
            continue;
        notify(db,
            Notification { .unitCode = reviewingUnit,
                .userId = {},
                .type = u"notice.review_overdue"_s,
                .title = u"审核超时：%1"_s.arg(record->notice.content.title),
                .body = u"第%1步审核已于 %2 到期"_s.arg(record->notice.step)
                            .arg(isoTime(stepDueAt(record->notice).value_or(now))),
                .refKind = QString::fromUtf16(kNoticeKind),
                .refId = id },
            now);
        // Once per step: the flag is cleared whenever the notice moves to another step.
        db.exec(u"UPDATE notices SET overdue_notified = 1 WHERE id = ?"_s, { id });
        tx.commit();
        ++reminded;
    }
    return reminded;
}

int refreshSettingCopies(Db &db, qint64 now)
{
    return refreshCopiesOf(db, kChainConfigKind, now)
        + refreshCopiesOf(db, kSensitiveWordsKind, now);
}

} // namespace civic::server::notices

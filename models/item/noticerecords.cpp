#include "noticerecords.h"

#include "domain/chinatime.h"
#include "domain/org.h"
#include "orgtreemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::item {

namespace {

std::optional<qint64> optionalTime(const QJsonValue &value)
{
    return value.isString() ? parseIsoTime(value.toString()) : std::nullopt;
}

QJsonObject jsonObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

// The columns every notice query selects, in this order, for rowFromQuery().
constexpr auto kRowColumns = u"n.version, n.data, COALESCE(o.path, n.unit_path), o.level";

NoticeRow rowFromQuery(const QSqlQuery &q)
{
    return noticeRowFromData(jsonObject(q.value(1)), q.value(0).toLongLong(), q.value(2).toString(),
        levelFromName(q.value(3).toString()).value_or(Level::Community));
}

} // namespace

NoticeRow noticeRowFromData(
    const QJsonObject &d, qint64 version, const QString &unitPath, Level unitLevel)
{
    NoticeRow row;
    Notice &n = row.notice;
    n.id = d.value(u"id"_s).toString();
    n.unitPath = unitPath;
    n.unitLevel = unitLevel;
    n.authorId = d.value(u"author"_s).toString();
    n.content.category = d.value(u"category"_s).toString();
    n.content.title = d.value(u"title"_s).toString();
    n.content.bodyHtml = d.value(u"body_html"_s).toString();
    n.content.scheduledAt = optionalTime(d.value(u"scheduled_at"_s));
    n.corrects = d.value(u"corrects"_s).toString();
    n.state = noticeStateFromName(d.value(u"state"_s).toString()).value_or(NoticeState::Draft);
    n.chain = reviewChainFromJson(d.value(u"chain"_s).toArray()).value_or(ReviewChain());
    n.step = d.value(u"step"_s).toInt();
    n.stepStartedAt = optionalTime(d.value(u"step_started_at"_s)).value_or(0);
    n.revision = d.value(u"revision"_s).toInt();
    n.publishRequested = d.value(u"publish_requested"_s).toBool();
    n.publishedAt = optionalTime(d.value(u"published_at"_s));
    row.unitCode = d.value(u"unit"_s).toString();
    row.authorName = d.value(u"author_name"_s).toString();
    row.reviewingUnit = d.value(u"reviewing_unit"_s).toString();
    row.version = version;
    row.reads = d.value(u"reads"_s).toInteger();
    row.createdAt = optionalTime(d.value(u"created_at"_s)).value_or(0);
    row.updatedAt = optionalTime(d.value(u"updated_at"_s)).value_or(0);
    return row;
}

std::optional<NoticeRow> loadNoticeRow(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT %1 FROM notice n LEFT JOIN org_unit o ON o.id = n.unit WHERE n.id = ?"_s.arg(
        kRowColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return rowFromQuery(q);
}

QList<RevisionRow> loadRevisions(const QSqlDatabase &db, const QString &noticeId)
{
    QList<RevisionRow> rows;
    QSqlQuery q(db);
    q.prepare(u"SELECT data FROM notice_revision WHERE notice = ? ORDER BY revision"_s);
    q.addBindValue(noticeId);
    if (!q.exec())
        return rows;
    while (q.next()) {
        const QJsonObject d = jsonObject(q.value(0));
        RevisionRow r;
        r.id = d.value(u"id"_s).toString();
        r.revision = d.value(u"revision"_s).toInt();
        r.content.category = d.value(u"category"_s).toString();
        r.content.title = d.value(u"title"_s).toString();
        r.content.bodyHtml = d.value(u"body_html"_s).toString();
        r.content.scheduledAt = optionalTime(d.value(u"scheduled_at"_s));
        r.chain = reviewChainFromJson(d.value(u"chain"_s).toArray()).value_or(ReviewChain());
        r.submittedAt = optionalTime(d.value(u"submitted_at"_s)).value_or(0);
        r.authorName = d.value(u"author_name"_s).toString();
        rows.append(r);
    }
    return rows;
}

QList<ReviewRow> loadReviews(const QSqlDatabase &db, const QString &noticeId)
{
    QList<ReviewRow> rows;
    QSqlQuery q(db);
    q.prepare(u"SELECT data FROM notice_review WHERE notice = ? ORDER BY revision, step, at"_s);
    q.addBindValue(noticeId);
    if (!q.exec())
        return rows;
    while (q.next()) {
        const QJsonObject d = jsonObject(q.value(0));
        ReviewRow r;
        r.id = d.value(u"id"_s).toString();
        r.review.revision = d.value(u"revision"_s).toInt();
        r.review.step = d.value(u"step"_s).toInt();
        r.review.reviewerId = d.value(u"reviewer"_s).toString();
        r.review.reviewerRole
            = roleFromName(d.value(u"reviewer_role"_s).toString()).value_or(Role::Director);
        r.review.approved = d.value(u"approved"_s).toBool();
        r.review.quality = d.value(u"quality"_s).toInt();
        r.review.comment = d.value(u"comment"_s).toString();
        r.review.at = optionalTime(d.value(u"at"_s)).value_or(0);
        r.reviewerName = d.value(u"reviewer_name"_s).toString();
        r.reviewerUnit = d.value(u"reviewer_unit"_s).toString();
        rows.append(r);
    }
    return rows;
}

NoticeSettings loadNoticeSettings(const QSqlDatabase &db, const QString &unitCode)
{
    NoticeSettings settings;
    QSqlQuery q(db);
    q.prepare(u"SELECT version, data FROM notice_chain_config WHERE id = ?"_s);
    q.addBindValue(unitCode);
    if (q.exec() && q.next()) {
        const QJsonObject d = jsonObject(q.value(1));
        settings.district = d.value(u"district"_s).toString();
        settings.chainsVersion = q.value(0).toLongLong();
        if (const auto config = reviewChainConfigFromJson(d.value(u"config"_s).toObject()))
            settings.chains = *config;
    }
    QSqlQuery w(db);
    w.prepare(u"SELECT version, data FROM notice_sensitive_words WHERE id = ?"_s);
    w.addBindValue(unitCode);
    if (w.exec() && w.next()) {
        const QJsonObject d = jsonObject(w.value(1));
        if (settings.district.isEmpty())
            settings.district = d.value(u"district"_s).toString();
        settings.wordsVersion = w.value(0).toLongLong();
        QStringList words;
        for (const auto &v : d.value(u"words"_s).toArray())
            words.append(v.toString());
        settings.words = SensitiveWordList(words);
    }
    return settings;
}

QList<NoticeRow> awaitingReview(const QSqlDatabase &db, const Actor &actor)
{
    QList<NoticeRow> rows;
    if (actor.unitPath.isEmpty())
        return rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT %1 FROM notice n LEFT JOIN org_unit o ON o.id = n.unit"
        u" WHERE n.state = 'in_review' AND n.step_role = ? AND n.unit_path >= ? AND n.unit_path < ?"
        u" AND n.author <> ?"_s.arg(kRowColumns));
    q.addBindValue(roleName(actor.role));
    q.addBindValue(actor.unitPath);
    q.addBindValue(subtreeEnd(actor.unitPath));
    q.addBindValue(actor.userId);
    if (!q.exec())
        return rows;
    while (q.next()) {
        NoticeRow row = rowFromQuery(q);
        if (awaitsReviewBy(row.notice, actor))
            rows.append(std::move(row));
    }
    std::sort(rows.begin(), rows.end(), [](const NoticeRow &a, const NoticeRow &b) {
        const qint64 da = stepDueAt(a.notice).value_or(0);
        const qint64 dueB = stepDueAt(b.notice).value_or(0);
        return da != dueB ? da < dueB : a.notice.id < b.notice.id;
    });
    return rows;
}

int awaitingReviewCount(const QSqlDatabase &db, const Actor &actor)
{
    return int(awaitingReview(db, actor).size());
}

void registerNoticeBadges()
{
    auto &badges = orgBadges();
    const bool present = std::any_of(
        badges.cbegin(), badges.cend(), [](const OrgBadge &b) { return b.name == u"review"; });
    if (present)
        return;
    badges.append(OrgBadge { u"review"_s,
        u"SELECT unit_path, count(*) FROM notice WHERE state = 'in_review' GROUP BY unit_path"_s,
        { u"notice"_s } });
}

} // namespace civic::item

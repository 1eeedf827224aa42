// The notices feature's HTTP reads and the platform's daily reads intake (docs/api.md §Notices).

#include "apierror.h"
#include "domain/chinatime.h"
#include "domain/textdiff.h"
#include "httpserver.h"
#include "intake.h"
#include "notices.h"
#include "complaintstats.h"
#include "orgstore.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::server::notices {

namespace {

constexpr int kDefaultPerPage = 50;
constexpr int kMaxPerPage = 200;
constexpr int kMaxReadDays = 400;
constexpr qint64 kMaxDailyReads = 1'000'000'000;

int intParam(const Request &r, const QString &name, int fallback, int min, int max)
{
    if (!r.hasParam(name))
        return fallback;
    bool ok = false;
    const int v = r.param(name).toInt(&ok);
    if (!ok || v < min || v > max)
        throw ApiError::invalidField(
            name, u"%1 must be an integer between %2 and %3"_s.arg(name).arg(min).arg(max));
    return v;
}

// PRODUCT.md §3: reviewers see a word-level diff against the previous submitted revision.
QJsonObject revisionDiff(const RevisionRecord &before, const RevisionRecord &after)
{
    return QJsonObject {
        { u"title"_s, diffToJson(diffWords(before.content.title, after.content.title)) },
        { u"body"_s,
            diffToJson(diffWords(plainTextFromHtml(before.content.bodyHtml),
                plainTextFromHtml(after.content.bodyHtml))) },
    };
}

// GET /api/v1/notices/{id}: the notice with its revisions (each with the diff against the one
// before), its reviews and its daily reads; 404 outside the caller's subtree.
Reply getNotice(Request &r)
{
    const Session &s = r.session();
    Transaction tx(*r.db, Transaction::Mode::Read);
    const NoticeRecord record = requireNotice(*r.db, r.matches.value(0));
    require(s.actor, Action::Read, noticeSubject(record.notice));
    QJsonObject body = noticeJson(record);
    QJsonArray revisions;
    const QList<RevisionRecord> list = revisionsOf(*r.db, record.notice.id);
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject v = revisionJson(list.at(i));
        v.insert(u"diff"_s,
            i == 0 ? QJsonValue(QJsonValue::Null)
                   : QJsonValue(revisionDiff(list.at(i - 1), list.at(i))));
        revisions.append(v);
    }
    QJsonArray reviews;
    for (const auto &review : reviewsOf(*r.db, record.notice.id))
        reviews.append(reviewJson(review));
    body.insert(u"revisions"_s, revisions);
    body.insert(u"reviews"_s, reviews);
    body.insert(u"daily_reads"_s, dailyReadsOf(*r.db, record.notice.id));
    tx.commit();
    return Reply::json(body);
}

// GET /api/v1/notices?unit=CODE&state=a,b&awaiting=me&author=me&page=&per_page=
Reply listRoute(Request &r)
{
    const Session &s = r.session();
    const Actor &actor = s.actor;
    NoticeQuery query;
    if (r.hasParam(u"state"_s)) {
        for (const auto &name : r.param(u"state"_s).split(u',')) {
            const auto state = noticeStateFromName(name.trimmed());
            if (!state)
                throw ApiError::invalidField(u"state"_s, u"unknown state %1"_s.arg(name));
            query.states.append(*state);
        }
    }
    if (r.hasParam(u"awaiting"_s)) {
        if (r.param(u"awaiting"_s) != u"me")
            throw ApiError::invalidField(u"awaiting"_s, u"awaiting takes the value me"_s);
        query.awaitingReviewBy = actor;
    }
    if (r.hasParam(u"author"_s)) {
        if (r.param(u"author"_s) != u"me")
            throw ApiError::invalidField(u"author"_s, u"author takes the value me"_s);
        query.authorId = actor.userId;
    }
    const int page = intParam(r, u"page"_s, 1, 1, 1'000'000);
    query.limit = intParam(r, u"per_page"_s, kDefaultPerPage, 1, kMaxPerPage);
    query.offset = (page - 1) * query.limit;

    Transaction tx(*r.db, Transaction::Mode::Read);
    const QString unitCode = r.hasParam(u"unit"_s) ? r.param(u"unit"_s) : actor.unitCode;
    const auto unit = org::findUnit(*r.db, unitCode);
    // A unit outside the caller's subtree is answered like an unknown one.
    if (!unit || !pathWithin(unit->path, actor.unitPath))
        throw ApiError(404, u"not_found"_s, u"no unit with code %1"_s.arg(unitCode), u"unit"_s);
    query.unitPath = unit->path;
    const auto [records, total] = listNotices(*r.db, query);
    tx.commit();
    QJsonArray items;
    for (const auto &record : records)
        items.append(noticeJson(record));
    return Reply::json(QJsonObject { { u"items"_s, items }, { u"total"_s, total } });
}

// POST /api/v1/intake/notice-reads: the platform's daily reads of a published notice.
// Re-posting a day replaces it; the whole body is checked before anything is written.
Reply intakeReads(Request &r)
{
    const IntakeKey key = requireIntakeKey(*r.db, r.header(u"x-intake-key"_s));
    const JsonFields f(r.jsonObject());
    f.only({ u"notice", u"days" });
    const QString id = f.string(u"notice"_s, 64);
    const QJsonArray array = f.array(u"days"_s, kMaxReadDays);
    if (array.isEmpty())
        throw ApiError::invalidField(u"days"_s, u"days must hold at least one day"_s);
    QList<std::pair<QString, qint64>> days;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString prefix = u"days[%1]"_s.arg(i);
        if (!array.at(i).isObject())
            throw ApiError::invalidField(prefix, prefix + u" must be an object"_s);
        const JsonFields day(array.at(i).toObject(), prefix);
        day.only({ u"date", u"reads" });
        const QString date = day.string(u"date"_s, 10);
        if (!parseChinaDate(date))
            throw ApiError::invalidField(
                day.path(u"date"_s), u"%1 must be a date YYYY-MM-DD"_s.arg(day.path(u"date"_s)));
        if (seen.contains(date))
            throw ApiError::invalidField(day.path(u"date"_s), u"%1 appears twice"_s.arg(date));
        seen.insert(date);
        days.append({ date, day.integer(u"reads"_s, 0, kMaxDailyReads) });
    }

    Transaction tx(*r.db, Transaction::Mode::Serialised);
    auto record = findNotice(*r.db, id);
    if (!record || !pathWithin(record->notice.unitPath, key.unitPath))
        throw ApiError(404, u"not_found"_s, u"no notice %1"_s.arg(id), u"notice"_s);
    if (record->notice.state != NoticeState::Published || !record->notice.publishedAt)
        throw ApiError(400, u"not_published"_s, u"reads are reported for published notices only"_s,
            u"notice"_s);
    const QString first = chinaDate(*record->notice.publishedAt);
    const QString today = chinaDate(r.now);
    for (qsizetype i = 0; i < days.size(); ++i) {
        const QString &date = days.at(i).first;
        if (date < first || date > today)
            throw ApiError::invalidField(u"days[%1].date"_s.arg(i),
                u"%1 is outside the notice's life (%2 to %3)"_s.arg(date, first, today));
    }
    storeReads(*r.db, *record, days, r.now);
    tx.commit();
    return Reply::json(QJsonObject { { u"notice"_s, record->notice.id }, { u"days"_s, days.size() },
        { u"reads"_s, record->reads }, { u"monthly_reads"_s, record->monthlyReads } });
}

} // namespace

namespace {

// The notices part of GET /api/v1/units/{code}/stats (API.md §Reads: "complaint and notice
// figures of that subtree"): published in the period, reads in the period, reviews decided
// in the period (with the mean quality of approvals), and what is in review now.
QJsonValue noticeStats(Db &db, const Session &, const UnitRecord &unit, qint64 from, qint64 to, qint64)
{
    const QString lo = unit.path;
    const QString hi = domain::subtreeEnd(unit.path);
    const auto count = [&](const QString &sql, const QVariantList &extra) {
        QVariantList binds{lo, hi};
        binds += extra;
        return db.scalar(sql, binds);
    };
    const qint64 published = count(u"SELECT count(*) FROM notices WHERE unit_path >= ? AND unit_path < ?"
                                   u" AND published_at >= ? AND published_at < ?"_s,
                                   {from, to})
                                 .toLongLong();
    const qint64 inReview = count(u"SELECT count(*) FROM notices WHERE unit_path >= ? AND unit_path < ?"
                                  u" AND state = 'in_review'"_s,
                                  {})
                                .toLongLong();
    const qint64 reads = count(u"SELECT COALESCE(SUM(reads), 0) FROM notice_reads WHERE unit_path >= ? AND unit_path < ?"
                               u" AND date >= ? AND date < ?"_s,
                               {domain::chinaDate(from), domain::chinaDate(to)})
                             .toLongLong();
    QSqlQuery q = db.exec(u"SELECT SUM(approved), SUM(1 - approved), AVG(CASE WHEN approved = 1 THEN quality END)"
                          u" FROM reviews WHERE unit_path >= ? AND unit_path < ? AND at >= ? AND at < ?"_s,
                          {lo, hi, from, to});
    qint64 approvals = 0;
    qint64 rejections = 0;
    QJsonValue quality = QJsonValue::Null;
    if (q.next()) {
        approvals = q.value(0).toLongLong();
        rejections = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            quality = std::round(q.value(2).toDouble() * 100) / 100;
    }
    return QJsonObject{{u"published"_s, published},
                       {u"reads"_s, reads},
                       {u"in_review"_s, inReview},
                       {u"approvals"_s, approvals},
                       {u"rejections"_s, rejections},
                       {u"mean_quality"_s, quality}};
}

} // namespace

void registerNoticeRoutes(HttpServer &server)
{
    addUnitStatsSection(u"notices"_s, noticeStats);
    server.route("GET", "/api/v1/notices", u"/api/v1/notices"_s, listRoute);
    server.route("GET", R"(/api/v1/notices/([^/]+))", u"/api/v1/notices/{id}"_s, getNotice);
    server.route(
        "POST", "/api/v1/intake/notice-reads", u"/api/v1/intake/notice-reads"_s, intakeReads);
}

} // namespace civic::server::notices

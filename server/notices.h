#pragma once

// The notices feature's storage (PRODUCT.md §3, 信息发布): notices, their immutable revisions
// and reviews, the districts' review chains and sensitive words, and daily reads. The rules
// themselves are models/domain's (noticeworkflow.h, noticechecks.h); this is where they meet
// the tables and the change log.

#include "db.h"
#include "domain/noticeworkflow.h"
#include "domain/sensitivewords.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace civic::server {

class CommandRegistry;
class HttpServer;
struct DemoContext;

namespace notices {

// The kinds clients pull.
inline constexpr auto kNoticeKind = u"notice";
inline constexpr auto kRevisionKind = u"notice_revision";
inline constexpr auto kReviewKind = u"review";
inline constexpr auto kChainConfigKind = u"review_chain_config";
inline constexpr auto kSensitiveWordsKind = u"sensitive_words";

// One stored notice: the workflow's view of it plus what only the store keeps.
struct NoticeRecord
{
    domain::Notice notice; // `reviews` filled only when loaded with them
    QString unitCode;
    QString district;
    QString authorName;
    qint64 reads = 0;
    QJsonObject monthlyReads; // "2026-07": reads in that China-time month
    bool overdueNotified = false;
    qint64 version = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// One submission's frozen content (PRODUCT.md §3: each submission stores an immutable revision).
struct RevisionRecord
{
    QString id;
    QString noticeId;
    int revision = 0;
    domain::NoticeContent content;
    domain::ReviewChain chain;
    qint64 submittedAt = 0;
    QString authorId;
    QString authorName;
};

// One reviewer's decision, with the names the record shows.
struct ReviewRecord
{
    QString id;
    QString noticeId;
    domain::NoticeReview review;
    QString reviewerName;
    QString reviewerUnit; // code
};

std::optional<NoticeRecord> findNotice(Db &db, const QString &id, bool withReviews = false);
// 404 `not_found` when absent, exactly as require() answers for a notice out of sight.
NoticeRecord requireNotice(Db &db, const QString &id, bool withReviews = false);

// The notice's JSON: the `notice` kind's data and the core of GET /api/v1/notices/{id}.
QJsonObject noticeJson(const NoticeRecord &record);
QJsonObject revisionJson(const RevisionRecord &revision);
QJsonObject reviewJson(const ReviewRecord &review);

// The notices table's columns and a record's values in their order, for writers that insert
// many rows per statement (the scaled demo).
QString noticeColumns();
QVariantList noticeValues(const NoticeRecord &record);
// Inserts a new notice at version 1 and records it; returns the seq.
qint64 insertNotice(Db &db, NoticeRecord &record, qint64 now);
// Writes the record back with its version raised by one and records it; returns the seq.
qint64 updateNotice(Db &db, NoticeRecord &record, qint64 now);
qint64 insertRevision(Db &db, const NoticeRecord &notice, const RevisionRecord &revision);
qint64 insertReview(Db &db, const NoticeRecord &notice, const ReviewRecord &review);

// A page of notices for GET /api/v1/notices, newest change first, and the number of all
// that match.
struct NoticeQuery
{
    QString unitPath; // the subtree
    QList<domain::NoticeState> states; // empty: any
    std::optional<domain::Actor> awaitingReviewBy; // PRODUCT.md §3 queue "awaiting my review"
    QString authorId; // "my drafts"
    int limit = 50;
    int offset = 0;
};
std::pair<QList<NoticeRecord>, qint64> listNotices(Db &db, const NoticeQuery &query);

QList<RevisionRecord> revisionsOf(Db &db, const QString &noticeId);
QList<ReviewRecord> reviewsOf(Db &db, const QString &noticeId);
// Daily reads oldest first as [{"date", "reads"}].
QJsonArray dailyReadsOf(Db &db, const QString &noticeId);

// A district's review chain configuration and its version (0 and the built-in default when
// the district has none).
struct ChainConfigRecord
{
    domain::ReviewChainConfig config;
    qint64 version = 0;
};
ChainConfigRecord chainConfigOf(Db &db, const QString &district);
// The chain a submission of the notice freezes now (domain ReviewChainSettings).
domain::ReviewChain chainFor(Db &db, const NoticeRecord &record);

struct SensitiveWordsRecord
{
    domain::SensitiveWordList words;
    qint64 version = 0;
};
SensitiveWordsRecord sensitiveWordsOf(Db &db, const QString &district);

// Stores a district's configuration (validated by the caller) and records its copies;
// returns the new version.
qint64 saveChainConfig(Db &db, const QString &district, const domain::ReviewChainConfig &config,
    const QString &userId, qint64 now);
qint64 saveSensitiveWords(Db &db, const QString &district, const domain::SensitiveWordList &words,
    const QString &userId, qint64 now);

// Writes daily reads rows as given (insert or replace), leaving the notice record alone.
void writeReadRows(
    Db &db, const NoticeRecord &record, const QList<std::pair<QString, qint64>> &days, qint64 now);
// Replaces the given days' reads of a published notice and re-records the notice with its
// new totals. `days` are (China date, reads) pairs, already validated.
void storeReads(
    Db &db, NoticeRecord &record, const QList<std::pair<QString, qint64>> &days, qint64 now);

// The periodic work (PeriodicJob "notices", every 30 s). Each returns how many notices or
// records it touched; each notice is handled in a transaction of its own.
// PRODUCT.md §3: approved notices whose publication was requested go out when due.
int publishDueNotices(Db &db, qint64 now);
// The reviewing unit of a step past its due time hears of it once per step.
int remindOverdueReviews(Db &db, qint64 now);
// Every unit of a configured district holds a copy of the district's settings (see
// docs/api.md §Notices): units added or moved since the last update get theirs.
int refreshSettingCopies(Db &db, qint64 now);

void registerNoticeCommands(CommandRegistry &registry);
void registerNoticeRoutes(HttpServer &server);
void buildNoticesDemo(DemoContext &ctx);

} // namespace notices
} // namespace civic::server

#pragma once

#include "domain/noticeworkflow.h"
#include "domain/permissions.h"
#include "domain/sensitivewords.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace civic::item {

// One cached notice as the views show it: the workflow's view of it (without reviews, which
// are records of their own) and what only the record carries (docs/api.md §Notices).
struct NoticeRow
{
    domain::Notice notice;
    QString unitCode;
    QString authorName;
    QString reviewingUnit; // code of the unit deciding the current step, empty outside review
    qint64 version = 0;
    qint64 reads = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// The `notice` record's data as a row; `unitPath` and `unitLevel` come from the org tree.
NoticeRow noticeRowFromData(
    const QJsonObject &data, qint64 version, const QString &unitPath, domain::Level unitLevel);
// The notice with its unit's path and level from the cache; nullopt when absent.
std::optional<NoticeRow> loadNoticeRow(const QSqlDatabase &db, const QString &id);

// One submission's frozen content (`notice_revision`).
struct RevisionRow
{
    QString id;
    int revision = 0;
    domain::NoticeContent content;
    domain::ReviewChain chain;
    qint64 submittedAt = 0;
    QString authorName;
};
// Oldest first.
QList<RevisionRow> loadRevisions(const QSqlDatabase &db, const QString &noticeId);

// One reviewer's decision (`review`), with the names the record carries.
struct ReviewRow
{
    QString id;
    domain::NoticeReview review;
    QString reviewerName;
    QString reviewerUnit; // code
};
// Oldest first (by revision, then step).
QList<ReviewRow> loadReviews(const QSqlDatabase &db, const QString &noticeId);

// The district settings the unit holds a copy of (docs/api.md §Notices: the record whose id is
// the unit's code); the built-in default chain and no words when the district has none.
struct NoticeSettings
{
    QString district; // empty when the unit's district has no settings
    domain::ReviewChainConfig chains;
    qint64 chainsVersion = 0;
    domain::SensitiveWordList words;
    qint64 wordsVersion = 0;
};
NoticeSettings loadNoticeSettings(const QSqlDatabase &db, const QString &unitCode);

// PRODUCT.md §3 "awaiting my review": the notices whose current step the actor decides
// (domain awaitsReviewBy), most urgent first. The SQL narrows to in-review notices of the
// actor's role in the actor's subtree; the domain decides.
QList<NoticeRow> awaitingReview(const QSqlDatabase &db, const domain::Actor &actor);
int awaitingReviewCount(const QSqlDatabase &db, const domain::Actor &actor);

// Adds the org tree's "review" badge (notices in review per unit, PRODUCT.md §1) once.
void registerNoticeBadges();

} // namespace civic::item

#pragma once

// The assessment feature's records on the server (PRODUCT.md §5, ASSESSMENT.md): the
// districts' versioned rule sets, the communities' evidence claims, the reporting tasks
// (材料上报) with one submission record per addressed community, and the published quarters.
// Scoring itself is models/domain's (assessment.h); this is where the engine meets the
// tables: buildBundle() gathers a district's quarter from the database for publishing, the
// provisional read and the `assess` CLI alike.

#include "db.h"
#include "domain/assessment.h"
#include "orgstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace civic::server {

class CommandRegistry;
class HttpServer;
struct DemoContext;

namespace assessment {

// The kinds clients pull (docs/api.md §Assessment).
inline constexpr auto kRuleSetKind = u"rule_set";
inline constexpr auto kClaimKind = u"claim";
inline constexpr auto kTaskKind = u"task";
inline constexpr auto kSubmissionKind = u"task_submission";
inline constexpr auto kAssessmentKind = u"assessment";
inline constexpr auto kAssessmentRowKind = u"assessment_row";

// ---- quarters (ASSESSMENT.md §1: China time) --------------------------------------------

// The quarter holding `ms` in China time: "2026Q3".
QString quarterOf(qint64 ms);
// The quarter before / after a well-formed quarter.
QString previousQuarter(const QString &quarter);
QString nextQuarter(const QString &quarter);

// ---- rule sets ----------------------------------------------------------------------------

// One stored rule set of a district (id "<district>:<version>"). Rule sets are immutable:
// a version string names one content for good.
struct RuleSetRecord
{
    QString id;
    QString district;
    QString unitPath; // the district's
    domain::AssessmentRules rules; // rules.version is the version string
    bool active = false;
    qint64 createdAt = 0;
    QString createdBy; // user id
    QString createdByName;
    std::optional<qint64> activatedAt;
    qint64 recordVersion = 0;
};

QString ruleSetId(const QString &district, const QString &version);
std::optional<RuleSetRecord> findRuleSet(Db &db, const QString &district, const QString &version);
std::optional<RuleSetRecord> activeRuleSet(Db &db, const QString &district);
// The rules scoring uses for the district: its active rule set, or the built-in
// `sujiatun-2016` (ASSESSMENT.md §5) when it has none.
domain::AssessmentRules activeRules(Db &db, const QString &district);
QJsonObject ruleSetJson(const RuleSetRecord &record);
// Stores a new rule set (inactive unless `active`) and records it.
RuleSetRecord insertRuleSet(Db &db, const UnitRecord &district,
    const domain::AssessmentRules &rules, bool active, const QString &userId,
    const QString &userName, qint64 now);
// Makes `record` the district's active rule set, deactivating the one before; returns the
// activated record (unchanged when it was active already).
RuleSetRecord activateRuleSet(Db &db, RuleSetRecord record, qint64 now);

// ---- claims -------------------------------------------------------------------------------

// One evidence claim of a community for a bonus item (PRODUCT.md §5: "submitted by
// communities with a description and links, and approved or rejected by the district").
struct ClaimRecord
{
    QString id;
    QString community;
    QString unitPath;
    QString district;
    QString kind; // event, innovation, news_lead
    QString title;
    QString description;
    QStringList links;
    qint64 date = 0;
    QString status = QStringLiteral("submitted"); // submitted, approved, rejected
    QString adoptedBy = QStringLiteral("none"); // none, district, city (news leads)
    QString reviewComment;
    QString reviewer; // user id
    QString reviewerName;
    std::optional<qint64> reviewedAt;
    QString author;
    QString authorName;
    qint64 version = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

std::optional<ClaimRecord> findClaim(Db &db, const QString &id);
QJsonObject claimJson(const ClaimRecord &record);
// Inserts (version 1) or updates (version + 1) the claim and records it; returns the seq.
qint64 insertClaim(Db &db, ClaimRecord &record, qint64 now);
qint64 updateClaim(Db &db, ClaimRecord &record, qint64 now);

// ---- reporting tasks ----------------------------------------------------------------------

// A reporting task (材料上报) the district issues to all or some of its communities.
struct TaskRecord
{
    QString id;
    QString district;
    QString unitPath; // the district's
    QString title;
    QString description;
    qint64 dueAt = 0;
    QStringList communities; // the addressed communities' codes, sorted
    bool allCommunities = true;
    QString createdBy;
    QString createdByName;
    qint64 version = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// One addressed community's part of a task: created with the task (pending), submitted by
// the community (on time or late, never refused), and marked missing by the job once the
// deadline passes without a submission. Id "<task>:<community>".
struct SubmissionRecord
{
    QString id;
    QString taskId;
    QString community;
    QString unitPath;
    QString district;
    qint64 dueAt = 0;
    QString status = QStringLiteral("pending"); // pending, missing, on_time, late
    std::optional<qint64> submittedAt;
    QString note;
    QStringList links;
    QString submittedBy;
    QString submittedByName;
    qint64 version = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

QString submissionId(const QString &taskId, const QString &community);
// The status a submission has at `now`: on_time / late once submitted (ASSESSMENT.md §2 C:
// late is after due_at), else pending until due_at and missing after it.
QString submissionStatus(qint64 dueAt, const std::optional<qint64> &submittedAt, qint64 now);

std::optional<TaskRecord> findTask(Db &db, const QString &id);
std::optional<SubmissionRecord> findSubmission(
    Db &db, const QString &taskId, const QString &community);
QList<SubmissionRecord> submissionsOf(Db &db, const QString &taskId);
QJsonObject taskJson(const TaskRecord &task);
QJsonObject submissionJson(const SubmissionRecord &submission, const TaskRecord &task);
// Stores a new task (version 1) with a submission record per addressed community (each
// `communities` entry must be a community of the task's district), and records them all.
qint64 insertTask(Db &db, TaskRecord &task, const QList<UnitRecord> &communities, qint64 now);
// Writes the task's title, description and due time (version + 1) and re-records the task
// and every submission (whose due time and status follow). Returns the last seq.
qint64 updateTask(Db &db, TaskRecord &task, qint64 now);
// Writes a submission (version + 1, or 1 when `isNew`) and records it.
qint64 writeSubmission(Db &db, SubmissionRecord &submission, const TaskRecord &task, qint64 now);
// The job: pending submissions whose deadline passed become `missing`. Returns how many.
int markMissingSubmissions(Db &db, qint64 now);

// ---- published quarters -------------------------------------------------------------------

// A published (frozen) quarter of a district (PRODUCT.md §5: "a district publishes
// (freezes) a quarter's result"). Id "<district>:<quarter>".
struct AssessmentRecord
{
    QString id;
    QString district;
    QString unitPath;
    QString quarter;
    QString rulesVersion;
    QByteArray rules; // the §5 JSON of the rule set scored with
    QByteArray result; // the §7 text exactly as `assess` prints it
    QByteArray explain; // domain explainJson(), compact
    QByteArray bundle; // the §6 bundle scored, compact
    qint64 publishedAt = 0;
    QString publishedBy;
    QString publishedByName;
};

QString assessmentId(const QString &district, const QString &quarter);
std::optional<AssessmentRecord> findAssessment(
    Db &db, const QString &district, const QString &quarter);
QList<AssessmentRecord> assessmentsOf(Db &db, const QString &district);

// ---- bundles and scoring ------------------------------------------------------------------

// A district's quarter gathered from the database and scored.
struct ScoredQuarter
{
    QByteArray bundleBytes; // the bundle exactly as scored (ASSESSMENT.md §6)
    domain::AssessmentResult result;
};

// ASSESSMENT.md §6 for `district` and `quarter` ("2026Q3", checked by the caller) under
// `rules` (written into the bundle's "rules", every key): every community of the district
// (by code) with its households, fans_start / fans_end from fan_days (the cumulative figure
// at the end of the day before the quarter and of its last day, the last known figure
// carried forward, 0 when none), notices published in the quarter with their reviewers'
// quality ratings, complaints submitted or resolved in the quarter (merged duplicates left
// out), tasks due in the quarter with the community's submission time, and claims dated in
// the quarter. Must run inside a transaction.
QJsonObject buildBundle(Db &db, const UnitRecord &district, const QString &quarter,
    const domain::AssessmentRules &rules);
// buildBundle(), written as `format` and scored from exactly those bytes (so `assess
// --input` on them prints the same result byte for byte).
ScoredQuarter assessQuarter(Db &db, const UnitRecord &district, const QString &quarter,
    const domain::AssessmentRules &rules, QJsonDocument::JsonFormat format);

// Publishes the district's quarter: scores it under the active rule set, stores the result,
// bundle and rules and records the `assessment` and one `assessment_row` per community.
// The caller checks permission, that the quarter ended and that it is not published yet.
// Returns the last seq.
qint64 publishQuarter(Db &db, const UnitRecord &district, const QString &quarter,
    const QString &userId, const QString &userName, qint64 now, AssessmentRecord *stored = nullptr);

// The units under `district` of level community, by code.
QList<UnitRecord> communitiesOf(Db &db, const UnitRecord &district);

void registerAssessmentCommands(CommandRegistry &registry);
void registerAssessmentRoutes(HttpServer &server);
void buildAssessmentDemo(DemoContext &ctx);

} // namespace assessment
} // namespace civic::server

#pragma once

#include "domain/complaintworkflow.h"
#include "domain/org.h"
#include "domain/permissions.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace civic::item {

// One cached complaint as the detail pane and the action dialogs see it: the workflow's view
// (paths resolved from the cache's columns) and what only the record carries (docs/api.md
// complaint data).
struct ComplaintDetail
{
    domain::ComplaintState state;
    QString unitPath; // the grid's path when a grid is known, else the community's
    QString district;
    QString category;
    QString title;
    QString phone; // masked unless the user's unit handles the complaint (the server decides)
    QString channel;
    QString location;
    QString lastReply;
    QString source;
    QStringList photos;
    int slaHours = domain::kDefaultSlaHours;
    qint64 updatedAt = 0;
    QJsonObject data;
};
std::optional<ComplaintDetail> loadComplaint(const QSqlDatabase &db, const QString &id);

// One timeline entry (complaint_event), oldest first.
struct ComplaintEventRow
{
    QString id;
    QString type;
    QString actor;
    QString actorId;
    QString unit;
    qint64 at = 0;
    QString text;
    QJsonObject data;
};
QList<ComplaintEventRow> loadComplaintEvents(const QSqlDatabase &db, const QString &complaintId);

// 常用回复 of a unit, by title.
struct CannedReply
{
    QString id;
    QString unit;
    QString title;
    QString text;
    qint64 version = 0;
};
QList<CannedReply> loadCannedReplies(const QSqlDatabase &db, const QString &unitCode);

// A unit or account to choose in a dialog.
struct Choice
{
    QString code;
    QString name;
};
// docs/api.md complaint.transfer: the departments of the complaint's district and of the city
// that this cache knows, then codes of departments the cached complaints were transferred to
// (a street's cache lacks the district's departments; their codes still serve).
QList<Choice> transferDepartments(const QSqlDatabase &db, const domain::ComplaintState &state);
// docs/api.md complaint.assign: active accounts of the handling unit and its grids.
QList<Choice> assignableWorkers(const QSqlDatabase &db, const domain::ComplaintState &state);
// complaint.return: residential units strictly inside the handling unit's subtree; none at
// community level or below once the complaint was escalated (PRODUCT.md §2).
QList<Choice> returnTargets(const QSqlDatabase &db, const domain::ComplaintState &state);
// 并单 candidates: other unmerged, unarchived complaints of the duplicate's community (and its
// grids) whose title matches `text`, or the one whose number `text` is; nearest in time first.
QList<Choice> mergeCandidates(const QSqlDatabase &db, const domain::ComplaintState &duplicate,
    const QString &text, int limit = 50);
// The categories to offer: the defaults (PRODUCT.md §2) and any other the cache holds.
QStringList complaintCategories(const QSqlDatabase &db);
// The unit (code) an account's canned replies belong to: its own unit, a grid's community.
QString replyingUnit(const domain::Actor &actor, const QSqlDatabase &db);

// The list's filter bar (PRODUCT.md §2 tiered views).
struct ComplaintFilter
{
    QString scopePath; // the selected node's subtree (unit_path range); empty: all cached
    QString departmentCode; // the selected node is a department: the complaints ever sent to it
    QList<domain::ComplaintStatus> statuses; // empty: every status
    QString category;
    QString channel;
    qint64 from = 0; // submitted_at ≥ from (0: open)
    qint64 to = 0; // submitted_at < to (0: open)
    bool overdueOnly = false;
    QString handlingPath; // "handled at my level": the handling unit is this one
    QString text; // full text over title, content and location (terms ANDed)
};

// The list's orders: by submission, by SLA due time, by workflow status (newest first
// within a status).
enum class ComplaintSortKey { Submitted, Due, Status };

struct SqlCondition
{
    QString sql; // a boolean SQL expression over the complaint table ("1" for none)
    QVariantList binds;
};

// The filter as SQL over the complaint table at `now` (the overdue flag is time-dependent).
// Terms of three characters or more use the trigram index, shorter ones LIKE.
SqlCondition complaintCondition(const ComplaintFilter &filter, qint64 now);
// The statuses still being worked on as SQL ("status IN ('new', …)"), the partial indexes'
// own condition.
QString openStatusCondition();
// Whether `statuses` are exactly the open ones (the filter bar's "open").
bool isOpenStatusSet(const QList<domain::ComplaintStatus> &statuses);

// PRODUCT.md §2 statistics of the filter's complaints submitted in [from, to) at `now`.
domain::ComplaintStatistics complaintStatisticsFor(
    const QSqlDatabase &db, ComplaintFilter filter, qint64 from, qint64 to, qint64 now);

// 工作台: the open complaints handled by the user's unit (a grid worker: by the community),
// most urgent first.
struct OpenComplaint
{
    QString id;
    QString title;
    domain::ComplaintStatus status = domain::ComplaintStatus::New;
    qint64 dueAt = 0;
    std::optional<qint64> firstReplyAt;
    QString community;
};
QList<OpenComplaint> myOpenComplaints(
    const QSqlDatabase &db, const domain::Actor &actor, int limit);
int myOpenComplaintCount(const QSqlDatabase &db, const domain::Actor &actor);
// For street and above: the children of `unitPath` by their open overdue complaints, most
// first (seed 004: neglect made visible to the level above); only those with any.
struct OverdueSubtree
{
    QString code;
    QString name;
    int overdue = 0;
    int open = 0;
};
QList<OverdueSubtree> worstSubtrees(
    const QSqlDatabase &db, const QString &unitPath, qint64 now, int limit);

// The tray watch: complaints still awaiting acceptance that arrived in the cache after
// `afterSubmittedAt`, and open unanswered ones whose SLA ran out in (fromDue, toDue].
struct WatchedComplaint
{
    QString id;
    QString title;
    qint64 at = 0; // submitted_at or due_at
};
QList<WatchedComplaint> newComplaintsAfter(
    const QSqlDatabase &db, const domain::Actor &actor, qint64 afterSubmittedAt, int limit);
QList<WatchedComplaint> slaBreachesBetween(
    const QSqlDatabase &db, const domain::Actor &actor, qint64 fromDue, qint64 toDue, int limit);
qint64 latestSubmittedAt(const QSqlDatabase &db);

// Adds the org tree's "open" and "overdue" badges (PRODUCT.md §1) once.
void registerComplaintBadges();

} // namespace civic::item

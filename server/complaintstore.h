#pragma once

// The complaints feature's records on the server (PRODUCT.md §2): the `complaints` and
// `complaint_events` tables, their change-log kinds (`complaint`, `complaint_event`), the
// per-district settings and the per-unit canned replies. The rules themselves live in
// models/domain (complaintworkflow.h); this layer loads, stores and records.

#include "apierror.h"
#include "complaintinput.h"
#include "db.h"
#include "domain/complaintworkflow.h"
#include "orgstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace civic::server {

class CommandRegistry;
class HttpServer;
struct DemoContext;

namespace complaints {

// One stored complaint: the workflow's state plus what only the records keep.
struct ComplaintRecord
{
    domain::ComplaintState state;
    QString district;
    QString unitPath; // the grid's path when a grid is known, else the community's
    QString category;
    QString title;
    QString phone; // unmasked; masked with domain::maskPhone() for everyone but the handler
    QString channel;
    QString location;
    std::optional<double> lat;
    std::optional<double> lng;
    QString addressId;
    QJsonArray photos;
    QString externalId;
    QString intakeKey; // hash of the intake key that filed it
    QString source; // staff, intake, open311
    QString lastReply; // the latest text the resident received (Open311 status_notes)
    std::optional<qint64> overdueUrgedAt; // the SLA job's one 催办 to the level above
    int slaHours = domain::kDefaultSlaHours;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// One timeline entry (append-only: never updated or deleted).
struct Event
{
    QString id;
    QString complaintId;
    QString type; // create, reply, note, assign, accept, escalate, transfer, return, …
    QString actorId; // empty for the platform or the server's own jobs
    QString actorName;
    QString unit; // the acting unit's code
    qint64 at = 0;
    QString text;
    QJsonObject data;
};

std::optional<ComplaintRecord> find(Db &db, const QString &id);
// The complaints matching `condition` (the SQL after WHERE, with its ORDER BY and LIMIT), in
// that order: one query for a whole page of a list.
QList<ComplaintRecord> select(Db &db, const QString &condition, const QVariantList &binds);
// 404 `not_found` naming `field` when there is no such complaint.
ComplaintRecord require(Db &db, const QString &id, const QString &field);
void insert(Db &db, const ComplaintRecord &record);
// The complaints table's columns and a record's values in their order, for writers that
// insert many rows per statement (the scaled demo).
QString columnList();
QVariantList columnValues(const ComplaintRecord &record);
void update(Db &db, const ComplaintRecord &record);

// The record as clients see it: the complaint.create fields plus the workflow's state.
// `unmasked` decides whether the phone is shown whole.
QJsonObject complaintJson(const ComplaintRecord &record, bool unmasked);
// Records the `complaint` change (masked data; the handling unit gets the phone unmasked).
qint64 recordComplaint(Db &db, const ComplaintRecord &record);

QJsonObject eventJson(const Event &event);
// Stores the event and records its `complaint_event` change.
qint64 appendEvent(Db &db, const ComplaintRecord &record, const Event &event);
QList<Event> events(Db &db, const QString &complaintId);
// Re-stamps every event of the complaint in the change log, so a unit that newly sees the
// complaint (a department it was transferred to) pulls the whole timeline.
void rerecordEvents(Db &db, const ComplaintRecord &record);

// Whether `actor` sees the phone unmasked: the handling unit only (API.md §Reads).
bool mayViewPhone(const domain::Actor &actor, const ComplaintRecord &record);

// Per-district settings (PRODUCT.md §2: "24 hours by default; per-district setting").
struct Settings
{
    QString district;
    int slaHours = domain::kDefaultSlaHours;
    int autoEscalateHours = 0; // 0: off
    qint64 version = 0; // 0: never stored, the defaults apply
};
Settings settings(Db &db, const QString &district);
// Stores and records the `complaint_settings` change.
Settings saveSettings(
    Db &db, const UnitRecord &district, int slaHours, int autoEscalateHours, qint64 now);

domain::OrgUnit orgUnit(const UnitRecord &unit);
std::optional<UnitRecord> unitByPath(Db &db, const QString &path);

// The unit a new complaint is placed at (a community or one of its grids); 404 naming
// `placeField` when unknown, 400 when it is neither.
UnitRecord resolvePlace(
    Db &db, const NewComplaintInput &input, const QString &placeField, const QString &gridField);
// Creates the complaint at `place` with the district's SLA, stores it, records it and
// appends its `create` event (id `eventId`). Permission is the caller's business.
ComplaintRecord create(Db &db, const NewComplaintInput &input, const UnitRecord &place,
    const Event &createdBy, qint64 now);

// The complaint statuses still being worked on, as SQL: "('new','accepted',…)".
QString openStatusesSql();

} // namespace complaints

void registerComplaintCommands(CommandRegistry &registry);
void registerComplaintRoutes(HttpServer &server);
void buildComplaintDemo(DemoContext &ctx);
// The periodic SLA work (PRODUCT.md §2, seed 004): 催办 for overdue complaints without a
// reply, and the district's auto-escalation. Each complaint in its own serialised
// transaction. Returns how many complaints it changed.
int runComplaintJobs(Db &db, qint64 now);

} // namespace civic::server

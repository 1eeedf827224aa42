// The complaints feature (意见箱) on the server: its schema, commands, routes, demo data and jobs.

#include "complaintstore.h"
#include "feature.h"
#include "open311.h"

using namespace Qt::StringLiterals;

namespace civic::server {

Feature complaintsFeature()
{
    Feature feature;
    feature.name = u"complaints"_s;
    // clang-format off
    feature.migrations = {
        {2, u"complaints, their timelines, district settings, canned replies"_s,
         {
             // PRODUCT.md §2: one row per complaint, its workflow state in columns. unit_path is
             // the grid's path when a grid is known, else the community's: the visibility unit.
             u"CREATE TABLE complaints ( id TEXT PRIMARY KEY, community TEXT NOT NULL, grid TEXT"
             u" NOT NULL DEFAULT '', unit_path {path} NOT NULL, district TEXT NOT NULL, category"
             u" TEXT NOT NULL, title TEXT NOT NULL, content TEXT NOT NULL, nickname TEXT NOT NULL"
             u" DEFAULT '', phone TEXT NOT NULL DEFAULT '', channel TEXT NOT NULL, location TEXT NOT"
             u" NULL DEFAULT '', lat DOUBLE PRECISION, lng DOUBLE PRECISION, address_id TEXT NOT"
             u" NULL DEFAULT '', photos TEXT NOT NULL DEFAULT '[]', submitted_at {int64} NOT NULL,"
             u" status TEXT NOT NULL, handling_unit TEXT NOT NULL, handling_level TEXT NOT NULL,"
             u" handling_path {path} NOT NULL, sla_hours INTEGER NOT NULL, due_at {int64} NOT NULL,"
             u" first_reply_at {int64}, resolved_at {int64}, closed_at {int64}, satisfaction TEXT"
             u" NOT NULL DEFAULT '', service_example INTEGER NOT NULL DEFAULT 0, ever_escalated"
             u" INTEGER NOT NULL DEFAULT 0, escalations TEXT NOT NULL DEFAULT '', last_escalated_at"
             u" {int64} NOT NULL DEFAULT 0, departments TEXT NOT NULL DEFAULT '[]',"
             u" transferred_by_unit TEXT NOT NULL DEFAULT '', transferred_by_level TEXT NOT NULL"
             u" DEFAULT '', transferred_by_path {path} NOT NULL DEFAULT '', assignee TEXT NOT NULL"
             u" DEFAULT '', resolution TEXT NOT NULL DEFAULT '', final_reply TEXT NOT NULL DEFAULT"
             u" '', last_reply TEXT NOT NULL DEFAULT '', merged_into TEXT NOT NULL DEFAULT '',"
             u" merged_from TEXT NOT NULL DEFAULT '[]', urge_count INTEGER NOT NULL DEFAULT 0,"
             u" last_urged_at {int64}, overdue_urged_at {int64}, external_id TEXT, intake_key TEXT,"
             u" source TEXT NOT NULL DEFAULT 'staff', version INTEGER NOT NULL, created_at {int64}"
             u" NOT NULL, updated_at {int64} NOT NULL, UNIQUE (intake_key, external_id))"_s,
             // The list endpoint's filters: a subtree by submission time, a status, the
             // handling unit, and the SLA jobs' due time (per district for auto-escalation).
             u"CREATE INDEX complaints_scope ON complaints(unit_path, submitted_at)"_s,
             u"CREATE INDEX complaints_status ON complaints(status, submitted_at)"_s,
             u"CREATE INDEX complaints_handling ON complaints(handling_path, status)"_s,
             u"CREATE INDEX complaints_due ON complaints(due_at)"_s,
             u"CREATE INDEX complaints_district_due ON complaints(district, due_at)"_s,
             // PRODUCT.md §2: every action is an append-only timeline event.
             u"CREATE TABLE complaint_events ( id TEXT PRIMARY KEY, complaint_id TEXT NOT NULL"
             u" REFERENCES complaints(id), district TEXT NOT NULL, ordinal INTEGER NOT NULL, type"
             u" TEXT NOT NULL, actor_id TEXT NOT NULL DEFAULT '', actor_name TEXT NOT NULL DEFAULT"
             u" '', unit TEXT NOT NULL DEFAULT '', at {int64} NOT NULL, text TEXT NOT NULL DEFAULT"
             u" '', data TEXT NOT NULL DEFAULT '{}', UNIQUE (complaint_id, ordinal))"_s,
             u"CREATE TABLE complaint_settings ( district TEXT PRIMARY KEY, unit_path {path} NOT"
             u" NULL, sla_hours INTEGER NOT NULL DEFAULT 24, auto_escalate_hours INTEGER NOT NULL"
             u" DEFAULT 0, version INTEGER NOT NULL, updated_at {int64} NOT NULL)"_s,
             u"CREATE TABLE canned_replies ( id TEXT PRIMARY KEY, unit TEXT NOT NULL, unit_path"
             u" {path} NOT NULL, district TEXT NOT NULL DEFAULT '', title TEXT NOT NULL, text TEXT"
             u" NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, version INTEGER NOT NULL, created_at"
             u" {int64} NOT NULL, updated_at {int64} NOT NULL)"_s,
             u"CREATE INDEX canned_replies_unit ON canned_replies(unit_path)"_s,
         }},
    };
    // clang-format on
    feature.registerCommands = registerComplaintCommands;
    feature.registerRoutes = [](HttpServer &server) {
        registerComplaintRoutes(server);
        registerOpen311Routes(server);
    };
    feature.buildDemo = buildComplaintDemo;
    // PRODUCT.md §2: overdue items reach the level above within a minute.
    feature.jobs
        = { { u"complaint-sla"_s, 60, [](Db &db, qint64 now) { runComplaintJobs(db, now); } } };
    feature.pathColumns = {
        { u"complaints"_s, u"unit_path"_s, u"district"_s },
        { u"complaints"_s, u"handling_path"_s, {} },
        { u"complaints"_s, u"transferred_by_path"_s, {} },
        { u"complaint_settings"_s, u"unit_path"_s, {} },
        { u"canned_replies"_s, u"unit_path"_s, u"district"_s },
    };
    return feature;
}

} // namespace civic::server

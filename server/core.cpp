// The core feature: accounts, the org tree, the change log and the op journal.

#include "commands.h"
#include "feature.h"
#include "httpserver.h"
#include "maintenance.h"

using namespace Qt::StringLiterals;

namespace civic::server {

void buildCoreDemo(DemoContext &ctx); // demo.cpp

Feature coreFeature()
{
    Feature feature;
    feature.name = u"core"_s;
    feature.migrations = {
        {1, u"accounts, org tree, change log, ops"_s,
         {
         u"CREATE TABLE counters (name TEXT PRIMARY KEY, value {int64} NOT NULL)"_s,
         u"INSERT INTO counters (name, value) VALUES ('seq', 0)"_s,
         u"CREATE TABLE org_units ("
         u" code TEXT PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL,"
         u" parent TEXT REFERENCES org_units(code), path {path} NOT NULL UNIQUE,"
         u" district TEXT NOT NULL DEFAULT '', households INTEGER NOT NULL DEFAULT 0,"
         u" version INTEGER NOT NULL, created_at {int64} NOT NULL, updated_at {int64} NOT NULL)"_s,
         u"CREATE INDEX org_units_parent ON org_units(parent)"_s,
         u"CREATE TABLE users ("
         u" id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,"
         u" role TEXT NOT NULL, unit TEXT NOT NULL REFERENCES org_units(code),"
         u" password_hash TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0,"
         u" scope_seq {int64} NOT NULL DEFAULT 0, version INTEGER NOT NULL,"
         u" created_at {int64} NOT NULL, updated_at {int64} NOT NULL)"_s,
         u"CREATE INDEX users_unit ON users(unit)"_s,
         // Access and refresh tokens, stored as SHA-256 hashes. A refresh token's family
         // is the login it descends from: reusing a rotated one revokes the family.
         u"CREATE TABLE tokens ("
         u" hash TEXT PRIMARY KEY, kind TEXT NOT NULL, user_id TEXT NOT NULL REFERENCES users(id),"
         u" family TEXT NOT NULL, device TEXT NOT NULL DEFAULT '', expires_at {int64} NOT NULL,"
         u" revoked_at {int64}, rotated_at {int64}, created_at {int64} NOT NULL)"_s,
         u"CREATE INDEX tokens_family ON tokens(family)"_s,
         u"CREATE INDEX tokens_expiry ON tokens(expires_at)"_s,
         // Per sign-in (token family): the scope the client last restarted its pull under, so
         // a reset is asked for once per scope change, not again on the restart's later pages.
         u"CREATE TABLE pull_scopes (family TEXT PRIMARY KEY, scope_seq {int64} NOT NULL)"_s,
         u"CREATE TABLE login_failures (username TEXT NOT NULL, at {int64} NOT NULL)"_s,
         u"CREATE INDEX login_failures_user ON login_failures(username, at)"_s,
         // The change log: one row per live record, re-stamped with a new seq on every
         // change, so a pull since S returns each record changed after S once.
         u"CREATE TABLE changes ("
         u" seq {int64} PRIMARY KEY, kind TEXT NOT NULL, id TEXT NOT NULL,"
         u" version INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,"
         u" unit_path {path} NOT NULL, district TEXT NOT NULL DEFAULT '',"
         u" ref TEXT NOT NULL DEFAULT '', data TEXT NOT NULL,"
         u" private_unit TEXT NOT NULL DEFAULT '', data_private TEXT,"
         u" UNIQUE (kind, id))"_s,
         u"CREATE INDEX changes_scope ON changes(unit_path, seq)"_s,
         u"CREATE INDEX changes_district ON changes(district, seq)"_s,
         u"CREATE INDEX changes_ref ON changes(ref)"_s,
         // The first result of every applied op, so a resent op_id is answered, not redone.
         u"CREATE TABLE ops ("
         u" op_id TEXT PRIMARY KEY, user_id TEXT NOT NULL, type TEXT NOT NULL,"
         u" entity_id TEXT NOT NULL DEFAULT '', seq {int64} NOT NULL DEFAULT 0,"
         u" version INTEGER NOT NULL DEFAULT 0, applied_at {int64} NOT NULL)"_s,
         u"CREATE TABLE intake_keys ("
         u" hash TEXT PRIMARY KEY, name TEXT NOT NULL, unit TEXT NOT NULL REFERENCES org_units(code),"
         u" created_at {int64} NOT NULL, revoked_at {int64})"_s,
         // Departments a complaint was ever transferred to: they keep seeing it.
         u"CREATE TABLE complaint_departments ("
         u" complaint_id TEXT NOT NULL, department TEXT NOT NULL,"
         u" PRIMARY KEY (complaint_id, department))"_s,
         u"CREATE INDEX complaint_departments_dept ON complaint_departments(department)"_s,
         u"CREATE TABLE notifications ("
         u" id TEXT PRIMARY KEY, unit TEXT NOT NULL, user_id TEXT NOT NULL DEFAULT '',"
         u" type TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL DEFAULT '',"
         u" ref_kind TEXT NOT NULL DEFAULT '', ref_id TEXT NOT NULL DEFAULT '', created_at {int64} NOT NULL)"_s,
         u"CREATE INDEX notifications_unit ON notifications(unit, created_at)"_s,
         u"CREATE TABLE audit_log ("
         u" id TEXT PRIMARY KEY, at {int64} NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,"
         u" subject TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '')"_s,
         u"CREATE INDEX audit_log_at ON audit_log(at)"_s
         }},
    };
    feature.migrations.append(
        {7, u"the hash-chained audit log of complaint and notice history"_s,
         {
             // Entries per unit in order; see audit.h.
             u"CREATE TABLE audit_chain (unit TEXT NOT NULL, position {int64} NOT NULL, kind TEXT NOT NULL,"
             u" entity_id TEXT NOT NULL, content_hash TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL,"
             u" at {int64} NOT NULL, PRIMARY KEY (unit, position))"_s,
             u"CREATE INDEX audit_chain_entity ON audit_chain(kind, entity_id)"_s,
         }});
    feature.cliCommands = maintenanceCommands();
    feature.registerCommands = registerOrgCommands;
    feature.registerRoutes = registerCoreRoutes;
    feature.buildDemo = buildCoreDemo;
    feature.pathColumns = {{u"changes"_s, u"unit_path"_s, u"district"_s}};
    return feature;
}

} // namespace civic::server

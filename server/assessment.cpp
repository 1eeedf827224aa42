// The assessment feature (季度考核) on the server: its schema, commands, routes, demo data and
// jobs.

#include "assessmentstore.h"
#include "feature.h"

using namespace Qt::StringLiterals;

namespace civic::server {

Feature assessmentFeature()
{
    Feature feature;
    feature.name = u"assessment"_s;
    // clang-format off
    feature.migrations = {
        {5, u"rule sets, claims, reporting tasks, published assessments"_s,
         {
             // PRODUCT.md §5: rule sets are versioned per district; a version is immutable
             // and at most one per district is active.
             u"CREATE TABLE rule_sets ( id TEXT PRIMARY KEY, district TEXT NOT NULL REFERENCES"
             u" org_units(code), unit_path {path} NOT NULL, version TEXT NOT NULL, rules TEXT NOT"
             u" NULL, active INTEGER NOT NULL DEFAULT 0, created_at {int64} NOT NULL, created_by"
             u" TEXT NOT NULL DEFAULT '', created_by_name TEXT NOT NULL DEFAULT '', activated_at"
             u" {int64}, row_version INTEGER NOT NULL, UNIQUE (district, version))"_s,
             u"CREATE INDEX rule_sets_active ON rule_sets(district, active)"_s,
             // Evidence for the bonus items, by community (ASSESSMENT.md §3).
             u"CREATE TABLE claims ( id TEXT PRIMARY KEY, community TEXT NOT NULL REFERENCES"
             u" org_units(code), unit_path {path} NOT NULL, district TEXT NOT NULL DEFAULT '',"
             u" kind TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL, links TEXT NOT"
             u" NULL DEFAULT '[]', date {int64} NOT NULL, status TEXT NOT NULL, adopted_by TEXT NOT"
             u" NULL DEFAULT 'none', review_comment TEXT NOT NULL DEFAULT '', reviewer TEXT NOT"
             u" NULL DEFAULT '', reviewer_name TEXT NOT NULL DEFAULT '', reviewed_at {int64},"
             u" author TEXT NOT NULL DEFAULT '', author_name TEXT NOT NULL DEFAULT '', version"
             u" INTEGER NOT NULL, created_at {int64} NOT NULL, updated_at {int64} NOT NULL)"_s,
             // A district's claims of a quarter (the bundle).
             u"CREATE INDEX claims_district_date ON claims(district, date)"_s,
             // Reporting tasks (材料上报) and one submission row per addressed community.
             u"CREATE TABLE tasks ( id TEXT PRIMARY KEY, district TEXT NOT NULL REFERENCES"
             u" org_units(code), unit_path {path} NOT NULL, title TEXT NOT NULL, description TEXT"
             u" NOT NULL DEFAULT '', due_at {int64} NOT NULL, communities TEXT NOT NULL DEFAULT"
             u" '[]', all_communities INTEGER NOT NULL DEFAULT 1, created_by TEXT NOT NULL DEFAULT"
             u" '', created_by_name TEXT NOT NULL DEFAULT '', version INTEGER NOT NULL, created_at"
             u" {int64} NOT NULL, updated_at {int64} NOT NULL)"_s,
             u"CREATE INDEX tasks_district_due ON tasks(district, due_at)"_s,
             u"CREATE TABLE task_submissions ( id TEXT PRIMARY KEY, task_id TEXT NOT NULL"
             u" REFERENCES tasks(id), community TEXT NOT NULL REFERENCES org_units(code), unit_path"
             u" {path} NOT NULL, district TEXT NOT NULL DEFAULT '', due_at {int64} NOT NULL, status"
             u" TEXT NOT NULL, submitted_at {int64}, note TEXT NOT NULL DEFAULT '', links TEXT NOT"
             u" NULL DEFAULT '[]', submitted_by TEXT NOT NULL DEFAULT '', submitted_by_name TEXT NOT"
             u" NULL DEFAULT '', version INTEGER NOT NULL, created_at {int64} NOT NULL, updated_at"
             u" {int64} NOT NULL, UNIQUE (task_id, community))"_s,
             // The job: pending submissions past their deadline.
             u"CREATE INDEX task_submissions_pending ON task_submissions(status, due_at)"_s,
             // Published quarters: frozen result, bundle and rules.
             u"CREATE TABLE assessments ( id TEXT PRIMARY KEY, district TEXT NOT NULL REFERENCES"
             u" org_units(code), unit_path {path} NOT NULL, quarter TEXT NOT NULL, rules_version"
             u" TEXT NOT NULL, rules TEXT NOT NULL, result TEXT NOT NULL, explain TEXT NOT NULL,"
             u" bundle TEXT NOT NULL, published_at {int64} NOT NULL, published_by TEXT NOT NULL"
             u" DEFAULT '', published_by_name TEXT NOT NULL DEFAULT '', UNIQUE (district, quarter))"_s,
             // The bundle reads a district's quarter of complaints (submitted or resolved in it)
             // and of published notices.
             u"CREATE INDEX assessment_complaints_submitted ON complaints(district, submitted_at)"_s,
             u"CREATE INDEX assessment_complaints_resolved ON complaints(district, resolved_at)"_s,
             u"CREATE INDEX assessment_notices_published ON notices(district, published_at)"_s,
         }},
    };
    // clang-format on
    feature.registerCommands = assessment::registerAssessmentCommands;
    feature.registerRoutes = assessment::registerAssessmentRoutes;
    feature.buildDemo = assessment::buildAssessmentDemo;
    // Missing submissions show as such once their deadline passes (PRODUCT.md §5: late or
    // missing submissions count against C).
    feature.jobs = { { u"assessment.task_deadlines"_s, 60, [](Db &db, qint64 now) {
                          Transaction tx(db, Transaction::Mode::Serialised);
                          assessment::markMissingSubmissions(db, now);
                          tx.commit();
                      } } };
    feature.pathColumns = {
        { u"rule_sets"_s, u"unit_path"_s, {} },
        { u"claims"_s, u"unit_path"_s, u"district"_s },
        { u"tasks"_s, u"unit_path"_s, {} },
        { u"task_submissions"_s, u"unit_path"_s, u"district"_s },
        { u"assessments"_s, u"unit_path"_s, {} },
    };
    return feature;
}

} // namespace civic::server

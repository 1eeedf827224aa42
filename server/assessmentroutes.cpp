// The assessment feature's HTTP reads (docs/api.md §Assessment): a district's quarter,
// published or provisional, with the explanations behind every cell, and the bundle scored.

#include "apierror.h"
#include "assessmentstore.h"
#include "changelog.h"
#include "domain/chinatime.h"
#include "httpserver.h"

#include <QHash>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::server::assessment {

namespace {

QJsonObject objectFrom(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

// The district of the path, for a caller inside it (a community sees its own rank) or above
// it; anyone else gets 404 exactly as for an unknown code.
UnitRecord districtInView(Db &db, const Actor &actor, const QString &code)
{
    const auto unit = org::findUnit(db, code);
    if (!unit || unit->level != Level::District
        || !(pathWithin(unit->path, actor.unitPath) || pathWithin(actor.unitPath, unit->path)))
        throw ApiError(404, u"not_found"_s, u"no district with code %1"_s.arg(code), u"district"_s);
    return *unit;
}

QString checkedQuarter(const QString &quarter)
{
    if (!quarterBounds(quarter))
        throw ApiError::invalidField(u"quarter"_s, u"quarter must be a quarter like 2026Q3"_s);
    return quarter;
}

// GET /api/v1/assessments/{district}/{quarter}: the published result, or one computed now
// from the database under the active rule set (`published: false`). Rows are the caller's
// to see (PRODUCT.md §1): the district and above get every community's, a street its own
// communities', a community its own; `best` is announced to all.
Reply getAssessment(Request &r)
{
    const Actor &actor = r.session().actor;
    Transaction tx(*r.db, Transaction::Mode::Read);
    const UnitRecord district = districtInView(*r.db, actor, r.matches.value(0));
    const QString quarter = checkedQuarter(r.matches.value(1));

    QJsonObject result;
    QJsonArray explain;
    QJsonObject rules;
    QJsonObject body;
    if (const auto published = findAssessment(*r.db, district.code, quarter)) {
        result = objectFrom(published->result);
        explain = objectFrom(published->explain).value(u"rows"_s).toArray();
        rules = objectFrom(published->rules);
        body.insert(u"published"_s, true);
        body.insert(u"published_at"_s, isoTime(published->publishedAt));
        body.insert(u"published_by_name"_s, published->publishedByName);
    } else {
        const ScoredQuarter scored = assessQuarter(
            *r.db, district, quarter, activeRules(*r.db, district.code), QJsonDocument::Compact);
        result = resultJson(scored.result);
        explain = explainJson(scored.result).value(u"rows"_s).toArray();
        rules = rulesJson(scored.result.rules);
        body.insert(u"published"_s, false);
        body.insert(u"published_at"_s, QJsonValue(QJsonValue::Null));
        body.insert(u"published_by_name"_s, QJsonValue(QJsonValue::Null));
    }
    QHash<QString, QString> paths;
    for (const auto &c : communitiesOf(*r.db, district))
        paths.insert(c.code, c.path);
    tx.commit();

    const QJsonArray rows = result.value(u"results"_s).toArray();
    const bool whole = pathWithin(district.path, actor.unitPath);
    QJsonArray visibleRows;
    QJsonArray visibleExplain;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString code = rows.at(i).toObject().value(u"code"_s).toString();
        const QString path = paths.value(code);
        if (whole || (!path.isEmpty() && pathWithin(path, actor.unitPath))) {
            visibleRows.append(rows.at(i));
            visibleExplain.append(explain.at(i));
        }
    }
    body.insert(u"district"_s, district.code);
    body.insert(u"district_name"_s, district.name);
    body.insert(u"quarter"_s, quarter);
    body.insert(u"rules_version"_s, result.value(u"rules_version"_s));
    body.insert(u"rules"_s, rules);
    body.insert(u"best"_s, result.value(u"best"_s));
    body.insert(u"communities"_s, rows.size());
    body.insert(u"results"_s, visibleRows);
    body.insert(u"explain"_s, visibleExplain);
    return Reply::json(body);
}

// GET /api/v1/assessments/{district}/{quarter}/bundle: the ASSESSMENT.md §6 bundle the
// published result was scored from, or the one the provisional result is scored from now.
// Residents' words are in it: the district and above only.
Reply getBundle(Request &r)
{
    const Actor &actor = r.session().actor;
    Transaction tx(*r.db, Transaction::Mode::Read);
    const UnitRecord district = districtInView(*r.db, actor, r.matches.value(0));
    require(actor, Action::Read,
        Subject {
            .kind = Kind::Assessment, .unitPath = district.path, .unitLevel = district.level });
    const QString quarter = checkedQuarter(r.matches.value(1));
    QByteArray bytes;
    if (const auto published = findAssessment(*r.db, district.code, quarter))
        bytes = published->bundle;
    else
        bytes = assessQuarter(
            *r.db, district, quarter, activeRules(*r.db, district.code), QJsonDocument::Compact)
                    .bundleBytes;
    tx.commit();
    return Reply::raw(bytes, "application/json; charset=utf-8");
}

// GET /api/v1/assessments/{district}: the published quarters and the active rule set.
Reply listAssessments(Request &r)
{
    const Actor &actor = r.session().actor;
    Transaction tx(*r.db, Transaction::Mode::Read);
    const UnitRecord district = districtInView(*r.db, actor, r.matches.value(0));
    const QList<AssessmentRecord> list = assessmentsOf(*r.db, district.code);
    const AssessmentRules rules = activeRules(*r.db, district.code);
    tx.commit();
    QJsonArray items;
    for (const auto &a : list) {
        items.append(QJsonObject {
            { u"quarter"_s, a.quarter },
            { u"published_at"_s, isoTime(a.publishedAt) },
            { u"published_by_name"_s, a.publishedByName },
            { u"rules_version"_s, a.rulesVersion },
            { u"best"_s, objectFrom(a.result).value(u"best"_s) },
        });
    }
    return Reply::json(QJsonObject {
        { u"district"_s, district.code },
        { u"active_rules_version"_s, rules.version },
        { u"items"_s, items },
    });
}

} // namespace

void registerAssessmentRoutes(HttpServer &server)
{
    server.route("GET", R"(/api/v1/assessments/([^/]+))", u"/api/v1/assessments/{district}"_s,
        listAssessments);
    server.route("GET", R"(/api/v1/assessments/([^/]+)/([^/]+))",
        u"/api/v1/assessments/{district}/{quarter}"_s, getAssessment);
    server.route("GET", R"(/api/v1/assessments/([^/]+)/([^/]+)/bundle)",
        u"/api/v1/assessments/{district}/{quarter}/bundle"_s, getBundle);
}

} // namespace civic::server::assessment

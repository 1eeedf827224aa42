// The fans feature (粉丝统计) on the server: its schema, commands, routes, demo data and jobs.

#include "domain/chinatime.h"
#include "fanstore.h"
#include "feature.h"
#include "httpserver.h"
#include "intake.h"
#include "migrations.h"
#include "orgstore.h"
#include "sync.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::server {

void buildFansDemo(DemoContext &ctx); // fandemo.cpp

namespace {

// Fan figures are seen by exactly the subtree (no ancestors, unlike the org units).
Subject fanSubject(const UnitRecord &unit)
{
    return Subject { .kind = Kind::FanDay, .unitPath = unit.path, .unitLevel = unit.level };
}

// The unit `code` as `actor` may see its fan figures: unknown and outside the subtree are
// the same 404 (PRODUCT.md §1).
UnitRecord visibleUnit(Db &db, const Actor &actor, const QString &code)
{
    const auto unit = org::findUnit(db, code);
    if (!unit)
        throw ApiError::notFound();
    require(actor, Action::Read, fanSubject(*unit));
    return *unit;
}

void requireCommunity(const UnitRecord &unit, const QString &field)
{
    if (unit.level != Level::Community)
        throw ApiError::invalidField(field,
            u"%1 is a %2: fan figures belong to communities"_s.arg(
                unit.code, levelName(unit.level)));
}

// fans.import {community, days: [{date, new_follow, unfollow, net?, cumulative}]}: the
// client's import dialog (PRODUCT.md §4). The op's entity is the latest day given.
CommandOutcome fansImport(CommandContext &ctx)
{
    const auto &p = ctx.payload;
    p.only({ u"community", u"days" });
    const UnitRecord unit = visibleUnit(ctx.db, ctx.actor(), p.string(u"community"_s, 32));
    // permit() allows fans.import on communities only: a street's code is `forbidden`.
    require(ctx.actor(), Action::FansImport, fanSubject(unit));
    const QJsonArray items = p.array(u"days"_s, kMaxFanDaysPerImport);
    if (items.isEmpty())
        throw ApiError::invalidField(
            u"payload.days"_s, u"payload.days must hold at least one day"_s);
    try {
        const QList<FanDay> days = readFanDays(items, u"payload.days"_s);
        const FanImportOutcome outcome = importFanDays(ctx.db, unit, days,
            FanImportSource {
                .source = u"command"_s, .actor = ctx.session.username, .opId = ctx.opId },
            ctx.now);
        return { outcome.lastId, outcome.lastVersion, outcome.seq };
    } catch (const FanImportRejected &rejected) {
        throw rejected.apiError(u"payload.days"_s);
    }
}

// POST /api/v1/intake/fans (API.md): the platform posts a community's daily figures.
Reply intakeFans(Request &r)
{
    Db &db = *r.db;
    const IntakeKey key = requireIntakeKey(db, r.header(u"x-intake-key"_s));
    const QJsonObject body = r.jsonObject();
    const JsonFields f(body);
    f.only({ u"community", u"days" });
    const QString code = f.string(u"community"_s, 32);
    const QJsonArray items = f.array(u"days"_s, kMaxFanDaysPerImport);
    if (items.isEmpty())
        throw ApiError::invalidField(u"days"_s, u"days must hold at least one day"_s);

    Transaction tx(db, Transaction::Mode::Serialised);
    const auto unit = org::findUnit(db, code);
    // A key files into its own subtree only; anything else does not exist for it.
    if (!unit || !pathWithin(unit->path, key.unitPath))
        throw ApiError(404, u"not_found"_s, u"no community %1 for this intake key"_s.arg(code),
            u"community"_s);
    requireCommunity(*unit, u"community"_s);
    FanImportOutcome outcome;
    try {
        const QList<FanDay> days = readFanDays(items, u"days"_s);
        outcome = importFanDays(db, *unit, days,
            FanImportSource { .source = u"intake"_s, .actor = u"intake:"_s + key.name }, r.now);
    } catch (const FanImportRejected &rejected) {
        throw rejected.apiError(u"days"_s);
    }
    tx.commit();
    return Reply::json(QJsonObject { { u"community"_s, unit->code },
        { u"imported"_s, outcome.imported }, { u"replaced"_s, outcome.replaced },
        { u"added"_s, outcome.added }, { u"unchanged"_s, outcome.unchanged } });
}

QDate dateParam(const Request &r, const QString &name)
{
    if (!r.hasParam(name))
        throw ApiError::invalidField(name, u"%1 is required (YYYY-MM-DD)"_s.arg(name));
    static const QRegularExpression shape(uR"(^\d{4}-\d{2}-\d{2}$)"_s);
    const QString text = r.param(name);
    const QDate date
        = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid())
        throw ApiError::invalidField(name, u"%1 must be a date YYYY-MM-DD"_s.arg(name));
    return date;
}

std::pair<QDate, QDate> rangeParams(const Request &r)
{
    const QDate from = dateParam(r, u"from"_s);
    const QDate to = dateParam(r, u"to"_s);
    if (from > to)
        throw ApiError::invalidField(u"from"_s, u"from must not be after to"_s);
    if (to >= from.addYears(kMaxFanRangeYears))
        throw ApiError::invalidField(
            u"to"_s, u"a range is at most %1 years"_s.arg(kMaxFanRangeYears));
    return { from, to };
}

QJsonObject periodJson(const FanPeriodRow &row)
{
    return QJsonObject { { u"period"_s, row.period },
        { u"start"_s, row.start.toString(Qt::ISODate) },
        { u"end"_s, row.end.toString(Qt::ISODate) }, { u"new_follow"_s, row.newFollow },
        { u"unfollow"_s, row.unfollow }, { u"net"_s, row.net },
        { u"cumulative"_s, row.cumulative } };
}

// GET /api/v1/units/{code}/fans?from&to&group: the node's chart series (PRODUCT.md §4).
Reply fanSeries(Request &r)
{
    const Session &s = r.session();
    Db &db = *r.db;
    const UnitRecord unit = visibleUnit(db, s.actor, r.matches.value(0));
    const auto [from, to] = rangeParams(r);
    const QString group = r.hasParam(u"group"_s) ? r.param(u"group"_s) : u"day"_s;
    const auto period = fanPeriodFromName(group);
    if (!period)
        throw ApiError::invalidField(
            u"group"_s, u"group must be one of day, week, month, quarter"_s);
    Transaction tx(db, Transaction::Mode::Read);
    const auto totals = aggregateFanSubtree(
        db, unit.path, *period, from, to, [](const QString &) { return QString(); });
    tx.commit();
    const QList<FanPeriodRow> rows = totals.value(QString(), aggregateFans({}, *period, from, to));
    QJsonArray out;
    for (const auto &row : rows)
        out.append(periodJson(row));
    return Reply::json(out);
}

// GET /api/v1/units/{code}/fans/children?from&to: the node's children side by side, with
// penetration = cumulative / households (PRODUCT.md §4).
Reply fanChildren(Request &r)
{
    const Session &s = r.session();
    Db &db = *r.db;
    const UnitRecord unit = visibleUnit(db, s.actor, r.matches.value(0));
    const auto [from, to] = rangeParams(r);
    const qsizetype depth = pathCodes(unit.path).size();
    const auto childOf = [depth](const QString &path) { return pathCodes(path).value(depth); };

    Transaction tx(db, Transaction::Mode::Read);
    struct Child
    {
        QString code;
        QString name;
        QString level;
        qint64 households = 0;
    };
    QList<Child> children;
    {
        QSqlQuery q = db.exec(u"SELECT code, name, level FROM org_units WHERE parent = ?"
                              u" AND level IN ('district', 'street', 'community') ORDER BY code"_s,
            { unit.code });
        while (q.next())
            children.append(
                Child { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    }
    QHash<QString, qint64> households;
    {
        QSqlQuery q = db.exec(u"SELECT path, households FROM org_units"
                              u" WHERE path >= ? AND path < ? AND level = 'community'"_s,
            { unit.path, subtreeEnd(unit.path) });
        while (q.next())
            households[childOf(q.value(0).toString())] += q.value(1).toLongLong();
    }
    // Months: the fewest rows whose nets still add up to the range's net.
    const auto totals = aggregateFanSubtree(db, unit.path, FanPeriod::Month, from, to, childOf);
    tx.commit();

    QJsonArray out;
    for (const auto &child : children) {
        const QList<FanPeriodRow> rows = totals.value(child.code);
        qint64 net = 0;
        for (const auto &row : rows)
            net += row.net;
        const qint64 cumulative = rows.isEmpty() ? 0 : rows.constLast().cumulative;
        const qint64 h = households.value(child.code);
        out.append(QJsonObject { { u"code"_s, child.code }, { u"name"_s, child.name },
            { u"level"_s, child.level }, { u"households"_s, h },
            { u"cumulative_end"_s, cumulative }, { u"net"_s, net },
            { u"penetration"_s, penetration(cumulative, h) } });
    }
    return Reply::json(out);
}

// GET /api/v1/units/{code}/fans/alarms[?as_of=DATE]: the neglect alarm "falling fans for 2
// weeks" (PRODUCT.md §4) for the communities of the subtree.
Reply fanAlarms(Request &r)
{
    const Session &s = r.session();
    Db &db = *r.db;
    const UnitRecord unit = visibleUnit(db, s.actor, r.matches.value(0));
    const QDate today = r.hasParam(u"as_of"_s) ? dateParam(r, u"as_of"_s)
                                               : QDate::fromString(chinaDate(r.now), Qt::ISODate);
    Transaction tx(db, Transaction::Mode::Read);
    const QList<FallingCommunity> falling = fallingFanCommunities(db, unit.path, today);
    tx.commit();
    QJsonArray out;
    for (const auto &c : falling) {
        out.append(QJsonObject { { u"code"_s, c.code }, { u"name"_s, c.name },
            { u"earlier_week"_s, c.fans.earlierWeek }, { u"later_week"_s, c.fans.laterWeek },
            { u"earlier_net"_s, c.fans.earlierNet }, { u"later_net"_s, c.fans.laterNet },
            { u"cumulative"_s, c.cumulative } });
    }
    return Reply::json(out);
}

// GET /api/v1/units/{code}/fans/audit[?limit=N]: replaced days, newest first.
Reply fanAudit(Request &r)
{
    const Session &s = r.session();
    Db &db = *r.db;
    const UnitRecord unit = visibleUnit(db, s.actor, r.matches.value(0));
    int limit = 100;
    if (r.hasParam(u"limit"_s)) {
        bool ok = false;
        limit = r.param(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > 1000)
            throw ApiError::invalidField(
                u"limit"_s, u"limit must be an integer between 1 and 1000"_s);
    }
    QJsonArray out;
    QSqlQuery q = db.exec(
        u"SELECT community, date, old_values, new_values, actor, source, at FROM fan_import_audit"
        u" WHERE unit_path >= ? AND unit_path < ? ORDER BY at DESC, date DESC LIMIT ?"_s,
        { unit.path, subtreeEnd(unit.path), limit });
    while (q.next()) {
        out.append(QJsonObject {
            { u"community"_s, q.value(0).toString() },
            { u"date"_s, q.value(1).toString() },
            { u"old"_s, QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object() },
            { u"new"_s, QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object() },
            { u"actor"_s, q.value(4).toString() },
            { u"source"_s, q.value(5).toString() },
            { u"at"_s, isoTime(q.value(6).toLongLong()) },
        });
    }
    return Reply::json(out);
}

void registerFanRoutes(HttpServer &server)
{
    server.route("POST", "/api/v1/intake/fans", u"/api/v1/intake/fans"_s, intakeFans);
    server.route("GET", R"(/api/v1/units/([^/]+)/fans)", u"/api/v1/units/{code}/fans"_s, fanSeries);
    server.route("GET", R"(/api/v1/units/([^/]+)/fans/children)",
        u"/api/v1/units/{code}/fans/children"_s, fanChildren);
    server.route("GET", R"(/api/v1/units/([^/]+)/fans/alarms)",
        u"/api/v1/units/{code}/fans/alarms"_s, fanAlarms);
    server.route("GET", R"(/api/v1/units/([^/]+)/fans/audit)", u"/api/v1/units/{code}/fans/audit"_s,
        fanAudit);
}

// civicdesk-server import-fans: the office's CSV from the official-account console.
int importFansCli(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto usageError = [&err](const QString &message) {
        err << u"civicdesk-server: import-fans: "_s << message << Qt::endl
            << u"Run 'civicdesk-server --help' for usage."_s << Qt::endl;
        return 2;
    };
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({ u"data"_s, u"data directory (SQLite)"_s, u"DIR"_s });
    parser.addOption({ u"db"_s, u"PostgreSQL URL"_s, u"URL"_s });
    parser.addOption({ u"community"_s, u"community code"_s, u"CODE"_s });
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(u"give exactly one CSV file"_s);
    const QString code = parser.value(u"community"_s);
    if (code.isEmpty())
        return usageError(u"--community is required"_s);
    QString configError;
    const auto config
        = DbConfig::fromArguments(parser.value(u"data"_s), parser.value(u"db"_s), &configError);
    if (!config)
        return usageError(configError);

    const QString path = files.constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return usageError(u"cannot read %1: %2"_s.arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return usageError(u"cannot read %1: %2"_s.arg(path, file.errorString()));

    const auto refuse = [&](const QList<FanImportError> &errors) {
        err << u"civicdesk-server: import-fans: %1: %2; nothing was imported"_s.arg(
            path, errors.size() == 1 ? u"1 error"_s : u"%1 errors"_s.arg(errors.size()))
            << Qt::endl;
        for (const auto &e : errors)
            err << e.message << Qt::endl;
        return 2;
    };
    // Every problem of the file itself first, before touching the database.
    const FanImportResult parsed = parseFansCsv(bytes);
    if (!parsed.ok())
        return refuse(parsed.errors);

    Db db(*config);
    migrate(db);
    Transaction tx(db, Transaction::Mode::Serialised);
    const auto unit = org::findUnit(db, code);
    if (!unit)
        return usageError(u"no unit with code %1"_s.arg(code));
    if (unit->level != Level::Community)
        return usageError(u"%1 (%2) is a %3: fan figures belong to communities"_s.arg(
            unit->name, code, levelName(unit->level)));
    // Again against the stored day before the file's first: the chain then speaks of the
    // file's lines and headers.
    const auto previous = storedFanDayBefore(db, code, parsed.days.constFirst().date);
    const FanImportResult checked = parseFansCsv(bytes, previous);
    if (!checked.ok())
        return refuse(checked.errors);
    const QString user = qEnvironmentVariable("USER");
    FanImportSource source { .source = u"cli"_s,
        .actor = user.isEmpty() ? u"cli"_s : u"cli:"_s + user,
        .place = [](int, QDate date) { return u"the row of %1"_s.arg(date.toString(Qt::ISODate)); },
        .dateColumn = kFanDateHeader.toString(),
        .cumulativeColumn = kFanCumulativeHeader.toString() };
    FanImportOutcome outcome;
    try {
        outcome
            = importFanDays(db, *unit, checked.days, source, QDateTime::currentMSecsSinceEpoch());
    } catch (const FanImportRejected &rejected) {
        return refuse(rejected.errors());
    }
    tx.commit();
    out << u"imported %1 days for %2 (%3), replaced %4"_s.arg(outcome.imported)
               .arg(unit->name, unit->code)
               .arg(outcome.replaced)
        << Qt::endl;
    return 0;
}

} // namespace

Feature fansFeature()
{
    Feature feature;
    feature.name = u"fans"_s;
    feature.migrations = {
        { 4, u"fan figures"_s,
            {
                // PRODUCT.md §4: one row per community per day, as WeChat's 用户分析 reports it.
                // `date` is 'YYYY-MM-DD' in a byte-ordered column, so text order is date order.
                u"CREATE TABLE fan_days ("
                u" community TEXT NOT NULL REFERENCES org_units(code), date {path} NOT NULL,"
                u" new_follow {int64} NOT NULL, unfollow {int64} NOT NULL, net {int64} NOT NULL,"
                u" cumulative {int64} NOT NULL, unit_path {path} NOT NULL,"
                u" district TEXT NOT NULL DEFAULT '', source TEXT NOT NULL,"
                u" version INTEGER NOT NULL, updated_at {int64} NOT NULL,"
                u" PRIMARY KEY (community, date))"_s,
                // The charts' subtree reads: one range over the unit path, then the dates.
                u"CREATE INDEX fan_days_scope ON fan_days(unit_path, date)"_s,
                // Who replaced which day's figures, and what they were (re-imports are audited).
                u"CREATE TABLE fan_import_audit ("
                u" id TEXT PRIMARY KEY, community TEXT NOT NULL, date {path} NOT NULL,"
                u" unit_path {path} NOT NULL, district TEXT NOT NULL DEFAULT '',"
                u" old_values TEXT NOT NULL, new_values TEXT NOT NULL, actor TEXT NOT NULL,"
                u" source TEXT NOT NULL, op_id TEXT NOT NULL DEFAULT '', at {int64} NOT NULL)"_s,
                u"CREATE INDEX fan_import_audit_day ON fan_import_audit(community, date)"_s,
                u"CREATE INDEX fan_import_audit_scope ON fan_import_audit(unit_path, at)"_s,
            } },
    };
    feature.registerCommands
        = [](CommandRegistry &registry) { registry.add(u"fans.import"_s, fansImport); };
    feature.registerRoutes = registerFanRoutes;
    feature.buildDemo = buildFansDemo;
    feature.pathColumns = { { u"fan_days"_s, u"unit_path"_s, u"district"_s },
        { u"fan_import_audit"_s, u"unit_path"_s, u"district"_s } };
    feature.cliCommands = {
        { u"import-fans"_s,
            u"  import-fans --data DIR | --db URL  --community CODE FILE.csv\n"
            u"              imports the official-account console's fan CSV (UTF-8 or GBK)"_s,
            importFansCli },
    };
    return feature;
}

} // namespace civic::server

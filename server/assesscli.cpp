#include "assesscli.h"

#include "assessmentstore.h"
#include "db.h"
#include "domain/assessment.h"
#include "migrations.h"
#include "orgstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSaveFile>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::server {

namespace {

const QString kAssessUsage
    = uR"(Usage: civicdesk-server assess --input BUNDLE.json [--rules RULES.json]
       civicdesk-server assess --data DIR | --db URL --district CODE --quarter YYYYQn
                               [--bundle-out FILE] [--rules RULES.json]

Scores a district's quarter (ASSESSMENT.md) and prints the result JSON on standard output.
  --input FILE       the input bundle (ASSESSMENT.md §6)
  --data DIR, --db URL
                     build the bundle from the server's database instead: every community
                     of --district with its fans, notices, complaints, tasks and claims of
                     --quarter, scored with the district's active rule set
  --district CODE    the district (with --data/--db)
  --quarter YYYYQn   the quarter, e.g. 2026Q3 (with --data/--db)
  --bundle-out FILE  also write the bundle exactly as scored: `assess --input FILE`
                     prints the same result
  --rules FILE       a rule set (ASSESSMENT.md §5); its keys win over the bundle's "rules"
                     (with --data/--db: over the district's active rule set), which win
                     over the defaults (sujiatun-2016)
Exit codes: 0 scored, 2 bad arguments, an unknown district or malformed input (the
community and field are named), 1 a database failure.
)"_s;

void writeTo(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fflush(stream);
}

int fail(const QString &message, bool withUsage = false)
{
    QString text = u"civicdesk-server assess: "_s + message + u'\n';
    if (withUsage)
        text += kAssessUsage;
    writeTo(stderr, text.toUtf8());
    return 2;
}

// Reads a file holding one JSON object; on failure sets `why`.
std::optional<QJsonObject> readJsonObject(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *why = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    // Files saved by Windows editors often begin with a UTF-8 byte order mark.
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        *why = u"%1 is not valid JSON: %2 at byte %3"_s.arg(path, error.errorString())
                   .arg(error.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *why = u"%1 must hold a JSON object"_s.arg(path);
        return std::nullopt;
    }
    return doc.object();
}

// The rule set RULES.json gives over `base`; on failure sets `why`.
std::optional<AssessmentRules> readRulesFile(
    const QString &path, const AssessmentRules &base, QString *why)
{
    const auto object = readJsonObject(path, why);
    if (!object)
        return std::nullopt;
    auto parsed = parseRules(*object, base);
    if (const auto *error = std::get_if<AssessmentError>(&parsed)) {
        *why = u"%1: %2"_s.arg(path, error->toString());
        return std::nullopt;
    }
    return std::get<AssessmentRules>(parsed);
}

int assessFromInput(const QString &inputPath, const std::optional<QString> &rulesPath)
{
    QString why;
    const auto bundleObject = readJsonObject(inputPath, &why);
    if (!bundleObject)
        return fail(why);
    auto parsed = parseBundle(*bundleObject);
    if (const auto *error = std::get_if<AssessmentError>(&parsed))
        return fail(u"%1: %2"_s.arg(inputPath, error->toString()));
    const AssessmentBundle &bundle = std::get<AssessmentBundle>(parsed);

    AssessmentRules ruleSet = bundle.rules;
    if (rulesPath) {
        const auto read = readRulesFile(*rulesPath, bundle.rules, &why);
        if (!read)
            return fail(why);
        ruleSet = *read;
    }
    writeTo(stdout, resultJsonText(score(bundle, ruleSet)));
    return 0;
}

// Builds the bundle from the server's database (assessment::assessQuarter, the function
// publishing uses), scores it and prints the result; `bundleOut` receives the bundle exactly
// as scored, with the rule set written into it, so `assess --input` reproduces the output.
int assessFromDatabase(const QString &dataDir, const QString &dbUrl, const QString &districtCode,
    const QString &quarter, const std::optional<QString> &bundleOut,
    const std::optional<QString> &rulesPath)
{
    if (districtCode.isEmpty())
        return fail(u"--district is required with --data/--db"_s, true);
    if (quarter.isEmpty())
        return fail(u"--quarter is required with --data/--db"_s, true);
    if (!quarterBounds(quarter))
        return fail(u"--quarter must be a quarter like 2026Q3, not \"%1\""_s.arg(quarter));
    if (bundleOut && bundleOut->isEmpty())
        return fail(u"--bundle-out needs a file name"_s, true);
    if (!dbUrl.isEmpty() && !dataDir.isEmpty())
        return fail(u"--data and --db exclude each other"_s, true);
    // Reading must not create a database where there was none.
    if (dbUrl.isEmpty()
        && !QFileInfo::exists(QDir(dataDir).absoluteFilePath(u"civicdesk.sqlite"_s)))
        return fail(u"%1 holds no civicdesk-server database"_s.arg(dataDir));
    QString why;
    const auto config = DbConfig::fromArguments(dataDir, dbUrl, &why);
    if (!config)
        return fail(why, true);

    // A database that cannot be reached is a database failure (exit 1), not a usage error.
    std::unique_ptr<Db> opened;
    try {
        opened = std::make_unique<Db>(*config);
    } catch (const DbError &error) {
        fail(error.message());
        return 1;
    }
    Db &db = *opened;
    migrate(db);
    Transaction tx(db, Transaction::Mode::Read);
    const auto district = org::findUnit(db, districtCode);
    if (!district || district->level != Level::District)
        return fail(u"no district with code %1"_s.arg(districtCode));
    AssessmentRules rules = assessment::activeRules(db, district->code);
    if (rulesPath) {
        const auto read = readRulesFile(*rulesPath, rules, &why);
        if (!read)
            return fail(why);
        rules = *read;
    }
    const assessment::ScoredQuarter scored
        = assessment::assessQuarter(db, *district, quarter, rules, QJsonDocument::Indented);
    tx.commit();

    if (bundleOut) {
        QSaveFile file(*bundleOut);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(scored.bundleBytes) != scored.bundleBytes.size() || !file.commit())
            return fail(u"cannot write %1: %2"_s.arg(*bundleOut, file.errorString()));
    }
    writeTo(stdout, resultJsonText(scored.result));
    return 0;
}

} // namespace

int runAssessCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList { u"help"_s, u"h"_s }, u"show this help"_s);
    const QCommandLineOption input(u"input"_s, u"the input bundle"_s, u"BUNDLE.json"_s);
    const QCommandLineOption rules(u"rules"_s, u"a rule set over the bundle's"_s, u"RULES.json"_s);
    const QCommandLineOption data(u"data"_s, u"the server's data directory (SQLite)"_s, u"DIR"_s);
    const QCommandLineOption db(u"db"_s, u"the server's PostgreSQL URL"_s, u"URL"_s);
    const QCommandLineOption district(u"district"_s, u"the district's code"_s, u"CODE"_s);
    const QCommandLineOption quarter(u"quarter"_s, u"the quarter, e.g. 2026Q3"_s, u"YYYYQn"_s);
    const QCommandLineOption bundleOut(u"bundle-out"_s, u"where to write the bundle"_s, u"FILE"_s);
    for (const auto &option : { help, input, rules, data, db, district, quarter, bundleOut })
        parser.addOption(option);

    if (!parser.parse(arguments))
        return fail(parser.errorText(), true);
    if (parser.isSet(help)) {
        writeTo(stdout, kAssessUsage.toUtf8());
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(
            u"unexpected argument: %1"_s.arg(parser.positionalArguments().constFirst()), true);
    if (parser.isSet(rules) && parser.value(rules).isEmpty())
        return fail(u"--rules needs a file name"_s, true);
    const auto rulesPath = parser.isSet(rules) ? std::optional(parser.value(rules)) : std::nullopt;
    if (parser.isSet(data) || parser.isSet(db)) {
        if (parser.isSet(input))
            return fail(u"--input and --data/--db exclude each other"_s, true);
        return assessFromDatabase(parser.value(data), parser.value(db), parser.value(district),
            parser.value(quarter),
            parser.isSet(bundleOut) ? std::optional(parser.value(bundleOut)) : std::nullopt,
            rulesPath);
    }
    for (const auto &option : { district, quarter, bundleOut }) {
        if (parser.isSet(option))
            return fail(
                u"--%1 needs --data DIR or --db URL"_s.arg(option.names().constFirst()), true);
    }
    const QString inputPath = parser.value(input);
    if (inputPath.isEmpty())
        return fail(u"--input is required (or --data/--db with --district and --quarter)"_s, true);
    return assessFromInput(inputPath, rulesPath);
}

} // namespace civic::server

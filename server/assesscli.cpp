#include "assesscli.h"

#include "domain/assessment.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::server {

namespace {

const QString kAssessUsage
    = uR"(Usage: civicdesk-server assess --input BUNDLE.json [--rules RULES.json]

Scores a district's quarter (ASSESSMENT.md) and prints the result JSON on standard output.
  --input FILE   the input bundle (ASSESSMENT.md §6)
  --rules FILE   a rule set (ASSESSMENT.md §5); its keys win over the bundle's "rules",
                 which win over the defaults (sujiatun-2016)
Exit codes: 0 scored, 2 bad arguments or malformed input (the community and field are named).
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

} // namespace

int runAssessCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList { u"help"_s, u"h"_s }, u"show this help"_s);
    const QCommandLineOption input(u"input"_s, u"the input bundle"_s, u"BUNDLE.json"_s);
    const QCommandLineOption rules(u"rules"_s, u"a rule set over the bundle's"_s, u"RULES.json"_s);
    parser.addOption(help);
    parser.addOption(input);
    parser.addOption(rules);
    // Building the bundle from the database is a later version's: recognised here only to
    // say so instead of "unknown option".
    const QStringList databaseOptions { u"data"_s, u"db"_s, u"district"_s, u"quarter"_s,
        u"bundle-out"_s };
    for (const QString &name : databaseOptions)
        parser.addOption(QCommandLineOption(name, u"not in this version"_s, u"VALUE"_s));

    if (!parser.parse(arguments))
        return fail(parser.errorText(), true);
    if (parser.isSet(help)) {
        writeTo(stdout, kAssessUsage.toUtf8());
        return 0;
    }
    for (const QString &name : databaseOptions) {
        if (parser.isSet(name))
            return fail(u"--%1: building the bundle from a database is not available in this "
                        "version; assess needs --input BUNDLE.json"_s.arg(name));
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(
            u"unexpected argument: %1"_s.arg(parser.positionalArguments().constFirst()), true);
    const QString inputPath = parser.value(input);
    if (inputPath.isEmpty())
        return fail(u"--input is required"_s, true);
    if (parser.isSet(rules) && parser.value(rules).isEmpty())
        return fail(u"--rules needs a file name"_s, true);

    QString why;
    const auto bundleObject = readJsonObject(inputPath, &why);
    if (!bundleObject)
        return fail(why);
    auto parsed = parseBundle(*bundleObject);
    if (const auto *error = std::get_if<AssessmentError>(&parsed))
        return fail(u"%1: %2"_s.arg(inputPath, error->toString()));
    const AssessmentBundle &bundle = std::get<AssessmentBundle>(parsed);

    AssessmentRules ruleSet = bundle.rules;
    if (parser.isSet(rules)) {
        const QString rulesPath = parser.value(rules);
        const auto rulesObject = readJsonObject(rulesPath, &why);
        if (!rulesObject)
            return fail(why);
        auto parsedRules = parseRules(*rulesObject, bundle.rules);
        if (const auto *error = std::get_if<AssessmentError>(&parsedRules))
            return fail(u"%1: %2"_s.arg(rulesPath, error->toString()));
        ruleSet = std::get<AssessmentRules>(parsedRules);
    }

    writeTo(stdout, resultJsonText(score(bundle, ruleSet)));
    return 0;
}

} // namespace civic::server

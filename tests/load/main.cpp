// civicdesk-load: the load and soak generator (ISSUE 9 §4, docs/operations.md "Load test").
// Simulates desktop clients of a city's staff accounts against a running civicdesk-server
// and prints one JSON object per line on standard output, a summary on standard error.
// Exits 0 when the run had no error and every applied op was found once on the server.

#include "loadgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"civicdesk-load"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Simulates CivicDesk desktop clients pulling and pushing against a server."_s);
    parser.addHelpOption();
    const QCommandLineOption server(u"server"_s, u"the server's base URL"_s, u"URL"_s);
    const QCommandLineOption pid(
        u"server-pid"_s, u"the server's process id, to sample its memory"_s, u"PID"_s);
    const QCommandLineOption clients(
        u"clients"_s, u"simulated clients (default 1000)"_s, u"N"_s, u"1000"_s);
    const QCommandLineOption interval(
        u"interval"_s, u"seconds between a client's pulls (default 60)"_s, u"S"_s, u"60"_s);
    const QCommandLineOption pushInterval(u"push-interval"_s,
        u"mean seconds between a client's pushes, 0 for none (default 120)"_s, u"S"_s, u"120"_s);
    const QCommandLineOption duration(
        u"duration"_s, u"seconds of load (default 600)"_s, u"S"_s, u"600"_s);
    const QCommandLineOption warmup(
        u"warmup"_s, u"seconds before the memory trend starts (default: the interval)"_s, u"S"_s);
    const QCommandLineOption connections(u"connections"_s,
        u"shared HTTP client pools, each up to 6 connections (default 4)"_s, u"N"_s, u"4"_s);
    const QCommandLineOption accounts(u"accounts"_s,
        u"distinct sign-ins, 0 for every staff account (default 0)"_s, u"N"_s, u"0"_s);
    const QCommandLineOption cold(u"cold-share"_s,
        u"share of clients starting with an empty cache (default 0.02)"_s, u"X"_s, u"0.02"_s);
    const QCommandLineOption city(
        u"city-user"_s, u"the city account (default demo.city)"_s, u"NAME"_s, u"demo.city"_s);
    const QCommandLineOption label(
        u"label"_s, u"a name for the run in the JSON lines"_s, u"TEXT"_s);
    const QCommandLineOption noVerify(u"no-verify"_s, u"skip the exactly-once check at the end"_s);
    parser.addOptions({ server, pid, clients, interval, pushInterval, duration, warmup, connections,
        accounts, cold, city, label, noVerify });
    parser.process(app);

    const auto fail = [](const QString &message) {
        std::fprintf(stderr, "civicdesk-load: %s\n", qPrintable(message));
        return 2;
    };
    civic::load::Options options;
    options.server = QUrl(parser.value(server));
    if (!parser.isSet(server) || !options.server.isValid()
        || !options.server.scheme().startsWith(u"http"_s))
        return fail(u"--server must be an http(s) URL"_s);
    // Each number is checked before anything is sent: a typo never starts a 10-minute run.
    bool ok = true;
    const auto number = [&](const QCommandLineOption &option, double min, double max) {
        bool valid = false;
        const double v = parser.value(option).toDouble(&valid);
        if (!valid || v < min || v > max) {
            fail(u"--%1 must be a number from %2 to %3"_s.arg(option.names().first())
                     .arg(min)
                     .arg(max));
            ok = false;
        }
        return v;
    };
    options.clients = int(number(clients, 1, 100000));
    options.intervalSeconds = number(interval, 0.1, 86400);
    options.pushIntervalSeconds = number(pushInterval, 0, 86400);
    options.durationSeconds = number(duration, 1, 7 * 86400);
    if (parser.isSet(warmup))
        options.warmupSeconds = number(warmup, 0, 7 * 86400);
    options.connections = int(number(connections, 1, 256));
    options.maxAccounts = int(number(accounts, 0, 100000));
    options.coldShare = number(cold, 0, 1);
    if (parser.isSet(pid))
        options.serverPid = qint64(number(pid, 1, 1e9));
    if (!ok)
        return 2;
    options.cityUser = parser.value(city);
    options.verify = !parser.isSet(noVerify);

    civic::load::LoadGenerator generator(options);
    const civic::load::Report report = generator.run();
    return report.print(parser.value(label));
}

// The server under the load generator (ISSUE 9 §4, ISSUE 10 `server_rss_load_mb`, `p99_ms`):
// a civicdesk-server with the demo city on a fresh database, a thousand simulated clients of
// mixed levels pulling every 60 s and pushing commands, for --duration seconds. Prints the
// generator's JSON lines (load_requests, load_errors, p99_ms, load_ops_applied,
// server_rss_load_mb) with "run" naming the database. scripts/bench runs it for three minutes
// on SQLite; scripts/soak for ten minutes on each database. Exits 1 when a request failed or
// an applied op is missing.
//
// Usage: bench_load [--backend sqlite|postgresql] [--duration S] [--clients N] [--interval S]
//                   [--push-interval S] [--accounts N]

#include "loadgenerator.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption backend(
        u"backend"_s, u"sqlite or postgresql"_s, u"NAME"_s, u"sqlite"_s);
    const QCommandLineOption duration(u"duration"_s, u"seconds of load"_s, u"S"_s, u"180"_s);
    const QCommandLineOption clients(u"clients"_s, u"simulated clients"_s, u"N"_s, u"1000"_s);
    const QCommandLineOption interval(
        u"interval"_s, u"seconds between a client's pulls"_s, u"S"_s, u"60"_s);
    const QCommandLineOption pushInterval(
        u"push-interval"_s, u"mean seconds between a client's pushes"_s, u"S"_s, u"120"_s);
    const QCommandLineOption accounts(
        u"accounts"_s, u"distinct sign-ins (0: every staff account)"_s, u"N"_s, u"0"_s);
    parser.addOptions({ backend, duration, clients, interval, pushInterval, accounts });
    parser.process(app);

    const QString name = parser.value(backend);
    if (name != u"sqlite"_s && name != u"postgresql"_s) {
        std::fprintf(stderr, "bench_load: --backend is sqlite or postgresql\n");
        return 2;
    }
    civic::load::Options options;
    bool ok = true;
    const auto number = [&](const QCommandLineOption &option, double min) {
        bool valid = false;
        const double v = parser.value(option).toDouble(&valid);
        if (!valid || v < min) {
            std::fprintf(stderr, "bench_load: --%s must be a number >= %g\n",
                qPrintable(option.names().first()), min);
            ok = false;
        }
        return v;
    };
    options.durationSeconds = number(duration, 1);
    options.clients = int(number(clients, 1));
    options.intervalSeconds = number(interval, 0.1);
    options.pushIntervalSeconds = number(pushInterval, 0);
    options.maxAccounts = int(number(accounts, 0));
    if (!ok)
        return 2;

    civic::test::DemoServer server;
    QString why;
    if (!server.start(name, &why)) {
        std::fprintf(stderr, "bench_load: %s\n", qPrintable(why));
        return 2;
    }
    options.server = QUrl(server.process().baseUrl());
    options.serverPid = server.process().pid();
    civic::load::LoadGenerator generator(options);
    const civic::load::Report report = generator.run();
    server.stop();
    return report.print(name);
}

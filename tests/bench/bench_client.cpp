// Benchmarks of the client over a city's cache (issue 10, ARCHITECTURE.md §Scale): a city
// account's cache of one year of ~1,100 communities in 13 districts. Not a test: it asserts
// nothing and prints one JSON object per measurement:
//   chart_city_ms    the city's fan charts over the last twelve months (the cumulative line,
//                    net growth by month, the districts compared, penetration): the cache
//                    queries, the four charts built and the page of charts rendered into an
//                    image offscreen; the median of several, with the series' sizes
//   startup_city_ms  the real civicdesk, signed in non-interactively as the city account, from
//                    its start to the end of the main window's first paint (--exit-when-shown);
//                    the median of several starts, target < 1500
//   rss_city_mb      the peak resident memory (VmHWM) of those starts, target < 400
//
// The cache is the city account's real one: a civicdesk-server on loopback serving the kept
// `demo --scale city` dataset (benchdatasets.h) and a real first sync with
// `civicdesk --sync-once`.
//
// The client keeps its cache key in the OS keychain, as on every office PC (Windows'
// Credential Manager); scripts/bench runs this benchmark in a private D-Bus session with an
// unlocked GNOME keyring (tests/client/with-keyring.sh) so the key is kept between starts.
// Without one, each start finds the cache sealed with a key it no longer has, removes the
// residents' records and pulls them again: startup_city_no_keychain_ms measures that path
// last (it leaves the cache without those records).
//
// Usage: bench_client [--runs N] [--dir DIR] [--data-dir DIR]

#include "benchdatasets.h"
#include "charts/fancharts.h"
#include "domain/chinatime.h"
#include "domain/fanstats.h"
#include "domain/org.h"
#include "item/fanfigures.h"
#include "store/cachedatabase.h"
#include "store/recordstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGridLayout>
#include <QJsonArray>
#include <QLineSeries>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>
#include <optional>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace Qt::StringLiterals;
using namespace civic;

namespace {

const QString kCityUser = u"demo.city"_s;
const QString kCityCode = u"210100"_s;

int fail(const QString &why)
{
    std::fprintf(stderr, "bench_client: %s\n", qPrintable(why));
    return 1;
}

// The client's own settings stay out of the user's home; its keychain is the session's
// Secret Service, or none when `keychain` is false.
QStringList clientEnvironment(const QString &root, bool keychain = true)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!keychain) {
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.remove(u"DISPLAY"_s);
    }
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, root + u"/home"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, root + u"/config"_s);
    env.insert(u"XDG_CONFIG_DIRS"_s, root + u"/machine"_s);
    env.insert(u"XDG_DATA_HOME"_s, root + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, root + u"/cache"_s);
    return env.toStringList();
}

QStringList clientArgs(const QString &server, const QString &dataDir)
{
    return { u"--server"_s, server, u"--username"_s, kCityUser, u"--password-stdin"_s,
        u"--data-dir"_s, dataDir };
}

// The real first sync of the city account.
bool firstSync(const QString &server, const QString &root, QString *why)
{
    QProcess client;
    QProcessEnvironment env;
    for (const QString &kv : clientEnvironment(root))
        env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    client.setProcessEnvironment(env);
    client.start(QStringLiteral(CIVIC_CLIENT_BIN),
        clientArgs(server, root + u"/client"_s) + QStringList { u"--sync-once"_s });
    client.write("CivicDesk-demo-1\n");
    client.closeWriteChannel();
    if (!client.waitForFinished(30 * 60 * 1000) || client.exitCode() != 0) {
        *why = u"the first sync failed: "_s + QString::fromUtf8(client.readAllStandardError());
        client.kill();
        return false;
    }
    std::fprintf(stderr, "bench_client: %s", client.readAllStandardOutput().constData());
    return true;
}

// ---------------------------------------------------------------------------------------

struct ChartRun
{
    double queryMs = 0;
    double buildMs = 0;
    double renderMs = 0;
    qsizetype days = 0;
    qsizetype linePoints = 0;
    qsizetype months = 0;
    qsizetype children = 0;
};

// What the fans page does for the city over the last twelve months (FansPage::refresh()),
// rendered offscreen like the page's picture export.
ChartRun chartOnce(const QSqlDatabase &db, const QString &cityPath, QDate from, QDate to)
{
    ChartRun run;
    QElapsedTimer t;
    t.start();
    const item::FanFigures figures(db);
    const auto days = figures.series(cityPath, domain::FanPeriod::Day, from, to);
    const auto months = item::rollUp(days, domain::FanPeriod::Month, from, to);
    item::FanUnitFigures total;
    const auto children = figures.children(kCityCode, from, to, &total);
    run.queryMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    QWidget page;
    page.resize(1200, 720);
    auto *grid = new QGridLayout(&page);
    auto *cumulative = new ui::CumulativeChart;
    auto *net = new ui::NetGrowthChart;
    auto *districts = new ui::UnitsChart;
    auto *penetration = new ui::UnitsChart;
    grid->addWidget(cumulative, 0, 0);
    grid->addWidget(net, 0, 1);
    grid->addWidget(districts, 1, 0);
    grid->addWidget(penetration, 1, 1);
    page.show();
    cumulative->setDays(days);
    net->setRows(months, domain::FanPeriod::Month);
    districts->setUnits(children, ui::UnitsChart::Metric::Net);
    penetration->setUnits(children, ui::UnitsChart::Metric::Penetration, 15);
    run.buildMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    QImage image(page.size(), QImage::Format_ARGB32_Premultiplied);
    page.render(&image);
    run.renderMs = double(t.nsecsElapsed()) / 1e6;
    run.days = days.size();
    run.linePoints = cumulative->series()->count();
    run.months = months.size();
    run.children = children.size();
    return run;
}

void benchChart(const QString &cachePath, int runs, const QString &dataset)
{
    const QString reader = u"bench-chart"_s;
    store::CacheDatabase::openReader(cachePath, reader);
    {
        QSqlDatabase db = QSqlDatabase::database(reader);
        QSqlQuery q(db);
        q.exec(u"SELECT path FROM org_unit WHERE id = '%1'"_s.arg(kCityCode));
        q.next();
        const QString cityPath = q.value(0).toString();
        q.exec(u"SELECT count(*) FROM fan_day"_s);
        q.next();
        const qint64 fanDays = q.value(0).toLongLong();
        const QDate to = item::FanFigures(db).latestDate(cityPath);
        const QDate from = domain::periodStart(to.addMonths(-11), domain::FanPeriod::Month);
        QList<double> total;
        QList<double> query;
        QList<double> build;
        QList<double> render;
        ChartRun last;
        for (int r = 0; r < runs; ++r) {
            last = chartOnce(db, cityPath, from, to);
            query.append(last.queryMs);
            build.append(last.buildMs);
            render.append(last.renderMs);
            total.append(last.queryMs + last.buildMs + last.renderMs);
        }
        bench::printObject(QJsonObject { { u"bench"_s, u"chart_city_ms"_s },
            { u"value"_s, bench::rounded(bench::median(total)) }, { u"unit"_s, u"ms"_s },
            { u"target"_s, u"reported"_s }, { u"dataset"_s, dataset },
            { u"query_ms"_s, bench::rounded(bench::median(query)) },
            { u"build_ms"_s, bench::rounded(bench::median(build)) },
            { u"render_ms"_s, bench::rounded(bench::median(render)) }, { u"runs"_s, runs },
            { u"fan_days_cached"_s, fanDays }, { u"from"_s, from.toString(Qt::ISODate) },
            { u"to"_s, to.toString(Qt::ISODate) },
            { u"series"_s,
                QJsonObject { { u"cumulative_days"_s, qint64(last.days) },
                    { u"cumulative_points_drawn"_s, qint64(last.linePoints) },
                    { u"net_months"_s, qint64(last.months) },
                    { u"districts"_s, qint64(last.children) } } } });
    }
    store::CacheDatabase::close(reader);
}

// ---------------------------------------------------------------------------------------

struct StartRun
{
    double wallMs = 0; // spawn to the "shown" line
    QString shown; // the client's own line
    double rssMb = 0; // ru_maxrss of the process
    QString error;
};

// One start of the real client, with posix_spawn so that wait4() gives this process's peak
// resident memory (QProcess reaps its children itself).
StartRun startOnce(const QString &server, const QString &root, bool keychain)
{
    StartRun run;
    int in[2];
    int out[2];
    if (::pipe(in) != 0 || ::pipe(out) != 0) {
        run.error = QString::fromLocal8Bit(std::strerror(errno));
        return run;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_addclose(&actions, in[1]);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    const QByteArray program = QByteArrayLiteral(CIVIC_CLIENT_BIN);
    QList<QByteArray> argStore { program };
    for (const QString &a :
        clientArgs(server, root + u"/client"_s) + QStringList { u"--exit-when-shown"_s })
        argStore.append(a.toUtf8());
    QList<QByteArray> envStore;
    for (const QString &kv : clientEnvironment(root, keychain))
        envStore.append(kv.toUtf8());
    std::vector<char *> argv;
    for (auto &a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<char *> envp;
    for (auto &e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    const int spawned
        = posix_spawn(&pid, program.constData(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(in[0]);
    ::close(out[1]);
    if (spawned != 0) {
        ::close(in[1]);
        ::close(out[0]);
        run.error = QString::fromLocal8Bit(std::strerror(spawned));
        return run;
    }
    const char password[] = "CivicDesk-demo-1\n";
    const ssize_t written = ::write(in[1], password, sizeof password - 1);
    Q_UNUSED(written);
    ::close(in[1]);
    QByteArray output;
    QElapsedTimer deadline;
    deadline.start();
    while (!output.contains("shown:") && deadline.elapsed() < 120000) {
        pollfd p { out[0], POLLIN, 0 };
        if (::poll(&p, 1, 1000) <= 0)
            continue;
        char buffer[4096];
        const ssize_t n = ::read(out[0], buffer, sizeof buffer);
        if (n <= 0)
            break;
        output.append(buffer, n);
        if (output.contains("shown:") && output.indexOf('\n', output.indexOf("shown:")) > 0)
            run.wallMs = double(t.nsecsElapsed()) / 1e6;
    }
    if (run.wallMs == 0) {
        ::kill(pid, SIGKILL);
        run.error = u"no \"shown\" line: "_s + QString::fromUtf8(output);
    }
    ::close(out[0]);
    int status = 0;
    rusage usage {};
    ::wait4(pid, &status, 0, &usage);
    run.rssMb = double(usage.ru_maxrss) / 1024.0;
    const qsizetype at = output.indexOf("shown:");
    run.shown = QString::fromUtf8(output.mid(at, output.indexOf('\n', at) - at));
    return run;
}

struct Starts
{
    QJsonArray each; // milliseconds, in order
    double medianMs = 0;
    double peakRssMb = 0;
};

std::optional<Starts> startRuns(
    const QString &server, const QString &root, int runs, bool keychain)
{
    Starts starts;
    QList<double> walls;
    for (int r = 0; r < runs; ++r) {
        const StartRun run = startOnce(server, root, keychain);
        if (!run.error.isEmpty()) {
            std::fprintf(
                stderr, "bench_client: start %d failed: %s\n", r + 1, qPrintable(run.error));
            return std::nullopt;
        }
        walls.append(run.wallMs);
        starts.each.append(bench::rounded(run.wallMs));
        starts.peakRssMb = std::max(starts.peakRssMb, run.rssMb);
        std::fprintf(stderr, "bench_client: start %d%s: %.1f ms (%s), peak RSS %.1f MB\n", r + 1,
            keychain ? "" : " without a keychain", run.wallMs, qPrintable(run.shown), run.rssMb);
    }
    starts.medianMs = bench::median(walls);
    return starts;
}

bool benchStartup(const QString &server, const QString &root, int runs, const QString &dataset,
    const QJsonObject &cache)
{
    const bool keychain = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
    if (!keychain)
        std::fprintf(stderr,
            "bench_client: no D-Bus session, so no keychain: every start pulls the residents' "
            "records again (run it as scripts/bench does, under tests/client/with-keyring.sh)\n");
    const auto kept = startRuns(server, root, runs, keychain);
    if (!kept)
        return false;
    const QString includes
        = u"process start, sign-in on loopback, cache open, main window painted"_s;
    bench::printObject(QJsonObject { { u"bench"_s, u"startup_city_ms"_s },
        { u"value"_s, kept->medianMs }, { u"unit"_s, u"ms"_s }, { u"target"_s, u"< 1500"_s },
        { u"dataset"_s, dataset }, { u"runs"_s, kept->each }, { u"includes"_s, includes },
        { u"keychain"_s, keychain }, { u"cache"_s, cache } });
    bench::printObject(QJsonObject { { u"bench"_s, u"rss_city_mb"_s },
        { u"value"_s, kept->peakRssMb }, { u"unit"_s, u"MB"_s }, { u"target"_s, u"< 400"_s },
        { u"dataset"_s, dataset }, { u"of"_s, u"the largest VmHWM of the starts"_s } });
    if (!keychain)
        return true;
    // Last: it removes the sealed records from the cache.
    const auto lost = startRuns(server, root, std::min(runs, 3), false);
    if (!lost)
        return false;
    bench::printObject(QJsonObject { { u"bench"_s, u"startup_city_no_keychain_ms"_s },
        { u"value"_s, lost->medianMs }, { u"unit"_s, u"ms"_s }, { u"target"_s, u"reported"_s },
        { u"dataset"_s, dataset }, { u"runs"_s, lost->each },
        { u"includes"_s,
            includes
                + u"; the first start also removes the residents' records sealed with the "
                  u"key it no longer has, the others check the cache for them"_s } });
    return true;
}

QJsonObject cacheCounts(const QString &path)
{
    QJsonObject counts;
    const QString connection = u"bench-counts"_s;
    store::CacheDatabase::openReader(path, connection);
    {
        store::RecordStore records(QSqlDatabase::database(connection));
        const auto map = records.counts();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            counts.insert(it.key(), it.value());
    }
    store::CacheDatabase::close(connection);
    counts.insert(u"file_mb"_s, bench::rounded(double(QFileInfo(path).size()) / 1048576.0));
    return counts;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Benchmarks of the client over a city's cache"_s);
    parser.addHelpOption();
    const QCommandLineOption runsOption(
        u"runs"_s, u"Measurements of each figure (default 5)"_s, u"N"_s, u"5"_s);
    const QCommandLineOption dirOption(
        u"dir"_s, u"Where the client's cache goes (default: temporary)"_s, u"DIR"_s);
    const QCommandLineOption dataOption(u"data-dir"_s,
        u"Where the datasets are kept (default: build/testing/bench-data)"_s, u"DIR"_s,
        bench::defaultDataRoot());
    parser.addOptions({ runsOption, dirOption, dataOption });
    parser.process(app);
    const int runs = parser.value(runsOption).toInt();
    if (runs < 1 || runs > 100)
        return fail(u"--runs must be between 1 and 100"_s);
    QTemporaryDir temp;
    const QString root = parser.isSet(dirOption) ? parser.value(dirOption) : temp.path();
    QDir().mkpath(root);

    QString why;
    bench::DemoCity city;
    if (!city.start(parser.value(dataOption), &why))
        return fail(why);
    const QString server = city.server->baseUrl();
    QElapsedTimer t;
    t.start();
    if (!firstSync(server, root, &why))
        return fail(why);
    std::fprintf(stderr, "bench_client: first sync of %s in %.1f s\n", qPrintable(city.dataset),
        double(t.elapsed()) / 1000);
    const QString cachePath
        = store::CacheDatabase::cacheFileFor(server, kCityUser, root + u"/client"_s);
    const QString dataset = city.dataset;
    const QJsonObject cache = cacheCounts(cachePath);
    std::fprintf(stderr, "bench_client: cache %s\n",
        QJsonDocument(cache).toJson(QJsonDocument::Compact).constData());
    benchChart(cachePath, runs, dataset);
    const bool started = benchStartup(server, root, runs, dataset, cache);
    city.server->stop();
    return started ? 0 : 1;
}

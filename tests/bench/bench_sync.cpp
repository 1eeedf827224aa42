// Benchmark of sync and scoring at city and province scale (issue 10). Not a test: it asserts
// nothing and is not registered with CTest; it prints one JSON object per measurement with
// the reference it is compared with and the target, e.g.
//   {"bench": "first_sync_ratio", "value": 2.8, "unit": "ratio", "target": "<= 4", …}
//
// The datasets come from `civicdesk-server demo --scale town|city|province` (generated once
// and kept under --data-dir, by default build/testing/bench-data, keyed by the generator's
// version; the generation times are printed when they are made):
//   first_sync_city_s        demo.city's first sync into an empty cache: the real SyncEngine
//                            against civicdesk-server on loopback, end to end, with how many
//                            progress reports it gave and the longest time without one
//   raw_insert_city_s        the same cache rows inserted with one prepared INSERT per table
//                            in one SQLite transaction into an empty cache of the same schema
//                            (indexes and full-text triggers included)
//   first_sync_ratio         the two divided (target ≤ 4)
//   incremental_sync_{city,province}_ms
//                            demo.street, its cache synced, after demo.worker pushed 50 notes:
//                            the engine's next cycle (median of --rounds)
//   incremental_sync_scaling province ÷ city (target ≤ 1.5); also city ÷ town
//                            (incremental_sync_city_over_town), measured even without the province
// (Scoring at scale is bench_assess: the server library cannot link beside the client's.)
//
// Usage: bench_sync [--data-dir DIR] [--rounds N] [--province]
// (CIVIC_BENCH_PAGE_SIZE=N tries another pull page size than the client's default.)

#include "benchdatasets.h"
#include "store/cachedatabase.h"
#include "sync/syncthread.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace civic;
using namespace civic::bench;

namespace {

// Waits for `signal` of `sender` (or the timeout); true when it came.
template<typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal, int timeoutMs)
{
    QEventLoop loop;
    bool came = false;
    QObject::connect(sender, signal, &loop, [&] {
        came = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return came;
}

// A signed-in engine on its own thread with a fresh cache.
struct Client
{
    sync::SyncThread thread;
    sync::SyncConfig config;
    sync::SyncStats stats;
    bool ok = false;

    bool start(test::Http &http, int port, const QString &username, const QString &cachePath)
    {
        const QJsonObject session = test::loginReply(http, username);
        config.cachePath = cachePath;
        config.serverUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        config.user = session.value(u"user"_s).toObject();
        const QJsonObject unit = config.user.value(u"unit"_s).toObject();
        config.actor = domain::Actor { config.user.value(u"id"_s).toString(),
            domain::roleFromName(config.user.value(u"role"_s).toString())
                .value_or(domain::Role::Viewer),
            unit.value(u"code"_s).toString(),
            domain::levelFromName(unit.value(u"level"_s).toString()).value_or(domain::Level::City),
            unit.value(u"path"_s).toString() };
        config.accessToken = session.value(u"access_token"_s).toString();
        config.refreshToken = session.value(u"refresh_token"_s).toString();
        config.intervalSeconds = 3600;
        if (const int pageSize = qEnvironmentVariableIntValue("CIVIC_BENCH_PAGE_SIZE");
            pageSize > 0) {
            // to try other page sizes (every page); the client's defaults otherwise
            config.pageSize = pageSize;
            config.catchUpPageSize = pageSize;
        }
        bool ready = false;
        QEventLoop loop;
        QObject::connect(
            thread.engine(), &sync::SyncEngine::ready, &loop, [&](bool good, const QString &) {
                ready = good;
                loop.quit();
            });
        const sync::SyncConfig c = config;
        thread.post([c](sync::SyncEngine *e) { e->start(c); });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        return ready;
    }

    // One sync cycle; its wall time in ms, or -1 when it failed.
    double cycle(int timeoutMs = 3600 * 1000)
    {
        QEventLoop loop;
        ok = false;
        auto c = QObject::connect(thread.engine(), &sync::SyncEngine::cycleFinished, &loop,
            [&](const sync::SyncStats &s, bool good, const QString &error) {
                stats = s;
                ok = good;
                if (!good)
                    log(u"sync failed: "_s + error);
                loop.quit();
            });
        QElapsedTimer clock;
        clock.start();
        thread.post([](sync::SyncEngine *e) { e->syncNow(); });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        QObject::disconnect(c);
        return ok ? ms : -1;
    }
};

// The same rows as the cache `source` holds, inserted into an empty cache of its schema with
// one prepared INSERT per table in one transaction. Returns the seconds spent inserting and
// committing (reading the source, in chunks, is not counted).
double rawInsert(const QString &source, const QString &target, qint64 *rows)
{
    QFile::remove(target);
    double seconds = -1;
    {
        QSqlDatabase src = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-src"_s);
        src.setDatabaseName(source);
        src.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QSqlDatabase dst = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-dst"_s);
        dst.setDatabaseName(target);
        if (!src.open() || !dst.open())
            return -1;
        QSqlQuery pragma(dst);
        pragma.exec(u"PRAGMA journal_mode=WAL"_s);
        pragma.exec(u"PRAGMA synchronous=NORMAL"_s);
        // The schema: tables, full-text tables (their shadow tables come with them), indexes
        // and triggers, in the order the cache created them.
        QStringList virtualTables;
        QStringList tables;
        QSqlQuery schema(src);
        schema.exec(
            u"SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"_s);
        QList<std::tuple<QString, QString, QString>> entries;
        while (schema.next())
            entries.append({ schema.value(0).toString(), schema.value(1).toString(),
                schema.value(2).toString() });
        for (const auto &[type, name, sql] : entries) {
            if (type == u"table" && sql.startsWith(u"CREATE VIRTUAL"_s, Qt::CaseInsensitive))
                virtualTables.append(name);
        }
        for (const auto &[type, name, sql] : entries) {
            const QString n = name;
            const bool shadow = std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                [&n](const QString &v) { return n.startsWith(v + u'_'); });
            if (shadow || name.startsWith(u"sqlite_"_s))
                continue;
            QSqlQuery create(dst);
            if (!create.exec(sql)) {
                log(u"raw insert: %1: %2"_s.arg(sql, create.lastError().text()));
                return -1;
            }
            if (type == u"table" && !virtualTables.contains(name))
                tables.append(name);
        }
        QElapsedTimer clock;
        qint64 nanos = 0;
        *rows = 0;
        clock.start();
        dst.transaction();
        nanos += clock.nsecsElapsed();
        for (const QString &table : std::as_const(tables)) {
            // Generated columns are computed, not inserted.
            QStringList names;
            QSqlQuery info(src);
            info.exec(u"PRAGMA table_xinfo(%1)"_s.arg(table));
            while (info.next()) {
                if (info.value(u"hidden"_s).toInt() == 0)
                    names.append(u'"' + info.value(u"name"_s).toString() + u'"');
            }
            const int columns = int(names.size());
            QSqlQuery read(src);
            read.setForwardOnly(true);
            read.exec(u"SELECT %1 FROM %2"_s.arg(names.join(u", "), table));
            QSqlQuery insert(dst);
            insert.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
                table, names.join(u", "), QStringList(columns, u"?"_s).join(u", ")));
            bool more = true;
            while (more) {
                QList<QVariantList> chunk;
                while (chunk.size() < 20000 && (more = read.next())) {
                    QVariantList row;
                    row.reserve(columns);
                    for (int i = 0; i < columns; ++i)
                        row.append(read.value(i));
                    chunk.append(row);
                }
                clock.restart();
                for (const QVariantList &row : std::as_const(chunk)) {
                    for (int i = 0; i < columns; ++i)
                        insert.bindValue(i, row.at(i));
                    if (!insert.exec()) {
                        log(u"raw insert into %1: %2"_s.arg(table, insert.lastError().text()));
                        return -1;
                    }
                }
                nanos += clock.nsecsElapsed();
                *rows += chunk.size();
            }
        }
        clock.restart();
        dst.commit();
        nanos += clock.nsecsElapsed();
        seconds = double(nanos) / 1e9;
    }
    QSqlDatabase::removeDatabase(u"raw-src"_s);
    QSqlDatabase::removeDatabase(u"raw-dst"_s);
    return seconds;
}

void firstSync(const QString &cityDir, const QString &work)
{
    test::ServerProcess server({ u"--data"_s, cityDir }, { u"--threads"_s, u"4"_s });
    QString why;
    if (!server.start(&why)) {
        log(u"first sync: "_s + why);
        return;
    }
    test::Http http(server.port());
    const QString cache = QDir(work).filePath(u"city-cache.sqlite"_s);
    Client client;
    if (!client.start(http, server.port(), u"demo.city"_s, cache)) {
        log(u"first sync: the engine did not start"_s);
        return;
    }
    // Proof of progress: every status report with a percentage, and the longest stretch of
    // the sync without one.
    QElapsedTimer clock;
    QList<std::pair<qint64, int>> reports;
    QObject::connect(client.thread.engine(), &sync::SyncEngine::statusChanged, qApp,
        [&](const sync::SyncStatus &s) {
            if (s.syncing && s.progress >= 0)
                reports.append({ clock.elapsed(), s.progress });
        });
    clock.start();
    const double ms = client.cycle();
    if (ms < 0)
        return;
    qint64 longestGap = 0;
    qint64 previous = 0;
    for (const auto &[at, percent] : reports) {
        longestGap = std::max(longestGap, at - previous);
        previous = at;
    }
    longestGap = std::max(longestGap, qint64(ms) - previous);
    const int lastPercent = reports.isEmpty() ? -1 : reports.constLast().second;
    client.thread.stop();
    server.stop();
    const double cacheMb = double(QFileInfo(cache).size()) / (1024 * 1024);
    printObject({ { u"bench"_s, u"first_sync_city_s"_s }, { u"value"_s, ms / 1000 },
        { u"unit"_s, u"s"_s }, { u"changes"_s, client.stats.pulled },
        { u"progress_reports"_s, reports.size() }, { u"last_progress_percent"_s, lastPercent },
        { u"longest_without_progress_s"_s, rounded(double(longestGap) / 1000) },
        { u"cache_mb"_s, rounded(cacheMb) } });

    qint64 rows = 0;
    const double raw = rawInsert(cache, QDir(work).filePath(u"raw-cache.sqlite"_s), &rows);
    if (raw <= 0)
        return;
    printObject({ { u"bench"_s, u"raw_insert_city_s"_s }, { u"value"_s, raw },
        { u"unit"_s, u"s"_s }, { u"rows"_s, rows } });
    printObject({ { u"bench"_s, u"first_sync_ratio"_s }, { u"value"_s, ms / 1000 / raw },
        { u"unit"_s, u"ratio"_s }, { u"first_sync_city_s"_s, rounded(ms / 1000) },
        { u"raw_insert_city_s"_s, rounded(raw) }, { u"target"_s, u"<= 4"_s } });
    QFile::remove(cache);
    QFile::remove(QDir(work).filePath(u"raw-cache.sqlite"_s));
}

// A complaint of demo.worker's community, read from the dataset.
QString workerComplaint(const QString &dir)
{
    QString id;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"pick"_s);
        db.setDatabaseName(QDir(dir).filePath(u"civicdesk.sqlite"_s));
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(u"SELECT c.id FROM complaints c JOIN users u ON u.unit = c.community"
                   u" WHERE u.username = 'demo.worker' ORDER BY c.id LIMIT 1"_s);
            if (q.next())
                id = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(u"pick"_s);
    return id;
}

// demo.street's incremental sync after 50 notes by demo.worker: the median cycle in ms.
double incremental(const QString &scale, const QString &dir, const QString &work, int rounds)
{
    test::ServerProcess server({ u"--data"_s, dir }, { u"--threads"_s, u"4"_s });
    QString why;
    if (!server.start(&why)) {
        log(u"incremental: "_s + why);
        return -1;
    }
    test::Http http(server.port());
    const QString complaint = workerComplaint(dir);
    const QString cache = QDir(work).filePath(u"street-%1.sqlite"_s.arg(scale));
    QFile::remove(cache);
    Client client;
    if (complaint.isEmpty() || !client.start(http, server.port(), u"demo.street"_s, cache)
        || client.cycle() < 0) {
        log(u"incremental: the street's first sync failed"_s);
        return -1;
    }
    const qint64 streetChanges = client.stats.pulled;
    const QString worker = test::login(http, u"demo.worker"_s);
    QList<double> times;
    qint64 pulled = 0;
    for (int round = 0; round < rounds; ++round) {
        QJsonArray ops;
        for (int i = 0; i < 50; ++i) {
            ops.append(test::op(u"complaint.note"_s,
                { { u"complaint"_s, complaint },
                    { u"text"_s, u"跟进记录 %1-%2"_s.arg(round).arg(i) } }));
        }
        const test::HttpReply pushed = test::push(http, worker, ops);
        if (pushed.status != 200) {
            log(u"incremental: push answered %1: %2"_s.arg(pushed.status)
                    .arg(QString::fromUtf8(pushed.body)));
            return -1;
        }
        const double ms = client.cycle();
        if (ms < 0)
            return -1;
        pulled = client.stats.pulled;
        times.append(ms);
    }
    client.thread.stop();
    server.stop();
    QFile::remove(cache);
    const double value = median(times);
    printObject({ { u"bench"_s, u"incremental_sync_%1_ms"_s.arg(scale) }, { u"value"_s, value },
        { u"unit"_s, u"ms"_s }, { u"account"_s, u"demo.street"_s },
        { u"street_changes"_s, streetChanges }, { u"pulled_per_cycle"_s, pulled },
        { u"rounds"_s, rounds } });
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Benchmark of sync and scoring at city and province scale"_s);
    const QCommandLineOption dataOption(
        u"data-dir"_s, u"where the generated datasets are kept"_s, u"DIR"_s);
    const QCommandLineOption roundsOption(
        u"rounds"_s, u"rounds per median (default 5)"_s, u"N"_s, u"5"_s);
    const QCommandLineOption provinceOption(
        u"province"_s, u"generate the province dataset when it is not kept yet (takes long)"_s);
    parser.addOptions({ dataOption, roundsOption, provinceOption });
    // scripts/bench passes its options to every benchmark: ignore the others'.
    parser.parse(app.arguments());
    const QString root = parser.isSet(dataOption)
        ? parser.value(dataOption)
        : QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(u"../../bench-data"_s);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    QDir().mkpath(root);
    QTemporaryDir work(QDir(root).filePath(u"work-XXXXXX"_s));

    const QString town = dataset(root, u"town"_s);
    const QString city = dataset(root, u"city"_s);
    if (town.isEmpty() || city.isEmpty())
        return 1;

    firstSync(city, work.path());

    // The town (110 communities) as a second reference: city ÷ town shows the same scaling
    // when the province is skipped.
    const double townIncremental = incremental(u"town"_s, town, work.path(), rounds);
    const double cityIncremental = incremental(u"city"_s, city, work.path(), rounds);
    if (townIncremental > 0 && cityIncremental > 0)
        printObject({ { u"bench"_s, u"incremental_sync_city_over_town"_s },
            { u"value"_s, cityIncremental / townIncremental }, { u"unit"_s, u"ratio"_s },
            { u"incremental_sync_city_ms"_s, rounded(cityIncremental) },
            { u"incremental_sync_town_ms"_s, rounded(townIncremental) } });
    // The province is measured when its dataset is kept from an earlier run, or generated
    // when asked for (--province or CIVIC_BENCH_PROVINCE=1): generating it takes longer than
    // the rest of scripts/bench together.
    const QString provinceDir
        = QDir(root).filePath(u"v%1-province"_s.arg(civic::server::kScaledDemoVersion));
    const bool generateProvince
        = parser.isSet(provinceOption) || qEnvironmentVariable("CIVIC_BENCH_PROVINCE") == u"1";
    if (!QFileInfo::exists(QDir(provinceDir).filePath(u"generated.json"_s)) && !generateProvince) {
        printObject({ { u"bench"_s, u"incremental_sync_scaling"_s }, { u"target"_s, u"<= 1.5"_s },
            { u"skipped"_s,
                u"no province dataset kept; run with --province or CIVIC_BENCH_PROVINCE=1"_s } });
        return 0;
    }
    {
        const QString province = dataset(root, u"province"_s);
        if (province.isEmpty())
            return 1;
        const double provinceIncremental
            = incremental(u"province"_s, province, work.path(), rounds);
        if (cityIncremental > 0 && provinceIncremental > 0)
            printObject({ { u"bench"_s, u"incremental_sync_scaling"_s },
                { u"value"_s, provinceIncremental / cityIncremental }, { u"unit"_s, u"ratio"_s },
                { u"incremental_sync_province_ms"_s, rounded(provinceIncremental) },
                { u"incremental_sync_city_ms"_s, rounded(cityIncremental) },
                { u"target"_s, u"<= 1.5"_s } });
    }
    return 0;
}

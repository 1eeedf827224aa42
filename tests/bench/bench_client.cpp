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
// The cache is the city account's real one: a civicdesk-server on loopback (`demo --scale
// city` when the server has it, the demo city otherwise; "dataset" says which), a real first
// sync with `civicdesk --sync-once`, and, for the demo city, the rest of the city added the
// way pulled records arrive (RecordStore::applyPulled), as the demo's own records repeated
// over ten more districts with a year of complaints, notices and fan days.
//
// Usage: bench_client [--runs N] [--dir DIR] [--keep]

#include "benchsupport.h"
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
#include <QHash>
#include <QJsonArray>
#include <QLineSeries>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <cerrno>
#include <cstring>
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

// The client's own settings and keychain stay out of the user's home.
QStringList clientEnvironment(const QString &root)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
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
// The city cache from the demo city: ten more districts like the demo's.

struct Template
{
    QString kind;
    QString id;
    qint64 version = 0;
    QString text;
};

// The demo's org tree: district → streets → communities, in code order.
struct DemoTree
{
    QStringList districts;
    QHash<QString, QStringList> children;
    QHash<QString, QString> level;
    QHash<QString, QString> parent;
};

// The unit a demo record belongs to (a community, street or district of the demo city), or
// empty for the city's own records. Timelines, revisions and reviews go with their complaint
// or notice.
QString ownerOf(const Template &t, const QJsonObject &data, const DemoTree &tree,
    const QHash<QString, QString> &owners)
{
    const auto demoUnit = [&](const QString &code) {
        const QString level = tree.level.value(code);
        return level == u"district" || level == u"street" || level == u"community";
    };
    QString code;
    if (t.kind == u"complaint" || t.kind == u"fan_day")
        code = data.value(u"community"_s).toString();
    else if (t.kind == u"notice")
        code = data.value(u"unit"_s).toString();
    else if (t.kind == u"complaint_event")
        return owners.value(data.value(u"complaint"_s).toString());
    else if (t.kind == u"notice_revision" || t.kind == u"review")
        return owners.value(data.value(u"notice"_s).toString());
    else if (t.kind == u"org_unit")
        code = t.id;
    if (!code.isEmpty()) {
        // A grid goes with its community, a department with its district.
        while (!code.isEmpty() && !demoUnit(code))
            code = tree.parent.value(code);
        return code;
    }
    // Other kinds: the most specific demo unit the record names.
    for (const QString &level : { u"community"_s, u"street"_s, u"district"_s }) {
        for (auto it = tree.level.cbegin(); it != tree.level.cend(); ++it) {
            if (it.value() == level && t.text.contains(u'"' + it.key()))
                return it.key();
        }
    }
    return {};
}

// One unit of the grown city and the demo unit it repeats.
struct Target
{
    QString code;
    QString templ;
    QList<std::pair<QString, QString>> codes; // demo code → new code, longest first
};

QString shiftDates(const QString &text, int days)
{
    static const QRegularExpression iso(u"\"(\\d{4}-\\d{2}-\\d{2})T\\d{2}:\\d{2}"_s);
    QString out;
    out.reserve(text.size());
    qsizetype at = 0;
    auto it = iso.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append(QStringView(text).mid(at, m.capturedStart(1) - at));
        out.append(
            QDate::fromString(m.captured(1), Qt::ISODate).addDays(-days).toString(Qt::ISODate));
        at = m.capturedEnd(1);
    }
    out.append(QStringView(text).mid(at));
    return out;
}

QString renewIds(const QString &text, const QSet<QString> &ids, const QString &salt)
{
    static const QRegularExpression uuid(
        u"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"_s);
    QString out;
    out.reserve(text.size());
    qsizetype at = 0;
    auto it = uuid.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append(QStringView(text).mid(at, m.capturedStart() - at));
        const QString old = m.captured();
        out.append(ids.contains(old)
                ? QUuid::createUuidV5(QUuid(old), salt).toString(QUuid::WithoutBraces)
                : old);
        at = m.capturedEnd();
    }
    out.append(QStringView(text).mid(at));
    return out;
}

// Grows the synced demo city in the cache at `path` to a city: ten more districts of ten
// streets of ten communities (1,000 communities), each repeating a demo unit's records with
// new codes and ids — the org units, a year of fan days, and the complaints with their
// timelines and the notices with their revisions and reviews repeated (older copies shifted
// back through the year) to ~100,000 complaints and ~160,000 notices in all.
bool growToCity(const QString &path, QString *why)
{
    const QString writer = u"bench-grow"_s;
    if (const auto error = store::CacheDatabase::openWriter(path, writer)) {
        *why = error->message;
        return false;
    }
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::database(writer);
        QList<Template> templates;
        for (const QString &kind : store::knownKinds()) {
            if (kind == u"user" || kind == u"notification")
                continue;
            const store::KindTable *table = store::kindTable(kind);
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (table)
                q.exec(u"SELECT id, version, data FROM %1"_s.arg(table->table));
            else
                q.exec(u"SELECT id, version, data FROM record WHERE kind = '%1'"_s.arg(kind));
            while (q.next())
                templates.append({ kind, q.value(0).toString(), q.value(1).toLongLong(),
                    q.value(2).toString() });
        }
        DemoTree tree;
        for (const Template &t : std::as_const(templates)) {
            if (t.kind != u"org_unit")
                continue;
            const QJsonObject o = QJsonDocument::fromJson(t.text.toUtf8()).object();
            const QString level = o.value(u"level"_s).toString();
            tree.level.insert(t.id, level);
            tree.parent.insert(t.id, o.value(u"parent"_s).toString());
            if (level == u"district")
                tree.districts.append(t.id);
            if (level == u"street" || level == u"community")
                tree.children[o.value(u"parent"_s).toString()].append(t.id);
        }
        tree.districts.sort();
        for (auto &list : tree.children)
            list.sort();
        // Owners: the complaints and notices first, for their timelines and reviews.
        QHash<QString, QString> owners;
        QSet<QString> ids;
        QHash<QString, QList<int>> owned;
        int demoCommunities = 0;
        int demoComplaints = 0;
        int demoNotices = 0;
        for (int pass = 0; pass < 2; ++pass) {
            for (int i = 0; i < templates.size(); ++i) {
                const Template &t = templates.at(i);
                const bool parent = t.kind == u"complaint" || t.kind == u"notice";
                if ((pass == 0) != parent)
                    continue;
                const QJsonObject data = QJsonDocument::fromJson(t.text.toUtf8()).object();
                const QString owner = ownerOf(t, data, tree, owners);
                if (parent)
                    owners.insert(t.id, owner);
                demoComplaints += t.kind == u"complaint";
                demoNotices += t.kind == u"notice";
                demoCommunities += t.kind == u"org_unit" && tree.level.value(t.id) == u"community";
                if (owner.isEmpty())
                    continue;
                owned[owner].append(i);
                if (!QUuid::fromString(t.id).isNull())
                    ids.insert(t.id);
            }
        }
        if (tree.districts.isEmpty() || demoCommunities == 0) {
            *why = u"the synced cache holds no demo districts"_s;
            ok = false;
        }
        // The targets: ten districts, each repeating a demo district, street and community.
        QList<Target> targets;
        for (int d = 0; ok && d < 10; ++d) {
            const QString dcode = u"2101%1"_s.arg(20 + d);
            const QString tDistrict = tree.districts.at(d % tree.districts.size());
            targets.append({ dcode, tDistrict, { { tDistrict, dcode } } });
            const QStringList tStreets = tree.children.value(tDistrict);
            for (int s = 1; s <= 10 && !tStreets.isEmpty(); ++s) {
                const QString scode = dcode + u"%1"_s.arg(s, 3, 10, QChar(u'0'));
                const QString tStreet = tStreets.at((s - 1) % tStreets.size());
                targets.append({ scode, tStreet, { { tStreet, scode }, { tDistrict, dcode } } });
                const QStringList tCommunities = tree.children.value(tStreet);
                for (int c = 1; c <= 10 && !tCommunities.isEmpty(); ++c) {
                    const QString ccode = scode + u"%1"_s.arg(c, 3, 10, QChar(u'0'));
                    const QString tCommunity = tCommunities.at((c - 1) % tCommunities.size());
                    targets.append({ ccode, tCommunity,
                        { { tCommunity, ccode }, { tStreet, scode }, { tDistrict, dcode } } });
                }
            }
        }
        // Copies of the complaints and notices so the city holds ~100,000 and ~160,000.
        const double scale = 1000.0 / double(std::max(1, demoCommunities));
        const auto copies = [&](int target, int demo) {
            return demo == 0 ? 1 : std::max(1, int(std::lround((target - demo) / (demo * scale))));
        };
        const int complaintCopies = copies(100'000, demoComplaints);
        const int noticeCopies = copies(160'000, demoNotices);
        std::fprintf(stderr,
            "bench_client: growing %d demo communities to %d more; complaints ×%d, notices ×%d\n",
            demoCommunities, 1000, complaintCopies, noticeCopies);
        store::RecordStore records(db);
        qint64 written = 0;
        for (int pass = 0; ok && pass < 2; ++pass) {
            store::CacheDatabase::beginWrite(db);
            for (const Target &target : std::as_const(targets)) {
                for (const int i : owned.value(target.templ)) {
                    const Template &t = templates.at(i);
                    if ((pass == 0) != (t.kind == u"org_unit"))
                        continue;
                    const int n = t.kind == u"complaint" || t.kind == u"complaint_event"
                        ? complaintCopies
                        : t.kind == u"notice" || t.kind == u"notice_revision" || t.kind == u"review"
                        ? noticeCopies
                        : 1;
                    for (int copy = 0; copy < n; ++copy) {
                        QString text = t.text;
                        QString id = t.id;
                        for (const auto &[from, to] : target.codes) {
                            text.replace(from, to);
                            id.replace(from, to);
                        }
                        const QString salt = u"%1/%2"_s.arg(target.code).arg(copy);
                        text = renewIds(text, ids, salt);
                        id = renewIds(id, ids, salt);
                        if (copy > 0)
                            text = shiftDates(text, copy * (365 / n));
                        if (!records.applyPulled(t.kind, id, t.version, false,
                                QJsonDocument::fromJson(text.toUtf8()).object())) {
                            *why = records.lastError();
                            ok = false;
                            break;
                        }
                        if (++written % 20000 == 0) {
                            store::CacheDatabase::commit(db);
                            store::CacheDatabase::beginWrite(db);
                        }
                    }
                    if (!ok)
                        break;
                }
                if (!ok)
                    break;
            }
            store::CacheDatabase::commit(db);
        }
        std::fprintf(stderr, "bench_client: %lld records added\n", written);
    }
    store::CacheDatabase::close(writer);
    return ok;
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
StartRun startOnce(const QString &server, const QString &root)
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
    for (const QString &kv : clientEnvironment(root))
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

bool benchStartup(const QString &server, const QString &root, int runs, const QString &dataset,
    const QJsonObject &cache)
{
    QList<double> walls;
    double peak = 0;
    QStringList lines;
    for (int r = 0; r < runs; ++r) {
        const StartRun run = startOnce(server, root);
        if (!run.error.isEmpty()) {
            std::fprintf(
                stderr, "bench_client: start %d failed: %s\n", r + 1, qPrintable(run.error));
            return false;
        }
        walls.append(run.wallMs);
        peak = std::max(peak, run.rssMb);
        lines.append(run.shown);
        std::fprintf(stderr, "bench_client: start %d: %.1f ms (%s), peak RSS %.1f MB\n", r + 1,
            run.wallMs, qPrintable(run.shown), run.rssMb);
    }
    QJsonArray each;
    for (double w : std::as_const(walls))
        each.append(bench::rounded(w));
    bench::printObject(QJsonObject { { u"bench"_s, u"startup_city_ms"_s },
        { u"value"_s, bench::rounded(bench::median(walls)) }, { u"unit"_s, u"ms"_s },
        { u"target"_s, u"< 1500"_s }, { u"dataset"_s, dataset }, { u"runs"_s, each },
        { u"includes"_s, u"process start, sign-in on loopback, cache open, main window painted"_s },
        { u"cache"_s, cache } });
    bench::printObject(QJsonObject { { u"bench"_s, u"rss_city_mb"_s },
        { u"value"_s, bench::rounded(peak) }, { u"unit"_s, u"MB"_s }, { u"target"_s, u"< 400"_s },
        { u"dataset"_s, dataset }, { u"of"_s, u"the largest VmHWM of the starts"_s } });
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
        u"dir"_s, u"Where the server's database and the cache go (default: temporary)"_s, u"DIR"_s);
    parser.addOptions({ runsOption, dirOption });
    parser.process(app);
    const int runs = parser.value(runsOption).toInt();
    if (runs < 1 || runs > 100)
        return fail(u"--runs must be between 1 and 100"_s);
    QTemporaryDir temp;
    const QString root = parser.isSet(dirOption) ? parser.value(dirOption) : temp.path();
    QDir().mkpath(root);

    QString why;
    bench::DemoCity city;
    if (!city.start(root + u"/server"_s, &why))
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
    QString dataset = city.dataset;
    if (dataset == u"demo") {
        t.restart();
        if (!growToCity(cachePath, &why))
            return fail(why);
        dataset = u"demo city synced, grown to a city in the cache"_s;
        std::fprintf(
            stderr, "bench_client: cache grown to a city in %.1f s\n", double(t.elapsed()) / 1000);
    }
    const QJsonObject cache = cacheCounts(cachePath);
    std::fprintf(stderr, "bench_client: cache %s\n",
        QJsonDocument(cache).toJson(QJsonDocument::Compact).constData());
    benchChart(cachePath, runs, dataset);
    const bool started = benchStartup(server, root, runs, dataset, cache);
    city.server->stop();
    return started ? 0 : 1;
}

// Benchmark of the incremental pull at city scale against a static file (issue 10): how many
// requests per second civicdesk-server answers for a street account whose cursor is 50
// changes behind the head, next to nginx serving a file with the same bytes on the same
// machine, with the same wrk load. Not a test: it asserts nothing and prints
//   {"bench": "static_rps", ...}  nginx, the reference
//   {"bench": "pull_rps", ...}    the server, with the ratio to static_rps and its target
// The server serves the kept `civicdesk-server demo --scale city` dataset (benchdatasets.h).
//
// Usage: bench_pull [--duration SECONDS] [--connections N] [--threads N] [--dir DIR]
//                   [--data-dir DIR]

#include "benchdatasets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace civic;

namespace {

constexpr int kChanges = 50;
const QString kStreetUser = u"demo.street"_s;
const QString kWorker = u"demo.worker"_s; // a community of demo.street's street
const QString kCommunity = u"210111001001"_s;

struct WrkResult
{
    double rps = 0;
    qint64 requests = 0;
    qint64 errors = 0; // non-2xx answers and socket errors
    QString output;
};

struct Load
{
    int seconds = 10;
    int connections = 16;
    int threads = 2;
};

WrkResult runWrk(const Load &load, const QString &url, const QStringList &headers)
{
    QStringList args { u"--latency"_s, u"-t%1"_s.arg(load.threads), u"-c%1"_s.arg(load.connections),
        u"-d%1s"_s.arg(load.seconds) };
    for (const QString &h : headers)
        args << u"-H"_s << h;
    args << url;
    QProcess wrk;
    wrk.setProcessChannelMode(QProcess::MergedChannels);
    wrk.start(u"wrk"_s, args);
    WrkResult result;
    if (!wrk.waitForFinished((load.seconds + 60) * 1000)) {
        wrk.kill();
        wrk.waitForFinished();
        result.output = u"wrk did not finish"_s;
        return result;
    }
    result.output = QString::fromUtf8(wrk.readAll());
    const auto number = [&](const QString &pattern) {
        const auto m = QRegularExpression(pattern).match(result.output);
        return m.hasMatch() ? m.captured(1) : QString();
    };
    result.rps = number(u"Requests/sec:\\s+([0-9.]+)"_s).toDouble();
    result.requests = number(u"([0-9]+) requests in"_s).toLongLong();
    result.errors = number(u"Non-2xx or 3xx responses: ([0-9]+)"_s).toLongLong();
    const auto socket = QRegularExpression(
        u"Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+)"_s)
                            .match(result.output);
    if (socket.hasMatch()) {
        for (int i = 1; i <= 4; ++i)
            result.errors += socket.captured(i).toLongLong();
    }
    return result;
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// nginx (Debian) as our own process: a temporary prefix, a loopback port, the file as the
// only location, logs off.
class Nginx
{
public:
    bool start(const QString &dir, const QByteArray &body, QString *why)
    {
        m_dir = dir;
        QDir().mkpath(dir + u"/html"_s);
        QFile file(dir + u"/html/pull.json"_s);
        if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size()) {
            *why = u"cannot write %1"_s.arg(file.fileName());
            return false;
        }
        file.close();
        m_port = freePort();
        // Run as root (the benchmark's containers are), nginx would switch its workers to
        // "nobody", who cannot read a private temporary directory.
        const QString user = ::geteuid() == 0 ? u"user root;\n"_s : QString();
        const QString conf = user
            + uR"(worker_processes auto;
daemon off;
pid %1/nginx.pid;
error_log %1/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path %1/body;
    proxy_temp_path %1/proxy;
    fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi;
    scgi_temp_path %1/scgi;
    types { application/json json; }
    default_type application/json;
    keepalive_requests 1000000;
    server {
        listen 127.0.0.1:%2;
        root %1/html;
    }
}
)"_s.arg(dir)
                  .arg(m_port);
        QFile confFile(dir + u"/nginx.conf"_s);
        if (!confFile.open(QIODevice::WriteOnly) || confFile.write(conf.toUtf8()) < 0) {
            *why = u"cannot write %1"_s.arg(confFile.fileName());
            return false;
        }
        confFile.close();
        const QString binary
            = QStandardPaths::findExecutable(u"nginx"_s, { u"/usr/sbin"_s, u"/usr/bin"_s });
        if (binary.isEmpty()) {
            *why = u"nginx is not installed (scripts/bench installs it)"_s;
            return false;
        }
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(binary,
            { u"-e"_s, dir + u"/error.log"_s, u"-p"_s, dir, u"-c"_s, dir + u"/nginx.conf"_s });
        if (!m_process.waitForStarted()) {
            *why = m_process.errorString();
            return false;
        }
        test::Http http(m_port);
        for (int i = 0; i < 100; ++i) {
            if (http.get(u"/pull.json"_s).status == 200)
                return true;
            if (m_process.state() != QProcess::Running)
                break;
            QThread::msleep(50);
        }
        *why = u"nginx did not start: "_s + QString::fromUtf8(m_process.readAll());
        QFile log(dir + u"/error.log"_s);
        if (log.open(QIODevice::ReadOnly))
            *why += QString::fromUtf8(log.readAll());
        return false;
    }
    ~Nginx()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000)) {
                m_process.kill();
                m_process.waitForFinished();
            }
        }
    }
    int port() const { return m_port; }

private:
    QString m_dir;
    int m_port = 0;
    QProcess m_process;
};

int fail(const QString &why)
{
    std::fprintf(stderr, "bench_pull: %s\n", qPrintable(why));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Requests per second of an incremental pull vs nginx"_s);
    parser.addHelpOption();
    const QCommandLineOption durationOption(u"duration"_s,
        u"Seconds of load for each of the two (default 10)"_s, u"SECONDS"_s, u"10"_s);
    const QCommandLineOption connectionsOption(
        u"connections"_s, u"Concurrent connections (default 16)"_s, u"N"_s, u"16"_s);
    const QCommandLineOption threadsOption(
        u"threads"_s, u"wrk threads (default 2)"_s, u"N"_s, u"2"_s);
    const QCommandLineOption dirOption(
        u"dir"_s, u"Where nginx's files go (default: a temporary directory)"_s, u"DIR"_s);
    const QCommandLineOption dataOption(u"data-dir"_s,
        u"Where the datasets are kept (default: build/testing/bench-data)"_s, u"DIR"_s,
        bench::defaultDataRoot());
    parser.addOptions({ durationOption, connectionsOption, threadsOption, dirOption, dataOption });
    parser.process(app);
    Load load;
    load.seconds = parser.value(durationOption).toInt();
    load.connections = parser.value(connectionsOption).toInt();
    load.threads = parser.value(threadsOption).toInt();
    if (load.seconds < 1 || load.connections < 1 || load.threads < 1
        || load.threads > load.connections)
        return fail(
            u"--duration, --connections and --threads must be positive, threads ≤ connections"_s);
    if (QStandardPaths::findExecutable(u"wrk"_s).isEmpty())
        return fail(u"wrk is not installed (scripts/bench installs it)"_s);
    QTemporaryDir temp;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temp.path();
    QDir().mkpath(dir);

    QString why;
    bench::DemoCity city;
    QElapsedTimer built;
    built.start();
    if (!city.start(parser.value(dataOption), &why))
        return fail(why);
    std::fprintf(stderr, "bench_pull: %s served in %.1f s\n", qPrintable(city.dataset),
        double(built.elapsed()) / 1000);
    const int port = city.server->port();
    test::Http http(port);
    const QString street = test::login(http, kStreetUser);
    const QString worker = test::login(http, kWorker);
    if (street.isEmpty() || worker.isEmpty())
        return fail(u"cannot sign in as %1 and %2"_s.arg(kStreetUser, kWorker));

    // The street's head, then 50 changes in its street: notices a community saves.
    const test::PullResult before = test::pullAll(http, street, 0, 5000);
    if (before.status != 200)
        return fail(u"the street's first pull failed: %1"_s.arg(before.status));
    QJsonArray ops;
    for (int i = 0; i < kChanges; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        ops.append(test::op(u"notice.save"_s,
            QJsonObject { { u"id"_s, id }, { u"unit"_s, kCommunity }, { u"category"_s, u"通知"_s },
                { u"title"_s, u"停水通知 %1"_s.arg(i + 1) },
                { u"body_html"_s,
                    u"<p>因管网维修，%1号楼明天8:00至17:00停水，请居民提前储水。</p>"_s.arg(
                        i + 1) },
                { u"scheduled_at"_s, QJsonValue(QJsonValue::Null) } }));
    }
    const test::HttpReply pushed = test::push(http, worker, ops);
    int applied = 0;
    for (const auto &r : pushed.json().value(u"results"_s).toArray())
        applied += r.toObject().value(u"status"_s).toString() == u"applied";
    if (applied != kChanges)
        return fail(u"the push applied %1 of %2 ops: %3"_s.arg(applied).arg(kChanges).arg(
            QString::fromUtf8(pushed.body.left(400))));
    const test::PullResult after = test::pullAll(http, street, before.next, 5000);
    if (after.changes.size() < kChanges)
        return fail(
            u"the street sees %1 new changes, not %2"_s.arg(after.changes.size()).arg(kChanges));
    const qint64 since = after.changes.size() == kChanges
        ? before.next
        : after.changes.at(after.changes.size() - kChanges - 1).value(u"seq"_s).toInteger();
    // The request the client sends (its default page of 1000 changes).
    const QString path = u"/api/v1/sync/pull?since=%1&limit=1000"_s.arg(since);
    const test::HttpReply reply = http.get(path, street);
    const auto changes = reply.json().value(u"changes"_s).toArray();
    if (reply.status != 200 || changes.size() != kChanges)
        return fail(u"the pull since %1 answered %2 with %3 changes"_s.arg(since)
                        .arg(reply.status)
                        .arg(changes.size()));

    Nginx nginx;
    if (!nginx.start(dir + u"/nginx"_s, reply.body, &why))
        return fail(why);
    const QString loadText
        = u"wrk -t%1 -c%2 -d%3s"_s.arg(load.threads).arg(load.connections).arg(load.seconds);

    const WrkResult staticRun
        = runWrk(load, u"http://127.0.0.1:%1/pull.json"_s.arg(nginx.port()), {});
    const WrkResult pullRun = runWrk(load, u"http://127.0.0.1:%1%2"_s.arg(port).arg(path),
        { u"Authorization: Bearer %1"_s.arg(street) });
    city.server->stop();
    // The same request with the server's page cache off: what each distinct question costs.
    test::ServerProcess uncachedServer(
        { u"--data"_s, city.dir }, { u"--pull-cache-mb"_s, u"0"_s });
    if (!uncachedServer.start(&why))
        return fail(why);
    const WrkResult uncachedRun
        = runWrk(load, u"http://127.0.0.1:%1%2"_s.arg(uncachedServer.port()).arg(path),
            { u"Authorization: Bearer %1"_s.arg(street) });
    uncachedServer.stop();
    for (const auto *run : { &staticRun, &pullRun, &uncachedRun }) {
        if (run->rps <= 0)
            return fail(u"wrk measured nothing: "_s + run->output);
        std::fprintf(stderr, "%s\n", qPrintable(run->output));
    }
    const QJsonObject common { { u"bytes"_s, qint64(reply.body.size()) },
        { u"changes"_s, kChanges }, { u"load"_s, loadText } };
    QJsonObject staticLine = common;
    staticLine.insert(u"bench"_s, u"static_rps"_s);
    staticLine.insert(u"value"_s, bench::rounded(staticRun.rps));
    staticLine.insert(u"unit"_s, u"requests/s"_s);
    staticLine.insert(u"server"_s, u"nginx (Debian), the same bytes as a static file"_s);
    staticLine.insert(u"errors"_s, staticRun.errors);
    bench::printObject(staticLine);
    QJsonObject pullLine = common;
    pullLine.insert(u"bench"_s, u"pull_rps"_s);
    pullLine.insert(u"value"_s, bench::rounded(pullRun.rps));
    pullLine.insert(u"unit"_s, u"requests/s"_s);
    pullLine.insert(u"dataset"_s, city.dataset);
    pullLine.insert(u"account"_s, kStreetUser);
    pullLine.insert(u"errors"_s, pullRun.errors);
    pullLine.insert(u"ratio"_s, bench::rounded(pullRun.rps / staticRun.rps));
    pullLine.insert(u"target"_s, u"ratio >= 0.3"_s);
    pullLine.insert(u"reference"_s,
        QJsonObject {
            { u"bench"_s, u"static_rps"_s }, { u"value"_s, bench::rounded(staticRun.rps) } });
    bench::printObject(pullLine);
    QJsonObject uncachedLine = common;
    uncachedLine.insert(u"bench"_s, u"pull_rps_uncached"_s);
    uncachedLine.insert(u"value"_s, bench::rounded(uncachedRun.rps));
    uncachedLine.insert(u"unit"_s, u"requests/s"_s);
    uncachedLine.insert(u"dataset"_s, city.dataset);
    uncachedLine.insert(u"account"_s, kStreetUser);
    uncachedLine.insert(u"server"_s, u"serve --pull-cache-mb 0: every pull reads the log"_s);
    uncachedLine.insert(u"errors"_s, uncachedRun.errors);
    uncachedLine.insert(u"ratio"_s, bench::rounded(uncachedRun.rps / staticRun.rps));
    uncachedLine.insert(u"reference"_s,
        QJsonObject {
            { u"bench"_s, u"static_rps"_s }, { u"value"_s, bench::rounded(staticRun.rps) } });
    bench::printObject(uncachedLine);
    return 0;
}

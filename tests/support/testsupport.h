#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace civic::test {

// A fresh, empty database for one test: a temporary SQLite directory, or a new database
// on the PostgreSQL named by CIVIC_TEST_PG_URL (scripts/test starts one on loopback).
class TestDatabase
{
public:
    // `backend` is "sqlite" or "postgresql". Returns nullptr and sets `why` when the
    // backend cannot be had (PostgreSQL not running).
    static std::unique_ptr<TestDatabase> create(const QString &backend, QString *why);
    // A copy of `templ` (SQLite: the file; PostgreSQL: CREATE DATABASE … TEMPLATE).
    static std::unique_ptr<TestDatabase> copyOf(const TestDatabase &templ, QString *why);
    ~TestDatabase();

    QString backend() const { return m_backend; }
    // Arguments selecting this database for civicdesk-server: {"--data", DIR} or {"--db", URL}.
    QStringList serverArgs() const;
    QString dataDir() const { return m_dir.path(); }
    QString pgName() const { return m_pgName; }
    QString pgUrl() const { return m_pgUrl; }

private:
    TestDatabase() = default;
    QString m_backend;
    QTemporaryDir m_dir;
    QString m_pgUrl;
    QString m_pgName;
};

// The PostgreSQL administration URL tests use (CIVIC_TEST_PG_URL or the scripts/test default).
QString pgAdminUrl();

// Adds the "backend" column with rows sqlite and postgresql (for initTestCase_data()).
void addBackendRows();

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString serverBinary();
// Runs civicdesk-server with `args`, feeding `input` on standard input.
CliResult runServer(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 120000);

// A civicdesk-server serving on a free loopback port.
class ServerProcess
{
public:
    explicit ServerProcess(QStringList dbArgs, QStringList extraArgs = {});
    ~ServerProcess();
    bool start(QString *why);
    void stop();   // SIGTERM and wait
    void kill9();  // SIGKILL, as a crash
    bool isRunning() const;
    int port() const { return m_port; }
    QString baseUrl() const;
    QString output() const;
    qint64 pid() const;

private:
    QStringList m_dbArgs;
    QStringList m_extraArgs;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    mutable QByteArray m_output;
};

struct HttpReply
{
    int status = 0; // 0: no answer (connection failed)
    QByteArray body;
    QString contentType;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray jsonArray() const { return QJsonDocument::fromJson(body).array(); }
    QString errorCode() const { return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(); }
};

// A blocking HTTP client for tests (cpp-httplib): safe to use from several threads, one
// client per thread.
class Http
{
public:
    explicit Http(int port);
    ~Http();
    HttpReply get(const QString &path, const QString &token = {});
    HttpReply post(const QString &path, const QByteArray &body, const QString &token = {},
                   const QByteArray &contentType = "application/json",
                   const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    HttpReply postJson(const QString &path, const QJsonObject &body, const QString &token = {});

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// Signs in and returns the access token (empty on failure).
QString login(Http &http, const QString &username, const QString &password = QStringLiteral("CivicDesk-demo-1"));
QJsonObject loginReply(Http &http, const QString &username, const QString &password = QStringLiteral("CivicDesk-demo-1"));

// Pulls everything visible to `token` from `since`, following `next` while `has_more`.
struct PullResult
{
    QList<QJsonObject> changes;
    qint64 next = 0;
    int pages = 0;
    bool reset = false;
    int status = 200;
};
PullResult pullAll(Http &http, const QString &token, qint64 since = 0, int limit = 500);

QJsonObject op(const QString &type, const QJsonObject &payload, std::optional<qint64> baseVersion = std::nullopt,
               const QString &opId = {});
// Pushes ops and returns the reply.
HttpReply push(Http &http, const QString &token, const QJsonArray &ops);

// A fresh database filled by `civicdesk-server demo` and a server serving it: the usual
// fixture of server tests. start() returns false with `why` set when the backend is missing.
class DemoServer
{
public:
    bool start(const QString &backend, QString *why, const QStringList &serveArgs = {});
    void stop();
    TestDatabase &database() { return *m_db; }
    ServerProcess &process() { return *m_server; }
    int port() const { return m_server->port(); }
    QString intakeKey() const { return m_intakeKey; }
    QString demoOutput() const { return m_demoOutput; }
    // A client for the calling thread's use.
    Http &http();
    // The current global seq (GET /api/v1/health), to prove a failed request changed nothing.
    qint64 seq();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Http> m_http;
    QString m_intakeKey;
    QString m_demoOutput;
};

} // namespace civic::test

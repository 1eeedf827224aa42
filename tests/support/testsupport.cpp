#include "testsupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <httplib.h>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

#include <csignal>

using namespace Qt::StringLiterals;

namespace civic::test {

QString pgAdminUrl()
{
    const QString env = qEnvironmentVariable("CIVIC_TEST_PG_URL");
    return env.isEmpty() ? u"postgresql://civic_test:civic_test@127.0.0.1:5432/postgres"_s : env;
}

namespace {

// Runs one statement on the administration database; returns an error text or empty.
QString pgAdmin(const QString &sql)
{
    const QUrl url(pgAdminUrl());
    const QString name = u"civic-test-admin-%1"_s.arg(QRandomGenerator::global()->generate());
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        db.setConnectOptions(u"connect_timeout=3"_s);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

std::unique_ptr<TestDatabase> TestDatabase::create(const QString &backend, QString *why)
{
    std::unique_ptr<TestDatabase> db(new TestDatabase);
    db->m_backend = backend;
    if (!db->m_dir.isValid()) {
        *why = u"cannot create a temporary directory"_s;
        return nullptr;
    }
    if (backend == u"sqlite")
        return db;
    db->m_pgName = u"civic_test_%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
    const QString error = pgAdmin(u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'"_s.arg(db->m_pgName));
    if (!error.isEmpty()) {
        *why = u"PostgreSQL is not available at %1 (%2); run scripts/test, which starts it"_s.arg(
            QUrl(pgAdminUrl()).adjusted(QUrl::RemovePassword).toString(), error.trimmed());
        return nullptr;
    }
    QUrl url(pgAdminUrl());
    url.setPath(u"/"_s + db->m_pgName);
    db->m_pgUrl = url.toString();
    return db;
}

std::unique_ptr<TestDatabase> TestDatabase::copyOf(const TestDatabase &templ, QString *why)
{
    std::unique_ptr<TestDatabase> db(new TestDatabase);
    db->m_backend = templ.m_backend;
    if (templ.m_backend == u"sqlite") {
        const QString from = QDir(templ.dataDir()).filePath(u"civicdesk.sqlite"_s);
        if (!QFile::copy(from, QDir(db->dataDir()).filePath(u"civicdesk.sqlite"_s))) {
            *why = u"cannot copy the demo database"_s;
            return nullptr;
        }
        return db;
    }
    db->m_pgName = u"civic_test_%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
    const QString error = pgAdmin(u"CREATE DATABASE %1 TEMPLATE %2"_s.arg(db->m_pgName, templ.m_pgName));
    if (!error.isEmpty()) {
        *why = u"cannot copy the demo database: "_s + error;
        return nullptr;
    }
    QUrl url(pgAdminUrl());
    url.setPath(u"/"_s + db->m_pgName);
    db->m_pgUrl = url.toString();
    return db;
}

TestDatabase::~TestDatabase()
{
    if (!m_pgName.isEmpty())
        pgAdmin(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_pgName));
}

QStringList TestDatabase::serverArgs() const
{
    if (m_backend == u"sqlite")
        return {u"--data"_s, m_dir.path()};
    return {u"--db"_s, m_pgUrl};
}

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

QString serverBinary()
{
    return QStringLiteral(CIVIC_SERVER_BIN);
}

namespace {

// A test that crashes or is killed by its timeout leaves no server process behind.
void dieWithTheTest(QProcess &process)
{
#ifdef Q_OS_LINUX
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#else
    Q_UNUSED(process);
#endif
}

} // namespace

CliResult runServer(const QStringList &args, const QByteArray &input, int timeoutMs)
{
    QProcess p;
    dieWithTheTest(p);
    p.start(serverBinary(), args);
    CliResult r;
    if (!p.waitForStarted()) {
        r.err = p.errorString();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = u"timed out"_s;
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

ServerProcess::ServerProcess(QStringList dbArgs, QStringList extraArgs)
    : m_dbArgs(std::move(dbArgs))
    , m_extraArgs(std::move(extraArgs))
{
}

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(QString *why)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    dieWithTheTest(*m_process);
    m_output.clear();
    QStringList args = {u"serve"_s};
    args << m_dbArgs << u"--listen"_s << u"127.0.0.1:%1"_s.arg(m_port) << m_extraArgs;
    m_process->start(serverBinary(), args);
    if (!m_process->waitForStarted()) {
        *why = m_process->errorString();
        return false;
    }
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(200) && m_process->state() != QProcess::Running)
            break;
        m_output += m_process->readAll();
        const auto at = m_output.indexOf("listening on http");
        if (at >= 0) {
            const auto lineEnd = m_output.indexOf('\n', at);
            if (lineEnd < 0)
                continue;
            const QByteArray line = m_output.mid(at, lineEnd - at);
            const auto colon = line.lastIndexOf(':', line.indexOf(" ("));
            m_port = line.mid(colon + 1, line.indexOf(' ', colon) - colon - 1).toInt();
            return m_port > 0;
        }
    }
    *why = u"the server did not start: "_s + QString::fromUtf8(m_output);
    return false;
}

void ServerProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(15000)) {
        m_process->kill();
        m_process->waitForFinished();
    }
}

void ServerProcess::kill9()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished();
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString ServerProcess::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

QString ServerProcess::output() const
{
    if (m_process)
        m_output += m_process->readAll();
    return QString::fromUtf8(m_output);
}

qint64 ServerProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

struct Http::Impl
{
    explicit Impl(int port) : client("127.0.0.1", port)
    {
        client.set_connection_timeout(10, 0);
        client.set_read_timeout(120, 0);
        client.set_write_timeout(60, 0);
        client.set_keep_alive(true);
    }
    httplib::Client client;
};

Http::Http(int port)
    : m_impl(std::make_unique<Impl>(port))
{
}

Http::~Http() = default;

namespace {
HttpReply toReply(const httplib::Result &result)
{
    HttpReply r;
    if (!result)
        return r;
    r.status = result->status;
    r.body = QByteArray::fromStdString(result->body);
    r.contentType = QString::fromStdString(result->get_header_value("Content-Type"));
    return r;
}

httplib::Headers headersFor(const QString &token, const QList<std::pair<QByteArray, QByteArray>> &extra = {})
{
    httplib::Headers h;
    if (!token.isEmpty())
        h.emplace("Authorization", "Bearer " + token.toStdString());
    for (const auto &[k, v] : extra)
        h.emplace(k.toStdString(), v.toStdString());
    return h;
}
} // namespace

HttpReply Http::get(const QString &path, const QString &token)
{
    return toReply(m_impl->client.Get(path.toStdString(), headersFor(token)));
}

HttpReply Http::post(const QString &path, const QByteArray &body, const QString &token,
                     const QByteArray &contentType, const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    return toReply(m_impl->client.Post(path.toStdString(), headersFor(token, headers), body.toStdString(),
                                       contentType.toStdString()));
}

HttpReply Http::postJson(const QString &path, const QJsonObject &body, const QString &token)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

QJsonObject loginReply(Http &http, const QString &username, const QString &password)
{
    return http.postJson(u"/api/v1/auth/login"_s, {{u"username"_s, username}, {u"password"_s, password}}).json();
}

QString login(Http &http, const QString &username, const QString &password)
{
    return loginReply(http, username, password).value(u"access_token"_s).toString();
}

PullResult pullAll(Http &http, const QString &token, qint64 since, int limit)
{
    PullResult result;
    result.next = since;
    for (;;) {
        const HttpReply r = http.get(u"/api/v1/sync/pull?since=%1&limit=%2"_s.arg(result.next).arg(limit), token);
        result.status = r.status;
        if (r.status != 200)
            return result;
        const QJsonObject page = r.json();
        ++result.pages;
        if (page.value(u"reset"_s).toBool()) {
            result.reset = true;
            return result;
        }
        for (const auto &c : page.value(u"changes"_s).toArray())
            result.changes.append(c.toObject());
        result.next = page.value(u"next"_s).toInteger();
        if (!page.value(u"has_more"_s).toBool())
            return result;
    }
}

QJsonObject op(const QString &type, const QJsonObject &payload, std::optional<qint64> baseVersion, const QString &opId)
{
    return QJsonObject{
        {u"op_id"_s, opId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : opId},
        {u"type"_s, type},
        {u"base_version"_s, baseVersion ? QJsonValue(*baseVersion) : QJsonValue(QJsonValue::Null)},
        {u"payload"_s, payload},
    };
}

HttpReply push(Http &http, const QString &token, const QJsonArray &ops)
{
    return http.postJson(u"/api/v1/sync/push"_s, {{u"ops"_s, ops}}, token);
}

namespace {
// The demo city is built once per backend and test process, then copied for each test:
// tests start from the same data without paying for the generator every time.
struct DemoTemplate
{
    std::unique_ptr<TestDatabase> database;
    QString output;
};

QHash<QString, std::shared_ptr<DemoTemplate>> &templates()
{
    static QHash<QString, std::shared_ptr<DemoTemplate>> map;
    return map;
}

// Before QCoreApplication goes: dropping a PostgreSQL template needs QtSql alive.
void dropTemplates()
{
    templates().clear();
}

DemoTemplate *demoTemplate(const QString &backend, QString *why)
{
    if (auto found = templates().value(backend))
        return found.get();
    if (templates().isEmpty())
        qAddPostRoutine(dropTemplates);
    auto t = std::make_shared<DemoTemplate>();
    t->database = TestDatabase::create(backend, why);
    if (!t->database)
        return nullptr;
    const CliResult demo = runServer(QStringList{u"demo"_s} + t->database->serverArgs());
    if (demo.exitCode != 0) {
        *why = u"demo failed: "_s + demo.err;
        return nullptr;
    }
    t->output = demo.out;
    templates().insert(backend, t);
    return t.get();
}
} // namespace

bool DemoServer::start(const QString &backend, QString *why, const QStringList &serveArgs)
{
    DemoTemplate *templ = demoTemplate(backend, why);
    if (!templ)
        return false;
    m_db = TestDatabase::copyOf(*templ->database, why);
    if (!m_db)
        return false;
    const CliResult demo{0, templ->output, {}};
    m_demoOutput = demo.out;
    for (const auto &line : demo.out.split(u'\n')) {
        if (line.startsWith(u"intake-key: "_s))
            m_intakeKey = line.mid(12).trimmed();
    }
    m_server = std::make_unique<ServerProcess>(m_db->serverArgs(), serveArgs);
    if (!m_server->start(why))
        return false;
    m_http = std::make_unique<Http>(m_server->port());
    return true;
}

void DemoServer::stop()
{
    m_http.reset();
    if (m_server)
        m_server->stop();
}

Http &DemoServer::http()
{
    return *m_http;
}

qint64 DemoServer::seq()
{
    return m_http->get(u"/api/v1/health"_s).json().value(u"seq"_s).toInteger(-1);
}

} // namespace civic::test

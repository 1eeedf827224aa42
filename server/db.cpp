#include "db.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDb, "civic.server.db")

namespace civic::server {

std::optional<DbConfig> DbConfig::fromArguments(const QString &dataDir, const QString &dbUrl,
                                                QString *error)
{
    DbConfig config;
    if (dbUrl.isEmpty()) {
        if (dataDir.isEmpty()) {
            *error = u"either --data DIR or --db postgresql://… is required"_s;
            return std::nullopt;
        }
        QDir dir(dataDir);
        if (!dir.exists() && !QDir().mkpath(dataDir)) {
            *error = u"cannot create data directory %1"_s.arg(dataDir);
            return std::nullopt;
        }
        config.dialect = Dialect::Sqlite;
        config.sqlitePath = dir.absoluteFilePath(u"civicdesk.sqlite"_s);
        return config;
    }
    const QUrl url(dbUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres")) {
        *error = u"--db must be a postgresql://user:password@host:port/database URL"_s;
        return std::nullopt;
    }
    config.dialect = Dialect::Postgres;
    config.pgHost = url.host();
    config.pgPort = url.port(5432);
    config.pgUser = url.userName();
    config.pgPassword = url.password();
    config.pgDatabase = url.path().mid(1);
    const QUrlQuery query(url);
    if (query.hasQueryItem(u"host"_s)) // a Unix socket directory
        config.pgHost = query.queryItemValue(u"host"_s, QUrl::FullyDecoded);
    if (config.pgDatabase.isEmpty()) {
        *error = u"--db: the URL names no database"_s;
        return std::nullopt;
    }
    if (config.pgHost.isEmpty())
        config.pgHost = u"localhost"_s;
    return config;
}

QString DbConfig::describe() const
{
    if (dialect == Dialect::Sqlite)
        return u"sqlite:%1"_s.arg(sqlitePath);
    return u"postgresql://%1@%2:%3/%4"_s.arg(pgUser, pgHost).arg(pgPort).arg(pgDatabase);
}

DbError::DbError(Kind kind, const QString &message, const QString &nativeCode)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
    , m_nativeCode(nativeCode)
{
}

namespace {
std::atomic<int> g_connectionCounter{0};
thread_local std::unique_ptr<Db> t_current;

DbError::Kind classify(Dialect dialect, const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (error.type() == QSqlError::ConnectionError)
        return DbError::Kind::Unavailable;
    if (dialect == Dialect::Sqlite) {
        // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN
        if (code == u"5" || code == u"6" || code == u"10" || code == u"13" || code == u"14")
            return DbError::Kind::Unavailable;
        if (code == u"19")
            return DbError::Kind::Constraint;
        return DbError::Kind::Generic;
    }
    // SQLSTATE classes: 08 connection, 57P operator intervention (shutdown), 53 resources.
    if (code.startsWith(u"08") || code.startsWith(u"57P") || code.startsWith(u"53")
        || code == u"40001" || code == u"40P01")
        return DbError::Kind::Unavailable;
    if (code.startsWith(u"23"))
        return DbError::Kind::Constraint;
    // QPSQL reports a dropped server connection without a SQLSTATE.
    if (code.isEmpty() && error.type() == QSqlError::StatementError
        && (error.databaseText().contains(u"server closed the connection"_s)
            || error.databaseText().contains(u"no connection to the server"_s)
            || error.databaseText().contains(u"terminating connection"_s)))
        return DbError::Kind::Unavailable;
    return DbError::Kind::Generic;
}
} // namespace

Db::Db(const DbConfig &config)
    : m_config(config)
    , m_name(u"civic-db-%1"_s.arg(++g_connectionCounter))
{
    open();
}

Db::~Db()
{
    close();
}

void Db::open()
{
    if (m_config.dialect == Dialect::Sqlite) {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        m_db.setDatabaseName(m_config.sqlitePath);
        m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    } else {
        m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        m_db.setHostName(m_config.pgHost);
        m_db.setPort(m_config.pgPort);
        m_db.setUserName(m_config.pgUser);
        m_db.setPassword(m_config.pgPassword);
        m_db.setDatabaseName(m_config.pgDatabase);
        m_db.setConnectOptions(u"connect_timeout=5"_s);
    }
    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        const QString message = u"cannot open %1: %2"_s.arg(m_config.describe(), error.text());
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        throw DbError(DbError::Kind::Unavailable, message, error.nativeErrorCode());
    }
    if (m_config.dialect == Dialect::Sqlite) {
        // WAL: readers never block the writer. NORMAL sync in WAL survives a killed
        // process; only a power cut can lose the last commits, never corrupt the file.
        exec(u"PRAGMA journal_mode=WAL"_s);
        exec(u"PRAGMA synchronous=NORMAL"_s);
        exec(u"PRAGMA foreign_keys=ON"_s);
        exec(u"PRAGMA temp_store=MEMORY"_s);
    } else {
        exec(u"SET client_min_messages TO WARNING"_s);
    }
}

void Db::close()
{
    m_prepared.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

void Db::reconnect()
{
    qCInfo(lcDb) << "reconnecting" << m_config.describe();
    close();
    m_transactionDepth = 0;
    open();
}

void Db::fail(const QSqlError &error, const QString &sql)
{
    const auto kind = classify(m_config.dialect, error);
    if (kind != DbError::Kind::Constraint)
        qCWarning(lcDb).noquote() << "statement failed:" << error.text() << "in" << sql.left(200);
    throw DbError(kind, error.text(), error.nativeErrorCode());
}

void Db::run(QSqlQuery &query, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        // A null QString binds as SQL NULL; only an explicitly typed null variant should.
        if (v.typeId() == QMetaType::QString && !v.isNull() && v.toString().isNull())
            query.bindValue(i, QString(u""_s));
        else
            query.bindValue(i, v);
    }
    if (!query.exec())
        fail(query.lastError(), query.lastQuery());
}

QSqlQuery Db::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (binds.isEmpty()) {
        if (!query.exec(sql))
            fail(query.lastError(), sql);
        return query;
    }
    if (!query.prepare(sql))
        fail(query.lastError(), sql);
    run(query, binds);
    return query;
}

QSqlQuery &Db::prepared(const QString &sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            fail(query.lastError(), sql);
        it = m_prepared.insert(sql, query);
    }
    it->finish();
    return *it;
}

QVariant Db::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery query = exec(sql, binds);
    return query.next() ? query.value(0) : QVariant();
}

int Db::execAffected(const QString &sql, const QVariantList &binds)
{
    QSqlQuery query = exec(sql, binds);
    return query.numRowsAffected();
}

Db &Db::current(const DbConfig &config)
{
    if (!t_current)
        t_current = std::make_unique<Db>(config);
    return *t_current;
}

void Db::releaseCurrent()
{
    t_current.reset();
}

Transaction::Transaction(Db &db, Mode mode)
    : m_db(db)
{
    if (db.m_transactionDepth > 0)
        throw DbError(DbError::Kind::Generic, u"nested transaction"_s);
    if (db.dialect() == Dialect::Sqlite) {
        db.exec(mode == Mode::Read ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s);
    } else {
        db.exec(mode == Mode::Read ? u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s
                                   : u"BEGIN"_s);
    }
    m_open = true;
    ++db.m_transactionDepth;
    if (mode == Mode::Serialised && db.dialect() == Dialect::Postgres)
        db.exec(u"SELECT value FROM counters WHERE name = 'seq' FOR UPDATE"_s);
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    --m_db.m_transactionDepth;
    QSqlQuery rollback(m_db.connection());
    rollback.exec(u"ROLLBACK"_s);
}

void Transaction::commit()
{
    m_db.exec(u"COMMIT"_s);
    m_open = false;
    --m_db.m_transactionDepth;
}

QString dialectSql(Dialect dialect, QString sql)
{
    const bool pg = dialect == Dialect::Postgres;
    sql.replace(u"{path}"_s, pg ? u"TEXT COLLATE \"C\""_s : u"TEXT"_s);
    sql.replace(u"{blob}"_s, pg ? u"BYTEA"_s : u"BLOB"_s);
    sql.replace(u"{int64}"_s, pg ? u"BIGINT"_s : u"INTEGER"_s);
    return sql;
}

} // namespace civic::server

#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>
#include <stdexcept>

namespace civic::server {

enum class Dialect { Sqlite, Postgres };

// Where the server keeps its data: SQLite in a directory (default) or a PostgreSQL URL.
struct DbConfig
{
    Dialect dialect = Dialect::Sqlite;
    QString sqlitePath;
    QString pgHost;
    int pgPort = 5432;
    QString pgUser;
    QString pgPassword;
    QString pgDatabase;
    QString pgOptions;

    // `--data DIR` and optional `--db postgresql://user:pass@host:port/db`. On failure
    // returns nullopt and sets `error`.
    static std::optional<DbConfig> fromArguments(const QString &dataDir, const QString &dbUrl,
                                                 QString *error);
    // A description for logs and --help, without the password.
    QString describe() const;
};

// A failed statement. `unavailable` marks what the client should retry later (HTTP 503):
// a lost PostgreSQL connection, a full disk, a database busy past its timeout.
class DbError : public std::runtime_error
{
public:
    enum class Kind { Generic, Unavailable, Constraint };
    DbError(Kind kind, const QString &message, const QString &nativeCode = {});
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    QString nativeCode() const { return m_nativeCode; }

private:
    Kind m_kind;
    QString m_message;
    QString m_nativeCode;
};

// One database connection, owned by one thread (QtSql connections must stay in the thread
// that opened them). Statements take positional `?` binds and throw DbError on failure.
class Db
{
public:
    explicit Db(const DbConfig &config);
    ~Db();
    Db(const Db &) = delete;
    Db &operator=(const Db &) = delete;

    Dialect dialect() const { return m_config.dialect; }
    const DbConfig &config() const { return m_config; }
    QSqlDatabase &connection() { return m_db; }

    // Runs `sql` with `binds`; the returned query is positioned before the first row.
    QSqlQuery exec(const QString &sql, const QVariantList &binds = {});
    // A cached prepared statement for hot paths. Do not nest two uses of the same SQL.
    QSqlQuery &prepared(const QString &sql);
    void run(QSqlQuery &query, const QVariantList &binds);
    // The first column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar(const QString &sql, const QVariantList &binds = {});
    // Number of rows a statement changed.
    int execAffected(const QString &sql, const QVariantList &binds = {});

    // Reopens the connection after it was lost (a PostgreSQL restart).
    void reconnect();
    bool inTransaction() const { return m_transactionDepth > 0; }

    // The connection of the calling thread, opened on first use.
    static Db &current(const DbConfig &config);
    static void releaseCurrent();

private:
    friend class Transaction;
    void open();
    void close();
    [[noreturn]] void fail(const QSqlError &error, const QString &sql);

    DbConfig m_config;
    QString m_name;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_prepared;
    int m_transactionDepth = 0;
};

// A transaction, rolled back unless commit() is called. Write transactions on SQLite start
// with BEGIN IMMEDIATE (a deferred BEGIN can fail at once in WAL); `serialise` additionally
// takes the change-sequence counter's row lock on PostgreSQL so that writers commit in the
// order of the seq they draw (ARCHITECTURE.md §Data flow 2).
class Transaction
{
public:
    enum class Mode { Read, Write, Serialised };
    Transaction(Db &db, Mode mode);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Db &m_db;
    bool m_open = false;
};

// SQL text with the dialect's spellings for `{path}` (a byte-ordered text column),
// `{blob}` and `{int64}` (INTEGER in SQLite, so that `INTEGER PRIMARY KEY` is the rowid).
QString dialectSql(Dialect dialect, QString sql);

} // namespace civic::server

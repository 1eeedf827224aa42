#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace civic::store {

// Why a cache could not be opened.
struct CacheError
{
    enum class Kind { TooNew, CannotOpen, MigrationFailed };
    Kind kind;
    QString message;
};

// The one owner of the client's SQLite cache file: one file per server and user under
// QStandardPaths::AppLocalDataLocation. Opens connections with the pragmas the cache needs
// (WAL, busy timeout, foreign keys), runs the numbered migrations recorded in
// PRAGMA user_version, each in its own transaction, and refuses a file written by a newer
// CivicDesk rather than damage it.
class CacheDatabase
{
public:
    // The cache file for `serverUrl` and `username` under `baseDir` (the app-data location
    // when empty): "<baseDir>/caches/<username>@<host>_<port>.sqlite".
    static QString cacheFileFor(const QString &serverUrl, const QString &username, const QString &baseDir = {});

    // The schema version this build writes.
    static int latestVersion();

    // Opens the writer connection (the sync thread's) and migrates. On failure the connection
    // is removed and the error says why; a newer schema is left untouched.
    static std::optional<CacheError> openWriter(const QString &path, const QString &connectionName);
    // Opens a read connection (the UI thread's) on an already migrated file.
    static std::optional<CacheError> openReader(const QString &path, const QString &connectionName);
    static void close(const QString &connectionName);

    // Starts a write transaction with BEGIN IMMEDIATE (QtSql's transaction() would send a
    // deferred BEGIN, which can fail at once in WAL instead of waiting for the lock).
    static bool beginWrite(QSqlDatabase &db);
    static bool commit(QSqlDatabase &db);
    static void rollback(QSqlDatabase &db);
    // PRAGMA synchronous for the following commits: FULL for the outbox, NORMAL for pulls.
    static void setDurable(QSqlDatabase &db, bool full);
};

} // namespace civic::store

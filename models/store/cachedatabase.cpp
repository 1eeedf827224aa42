#include "cachedatabase.h"

#include "cacheschema.h"
#include "personaldata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "civic.store")

namespace civic::store {

namespace {

QString safeName(const QString &text)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]"_s);
    QString s = text;
    s.replace(unsafe, u"_"_s);
    return s.left(64);
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    qCWarning(lcStore).noquote() << "cache statement failed:" << q.lastError().text() << sql.left(160);
    return false;
}

int userVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(u"PRAGMA user_version"_s) && q.next() ? q.value(0).toInt() : -1;
}

std::optional<CacheError> openConnection(const QString &path, const QString &name, QSqlDatabase *out)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        const QString message = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return CacheError{CacheError::Kind::CannotOpen, message};
    }
    exec(db, u"PRAGMA journal_mode=WAL"_s);
    exec(db, u"PRAGMA foreign_keys=ON"_s);
    exec(db, u"PRAGMA synchronous=NORMAL"_s);
    // Deleted and replaced rows are overwritten, so an old clear-text copy of a record does
    // not stay behind in a free page.
    exec(db, u"PRAGMA secure_delete=ON"_s);
    *out = db;
    return std::nullopt;
}

CacheError tooNew(int found)
{
    return CacheError{CacheError::Kind::TooNew,
                      u"this cache was written by a newer CivicDesk (schema %1, this version knows %2); "
                      u"update CivicDesk or choose another cache folder"_s.arg(found).arg(CacheDatabase::latestVersion())};
}

} // namespace

QString CacheDatabase::cacheFileFor(const QString &serverUrl, const QString &username, const QString &baseDir)
{
    const QUrl url(serverUrl);
    const QString base = baseDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                                           : baseDir;
    const QString host = url.host().isEmpty() ? serverUrl : url.host();
    const int port = url.port(url.scheme() == u"https" ? 443 : 80);
    return QDir(base).filePath(u"caches/%1@%2_%3.sqlite"_s.arg(safeName(username), safeName(host)).arg(port));
}

int CacheDatabase::latestVersion()
{
    const auto list = cacheMigrations();
    return list.isEmpty() ? 0 : list.constLast().version;
}

std::optional<CacheError> CacheDatabase::openWriter(const QString &path, const QString &connectionName)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return CacheError{CacheError::Kind::CannotOpen, u"cannot create the folder of %1"_s.arg(path)};
    QSqlDatabase db;
    if (auto error = openConnection(path, connectionName, &db))
        return error;
    const int current = userVersion(db);
    if (current > latestVersion()) {
        close(connectionName);
        return tooNew(current);
    }
    for (const auto &migration : cacheMigrations()) {
        if (migration.version <= userVersion(db))
            continue;
        QString error;
        bool ok = beginWrite(db);
        for (const auto &statement : migration.statements) {
            if (!ok)
                break;
            ok = exec(db, statement, &error);
        }
        if (ok && migration.apply)
            ok = migration.apply(db, &error);
        ok = ok && exec(db, u"PRAGMA user_version = %1"_s.arg(migration.version), &error) && commit(db);
        if (!ok) {
            rollback(db);
            close(connectionName);
            return CacheError{CacheError::Kind::MigrationFailed,
                              u"cache migration %1 failed: %2"_s.arg(migration.version).arg(error)};
        }
        qCInfo(lcStore) << "cache migrated to" << migration.version;
        // What a migration rewrote must not linger in the log.
        exec(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    if (const auto error = checkPersonalKey(db)) {
        close(connectionName);
        return CacheError{CacheError::Kind::CannotOpen, *error};
    }
    return std::nullopt;
}

std::optional<CacheError> CacheDatabase::openReader(const QString &path, const QString &connectionName)
{
    QSqlDatabase db;
    if (auto error = openConnection(path, connectionName, &db))
        return error;
    const int current = userVersion(db);
    if (current > latestVersion()) {
        close(connectionName);
        return tooNew(current);
    }
    return std::nullopt;
}

void CacheDatabase::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

bool CacheDatabase::beginWrite(QSqlDatabase &db)
{
    return exec(db, u"BEGIN IMMEDIATE"_s);
}

bool CacheDatabase::commit(QSqlDatabase &db)
{
    return exec(db, u"COMMIT"_s);
}

void CacheDatabase::rollback(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(u"ROLLBACK"_s);
}

void CacheDatabase::setDurable(QSqlDatabase &db, bool full)
{
    exec(db, full ? u"PRAGMA synchronous=FULL"_s : u"PRAGMA synchronous=NORMAL"_s);
}

} // namespace civic::store

#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace civic::domain {
struct Actor;
}

namespace civic::store {

class RecordStore;

// One numbered cache migration (PRAGMA user_version). Versions are global across features.
struct CacheMigration
{
    int version;
    QStringList statements;
    // Work SQL alone cannot do (sealing personal data), run after the statements in the same
    // transaction; false (with `error`) rolls the migration back.
    std::function<bool(QSqlDatabase &db, QString *error)> apply = {};
};

// A column of a kind's table, filled from the pulled record's JSON.
struct KindColumn
{
    enum class Type {
        Text,     // a string
        Integer,  // a number or boolean
        Real,
        Time,     // an ISO 8601 string, stored as ms since the epoch (NULL when absent)
        Json,     // a nested value, stored as compact JSON text
        UnitPath, // the path of the unit whose code is at jsonKey (resolved from org_unit)
    };
    QString column;
    QString jsonKey;
    Type type = Type::Text;
};

// Where the client keeps the records of one kind: `table(id PRIMARY KEY, version, data, …columns)`.
// The table itself is created by the kind's feature migration; the columns listed here are
// what the store fills on every change (the full record stays in `data`).
struct KindTable
{
    QString kind;
    QString table;
    QList<KindColumn> columns;
};

// What an optimistic local command sees: the cache inside the transaction that also queues
// the command in the outbox.
struct LocalContext
{
    RecordStore &records;
    const domain::Actor &actor;
    QString opId;
    qint64 now = 0;
    QJsonObject payload;
    std::optional<qint64> baseVersion;
};

// The outcome of applying a command locally. A non-empty `error` refuses it (nothing is
// queued); otherwise `summary` is the user's own text, kept for the sync problems panel.
struct LocalResult
{
    QString entityKind;
    QString entityId;
    QString summary;
    QString errorCode;
    QString error;
    static LocalResult refused(const QString &code, const QString &message)
    {
        LocalResult r;
        r.errorCode = code;
        r.error = message;
        return r;
    }
};

using LocalApplier = std::function<LocalResult(LocalContext &)>;

// What a feature (complaints, notices, …) adds to the client cache.
struct CacheFeature
{
    QString name;
    QList<CacheMigration> migrations;
    QList<KindTable> kinds;
    QList<std::pair<QString, LocalApplier>> appliers; // command type → optimistic apply
};

CacheFeature coreCacheFeature();
CacheFeature complaintsCacheFeature();
CacheFeature noticesCacheFeature();
CacheFeature fansCacheFeature();
CacheFeature assessmentCacheFeature();
CacheFeature personalDataCacheFeature();

const QList<CacheFeature> &cacheFeatures();
// Every feature's migrations in version order.
QList<CacheMigration> cacheMigrations();
const KindTable *kindTable(const QString &kind);
const LocalApplier *localApplier(const QString &type);
QStringList knownKinds();

} // namespace civic::store

#include "migrations.h"

#include "domain/chinatime.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace civic::server {

namespace {

struct Migration
{
    int version;
    const char16_t *name;
    QList<QStringView> statements;
};

// Numbered migrations, applied in order and never edited once released: a change to the
// schema is a new entry at the end. `{path}` columns hold unit paths and compare byte-wise,
// so that a subtree is an index range.
const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1, u"accounts, org tree, change log, ops",
         {
             u"CREATE TABLE counters (name TEXT PRIMARY KEY, value {int64} NOT NULL)",
             u"INSERT INTO counters (name, value) VALUES ('seq', 0)",
             u"CREATE TABLE org_units ("
             u" code TEXT PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL,"
             u" parent TEXT REFERENCES org_units(code), path {path} NOT NULL UNIQUE,"
             u" district TEXT NOT NULL DEFAULT '', households INTEGER NOT NULL DEFAULT 0,"
             u" version INTEGER NOT NULL, created_at {int64} NOT NULL, updated_at {int64} NOT NULL)",
             u"CREATE INDEX org_units_parent ON org_units(parent)",
             u"CREATE TABLE users ("
             u" id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,"
             u" role TEXT NOT NULL, unit TEXT NOT NULL REFERENCES org_units(code),"
             u" password_hash TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0,"
             u" scope_seq {int64} NOT NULL DEFAULT 0, version INTEGER NOT NULL,"
             u" created_at {int64} NOT NULL, updated_at {int64} NOT NULL)",
             u"CREATE INDEX users_unit ON users(unit)",
             // Access and refresh tokens, stored as SHA-256 hashes. A refresh token's family
             // is the login it descends from: reusing a rotated one revokes the family.
             u"CREATE TABLE tokens ("
             u" hash TEXT PRIMARY KEY, kind TEXT NOT NULL, user_id TEXT NOT NULL REFERENCES users(id),"
             u" family TEXT NOT NULL, device TEXT NOT NULL DEFAULT '', expires_at {int64} NOT NULL,"
             u" revoked_at {int64}, rotated_at {int64}, created_at {int64} NOT NULL)",
             u"CREATE INDEX tokens_family ON tokens(family)",
             u"CREATE INDEX tokens_expiry ON tokens(expires_at)",
             u"CREATE TABLE login_failures (username TEXT NOT NULL, at {int64} NOT NULL)",
             u"CREATE INDEX login_failures_user ON login_failures(username, at)",
             // The change log: one row per live record, re-stamped with a new seq on every
             // change, so a pull since S returns each record changed after S once.
             u"CREATE TABLE changes ("
             u" seq {int64} PRIMARY KEY, kind TEXT NOT NULL, id TEXT NOT NULL,"
             u" version INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,"
             u" unit_path {path} NOT NULL, district TEXT NOT NULL DEFAULT '',"
             u" ref TEXT NOT NULL DEFAULT '', data TEXT NOT NULL,"
             u" private_unit TEXT NOT NULL DEFAULT '', data_private TEXT,"
             u" UNIQUE (kind, id))",
             u"CREATE INDEX changes_scope ON changes(unit_path, seq)",
             u"CREATE INDEX changes_district ON changes(district, seq)",
             u"CREATE INDEX changes_ref ON changes(ref)",
             // The first result of every applied op, so a resent op_id is answered, not redone.
             u"CREATE TABLE ops ("
             u" op_id TEXT PRIMARY KEY, user_id TEXT NOT NULL, type TEXT NOT NULL,"
             u" entity_id TEXT NOT NULL DEFAULT '', seq {int64} NOT NULL DEFAULT 0,"
             u" version INTEGER NOT NULL DEFAULT 0, applied_at {int64} NOT NULL)",
             u"CREATE TABLE intake_keys ("
             u" hash TEXT PRIMARY KEY, name TEXT NOT NULL, unit TEXT NOT NULL REFERENCES org_units(code),"
             u" created_at {int64} NOT NULL, revoked_at {int64})",
             // Departments a complaint was ever transferred to: they keep seeing it.
             u"CREATE TABLE complaint_departments ("
             u" complaint_id TEXT NOT NULL, department TEXT NOT NULL,"
             u" PRIMARY KEY (complaint_id, department))",
             u"CREATE INDEX complaint_departments_dept ON complaint_departments(department)",
             u"CREATE TABLE audit_log ("
             u" id TEXT PRIMARY KEY, at {int64} NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,"
             u" subject TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '')",
             u"CREATE INDEX audit_log_at ON audit_log(at)",
         }},
    };
    return list;
}

bool tableExists(Db &db, const QString &table)
{
    if (db.dialect() == Dialect::Sqlite)
        return db.scalar(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"_s,
                         {table})
                   .toInt()
            > 0;
    return db.scalar(u"SELECT count(*) FROM information_schema.tables"
                     u" WHERE table_schema = current_schema() AND table_name = ?"_s,
                     {table})
               .toInt()
        > 0;
}

} // namespace

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

int currentSchemaVersion(Db &db)
{
    if (!tableExists(db, u"schema_migrations"_s))
        return 0;
    return db.scalar(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s).toInt();
}

void migrate(Db &db)
{
    {
        Transaction tx(db, Transaction::Mode::Write);
        if (db.dialect() == Dialect::Postgres) // two servers starting together migrate once
            db.exec(u"SELECT pg_advisory_xact_lock(7245101)"_s);
        db.exec(dialectSql(db.dialect(),
                           u"CREATE TABLE IF NOT EXISTS schema_migrations ("
                           u" version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                           u" applied_at {int64} NOT NULL)"_s));
        tx.commit();
    }
    for (const auto &migration : migrations()) {
        Transaction tx(db, Transaction::Mode::Write);
        if (db.dialect() == Dialect::Postgres)
            db.exec(u"SELECT pg_advisory_xact_lock(7245101)"_s);
        const int current = currentSchemaVersion(db);
        if (current > latestSchemaVersion()) {
            throw std::runtime_error(
                QStringLiteral("the database has schema version %1, newer than this server "
                               "knows (%2): upgrade civicdesk-server")
                    .arg(current)
                    .arg(latestSchemaVersion())
                    .toStdString());
        }
        if (current >= migration.version)
            continue;
        for (const auto statement : migration.statements)
            db.exec(dialectSql(db.dialect(), statement.toString()));
        db.exec(u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"_s,
                {migration.version, QString::fromUtf16(migration.name),
                 QDateTime::currentMSecsSinceEpoch()});
        tx.commit();
        qCInfo(lcDb) << "applied migration" << migration.version;
    }
    const int current = currentSchemaVersion(db);
    if (current > latestSchemaVersion()) {
        throw std::runtime_error(QStringLiteral("the database has schema version %1, newer than "
                                                "this server knows (%2): upgrade civicdesk-server")
                                     .arg(current)
                                     .arg(latestSchemaVersion())
                                     .toStdString());
    }
}

} // namespace civic::server

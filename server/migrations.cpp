#include "migrations.h"

#include "feature.h"

#include "domain/chinatime.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace civic::server {

namespace {

// All features' migrations in version order.
QList<Migration> allMigrations()
{
    QList<Migration> list;
    for (const auto &feature : features())
        list += feature.migrations;
    std::sort(list.begin(), list.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
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
    const auto list = allMigrations();
    return list.isEmpty() ? 0 : list.constLast().version;
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
    for (const auto &migration : allMigrations()) {
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
        for (const auto &statement : migration.statements)
            db.exec(dialectSql(db.dialect(), statement));
        db.exec(u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"_s,
                {migration.version, migration.name,
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

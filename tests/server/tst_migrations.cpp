// Numbered migrations on both databases: a fresh database reaches the latest version, a
// second run changes nothing, and a database from a newer server is refused untouched.

#include "db.h"
#include "migrations.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace civic::test;
using civic::server::Db;
using civic::server::DbConfig;

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_database;

    DbConfig config()
    {
        QString error;
        const QStringList args = m_database->serverArgs();
        const auto c = args.at(0) == u"--data" ? DbConfig::fromArguments(args.at(1), {}, &error)
                                               : DbConfig::fromArguments({}, args.at(1), &error);
        return *c;
    }

    QStringList tables(Db &db)
    {
        QStringList names;
        QSqlQuery q = db.dialect() == civic::server::Dialect::Sqlite
            ? db.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"_s)
            : db.exec(u"SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                      u" ORDER BY table_name"_s);
        while (q.next())
            names.append(q.value(0).toString());
        return names;
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        QString why;
        m_database = TestDatabase::create(backend, &why);
        if (!m_database)
            QSKIP(qPrintable(why));
    }

    void cleanup() { m_database.reset(); }

    void freshDatabaseReachesTheLatestVersion()
    {
        Db db(config());
        QCOMPARE(civic::server::currentSchemaVersion(db), 0);
        civic::server::migrate(db);
        QCOMPARE(civic::server::currentSchemaVersion(db), civic::server::latestSchemaVersion());
        const QStringList names = tables(db);
        for (const auto &t : {u"changes"_s, u"counters"_s, u"org_units"_s, u"users"_s, u"tokens"_s, u"ops"_s,
                              u"login_failures"_s, u"intake_keys"_s, u"schema_migrations"_s})
            QVERIFY2(names.contains(t), qPrintable(t));
        QCOMPARE(db.scalar(u"SELECT value FROM counters WHERE name = 'seq'"_s).toLongLong(), 0);
        QCOMPARE(db.scalar(u"SELECT count(*) FROM schema_migrations"_s).toInt(), civic::server::latestSchemaVersion());
    }

    void secondRunChangesNothing()
    {
        Db db(config());
        civic::server::migrate(db);
        db.exec(u"UPDATE counters SET value = 42 WHERE name = 'seq'"_s);
        const QStringList before = tables(db);
        civic::server::migrate(db);
        QCOMPARE(tables(db), before);
        QCOMPARE(db.scalar(u"SELECT value FROM counters WHERE name = 'seq'"_s).toLongLong(), 42);
        const CliResult r = runServer(QStringList{u"migrate"_s} + m_database->serverArgs());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"schema version %1"_s.arg(civic::server::latestSchemaVersion())));
    }

    void newerSchemaIsRefusedUntouched()
    {
        {
            Db db(config());
            civic::server::migrate(db);
            db.exec(u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from the future', 0)"_s);
        }
        const CliResult migrate = runServer(QStringList{u"migrate"_s} + m_database->serverArgs());
        QCOMPARE(migrate.exitCode, 1);
        QVERIFY2(migrate.err.contains(u"newer"_s), qPrintable(migrate.err));
        ServerProcess server(m_database->serverArgs());
        QString why;
        QVERIFY(!server.start(&why));
        QVERIFY2(why.contains(u"newer"_s), qPrintable(why));
        Db db(config());
        QCOMPARE(civic::server::currentSchemaVersion(db), 999);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"

// The client cache's owner: numbered migrations in PRAGMA user_version, each in a
// transaction, a readable file per server and user, and a newer schema refused untouched.

#include "store/cachedatabase.h"
#include "store/recordstore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using civic::store::CacheDatabase;
using civic::store::CacheError;

class TestCacheDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static int userVersion(const QString &path)
    {
        int version = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
            db.setDatabaseName(path);
            db.open();
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA user_version"_s) && q.next())
                version = q.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(u"probe"_s);
        return version;
    }

private Q_SLOTS:
    void fileNamesSeparateServersAndUsers()
    {
        const QString a = CacheDatabase::cacheFileFor(u"https://civic.example.gov.cn"_s, u"demo.worker"_s, u"/base"_s);
        QCOMPARE(a, u"/base/caches/demo.worker@civic.example.gov.cn_443.sqlite"_s);
        QCOMPARE(CacheDatabase::cacheFileFor(u"http://127.0.0.1:8470"_s, u"demo.worker"_s, u"/base"_s),
                 u"/base/caches/demo.worker@127.0.0.1_8470.sqlite"_s);
        QVERIFY(a != CacheDatabase::cacheFileFor(u"https://civic.example.gov.cn"_s, u"demo.street"_s, u"/base"_s));
        // Nothing a user or server can type escapes the cache folder.
        const QString odd = CacheDatabase::cacheFileFor(u"http://h:1"_s, u"../../etc/x"_s, u"/base"_s);
        QVERIFY(odd.startsWith(u"/base/caches/"_s));
        QVERIFY(!odd.mid(13).contains(u'/'));
    }

    void migratesAFreshFileInOrder()
    {
        const QString path = m_dir.filePath(u"fresh/cache.sqlite"_s);
        QVERIFY(!CacheDatabase::openWriter(path, u"w"_s));
        QCOMPARE(userVersion(path), CacheDatabase::latestVersion());
        {
            QSqlDatabase db = QSqlDatabase::database(u"w"_s);
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_s);
            for (const auto &table : {u"outbox"_s, u"shadow"_s, u"sync_state"_s, u"drafts"_s, u"org_unit"_s,
                                      u"user_account"_s, u"notification"_s, u"record"_s})
                QVERIFY2(q.exec(u"SELECT count(*) FROM %1"_s.arg(table)), qPrintable(table));
        }
        CacheDatabase::close(u"w"_s);
        // Opening again changes nothing and keeps the data.
        QVERIFY(!CacheDatabase::openWriter(path, u"w2"_s));
        {
            civic::store::RecordStore records(QSqlDatabase::database(u"w2"_s));
            QVERIFY(records.setCursor(42));
        }
        CacheDatabase::close(u"w2"_s);
        QVERIFY(!CacheDatabase::openWriter(path, u"w3"_s));
        {
            civic::store::RecordStore records(QSqlDatabase::database(u"w3"_s));
            QCOMPARE(records.cursor(), 42);
        }
        CacheDatabase::close(u"w3"_s);
        QVERIFY(!CacheDatabase::openReader(path, u"r"_s));
        CacheDatabase::close(u"r"_s);
    }

    void refusesACacheFromANewerVersion()
    {
        const QString path = m_dir.filePath(u"newer/cache.sqlite"_s);
        QVERIFY(!CacheDatabase::openWriter(path, u"w"_s));
        {
            QSqlQuery q(QSqlDatabase::database(u"w"_s));
            QVERIFY(q.exec(u"PRAGMA user_version = 999"_s));
            QVERIFY(q.exec(u"INSERT INTO sync_state (key, value) VALUES ('cursor', '77')"_s));
        }
        CacheDatabase::close(u"w"_s);
        const auto writer = CacheDatabase::openWriter(path, u"w"_s);
        QVERIFY(writer);
        QCOMPARE(writer->kind, CacheError::Kind::TooNew);
        QVERIFY2(writer->message.contains(u"newer CivicDesk"_s), qPrintable(writer->message));
        const auto reader = CacheDatabase::openReader(path, u"r"_s);
        QVERIFY(reader);
        QCOMPARE(reader->kind, CacheError::Kind::TooNew);
        QVERIFY(!QSqlDatabase::contains(u"w"_s));
        // Untouched: still version 999 with its data.
        QCOMPARE(userVersion(path), 999);
    }

    void aFailedMigrationLeavesTheFileAsItWas()
    {
        const QString path = m_dir.filePath(u"broken/cache.sqlite"_s);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"broken"_s)));
        {
            // A table in the way of migration 1 makes it fail halfway.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"prep"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE org_unit (x INTEGER)"_s));
        }
        QSqlDatabase::removeDatabase(u"prep"_s);
        const auto error = CacheDatabase::openWriter(path, u"w"_s);
        QVERIFY(error);
        QCOMPARE(error->kind, CacheError::Kind::MigrationFailed);
        QCOMPARE(userVersion(path), 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(!q.exec(u"SELECT count(*) FROM outbox"_s)); // rolled back with the rest
        }
        QSqlDatabase::removeDatabase(u"check"_s);
    }
};

QTEST_GUILESS_MAIN(TestCacheDatabase)
#include "tst_cachedatabase.moc"

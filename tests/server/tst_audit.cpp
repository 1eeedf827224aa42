// The tamper-evident history (audit verify names every edited, removed, reordered or
// smuggled-in event) and backups: an online backup taken under load restores into a
// consistent, verifiable database.

#include "db.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace civic::test;
using civic::server::Db;
using civic::server::DbConfig;

class TestAudit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Db> open(const TestDatabase &database)
    {
        QString error;
        const QStringList args = database.serverArgs();
        const auto config = args.at(0) == u"--data" ? DbConfig::fromArguments(args.at(1), {}, &error)
                                                    : DbConfig::fromArguments({}, args.at(1), &error);
        return std::make_unique<Db>(*config);
    }

    CliResult verify(const TestDatabase &database)
    {
        return runServer(QStringList{u"audit"_s, u"verify"_s} + database.serverArgs());
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void theDemoHistoryIsIntact()
    {
        QFETCH_GLOBAL(QString, backend);
        DemoServer server;
        QString why;
        if (!server.start(backend, &why))
            QSKIP(qPrintable(why));
        server.stop();
        const CliResult r = verify(server.database());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"audit chain intact: "_s), qPrintable(r.out));
    }

    void editsRemovalsReordersAndInsertionsAreNamed()
    {
        QFETCH_GLOBAL(QString, backend);
        DemoServer server;
        QString why;
        if (!server.start(backend, &why))
            QSKIP(qPrintable(why));
        server.stop();
        QString edited;
        QString removed;
        QString first;
        QString second;
        {
            auto db = open(server.database());
            edited = db->scalar(u"SELECT id FROM complaint_events ORDER BY id LIMIT 1"_s).toString();
            db->exec(u"UPDATE complaint_events SET text = text || '（已修改）' WHERE id = ?"_s, {edited});
            removed = db->scalar(u"SELECT id FROM reviews ORDER BY id LIMIT 1"_s).toString();
            db->exec(u"DELETE FROM reviews WHERE id = ?"_s, {removed});
            // Swap two neighbouring entries of one chain.
            QSqlQuery q = db->exec(u"SELECT unit, position, entity_id FROM audit_chain WHERE unit = '210111001002'"
                                   u" AND kind = 'complaint_event' ORDER BY position LIMIT 2"_s);
            QVERIFY(q.next());
            const qint64 p1 = q.value(1).toLongLong();
            first = q.value(2).toString();
            QVERIFY(q.next());
            const qint64 p2 = q.value(1).toLongLong();
            second = q.value(2).toString();
            q.finish();
            db->exec(u"UPDATE audit_chain SET position = -1 WHERE unit = '210111001002' AND position = ?"_s, {p1});
            db->exec(u"UPDATE audit_chain SET position = ? WHERE unit = '210111001002' AND position = ?"_s, {p1, p2});
            db->exec(u"UPDATE audit_chain SET position = ? WHERE unit = '210111001002' AND position = -1"_s, {p2});
            // And one written past the server.
            db->exec(u"INSERT INTO complaint_events (id, complaint_id, district, ordinal, type, actor_id, actor_name,"
                     u" unit, at, text, data) SELECT 'smuggled', complaint_id, district, 999, 'reply', actor_id,"
                     u" actor_name, unit, at, '补写的回复', data FROM complaint_events WHERE id = ?"_s,
                     {edited});
        }
        const CliResult r = verify(server.database());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"complaint_event %1"_s.arg(edited)) && r.out.contains(u"edited"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"review %1"_s.arg(removed)) && r.out.contains(u"removed"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"reordered"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(first) || r.out.contains(second));
        QVERIFY2(r.out.contains(u"complaint_event smuggled"_s) && r.out.contains(u"missing from the chain"_s),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(u"audit chain broken: "_s));
    }

    void aBackupTakenUnderLoadRestoresConsistently()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != u"sqlite") {
            // PostgreSQL is backed up with pg_dump; the command says so.
            const CliResult r = runServer({u"backup"_s, u"--db"_s, pgAdminUrl(), u"--out"_s, u"/tmp/x"_s});
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.err.contains(u"pg_dump"_s));
            return;
        }
        DemoServer server;
        QString why;
        QVERIFY2(server.start(backend, &why), qPrintable(why));
        const QString token = login(server.http(), u"demo.district"_s);
        std::atomic<bool> stop{false};
        std::atomic<int> applied{0};
        std::thread load([&] {
            Http http(server.port());
            for (int i = 0; !stop; ++i) {
                const HttpReply r = push(http, token,
                                         {op(u"org.update"_s, {{u"code"_s, u"210111003005"_s}, {u"households"_s, 1000 + i}})});
                if (r.json().value(u"results"_s).toArray().at(0).toObject().value(u"status"_s).toString() == u"applied")
                    ++applied;
            }
        });
        QTest::qWait(300);
        const qint64 before = server.seq();
        QTemporaryDir backups;
        const QString file = backups.filePath(u"civicdesk.bak"_s);
        const CliResult backup = runServer({u"backup"_s, u"--data"_s, server.database().dataDir(), u"--out"_s, file});
        QTest::qWait(300);
        stop = true;
        load.join();
        QCOMPARE(backup.exitCode, 0);
        QVERIFY(applied > 0);
        QVERIFY2(backup.out.startsWith(u"backed up to "_s), qPrintable(backup.out));
        const qint64 backedUpSeq = backup.out.section(u"seq "_s, 1).section(u')', 0, 0).toLongLong();
        QVERIFY(backedUpSeq >= before);
        QVERIFY(backedUpSeq <= server.seq());
        // Refused while a server holds the target.
        const CliResult busy = runServer({u"restore"_s, u"--data"_s, server.database().dataDir(), u"--from"_s, file});
        QCOMPARE(busy.exitCode, 1);
        QVERIFY(busy.err.contains(u"in use"_s));
        server.stop();
        // Restored elsewhere: consistent, verifiable, serving.
        QTemporaryDir restoredDir;
        const CliResult restore = runServer({u"restore"_s, u"--data"_s, restoredDir.path(), u"--from"_s, file});
        QCOMPARE(restore.exitCode, 0);
        QVERIFY2(restore.out.contains(u"seq %1"_s.arg(backedUpSeq)), qPrintable(restore.out));
        QCOMPARE(runServer({u"audit"_s, u"verify"_s, u"--data"_s, restoredDir.path()}).exitCode, 0);
        ServerProcess restored({u"--data"_s, restoredDir.path()});
        QVERIFY2(restored.start(&why), qPrintable(why));
        Http http(restored.port());
        QCOMPARE(http.get(u"/api/v1/health"_s).json().value(u"seq"_s).toInteger(), backedUpSeq);
        QVERIFY(!login(http, u"demo.worker"_s).isEmpty());
        // Garbage is not restored.
        QFile junk(backups.filePath(u"junk.bak"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a database at all");
        junk.close();
        QTemporaryDir other;
        const CliResult bad = runServer({u"restore"_s, u"--data"_s, other.path(), u"--from"_s, junk.fileName()});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(!QFile::exists(QDir(other.path()).filePath(u"civicdesk.sqlite"_s)));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"

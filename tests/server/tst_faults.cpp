// The server killed with SIGKILL in the middle of work, on SQLite and on PostgreSQL: a push of
// 500 ops interrupted part-way and sent again applies every op exactly once (the ones that
// were committed answer `duplicate`), and a pull interrupted between pages and resumed from
// its cursor gives what one uninterrupted pull gives — no gap, no duplicate. And a full disk
// (SQLite; simulated with the server's file-size limit): writes answer 503 and change
// nothing, reads go on, and it works again once there is room, its database intact.

#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <thread>

using namespace Qt::StringLiterals;
using namespace civic::test;

class TestFaults : public QObject
{
    Q_OBJECT

private:
    DemoServer m_server;

    // Starts the demo server on the row's backend; false (the test skipped, with the reason)
    // when the backend is not available — the caller returns at once.
    bool startServer()
    {
        QFETCH_GLOBAL(QString, backend);
        QString why;
        if (m_server.start(backend, &why))
            return true;
        QTest::qSkip(qPrintable(why), __FILE__, __LINE__);
        return false;
    }

    // The server's seq through a fresh connection (0 when it does not answer).
    qint64 seqNow()
    {
        Http http(m_server.port());
        return http.get(u"/api/v1/health"_s).json().value(u"seq"_s).toInteger();
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }
    void cleanup() { m_server.stop(); }

    void aServerKilledMidPushAppliesEveryOpOnceOnRetry()
    {
        if (!startServer())
            return;
        const QString token = login(m_server.http(), u"demo.city"_s);
        QVERIFY(!token.isEmpty());
        // 500 new grids under 清泉社区: each op one transaction, one change.
        QJsonArray ops;
        QStringList codes;
        for (int i = 0; i < 500; ++i) {
            const QString code = u"210111001003-k%1"_s.arg(i, 3, 10, QChar(u'0'));
            codes.append(code);
            ops.append(op(u"org.add"_s, { { u"code"_s, code }, { u"name"_s, u"第%1网格"_s.arg(i + 10) },
                                            { u"level"_s, u"grid"_s }, { u"parent"_s, u"210111001003"_s } }));
        }
        const qint64 before = seqNow();
        QVERIFY(before > 0);

        HttpReply interrupted;
        std::thread pusher([&] {
            Http http(m_server.port());
            interrupted = push(http, token, ops);
        });
        // Killed once some of the ops are committed and before all are.
        qint64 committed = 0;
        const QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired()) {
            committed = seqNow() - before;
            if (committed >= 20)
                break;
            QThread::msleep(2);
        }
        m_server.process().kill9();
        pusher.join();
        QVERIFY2(committed >= 20, "the push did not start");
        QVERIFY2(interrupted.status == 0, qPrintable(u"the push finished before the kill: %1"_s.arg(interrupted.status)));

        // Back up on the same database: what was committed survived the kill. (The change
        // log is counted by our codes: the server's periodic jobs add changes of their own.)
        QString why;
        QVERIFY2(m_server.process().start(&why), qPrintable(why));
        Http http(m_server.port());
        const auto ours = [&] {
            QHash<QString, int> seen;
            for (const auto &c : pullAll(http, token).changes) {
                const QString id = c.value(u"id"_s).toString();
                if (c.value(u"kind"_s).toString() == u"org_unit" && codes.contains(id))
                    ++seen[id];
            }
            return seen;
        };
        const qsizetype survived = ours().size();
        QVERIFY2(survived > 0 && survived < 500, qPrintable(u"%1 of 500 ops survived the kill"_s.arg(survived)));

        // The client sends the same ops again: the committed ones are duplicates, the rest applied.
        const HttpReply retry = push(http, token, ops);
        QCOMPARE(retry.status, 200);
        const QJsonArray results = retry.json().value(u"results"_s).toArray();
        QCOMPARE(results.size(), 500);
        int applied = 0;
        int duplicate = 0;
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QJsonObject r = results.at(i).toObject();
            const QString status = r.value(u"status"_s).toString();
            applied += status == u"applied";
            duplicate += status == u"duplicate";
            QVERIFY2(status == u"applied" || status == u"duplicate", qPrintable(status));
            QCOMPARE(r.value(u"entity_id"_s).toString(), codes.at(i));
            // In order: everything up to the kill was committed, nothing after it.
            QCOMPARE(status == u"duplicate", i < survived);
        }
        QCOMPARE(duplicate, int(survived));
        QCOMPARE(applied, 500 - int(survived));

        // Each grid is in the change log once.
        const QHash<QString, int> seen = ours();
        QCOMPARE(seen.size(), 500);
        for (auto it = seen.constBegin(); it != seen.constEnd(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
    }

    void aPullInterruptedByAKillResumesFromItsCursor()
    {
        if (!startServer())
            return;
        const QString token = login(m_server.http(), u"demo.district"_s);
        const PullResult whole = pullAll(m_server.http(), token, 0, 200);
        QVERIFY(whole.pages > 3);

        // Two pages, then the server dies; the client keeps its cursor and goes on.
        Http &http = m_server.http();
        QList<QJsonObject> resumed;
        qint64 cursor = 0;
        for (int page = 0; page < 2; ++page) {
            const QJsonObject reply = http.get(u"/api/v1/sync/pull?since=%1&limit=200"_s.arg(cursor), token).json();
            for (const auto &c : reply.value(u"changes"_s).toArray())
                resumed.append(c.toObject());
            cursor = reply.value(u"next"_s).toInteger();
        }
        m_server.process().kill9();
        QCOMPARE(http.get(u"/api/v1/sync/pull?since=%1&limit=200"_s.arg(cursor), token).status, 0);
        QString why;
        QVERIFY2(m_server.process().start(&why), qPrintable(why));
        const PullResult rest = pullAll(http, token, cursor, 200);
        QCOMPARE(rest.status, 200);
        resumed += rest.changes;

        QCOMPARE(resumed.size(), whole.changes.size());
        QSet<QString> keys;
        for (qsizetype i = 0; i < resumed.size(); ++i) {
            const QString key = resumed.at(i).value(u"kind"_s).toString() + u'/' + resumed.at(i).value(u"id"_s).toString();
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
            QCOMPARE(resumed.at(i), whole.changes.at(i));
        }
    }

    void aFullDiskRefusesWritesAndRecovers()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != u"sqlite")
            QSKIP("PostgreSQL keeps its own disk; this is the server's SQLite file");
        if (QStandardPaths::findExecutable(u"prlimit"_s).isEmpty())
            QSKIP("prlimit (util-linux) is not installed");
        if (!startServer())
            return;
        const QString token = login(m_server.http(), u"demo.city"_s);
        const auto limit = [&](const QString &size) {
            return QProcess::execute(u"prlimit"_s,
                { u"--pid"_s, QString::number(m_server.process().pid()), u"--fsize=%1"_s.arg(size) });
        };
        const QJsonObject grid = op(u"org.add"_s, { { u"code"_s, u"210111001003-full"_s },
                                                      { u"name"_s, u"满盘网格"_s }, { u"level"_s, u"grid"_s },
                                                      { u"parent"_s, u"210111001003"_s } });
        // No room: no file of the server may grow or be written past its first kilobyte.
        QCOMPARE(limit(u"1024:unlimited"_s), 0); // only the soft limit, so it can be raised again
        Http http(m_server.port());
        const qint64 before = seqNow();
        const HttpReply refused = push(http, token, { grid });
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.errorCode(), u"unavailable"_s);
        QCOMPARE(seqNow(), before);
        // Reading goes on.
        const HttpReply read = http.get(u"/api/v1/sync/pull?since=%1"_s.arg(before - 10), token);
        QCOMPARE(read.status, 200);
        QVERIFY(m_server.process().isRunning());

        // Room again: the same op is applied, once.
        QCOMPARE(limit(u"unlimited:unlimited"_s), 0);
        const HttpReply applied = push(http, token, { grid });
        QCOMPARE(applied.status, 200);
        QCOMPARE(applied.json().value(u"results"_s).toArray().at(0).toObject().value(u"status"_s).toString(),
            u"applied"_s);
        QCOMPARE(push(http, token, { grid }).json().value(u"results"_s).toArray().at(0).toObject().value(u"status"_s).toString(),
            u"duplicate"_s);

        // The database file is intact.
        m_server.process().stop();
        const QStringList args = m_server.database().serverArgs();
        const QString file = QDir(args.at(args.indexOf(u"--data"_s) + 1)).filePath(u"civicdesk.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_s);
            QVERIFY(q.exec(u"SELECT count(*) FROM org_units WHERE code = '210111001003-full'"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(u"check"_s);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"

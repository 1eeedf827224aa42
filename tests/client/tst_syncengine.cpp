// The sync engine against a real server: paged pulls equal one big pull, local changes reach
// the server, offline work waits with backoff and arrives later, conflicts land in the sync
// problems, expired access tokens are refreshed and revoked sign-ins stop the engine.

#include "store/cachedatabase.h"
#include "store/outbox.h"
#include "store/personaldata.h"
#include "store/recordstore.h"
#include "sync/apiclient.h"
#include "sync/syncthread.h"
#include "testsupport.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace civic;

namespace {

// Everything in the cache, in a stable order, to compare two caches. Records are compared
// with their personal fields opened: each cache seals them with its own key and nonces.
QStringList dump(const QString &path)
{
    QStringList rows;
    const QString name = u"dump-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery tables(db);
        tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('sync_state', 'outbox', 'drafts') ORDER BY name"_s);
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const auto &t : names) {
            QSqlQuery q(db);
            q.exec(u"SELECT * FROM %1 ORDER BY 1, 2"_s.arg(t));
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < q.record().count(); ++i) {
                    if (q.record().fieldName(i) != u"data") {
                        values.append(q.value(i).toString());
                        continue;
                    }
                    const QJsonObject data = store::PersonalData(db).open(
                        QJsonDocument::fromJson(q.value(i).toString().toUtf8()).object());
                    values.append(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
                }
                rows.append(t + u": "_s + values.join(u'|'));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    test::DemoServer m_server;
    QTemporaryDir m_dir;
    int m_cache = 0;

    // A signed-in configuration for `username`, with a fresh cache file.
    sync::SyncConfig config(const QString &username, int pageSize = 1000)
    {
        const QJsonObject session = test::loginReply(m_server.http(), username);
        sync::SyncConfig c;
        c.cachePath = m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_cache));
        c.serverUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.port()));
        c.user = session.value(u"user"_s).toObject();
        const QJsonObject unit = c.user.value(u"unit"_s).toObject();
        c.actor = domain::Actor{c.user.value(u"id"_s).toString(),
                                domain::roleFromName(c.user.value(u"role"_s).toString()).value(),
                                unit.value(u"code"_s).toString(),
                                domain::levelFromName(unit.value(u"level"_s).toString()).value(),
                                unit.value(u"path"_s).toString()};
        c.accessToken = session.value(u"access_token"_s).toString();
        c.refreshToken = session.value(u"refresh_token"_s).toString();
        c.pageSize = pageSize;
        c.catchUpPageSize = pageSize;
        return c;
    }

    // Runs one cycle and returns (ok, stats).
    std::pair<bool, sync::SyncStats> cycle(sync::SyncThread &thread)
    {
        QSignalSpy done(thread.engine(), &sync::SyncEngine::cycleFinished);
        thread.post([](sync::SyncEngine *e) { e->syncNow(); });
        if (!done.wait(60000))
            return {false, {}};
        return {done.at(0).at(1).toBool(), done.at(0).at(0).value<sync::SyncStats>()};
    }

    bool startEngine(sync::SyncThread &thread, const sync::SyncConfig &c)
    {
        QSignalSpy ready(thread.engine(), &sync::SyncEngine::ready);
        thread.post([c](sync::SyncEngine *e) { e->start(c); });
        return ready.wait(20000) && ready.at(0).at(0).toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_server.start(u"sqlite"_s, &why), qPrintable(why));
    }

    void pagedPullEqualsOnePull()
    {
        const auto small = config(u"demo.street"_s, 37);
        const auto big = config(u"demo.street"_s, 5000);
        {
            sync::SyncThread a;
            QVERIFY(startEngine(a, small));
            QSignalSpy status(a.engine(), &sync::SyncEngine::statusChanged);
            const auto [ok, stats] = cycle(a);
            QVERIFY(ok);
            QVERIFY(stats.pulled > 37);
            QCOMPARE(stats.cursor, m_server.seq());
            // Progress was reported while pages came in.
            bool sawProgress = false;
            for (const auto &args : status)
                sawProgress = sawProgress || args.at(0).value<sync::SyncStatus>().progress >= 0;
            QVERIFY(sawProgress);
        }
        {
            sync::SyncThread b;
            QVERIFY(startEngine(b, big));
            QVERIFY(cycle(b).first);
        }
        QCOMPARE(dump(small.cachePath), dump(big.cachePath));
        QVERIFY(dump(small.cachePath).size() > 50);
    }

    // Catching up: a small first page, then larger pages, each requested while the one
    // before it is written. The cache ends the same, with progress on the way.
    void catchUpPagesEqualOnePull()
    {
        auto catchingUp = config(u"demo.street"_s, 37);
        catchingUp.catchUpPageSize = 200;
        const auto whole = config(u"demo.street"_s, 5000);
        {
            sync::SyncThread a;
            QVERIFY(startEngine(a, catchingUp));
            QSignalSpy status(a.engine(), &sync::SyncEngine::statusChanged);
            const auto [ok, stats] = cycle(a);
            QVERIFY(ok);
            QVERIFY(stats.pulled > 37 + 2 * 200);
            QCOMPARE(stats.cursor, m_server.seq());
            int reports = 0;
            for (const auto &args : status)
                reports += args.at(0).value<sync::SyncStatus>().progress >= 0 ? 1 : 0;
            QVERIFY(reports >= 2);
            // The next cycle finds nothing new (no page was skipped or applied twice).
            const auto [again, more] = cycle(a);
            QVERIFY(again);
            QCOMPARE(more.pulled, 0);
        }
        {
            sync::SyncThread b;
            QVERIFY(startEngine(b, whole));
            QVERIFY(cycle(b).first);
        }
        QCOMPARE(dump(catchingUp.cachePath), dump(whole.cachePath));
    }

    void offlineChangesWaitAndArrive()
    {
        const auto c = config(u"demo.district"_s);
        sync::SyncThread thread;
        QVERIFY(startEngine(thread, c));
        QVERIFY(cycle(thread).first);

        m_server.process().stop(); // the network cable is pulled
        QSignalSpy submitted(thread.engine(), &sync::SyncEngine::submitted);
        thread.post([](sync::SyncEngine *e) {
            e->submit(store::Command{u"org.update"_s, {{u"code"_s, u"210111002003"_s}, {u"households"_s, 5555}}, std::nullopt},
                      u"r1"_s);
        });
        QVERIFY(submitted.wait(10000));
        QVERIFY(submitted.at(0).at(1).value<store::SubmitResult>().ok());
        QSignalSpy status(thread.engine(), &sync::SyncEngine::statusChanged);
        const auto [ok, stats] = cycle(thread);
        QVERIFY(!ok);
        QCOMPARE(stats.pending, 1);
        const auto last = status.last().at(0).value<sync::SyncStatus>();
        QVERIFY(!last.online);
        QCOMPARE(last.errorCode, u"offline"_s);
        QVERIFY(last.nextAttemptAt > QDateTime::currentMSecsSinceEpoch());

        QString why;
        QVERIFY2(m_server.process().start(&why), qPrintable(why)); // back on the same port
        const auto [ok2, stats2] = cycle(thread);
        QVERIFY(ok2);
        QCOMPARE(stats2.pushed, 1);
        QCOMPARE(stats2.pending, 0);
        const auto pulled = test::pullAll(m_server.http(), test::login(m_server.http(), u"demo.district"_s));
        bool found = false;
        for (const auto &ch : pulled.changes) {
            if (ch.value(u"kind"_s).toString() == u"org_unit" && ch.value(u"id"_s).toString() == u"210111002003") {
                QCOMPARE(ch.value(u"data"_s).toObject().value(u"households"_s).toInt(), 5555);
                found = true;
            }
        }
        QVERIFY(found);
    }

    void aConflictBecomesASyncProblemWithTheServerCopy()
    {
        const auto c = config(u"demo.district"_s);
        sync::SyncThread thread;
        QVERIFY(startEngine(thread, c));
        QVERIFY(cycle(thread).first);
        // Someone else changes the unit first.
        test::push(m_server.http(), test::login(m_server.http(), u"demo.city"_s),
                   {test::op(u"org.update"_s, {{u"code"_s, u"210111003002"_s}, {u"households"_s, 4444}})});
        QSignalSpy submitted(thread.engine(), &sync::SyncEngine::submitted);
        thread.post([](sync::SyncEngine *e) {
            e->submit(store::Command{u"org.update"_s, {{u"code"_s, u"210111003002"_s}, {u"households"_s, 1234}}, 1},
                      u"r1"_s);
        });
        QVERIFY(submitted.wait(10000));
        QSignalSpy problems(thread.engine(), &sync::SyncEngine::problemsChanged);
        const auto [ok, stats] = cycle(thread);
        QVERIFY(ok);
        QCOMPARE(stats.problems, 1);
        QCOMPARE(stats.pushed, 0);
        // The cache shows the server's figure, and the refused change keeps the user's.
        const QString name = u"check"_s;
        {
            QVERIFY(!store::CacheDatabase::openReader(c.cachePath, name));
            QSqlDatabase db = QSqlDatabase::database(name);
            store::RecordStore records(db);
            QCOMPARE(records.get(u"org_unit"_s, u"210111003002"_s)->data.value(u"households"_s).toInt(), 4444);
            store::Outbox outbox(db);
            const auto list = outbox.problems();
            QCOMPARE(list.size(), 1);
            QCOMPARE(list.at(0).state, store::OutboxEntry::State::Conflict);
            QCOMPARE(list.at(0).payload.value(u"households"_s).toInt(), 1234);
            QCOMPARE(list.at(0).lastError.value(u"code"_s).toString(), u"conflict"_s);
        }
        store::CacheDatabase::close(name);
    }

    void expiredAccessTokensAreRefreshed()
    {
        m_server.stop();
        QString why;
        QVERIFY2(m_server.start(u"sqlite"_s, &why, {u"--access-ttl"_s, u"1"_s}), qPrintable(why));
        const auto c = config(u"demo.worker"_s);
        sync::SyncThread thread;
        QVERIFY(startEngine(thread, c));
        QThread::msleep(1500);
        QSignalSpy refreshed(thread.engine(), &sync::SyncEngine::tokensRefreshed);
        QVERIFY(cycle(thread).first);
        QCOMPARE(refreshed.count(), 1);
        QVERIFY(refreshed.at(0).at(1).toString() != c.refreshToken);
    }

    void aRevokedSignInStopsTheEngine()
    {
        const auto c = config(u"demo.worker"_s);
        sync::SyncThread thread;
        QVERIFY(startEngine(thread, c));
        QVERIFY(cycle(thread).first);
        QCOMPARE(m_server.http().post(u"/api/v1/auth/logout"_s, {}, c.accessToken).status, 204);
        QSignalSpy failed(thread.engine(), &sync::SyncEngine::authenticationFailed);
        const auto [ok, stats] = cycle(thread);
        Q_UNUSED(stats);
        QVERIFY(!ok);
        QCOMPARE(failed.count(), 1);
    }

    void cleanupTestCase()
    {
        m_server.stop();
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"

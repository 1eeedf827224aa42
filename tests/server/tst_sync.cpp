// API.md §Sync against a live server on SQLite and PostgreSQL: what each level pulls,
// paging and cursors, reset when the view changes, and push idempotency and conflicts.

#include "testsupport.h"

#include <QSet>
#include <QJsonDocument>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace civic::test;

namespace {

QSet<QString> ids(const PullResult &pull, const QString &kind)
{
    QSet<QString> set;
    for (const auto &c : pull.changes) {
        if (c.value(u"kind"_s).toString() == kind)
            set.insert(c.value(u"id"_s).toString());
    }
    return set;
}

QSet<QString> usernames(const PullResult &pull)
{
    QSet<QString> set;
    for (const auto &c : pull.changes) {
        if (c.value(u"kind"_s).toString() == u"user")
            set.insert(c.value(u"data"_s).toObject().value(u"username"_s).toString());
    }
    return set;
}

} // namespace

class TestSync : public QObject
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

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }
    void cleanup() { m_server.stop(); }

    void communitySeesItsOwnWorldOnly()
    {
        if (!startServer())
            return;
        const PullResult worker = pullAll(m_server.http(), login(m_server.http(), u"demo.worker"_s));
        QCOMPARE(worker.status, 200);
        // Its community, the community's grids, and the units above it for the tree.
        QCOMPARE(ids(worker, u"org_unit"_s),
                 (QSet<QString>{u"210100"_s, u"210111"_s, u"210111001"_s, u"210111001001"_s,
                                u"210111001001-g1"_s, u"210111001001-g2"_s}));
        QCOMPARE(usernames(worker), (QSet<QString>{u"demo.worker"_s, u"demo.director"_s}));
        // A sibling community sees nothing of 河畔社区.
        const PullResult sibling = pullAll(m_server.http(), login(m_server.http(), u"demo.worker2"_s));
        QVERIFY(!ids(sibling, u"org_unit"_s).contains(u"210111001001"_s));
        QVERIFY(!usernames(sibling).contains(u"demo.worker"_s));
        QVERIFY(ids(sibling, u"org_unit"_s).contains(u"210111001002"_s));
        // No stored secret ever travels.
        for (const auto &c : worker.changes)
            QVERIFY(!c.value(u"data"_s).toObject().contains(u"password_hash"_s));
    }

    void streetAndDistrictSeeTheirSubtrees()
    {
        if (!startServer())
            return;
        const PullResult street = pullAll(m_server.http(), login(m_server.http(), u"demo.street"_s));
        const QSet<QString> streetUnits = ids(street, u"org_unit"_s);
        // The street, its 5 communities, 河畔's 2 grids, and the district and city above.
        QCOMPARE(streetUnits.size(), 1 + 5 + 2 + 2);
        for (const auto &code : streetUnits)
            QVERIFY2(code.startsWith(u"210111001"_s) || code == u"210111"_s || code == u"210100"_s, qPrintable(code));
        QVERIFY(!streetUnits.contains(u"210111002"_s));
        QVERIFY(usernames(street).contains(u"demo.worker2"_s));

        const PullResult district = pullAll(m_server.http(), login(m_server.http(), u"demo.district"_s));
        const QSet<QString> districtUnits = ids(district, u"org_unit"_s);
        // 苏家屯区: 4 streets, 20 communities, 2 grids, 4 departments, itself, and the city.
        QCOMPARE(districtUnits.size(), 4 + 20 + 2 + 4 + 1 + 1);
        QVERIFY(districtUnits.contains(u"210111-cgw"_s));
        QVERIFY(!districtUnits.contains(u"210102"_s));
        QVERIFY(!districtUnits.contains(u"210102001001"_s));
        QVERIFY(!districtUnits.contains(u"210100-cgj"_s)); // a city department is not the district's

        const PullResult city = pullAll(m_server.http(), login(m_server.http(), u"demo.city"_s));
        QCOMPARE(ids(city, u"org_unit"_s).size(), 91);
        QVERIFY(usernames(city).contains(u"demo.dept"_s));
    }

    void departmentSeesItselfOnly()
    {
        if (!startServer())
            return;
        const PullResult dept = pullAll(m_server.http(), login(m_server.http(), u"demo.dept"_s));
        QCOMPARE(ids(dept, u"org_unit"_s), (QSet<QString>{u"210100"_s, u"210111"_s, u"210111-cgw"_s}));
        QVERIFY(usernames(dept).contains(u"demo.dept"_s));
        QVERIFY(!usernames(dept).contains(u"demo.district"_s));
    }

    void pagesFollowTheCursorInSeqOrder()
    {
        if (!startServer())
            return;
        const QString token = login(m_server.http(), u"demo.district"_s);
        const PullResult whole = pullAll(m_server.http(), token, 0, 5000);
        const PullResult paged = pullAll(m_server.http(), token, 0, 97);
        QVERIFY(paged.pages > whole.pages);
        QCOMPARE(paged.changes, whole.changes);
        qint64 last = 0;
        for (const auto &c : paged.changes) {
            const qint64 seq = c.value(u"seq"_s).toInteger();
            QVERIFY(seq > last);
            last = seq;
            QVERIFY(c.contains(u"version"_s));
            QCOMPARE(c.value(u"deleted"_s).toBool(), false);
        }
        QCOMPARE(whole.next, m_server.seq()); // nothing further: the cursor is at the head
        // An incremental pull from the head is empty; a change shows up once.
        const HttpReply empty = m_server.http().get(u"/api/v1/sync/pull?since=%1"_s.arg(whole.next), token);
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.json().value(u"changes"_s).toArray().size(), 0);
        QCOMPARE(empty.json().value(u"has_more"_s).toBool(), false);
        QCOMPARE(empty.json().value(u"reset"_s).toBool(), false);
        const HttpReply pushed = push(m_server.http(), token,
                                      {op(u"org.update"_s, {{u"code"_s, u"210111001003"_s}, {u"households"_s, 4321}})});
        QCOMPARE(pushed.json().value(u"results"_s).toArray().at(0).toObject().value(u"status"_s).toString(), u"applied"_s);
        const PullResult after = pullAll(m_server.http(), token, whole.next);
        QCOMPARE(after.changes.size(), 1);
        QCOMPARE(after.changes.at(0).value(u"data"_s).toObject().value(u"households"_s).toInt(), 4321);
        QCOMPARE(after.changes.at(0).value(u"version"_s).toInt(), 2);
        // A community that cannot see it gets nothing.
        const QString worker = login(m_server.http(), u"demo.worker"_s);
        QCOMPARE(pullAll(m_server.http(), worker, whole.next).changes.size(), 0);
    }

    void movingAUnitResetsTheAffectedAccounts()
    {
        if (!startServer())
            return;
        const QString worker = login(m_server.http(), u"demo.worker"_s);
        const QString otherStreet = login(m_server.http(), u"s210111002"_s);
        const QString otherDistrict = login(m_server.http(), u"q210102"_s);
        const qint64 head = pullAll(m_server.http(), worker).next;
        const qint64 head2 = pullAll(m_server.http(), otherStreet).next;
        const qint64 head3 = pullAll(m_server.http(), otherDistrict).next;
        // 河畔社区 moves to 民主街道.
        const CliResult r = runServer(QStringList{u"org"_s, u"move"_s, u"--code"_s, u"210111001001"_s, u"--parent"_s,
                                                  u"210111002"_s}
                                      + m_server.database().serverArgs());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(pullAll(m_server.http(), worker, head).reset);
        QVERIFY(pullAll(m_server.http(), otherStreet, head2).reset);
        QVERIFY(!pullAll(m_server.http(), otherDistrict, head3).reset);
        // From zero the new world arrives, in several pages, and no further reset.
        const PullResult fresh = pullAll(m_server.http(), worker, 0, 50);
        QVERIFY(!fresh.reset);
        QVERIFY(fresh.pages > 2);
        QVERIFY(ids(fresh, u"org_unit"_s).contains(u"210111002"_s));
        QVERIFY(!ids(fresh, u"org_unit"_s).contains(u"210111001"_s));
        for (const auto &c : fresh.changes) {
            if (c.value(u"kind"_s).toString() == u"org_unit" && c.value(u"id"_s).toString() == u"210111001001-g1")
                QCOMPARE(c.value(u"data"_s).toObject().value(u"path"_s).toString(),
                         u"/210100/210111/210111002/210111001001/210111001001-g1/"_s);
        }
        QVERIFY(!pullAll(m_server.http(), worker, fresh.next).reset);
        QVERIFY(usernames(pullAll(m_server.http(), otherStreet, 0)).contains(u"demo.worker"_s));
    }

    void theSameOpTwiceIsAppliedOnce()
    {
        if (!startServer())
            return;
        const QString token = login(m_server.http(), u"demo.city"_s);
        const QJsonObject o = op(u"org.add"_s, {{u"code"_s, u"210111001002-g1"_s},
                                                {u"name"_s, u"林校第一网格"_s},
                                                {u"level"_s, u"grid"_s},
                                                {u"parent"_s, u"210111001002"_s}});
        const QJsonObject first = push(m_server.http(), token, {o}).json().value(u"results"_s).toArray().at(0).toObject();
        QCOMPARE(first.value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(first.value(u"entity_id"_s).toString(), u"210111001002-g1"_s);
        QCOMPARE(first.value(u"version"_s).toInt(), 1);
        const qint64 seq = m_server.seq();
        QCOMPARE(first.value(u"seq"_s).toInteger(), seq);
        const QJsonObject again = push(m_server.http(), token, {o}).json().value(u"results"_s).toArray().at(0).toObject();
        QCOMPARE(again.value(u"status"_s).toString(), u"duplicate"_s);
        QCOMPARE(again.value(u"seq"_s).toInteger(), first.value(u"seq"_s).toInteger());
        QCOMPARE(again.value(u"entity_id"_s).toString(), u"210111001002-g1"_s);
        QCOMPARE(m_server.seq(), seq);
        // Another account cannot replay someone else's op.
        const QString other = login(m_server.http(), u"demo.district"_s);
        const QJsonObject foreign = push(m_server.http(), other, {o}).json().value(u"results"_s).toArray().at(0).toObject();
        QCOMPARE(foreign.value(u"status"_s).toString(), u"rejected"_s);
        QCOMPARE(m_server.seq(), seq);
    }

    void twentyConcurrentPushesOfOneOpApplyOnce()
    {
        if (!startServer())
            return;
        const QString token = login(m_server.http(), u"demo.city"_s);
        const QJsonObject o = op(u"org.add"_s, {{u"code"_s, u"210111001003-g1"_s},
                                                {u"name"_s, u"清泉第一网格"_s},
                                                {u"level"_s, u"grid"_s},
                                                {u"parent"_s, u"210111001003"_s}});
        const qint64 before = m_server.seq();
        std::atomic<int> ready{0};
        QList<QJsonObject> results(20);
        QList<QByteArray> replies(20);
        std::vector<std::thread> threads;
        for (int i = 0; i < 20; ++i) {
            threads.emplace_back([&, i] {
                Http http(m_server.port());
                ++ready;
                while (ready.load() < 20)
                    std::this_thread::yield();
                const HttpReply reply = push(http, token, {o});
                replies[i] = QByteArray::number(reply.status) + ' ' + reply.body;
                results[i] = reply.json().value(u"results"_s).toArray().at(0).toObject();
            });
        }
        for (auto &t : threads)
            t.join();
        int applied = 0;
        int duplicate = 0;
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QJsonObject &r = results.at(i);
            const QString status = r.value(u"status"_s).toString();
            applied += status == u"applied";
            duplicate += status == u"duplicate";
            QVERIFY2(r.value(u"entity_id"_s).toString() == u"210111001003-g1"_s,
                replies.at(i).constData());
        }
        QCOMPARE(applied, 1);
        QCOMPARE(duplicate, 19);
        QCOMPARE(m_server.seq(), before + 1);
        const PullResult city = pullAll(m_server.http(), token);
        int seen = 0;
        for (const auto &c : city.changes)
            seen += c.value(u"id"_s).toString() == u"210111001003-g1";
        QCOMPARE(seen, 1);
    }

    void staleBaseVersionIsAConflictWithTheServerState()
    {
        if (!startServer())
            return;
        const QString token = login(m_server.http(), u"demo.district"_s);
        const auto update = [&](int households, std::optional<qint64> base) {
            return push(m_server.http(), token,
                        {op(u"org.update"_s, {{u"code"_s, u"210111001004"_s}, {u"households"_s, households}}, base)})
                .json()
                .value(u"results"_s)
                .toArray()
                .at(0)
                .toObject();
        };
        QCOMPARE(update(3000, 1).value(u"status"_s).toString(), u"applied"_s);
        const qint64 seq = m_server.seq();
        const QJsonObject conflict = update(3100, 1);
        QCOMPARE(conflict.value(u"status"_s).toString(), u"conflict"_s);
        QCOMPARE(conflict.value(u"error"_s).toObject().value(u"code"_s).toString(), u"conflict"_s);
        QCOMPARE(conflict.value(u"current"_s).toObject().value(u"households"_s).toInt(), 3000);
        QCOMPARE(m_server.seq(), seq);
        QCOMPARE(update(3100, 2).value(u"status"_s).toString(), u"applied"_s);
    }

    void refusedOpsAreRejectedAndTheRestApply()
    {
        if (!startServer())
            return;
        const QString worker = login(m_server.http(), u"demo.worker"_s);
        const qint64 seq = m_server.seq();
        const QJsonArray ops = {
            op(u"org.update"_s, {{u"code"_s, u"210111001001"_s}, {u"households"_s, 10}}), // visible, not allowed
            op(u"org.update"_s, {{u"code"_s, u"210111001002"_s}, {u"households"_s, 10}}), // a sibling: not found
            op(u"no.such.command"_s, {}),
            op(u"org.update"_s, {{u"households"_s, 5}}),
        };
        const QJsonArray results = push(m_server.http(), worker, ops).json().value(u"results"_s).toArray();
        QCOMPARE(results.size(), 4);
        const QStringList codes = {u"forbidden"_s, u"not_found"_s, u"unknown_command"_s, u"invalid_field"_s};
        for (int i = 0; i < 4; ++i) {
            const QJsonObject r = results.at(i).toObject();
            QCOMPARE(r.value(u"op_id"_s), ops.at(i).toObject().value(u"op_id"_s));
            QCOMPARE(r.value(u"status"_s).toString(), u"rejected"_s);
            QCOMPARE(r.value(u"error"_s).toObject().value(u"code"_s).toString(), codes.at(i));
        }
        QCOMPARE(results.at(3).toObject().value(u"error"_s).toObject().value(u"field"_s).toString(),
                 u"payload.code"_s);
        QCOMPARE(m_server.seq(), seq);

        // In one push, a refused op does not stop the ones after it.
        const QString district = login(m_server.http(), u"demo.district"_s);
        const QJsonArray mixed = push(m_server.http(), district,
                                      {op(u"org.update"_s, {{u"code"_s, u"210102001001"_s}, {u"households"_s, 1}}),
                                       op(u"org.update"_s, {{u"code"_s, u"210111001005"_s}, {u"households"_s, 2500}})})
                                     .json()
                                     .value(u"results"_s)
                                     .toArray();
        QCOMPARE(mixed.at(0).toObject().value(u"status"_s).toString(), u"rejected"_s);
        QCOMPARE(mixed.at(1).toObject().value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(m_server.seq(), seq + 1);
    }

    void opsApplyInOrder()
    {
        if (!startServer())
            return;
        const QString token = login(m_server.http(), u"demo.city"_s);
        QJsonArray ops;
        for (int i = 1; i <= 30; ++i)
            ops.append(op(u"org.update"_s, {{u"code"_s, u"210111001001"_s}, {u"households"_s, 1000 + i}}, i));
        const QJsonArray results = push(m_server.http(), token, ops).json().value(u"results"_s).toArray();
        QCOMPARE(results.size(), 30);
        qint64 lastSeq = 0;
        for (int i = 0; i < 30; ++i) {
            const QJsonObject r = results.at(i).toObject();
            QCOMPARE(r.value(u"status"_s).toString(), u"applied"_s);
            QCOMPARE(r.value(u"version"_s).toInt(), i + 2);
            QVERIFY(r.value(u"seq"_s).toInteger() > lastSeq);
            lastSeq = r.value(u"seq"_s).toInteger();
        }
    }
    // Pull pages are kept for the next client asking the same question (PullCache): never
    // across what accounts may see, and never once anything was committed after them.
    void repeatedPullsAreAnsweredAgainButNeverStaleNorAcross()
    {
        if (!startServer())
            return;
        Http &http = m_server.http();
        const QString worker = login(http, u"demo.worker"_s);
        const QString sibling = login(http, u"demo.worker2"_s);
        const QString dept = login(http, u"demo.dept"_s);
        const qint64 head = m_server.seq();
        const qint64 since = head - 2000;
        const QString path = u"/api/v1/sync/pull?since=%1&limit=5000"_s.arg(since);
        const HttpReply first = http.get(path, worker);
        QCOMPARE(first.status, 200);
        // The same question again: the same bytes; the sibling's and the department's own.
        QCOMPARE(http.get(path, worker).body, first.body);
        const HttpReply other = http.get(path, sibling);
        QCOMPARE(other.status, 200);
        QVERIFY(other.body != first.body);
        QCOMPARE(http.get(path, sibling).body, other.body);
        QVERIFY(http.get(path, dept).body != first.body);
        const QByteArray metrics = http.get(u"/metrics"_s).body;
        QVERIFY2(metrics.contains("civic_sync_pull_cache_hits_total"), metrics.constData());
        QVERIFY(!metrics.contains("civic_sync_pull_cache_hits_total 0\n"));
        QVERIFY(!metrics.contains("civic_sync_pulled_changes_total 0\n"));

        // A note in 河畔: the worker's next answer to the same question has it, the sibling's
        // does not.
        const QJsonArray mine = first.json().value(u"changes"_s).toArray();
        QString complaint;
        for (const auto &c : mine) {
            if (c.toObject().value(u"kind"_s).toString() == u"complaint")
                complaint = c.toObject().value(u"id"_s).toString();
        }
        if (complaint.isEmpty()) {
            const PullResult all = pullAll(http, worker, 0, 5000);
            for (const auto &c : all.changes) {
                if (c.value(u"kind"_s).toString() == u"complaint")
                    complaint = c.value(u"id"_s).toString();
            }
        }
        QVERIFY(!complaint.isEmpty());
        const QJsonArray results = push(http, worker,
            QJsonArray { op(u"complaint.note"_s,
                QJsonObject { { u"complaint"_s, complaint }, { u"text"_s, u"已电话联系居民"_s } }) })
                                       .json()
                                       .value(u"results"_s)
                                       .toArray();
        QCOMPARE(results.at(0).toObject().value(u"status"_s).toString(), u"applied"_s);
        const QJsonArray after = http.get(path, worker).json().value(u"changes"_s).toArray();
        QVERIFY(after.size() > mine.size());
        QCOMPARE(after.last().toObject().value(u"seq"_s).toInteger(), m_server.seq());
        const HttpReply otherAfter = http.get(path, sibling);
        QCOMPARE(otherAfter.json().value(u"changes"_s).toArray(),
            other.json().value(u"changes"_s).toArray());
        QVERIFY(otherAfter.json().value(u"next"_s).toInteger()
            > other.json().value(u"next"_s).toInteger());
        // The pages of the old head are gone, the department's too: only the two pages read
        // at the new head are kept.
        const QByteArray kept = http.get(u"/metrics"_s).body;
        QVERIFY2(kept.contains("\ncivic_sync_pull_cache_pages 2\n"), kept.constData());
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"

// ARCHITECTURE.md §Data flow 2: a seq never becomes visible after a larger one. Writers
// create records concurrently while a reader follows the change log with its cursor, as a
// client does; if any seq appeared late the reader would step over it and miss a record.

#include "testsupport.h"

#include <QSet>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace civic::test;

class TestSeqOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void concurrentWritersNeverHideASeq()
    {
        QFETCH_GLOBAL(QString, backend);
        DemoServer server;
        QString why;
        if (!server.start(backend, &why, {u"--threads"_s, u"24"_s}))
            QSKIP(qPrintable(why));
        const QString token = login(server.http(), u"demo.city"_s);
        const qint64 start = server.seq();

        constexpr int kWriters = 8;
        constexpr int kPerWriter = 40;
        std::atomic<int> writersDone{0};
        std::atomic<int> failures{0};
        std::vector<std::thread> writers;
        const QStringList communities = {u"210111001001"_s, u"210111001002"_s, u"210111002001"_s, u"210102001001"_s,
                                         u"210102003004"_s, u"210103002003"_s, u"210103004005"_s, u"210111004002"_s};
        for (int w = 0; w < kWriters; ++w) {
            writers.emplace_back([&, w] {
                Http http(server.port());
                for (int i = 0; i < kPerWriter; ++i) {
                    const QString code = u"t%1x%2"_s.arg(w).arg(i);
                    const HttpReply r = push(http, token,
                                             {op(u"org.add"_s, {{u"code"_s, code},
                                                                {u"name"_s, u"网格 %1"_s.arg(code)},
                                                                {u"level"_s, u"grid"_s},
                                                                {u"parent"_s, communities.at(w)}})});
                    if (r.json().value(u"results"_s).toArray().at(0).toObject().value(u"status"_s).toString()
                        != u"applied")
                        ++failures;
                }
                ++writersDone;
            });
        }

        // The reader: small pages, following `next`, like a client syncing every moment.
        QSet<QString> seen;
        qint64 cursor = start;
        int polls = 0;
        Http reader(server.port());
        const auto drain = [&] {
            for (;;) {
                const HttpReply r = reader.get(u"/api/v1/sync/pull?since=%1&limit=5"_s.arg(cursor), token);
                QCOMPARE(r.status, 200);
                const QJsonObject page = r.json();
                for (const auto &c : page.value(u"changes"_s).toArray()) {
                    const qint64 seq = c.toObject().value(u"seq"_s).toInteger();
                    QVERIFY2(seq > cursor, "a change older than the cursor came back");
                    seen.insert(c.toObject().value(u"id"_s).toString());
                }
                cursor = page.value(u"next"_s).toInteger();
                ++polls;
                if (!page.value(u"has_more"_s).toBool())
                    return;
            }
        };
        while (writersDone.load() < kWriters)
            drain();
        for (auto &t : writers)
            t.join();
        drain();

        QCOMPARE(failures.load(), 0);
        int missed = 0;
        for (int w = 0; w < kWriters; ++w) {
            for (int i = 0; i < kPerWriter; ++i)
                missed += !seen.contains(u"t%1x%2"_s.arg(w).arg(i));
        }
        qInfo("%d records written by %d writers; reader polled %d times; missed %d", kWriters * kPerWriter,
              kWriters, polls, missed);
        QCOMPARE(missed, 0);
        QCOMPARE(cursor, server.seq());
    }
};

QTEST_GUILESS_MAIN(TestSeqOrder)
#include "tst_seqorder.moc"

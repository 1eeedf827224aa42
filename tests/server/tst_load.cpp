// The load generator's short run on SQLite and on PostgreSQL (ISSUE 9 §4): a thousand
// simulated desktop clients of mixed levels pull every few seconds and push notes, walk-in
// complaints and notice drafts against the demo city. Every request must succeed, every op
// the server answered `applied` must be on the server exactly once, and the server's memory
// must not keep growing. scripts/soak runs the ten-minute version.

#include "loadgenerator.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace civic::test;

class TestLoad : public QObject
{
    Q_OBJECT

private:
    DemoServer m_server;

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }
    void cleanup() { m_server.stop(); }

    void aThousandClientsPullAndPushWithoutErrorLossOrGrowth()
    {
        QFETCH_GLOBAL(QString, backend);
        QString why;
        if (!m_server.start(backend, &why))
            QSKIP(qPrintable(why));

        civic::load::Options options;
        options.server = QUrl(m_server.process().baseUrl());
        options.serverPid = m_server.process().pid();
        options.clients = 1000;
        options.intervalSeconds = 5;
        options.pushIntervalSeconds = 10;
        options.durationSeconds = qEnvironmentVariableIntValue("CIVIC_LOAD_SECONDS") > 0
            ? qEnvironmentVariableIntValue("CIVIC_LOAD_SECONDS")
            : 40;
        options.warmupSeconds = 10;
        options.maxAccounts = 40; // every level; each sign-in costs an Argon2id hash
        options.coldShare = 0.01;
        civic::load::LoadGenerator generator(options);
        const civic::load::Report report = generator.run();
        const QString summary = report.summary();
        qInfo().noquote() << backend << summary;

        QVERIFY2(report.failure.isEmpty(), qPrintable(summary));
        QCOMPARE(report.clients, 1000);
        QVERIFY2(report.accounts >= 6, qPrintable(summary)); // worker … city and department
        // Every client pulled on schedule (about one cycle per interval after a random start).
        QVERIFY2(report.pulls >= qint64(report.clients)
                    * qint64(options.durationSeconds / options.intervalSeconds - 2),
            qPrintable(summary));
        QVERIFY2(report.pushes > 1000, qPrintable(summary));
        QVERIFY2(report.errors == 0, qPrintable(summary));
        QCOMPARE(report.appliedOps, report.pushedOps);
        QVERIFY(report.verified);
        QVERIFY2(report.lost == 0 && report.unexpected == 0, qPrintable(summary));
        // Memory: bounded, not flat to the megabyte — SQLite's page caches, the pull cache and
        // the allocator's arenas fill up in the first minutes (+19 MB after the warm-up in
        // these 40 s on SQLite). While the pull cache still kept the pages of older heads the
        // same run grew +73 to +110 MB (+60 MB on PostgreSQL) and went on growing; the trend of the
        // ten-minute soak is in docs/performance.md.
        QVERIFY2(report.rss.size() >= 10, qPrintable(summary));
        QVERIFY2(report.rssEnd - report.rssWarm < 56, qPrintable(summary));
    }
};

QTEST_GUILESS_MAIN(TestLoad)
#include "tst_load.moc"

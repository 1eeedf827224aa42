// The update notice's server half (docs/operations.md §Updates) on SQLite and PostgreSQL:
// nothing is offered before the city administrator publishes a release, `civicdesk-server
// client-release` publishes one (and refuses bad versions and addresses, changing nothing),
// and GET /api/v1/client/latest answers signed-in users with what was published last.

#include "domain/chinatime.h"
#include "testsupport.h"

#include <QDateTime>
#include <QTest>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace civic::test;

namespace {

const QString kUrl020 = u"https://downloads.shenyang.gov.cn/civicdesk/CivicDesk-0.2.0-win64.exe"_s;

} // namespace

class TestClientRelease : public QObject
{
    Q_OBJECT

private:
    // One demo server per backend, shared by the functions, which run in order.
    std::map<QString, std::unique_ptr<DemoServer>> m_servers;
    DemoServer *m_server = nullptr;

    CliResult publish(const QStringList &args)
    {
        return runServer(
            QStringList { u"client-release"_s } + m_server->database().serverArgs() + args);
    }

    HttpReply latest(const QString &username)
    {
        const QString token = login(m_server->http(), username);
        return m_server->http().get(u"/api/v1/client/latest"_s, token);
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        auto &slot = m_servers[backend];
        if (!slot) {
            auto server = std::make_unique<DemoServer>();
            QString why;
            if (!server->start(backend, &why))
                QSKIP(qPrintable(why));
            slot = std::move(server);
        }
        m_server = slot.get();
    }

    void cleanupTestCase()
    {
        for (auto &[backend, server] : m_servers) {
            if (server)
                server->stop();
        }
    }

    void nothingIsOfferedBeforeAPublication()
    {
        const HttpReply none = latest(u"demo.worker"_s);
        QCOMPARE(none.status, 404);
        QCOMPARE(none.errorCode(), u"not_found"_s);
        // Only signed-in clients ask.
        QCOMPARE(m_server->http().get(u"/api/v1/client/latest"_s).status, 401);
        const CliResult show = publish({});
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(show.out.trimmed(), u"no client release published"_s);
    }

    void badPublicationsChangeNothing()
    {
        const QList<QStringList> cases = {
            { u"--version"_s, u"0.2"_s, u"--url"_s, kUrl020 },
            { u"--version"_s, u"v0.2.0"_s, u"--url"_s, kUrl020 },
            { u"--version"_s, u"0.2.0+build.7"_s, u"--url"_s, kUrl020 },
            { u"--version"_s, u"01.2.0"_s, u"--url"_s, kUrl020 },
            { u"--version"_s, u"0.2.0"_s },
            { u"--version"_s, u"0.2.0"_s, u"--url"_s,
                u"ftp://files.example.gov.cn/civicdesk.exe"_s },
            { u"--version"_s, u"0.2.0"_s, u"--url"_s, u"not a url"_s },
            { u"--url"_s, kUrl020 },
            { u"--version"_s, u"0.2.0"_s, u"--url"_s, kUrl020, u"--notes"_s, QString(2001, u'新') },
        };
        for (const auto &args : cases) {
            const CliResult r = publish(args);
            QVERIFY2(r.exitCode == 2,
                qPrintable(args.join(u' ') + u" → "_s + QString::number(r.exitCode)));
            QVERIFY2(r.err.startsWith(u"civicdesk-server: client-release: "_s), qPrintable(r.err));
        }
        QCOMPARE(latest(u"demo.worker"_s).status, 404);
    }

    void aPublishedReleaseIsOfferedToEveryRole()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const CliResult r = publish({ u"--version"_s, u"0.2.0"_s, u"--url"_s, kUrl020, u"--notes"_s,
            u"诉求列表支持按网格筛选"_s });
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), u"published client 0.2.0: "_s + kUrl020);

        for (const auto &username : { u"demo.worker"_s, u"demo.dept"_s, u"demo.city"_s }) {
            const HttpReply reply = latest(username);
            QCOMPARE(reply.status, 200);
            const QJsonObject body = reply.json();
            QCOMPARE(body.value(u"version"_s).toString(), u"0.2.0"_s);
            QCOMPARE(body.value(u"url"_s).toString(), kUrl020);
            QCOMPARE(body.value(u"notes"_s).toString(), u"诉求列表支持按网格筛选"_s);
            const QString publishedAt = body.value(u"published_at"_s).toString();
            QVERIFY2(publishedAt.endsWith(u"+08:00"_s), qPrintable(publishedAt));
            const auto at = civic::domain::parseIsoTime(publishedAt);
            QVERIFY(at.has_value());
            // Second precision at least: the stored time lies within the command's run.
            QVERIFY2(*at >= before - 1000 && *at <= after, qPrintable(publishedAt));
        }
        const CliResult show = publish({});
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(show.out.startsWith(u"client 0.2.0 published "_s)
                && show.out.trimmed().endsWith(kUrl020),
            qPrintable(show.out));
    }

    void theLastPublicationIsTheLatest()
    {
        // A newer release, then its withdrawal by publishing the previous one again with a
        // corrected address: clients are offered what was published last.
        const QString url030
            = u"https://downloads.shenyang.gov.cn/civicdesk/CivicDesk-0.3.0-win64.exe"_s;
        QCOMPARE(publish({ u"--version"_s, u"0.3.0-rc.1"_s, u"--url"_s, url030 }).exitCode, 0);
        QCOMPARE(latest(u"demo.worker"_s).json().value(u"version"_s).toString(), u"0.3.0-rc.1"_s);
        QCOMPARE(latest(u"demo.worker"_s).json().value(u"notes"_s).toString(), QString());
        const QString mirror = u"http://10.1.2.3/civicdesk/CivicDesk-0.2.0-win64.exe"_s;
        QCOMPARE(publish({ u"--version"_s, u"0.2.0"_s, u"--url"_s, mirror }).exitCode, 0);
        const QJsonObject body = latest(u"demo.worker"_s).json();
        QCOMPARE(body.value(u"version"_s).toString(), u"0.2.0"_s);
        QCOMPARE(body.value(u"url"_s).toString(), mirror);
        QCOMPARE(body.value(u"notes"_s).toString(), QString());
    }

    void theCommandIsInTheHelp()
    {
        const CliResult help = runServer({ u"--help"_s });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"client-release --data DIR | --db URL"_s));
    }
};

QTEST_GUILESS_MAIN(TestClientRelease)
#include "tst_clientrelease.moc"

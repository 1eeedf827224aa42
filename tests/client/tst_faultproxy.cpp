// The sync engine talking to a real server through a TCP proxy that misbehaves: it delays
// traffic, cuts answers short and resets connections — also after the server has applied a
// push and before its answer arrives. The client keeps syncing until it converges, and then
// holds exactly what a client on a clean line holds, with every local change applied on the
// server exactly once.

#include "store/cachedatabase.h"
#include "store/personaldata.h"
#include "sync/syncthread.h"
#include "testsupport.h"

#include <QDateTime>
#include <QPointer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace civic;

namespace {

// A proxy on a free loopback port in front of `target`. Each new connection gets the next
// fault of the cycle: reset after the request went through, pass, cut the answer short,
// delay; connections are closed after an answer, so every few requests meet a fault.
class FaultProxy : public QObject
{
public:
    enum class Fault { Pass, Delay, ResetAfterRequest, Truncate };

    explicit FaultProxy(int target) : m_target(target)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                accept(client);
        });
    }
    int port() const { return m_server.serverPort(); }
    // Turning faults on also closes the connections open so far, so no clean one stays in use.
    void setFaulty(bool faulty)
    {
        m_faulty = faulty;
        if (faulty) {
            for (const QPointer<QTcpSocket> &client : std::as_const(m_clients)) {
                if (client)
                    client->disconnectFromHost();
            }
        }
        m_clients.clear();
    }
    int faultsInjected() const { return m_injected; }

private:
    void accept(QTcpSocket *client)
    {
        static const Fault cycle[] = { Fault::ResetAfterRequest, Fault::Pass, Fault::Truncate, Fault::Delay };
        const bool faulty = m_faulty;
        const Fault fault = faulty ? cycle[m_connections++ % 4] : Fault::Pass;
        if (fault != Fault::Pass)
            ++m_injected;
        m_clients.append(client);
        auto *server = new QTcpSocket(client);
        server->connectToHost(QHostAddress::LocalHost, quint16(m_target));
        auto sent = std::make_shared<qint64>(0);
        const auto forward = [fault](QTcpSocket *from, QTcpSocket *to) {
            const QByteArray data = from->readAll();
            if (fault == Fault::Delay) {
                QTimer::singleShot(150, to, [to, data] { to->write(data); });
                return;
            }
            to->write(data);
        };
        QObject::connect(client, &QTcpSocket::readyRead, server, [=] {
            if (server->state() == QAbstractSocket::ConnectedState)
                forward(client, server);
        });
        QObject::connect(server, &QTcpSocket::connected, server, [=] {
            if (client->bytesAvailable())
                forward(client, server);
        });
        QObject::connect(server, &QTcpSocket::readyRead, client, [=] {
            if (fault == Fault::ResetAfterRequest) {
                // The server has the request and answers: the client never hears it.
                server->readAll();
                client->abort();
                client->deleteLater();
                return;
            }
            if (fault == Fault::Truncate) {
                QByteArray data = server->readAll();
                data.truncate(std::max<qint64>(0, 120 - *sent));
                *sent += data.size();
                client->write(data);
                if (*sent >= 120) {
                    client->flush();
                    client->abort();
                    client->deleteLater();
                }
                return;
            }
            forward(server, client);
            // While faulty, no keep-alive: the next request comes on a new connection, with
            // the next fault (and a request sent on the closing one fails too).
            if (faulty)
                QTimer::singleShot(fault == Fault::Delay ? 400 : 100, client, [client] { client->disconnectFromHost(); });
        });
        QObject::connect(server, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        QObject::connect(client, &QTcpSocket::disconnected, client, [client, server] {
            server->disconnectFromHost();
            client->deleteLater();
        });
    }

    QTcpServer m_server;
    int m_target;
    bool m_faulty = true;
    int m_connections = 0;
    int m_injected = 0;
    QList<QPointer<QTcpSocket>> m_clients;
};

// Everything in the cache but the sync bookkeeping, in a stable order. Records are compared
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

class TestFaultProxy : public QObject
{
    Q_OBJECT

private:
    test::DemoServer m_server;
    QTemporaryDir m_dir;

    sync::SyncConfig config(const QString &username, int port, const QString &file)
    {
        const QJsonObject session = test::loginReply(m_server.http(), username);
        sync::SyncConfig c;
        c.cachePath = m_dir.filePath(file);
        c.serverUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        c.user = session.value(u"user"_s).toObject();
        const QJsonObject unit = c.user.value(u"unit"_s).toObject();
        c.actor = domain::Actor { c.user.value(u"id"_s).toString(),
            domain::roleFromName(c.user.value(u"role"_s).toString()).value(), unit.value(u"code"_s).toString(),
            domain::levelFromName(unit.value(u"level"_s).toString()).value(), unit.value(u"path"_s).toString() };
        c.accessToken = session.value(u"access_token"_s).toString();
        c.refreshToken = session.value(u"refresh_token"_s).toString();
        c.pageSize = 500; // several pages, so faults meet pulls as well as pushes
        c.catchUpPageSize = 500;
        return c;
    }

    static bool startEngine(sync::SyncThread &thread, const sync::SyncConfig &c)
    {
        QSignalSpy ready(thread.engine(), &sync::SyncEngine::ready);
        thread.post([c](sync::SyncEngine *e) { e->start(c); });
        return ready.wait(20000) && ready.at(0).at(0).toBool();
    }

    static std::pair<bool, sync::SyncStats> cycle(sync::SyncThread &thread)
    {
        QSignalSpy done(thread.engine(), &sync::SyncEngine::cycleFinished);
        thread.post([](sync::SyncEngine *e) { e->syncNow(); });
        if (!done.wait(60000))
            return { false, {} };
        return { done.at(0).at(1).toBool(), done.at(0).at(0).value<sync::SyncStats>() };
    }

    // The org_unit records of the server as `username` pulls them: code → version.
    QHash<QString, qint64> serverVersions(const QString &username)
    {
        QHash<QString, qint64> versions;
        for (const auto &c : test::pullAll(m_server.http(), test::login(m_server.http(), username)).changes) {
            if (c.value(u"kind"_s).toString() == u"org_unit")
                versions.insert(c.value(u"id"_s).toString(), c.value(u"version"_s).toInteger());
        }
        return versions;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why;
        QVERIFY2(m_server.start(u"sqlite"_s, &why), qPrintable(why));
    }

    void aClientOnABadLineConvergesWithNothingLostOrDoubled()
    {
        FaultProxy proxy(m_server.port());
        const QHash<QString, qint64> before = serverVersions(u"demo.district"_s);
        const auto c = config(u"demo.district"_s, proxy.port(), u"faulty.sqlite"_s);
        auto thread_ = std::make_unique<sync::SyncThread>();
        sync::SyncThread &thread = *thread_;
        QVERIFY(startEngine(thread, c));
        // The first sync on a clean line: the district's units are in the cache to edit.
        proxy.setFaulty(false);
        QVERIFY(cycle(thread).first);
        proxy.setFaulty(true);

        // Twelve local changes (the communities' household counts), queued at once.
        QStringList communities;
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            if (it.key().size() == 12 && it.key().startsWith(u"210111"))
                communities.append(it.key());
        }
        communities.sort();
        communities = communities.mid(0, 12);
        QCOMPARE(communities.size(), 12);
        // One change at a time, each followed by syncs through the faults (pushes and pulls)
        // until a cycle succeeds with nothing left to push.
        QSignalSpy submitted(thread.engine(), &sync::SyncEngine::submitted);
        int cycles = 0;
        int failed = 0;
        for (int i = 0; i < communities.size(); ++i) {
            const QString code = communities.at(i);
            thread.post([code, i](sync::SyncEngine *e) {
                e->submit(store::Command { u"org.update"_s, { { u"code"_s, code }, { u"households"_s, 7000 + i } },
                              std::nullopt },
                    u"fault-%1"_s.arg(i));
            });
            QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), i + 1, 20000);
            const auto r = submitted.at(i).at(1).value<store::SubmitResult>();
            QVERIFY2(r.ok(), qPrintable(r.error));
            bool converged = false;
            for (int attempt = 0; !converged && attempt < 30; ++attempt) {
                ++cycles;
                const auto [ok, stats] = cycle(thread);
                failed += !ok;
                converged = ok && stats.pending == 0;
            }
            QVERIFY2(converged, qPrintable(u"change %1 did not get through in 30 cycles"_s.arg(i)));
        }
        QVERIFY2(failed > 0, "no cycle met a fault");
        QVERIFY(proxy.faultsInjected() >= 3);
        // One more cycle on a clean line takes whatever the last faulty one left out.
        proxy.setFaulty(false);
        const auto [ok, stats] = cycle(thread);
        QVERIFY(ok);
        QCOMPARE(stats.pending, 0);
        thread_.reset();

        // Every change applied once on the server: each community's version went up by one.
        const QHash<QString, qint64> after = serverVersions(u"demo.district"_s);
        for (const QString &code : std::as_const(communities))
            QVERIFY2(after.value(code) == before.value(code) + 1,
                qPrintable(u"%1: version %2 → %3"_s.arg(code).arg(before.value(code)).arg(after.value(code))));

        // And the cache equals one synced on a clean line.
        const auto clean = config(u"demo.district"_s, m_server.port(), u"clean.sqlite"_s);
        {
            sync::SyncThread direct;
            QVERIFY(startEngine(direct, clean));
            QVERIFY(cycle(direct).first);
        }
        QTest::qWait(200);
        QCOMPARE(dump(c.cachePath), dump(clean.cachePath));
        qInfo("%d cycles, %d failed, %d faulty connections", cycles, failed, proxy.faultsInjected());
    }
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"

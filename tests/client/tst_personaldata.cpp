// Residents' personal data in the client cache (issue 9, item 6): after a sync against a real
// server and a complaint typed in locally, no phone, name or address is anywhere in the
// SQLite file or its log, while the client still reads them and pushes them whole; an older
// cache is sealed by its migration; a cache whose key is gone is pulled again instead of
// showing what it cannot open.

#include "item/complaintrecords.h"
#include "item/problemsmodel.h"
#include "store/cachedatabase.h"
#include "store/commandqueue.h"
#include "store/outbox.h"
#include "store/personaldata.h"
#include "store/recordstore.h"
#include "sync/syncthread.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace civic;

namespace {

const QString kCommunity = u"210111001001"_s; // 河畔社区, demo.worker's unit

// Which of `needles` appear in the cache file or its write-ahead log, byte for byte.
QStringList foundInFiles(const QString &path, const QStringList &needles)
{
    QStringList found;
    for (const QString &file : { path, path + u"-wal"_s }) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const auto &needle : needles) {
            if (bytes.contains(needle.toUtf8()))
                found.append(QFileInfo(file).fileName() + u": "_s + needle);
        }
    }
    return found;
}

} // namespace

class TestPersonalData : public QObject
{
    Q_OBJECT

private:
    test::DemoServer m_server;
    QTemporaryDir m_dir;

    sync::SyncConfig config(const QString &username, const QString &cachePath)
    {
        const QJsonObject session = test::loginReply(m_server.http(), username);
        sync::SyncConfig c;
        c.cachePath = cachePath;
        c.serverUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.port()));
        c.user = session.value(u"user"_s).toObject();
        const QJsonObject unit = c.user.value(u"unit"_s).toObject();
        c.actor = domain::Actor { c.user.value(u"id"_s).toString(),
            domain::roleFromName(c.user.value(u"role"_s).toString()).value(),
            unit.value(u"code"_s).toString(),
            domain::levelFromName(unit.value(u"level"_s).toString()).value(),
            unit.value(u"path"_s).toString() };
        c.accessToken = session.value(u"access_token"_s).toString();
        c.refreshToken = session.value(u"refresh_token"_s).toString();
        return c;
    }

    bool startEngine(sync::SyncThread &thread, const sync::SyncConfig &c)
    {
        QSignalSpy ready(thread.engine(), &sync::SyncEngine::ready);
        thread.post([c](sync::SyncEngine *e) { e->start(c); });
        return ready.wait(20000) && ready.at(0).at(0).toBool();
    }

    std::pair<bool, sync::SyncStats> cycle(sync::SyncThread &thread)
    {
        QSignalSpy done(thread.engine(), &sync::SyncEngine::cycleFinished);
        thread.post([](sync::SyncEngine *e) { e->syncNow(); });
        if (!done.wait(60000))
            return { false, {} };
        return { done.at(0).at(1).toBool(), done.at(0).at(0).value<sync::SyncStats>() };
    }

    // A complaint filed on the server by the community that handles it.
    QString fileComplaint(const QString &nickname, const QString &phone, const QString &location)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto reply
            = test::push(m_server.http(), test::login(m_server.http(), u"demo.worker"_s),
                { test::op(u"complaint.create"_s,
                    { { u"id"_s, id }, { u"community"_s, kCommunity },
                        { u"category"_s, u"环境卫生"_s }, { u"title"_s, u"楼道堆放杂物无人清理"_s },
                        { u"content"_s, u"三单元楼道杂物堆了一个月。"_s },
                        { u"nickname"_s, nickname }, { u"phone"_s, phone },
                        { u"channel"_s, u"walk_in"_s }, { u"location"_s, location } }) });
        const QJsonObject result = reply.json().value(u"results"_s).toArray().at(0).toObject();
        return result.value(u"status"_s).toString() == u"applied" ? id : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_server.start(u"sqlite"_s, &why), qPrintable(why));
    }

    void noPersonalFieldInClearAfterASync()
    {
        const QString phone = u"13907771234"_s;
        const QString nickname = u"柏秋芸"_s;
        const QString location = u"河畔花园七号楼三单元"_s;
        const QString id = fileComplaint(nickname, phone, location);
        QVERIFY(!id.isEmpty());

        const QString path = m_dir.filePath(u"worker.sqlite"_s);
        const auto c = config(u"demo.worker"_s, path);
        sync::SyncThread thread;
        QVERIFY(startEngine(thread, c));
        QVERIFY(cycle(thread).first);

        // A walk-in typed in on this computer, not yet sent: in the record and the outbox.
        const QString localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString localPhone = u"13600005678"_s;
        const QString localName = u"郗雨桐"_s;
        QSignalSpy submitted(thread.engine(), &sync::SyncEngine::submitted);
        thread.post([&](sync::SyncEngine *e) {
            e->submit(store::Command { u"complaint.create"_s,
                          { { u"id"_s, localId }, { u"community"_s, kCommunity },
                              { u"category"_s, u"噪音"_s }, { u"title"_s, u"夜间施工噪音"_s },
                              { u"content"_s, u"工地夜里十一点还在施工。"_s },
                              { u"nickname"_s, localName }, { u"phone"_s, localPhone },
                              { u"channel"_s, u"phone"_s } },
                          std::nullopt },
                u"r1"_s);
        });
        QVERIFY(submitted.wait(10000));
        QVERIFY(submitted.at(0).at(1).value<store::SubmitResult>().ok());

        const QStringList secrets = { phone, nickname, location, localPhone, localName };
        QVERIFY(QFile::exists(path + u"-wal"_s));
        QCOMPARE(foundInFiles(path, secrets), QStringList());
        // What is not personal stays searchable in clear.
        QVERIFY(!foundInFiles(path, { u"楼道堆放杂物无人清理"_s }).isEmpty());

        // The client reads them back: the detail pane and the records.
        {
            QVERIFY(!store::CacheDatabase::openReader(path, u"peek"_s));
            QSqlDatabase db = QSqlDatabase::database(u"peek"_s);
            const auto detail = item::loadComplaint(db, id);
            QVERIFY(detail);
            QCOMPARE(detail->phone, phone);
            QCOMPARE(detail->state.nickname, nickname);
            QCOMPARE(detail->location, location);
            store::RecordStore records(db);
            QCOMPARE(records.get(u"complaint"_s, localId)->data.value(u"phone"_s).toString(),
                localPhone);
            // The list still finds the complaint by its title.
            QSqlQuery q(db);
            QVERIFY(q.exec(
                u"SELECT count(*) FROM complaint_fts WHERE complaint_fts MATCH '楼道堆放'"_s));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toInt() >= 1);
            store::Outbox outbox(db);
            const auto pending = outbox.pending();
            QCOMPARE(pending.size(), 1);
            QCOMPARE(pending.at(0).payload.value(u"nickname"_s).toString(), localName);
        }
        store::CacheDatabase::close(u"peek"_s);

        // The outbox is pushed whole: the server has the number and the name.
        const auto [ok, stats] = cycle(thread);
        QVERIFY(ok);
        QCOMPARE(stats.pushed, 1);
        const auto onServer = m_server.http().get(
            u"/api/v1/complaints/"_s + localId, test::login(m_server.http(), u"demo.worker"_s));
        QCOMPARE(onServer.status, 200);
        QCOMPARE(onServer.json().value(u"phone"_s).toString(), localPhone);
        QCOMPARE(onServer.json().value(u"nickname"_s).toString(), localName);
        thread.stop();
        QCOMPARE(foundInFiles(path, secrets), QStringList());
    }

    // A cache written before the sealing: its clear-text fields are sealed by migration 6.
    void theMigrationSealsAnOlderCache()
    {
        const QString path = m_dir.filePath(u"older.sqlite"_s);
        const QString phone = u"13812349876"_s;
        const QString nickname = u"冼嘉禾"_s;
        const QString location = u"滨河路十八号院"_s;
        const QString id = u"0a1b2c3d-0000-4000-8000-000000000001"_s;
        const QString opId = u"0a1b2c3d-0000-4000-8000-000000000002"_s;
        {
            QVERIFY(!store::CacheDatabase::openWriter(path, u"old"_s));
            QSqlDatabase db = QSqlDatabase::database(u"old"_s);
            // Version 5 did not overwrite deleted rows.
            QVERIFY(QSqlQuery(db).exec(u"PRAGMA secure_delete=OFF"_s));
            // What version 5 wrote: the record, its shadow and the outbox in clear, and the
            // columns and search index filled from them.
            const QJsonObject data { { u"id"_s, id }, { u"community"_s, kCommunity },
                { u"title"_s, u"路灯不亮"_s }, { u"nickname"_s, nickname }, { u"phone"_s, phone },
                { u"location"_s, location }, { u"lat"_s, 41.78 }, { u"status"_s, u"new"_s } };
            const QString json
                = QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
            QSqlQuery q(db);
            QVERIFY(q.prepare(
                u"INSERT INTO complaint (id, version, data, title, nickname, location, status)"
                u" VALUES (?, 1, ?, '路灯不亮', ?, ?, 'new')"_s));
            q.addBindValue(id);
            q.addBindValue(json);
            q.addBindValue(nickname);
            q.addBindValue(location);
            QVERIFY(q.exec());
            QVERIFY(q.prepare(
                u"INSERT INTO shadow (kind, id, existed, version, data) VALUES ('complaint', ?, 1, 1, ?)"_s));
            q.addBindValue(id);
            q.addBindValue(json);
            QVERIFY(q.exec());
            QVERIFY(q.prepare(u"INSERT INTO outbox (op_id, position, type, payload, created_at)"
                              u" VALUES (?, 1, 'complaint.create', ?, 0)"_s));
            q.addBindValue(opId);
            q.addBindValue(json);
            QVERIFY(q.exec());
            // A complaint pulled and later deleted: an older version left its bytes in the
            // page's free space.
            QVERIFY(q.exec(u"INSERT INTO complaint (id, version, data) VALUES"
                           u" ('gone', 1, '{\"phone\":\"13955550000\"}')"_s));
            QVERIFY(q.exec(u"DELETE FROM complaint WHERE id = 'gone'"_s));
            QVERIFY(q.exec(u"DELETE FROM sync_state WHERE key = 'personal_key_check'"_s));
            QVERIFY(q.exec(u"PRAGMA user_version = 5"_s));
        }
        store::CacheDatabase::close(u"old"_s);
        QCOMPARE(foundInFiles(path, { phone, nickname, location, u"13955550000"_s }).size(), 4);

        QVERIFY(!store::CacheDatabase::openWriter(path, u"new"_s));
        {
            QSqlDatabase db = QSqlDatabase::database(u"new"_s);
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), store::CacheDatabase::latestVersion());
            QVERIFY(q.exec(u"SELECT nickname, location FROM complaint"_s) && q.next());
            QVERIFY(q.value(0).isNull());
            QVERIFY(q.value(1).isNull());
            store::RecordStore records(db);
            const auto record = records.get(u"complaint"_s, id);
            QVERIFY(record);
            QCOMPARE(record->data.value(u"phone"_s).toString(), phone);
            QCOMPARE(record->data.value(u"location"_s).toString(), location);
            QCOMPARE(record->data.value(u"lat"_s).toDouble(), 41.78);
            store::Outbox outbox(db);
            QCOMPARE(outbox.entry(opId)->payload.value(u"nickname"_s).toString(), nickname);
        }
        store::CacheDatabase::close(u"new"_s);
        QCOMPARE(
            foundInFiles(path, { phone, nickname, location, u"13955550000"_s }), QStringList());
    }

    // No keychain kept the key: the next run cannot open the sealed fields, so it pulls
    // everything again, and a queued walk-in whose resident it can no longer read is set
    // aside for the user rather than sent without them.
    void anotherKeyPullsEverythingAgain()
    {
        const QString path = m_dir.filePath(u"forgotten.sqlite"_s);
        const auto c = config(u"demo.worker"_s, path);
        store::PersonalData::setKey(path, store::PersonalData::newKey());
        const QString localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            sync::SyncThread thread;
            QVERIFY(startEngine(thread, c));
            QVERIFY(cycle(thread).first);
            m_server.process().stop();
            QSignalSpy submitted(thread.engine(), &sync::SyncEngine::submitted);
            thread.post([&](sync::SyncEngine *e) {
                e->submit(store::Command { u"complaint.create"_s,
                              { { u"id"_s, localId }, { u"community"_s, kCommunity },
                                  { u"category"_s, u"噪音"_s }, { u"title"_s, u"广场舞音响太响"_s },
                                  { u"content"_s, u"晚上九点后仍很吵。"_s },
                                  { u"phone"_s, u"13711112222"_s }, { u"channel"_s, u"phone"_s } },
                              std::nullopt },
                    u"r1"_s);
                e->submit(store::Command { u"complaint.note"_s,
                              { { u"complaint"_s, localId }, { u"text"_s, u"已电话回访"_s } },
                              std::nullopt },
                    u"r2"_s);
            });
            QVERIFY(QTest::qWaitFor([&] { return submitted.count() == 2; }, 10000));
            thread.stop();
        }
        QString why;
        QVERIFY2(m_server.process().start(&why), qPrintable(why));

        // The next run has a new key.
        store::PersonalData::setKey(path, store::PersonalData::newKey());
        sync::SyncThread thread;
        QVERIFY(startEngine(thread, c));
        {
            QVERIFY(!store::CacheDatabase::openReader(path, u"after"_s));
            QSqlDatabase db = QSqlDatabase::database(u"after"_s);
            store::RecordStore records(db);
            QCOMPARE(records.cursor(), 0);
            // What it cannot read is gone; the rest (the org tree) stays until replaced.
            QSqlQuery sealed(db);
            QVERIFY(sealed.exec(u"SELECT count(*) FROM complaint WHERE instr(data, 'pd1:') > 0"_s));
            QVERIFY(sealed.next());
            QCOMPARE(sealed.value(0).toInt(), 0);
            sealed.finish();
            QVERIFY(records.counts().value(u"org_unit"_s) > 0);
            store::Outbox outbox(db);
            const auto problems = outbox.problems();
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.at(0).type, u"complaint.create"_s);
            QCOMPARE(problems.at(0).lastError.value(u"code"_s).toString(),
                u"personal_data_unreadable"_s);
            // The sync problems panel says why, not "the server refused".
            QVERIFY(item::ProblemsModel::reasonText(problems.at(0).lastError, problems.at(0).state)
                        .contains(u"Enter it again"_s));
            // The note names no resident: it waits to be sent.
            QCOMPARE(outbox.pendingCount(), 1);
        }
        store::CacheDatabase::close(u"after"_s);
        const auto [ok, stats] = cycle(thread);
        QVERIFY(stats.pulled > 0);
        Q_UNUSED(ok);
        {
            QVERIFY(!store::CacheDatabase::openReader(path, u"again"_s));
            QSqlDatabase db = QSqlDatabase::database(u"again"_s);
            store::RecordStore records(db);
            QVERIFY(records.counts().value(u"complaint"_s) > 0);
            // What was pulled again is readable with the new key.
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT id FROM complaint LIMIT 1"_s) && q.next());
            const auto detail = item::loadComplaint(db, q.value(0).toString());
            QVERIFY(detail);
            QVERIFY(!detail->phone.startsWith(u"pd1:"_s));
        }
        store::CacheDatabase::close(u"again"_s);
    }
};

QTEST_GUILESS_MAIN(TestPersonalData)
#include "tst_personaldata.moc"

// QtKeychain against a real Secret Service (gnome-keyring in a private D-Bus session, see
// with-keyring.sh): the refresh token is stored, read, replaced and removed; a remembered
// sign-in resumes without a password; sign-out removes it. The key sealing the cache's
// personal data lives next to it, survives a restart, and goes with the cache when the user
// wipes this computer's data at sign-out.

#include "store/cachedatabase.h"
#include "store/personaldata.h"
#include "store/recordstore.h"
#include "sync/credentialstore.h"
#include "sync/session.h"
#include "testsupport.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using civic::sync::CredentialStore;

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    CredentialStore::Outcome run(const std::function<void(CredentialStore::Done)> &call)
    {
        std::optional<CredentialStore::Outcome> outcome;
        call([&](const CredentialStore::Outcome &o) { outcome = o; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
            return CredentialStore::Outcome{false, false, false, u"timed out"_s, std::nullopt};
        return *outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through with-keyring.sh");
    }

    void storeReadReplaceDelete()
    {
        CredentialStore store;
        const QString key = CredentialStore::keyFor(u"https://civic.example.gov.cn/"_s, u"demo.worker"_s);
        QCOMPARE(key, u"CivicDesk/https://civic.example.gov.cn/demo.worker"_s);
        auto w = run([&](auto done) { store.write(key, u"cdr_first"_s, done); });
        QVERIFY2(w.ok, qPrintable(w.error));
        auto r = run([&](auto done) { store.read(key, done); });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.secret.value_or(QString()), u"cdr_first"_s);
        QVERIFY(run([&](auto done) { store.write(key, u"cdr_second"_s, done); }).ok);
        QCOMPARE(run([&](auto done) { store.read(key, done); }).secret.value_or(QString()), u"cdr_second"_s);
        // Another account on the same server is a separate entry.
        const QString other = CredentialStore::keyFor(u"https://civic.example.gov.cn/"_s, u"demo.street"_s);
        const auto missing = run([&](auto done) { store.read(other, done); });
        QVERIFY(!missing.ok);
        QVERIFY(missing.notFound);
        QVERIFY(run([&](auto done) { store.remove(key, done); }).ok);
        const auto gone = run([&](auto done) { store.read(key, done); });
        QVERIFY(gone.notFound);
        // Removing what is not there is fine.
        QVERIFY(run([&](auto done) { store.remove(key, done); }).ok);
    }

    void rememberedSignInResumesAndSignOutForgets()
    {
        civic::test::DemoServer server;
        QString why;
        QVERIFY2(server.start(u"sqlite"_s, &why), qPrintable(why));
        const QUrl url(u"http://127.0.0.1:%1"_s.arg(server.port()));
        QNetworkAccessManager network;
        {
            civic::sync::Session session(&network);
            QSignalSpy in(&session, &civic::sync::Session::signedInChanged);
            session.signIn(url, u"demo.worker"_s, u"CivicDesk-demo-1"_s, true);
            QVERIFY(in.wait(20000));
            QVERIFY(session.account().remembered);
            QCOMPARE(session.account().user.value(u"username"_s).toString(), u"demo.worker"_s);
        }
        {
            civic::sync::Session session(&network);
            QSignalSpy in(&session, &civic::sync::Session::signedInChanged);
            QSignalSpy needs(&session, &civic::sync::Session::needsPassword);
            session.resume(url, u"demo.worker"_s, {});
            QVERIFY(in.wait(20000));
            QCOMPARE(needs.count(), 0);
            QCOMPARE(in.at(0).at(0).toBool(), true);
            QCOMPARE(session.account().actor().unitCode, u"210111001001"_s);
            QVERIFY(!session.account().accessToken.isEmpty());
            QSignalSpy out(&session, &civic::sync::Session::signedOut);
            session.signOut();
            QVERIFY(out.wait(20000));
        }
        {
            civic::sync::Session session(&network);
            QSignalSpy needs(&session, &civic::sync::Session::needsPassword);
            session.resume(url, u"demo.worker"_s, {});
            QVERIFY(needs.wait(20000));
        }
    }

    void theCacheKeyIsKeptAndWipedWithTheCache()
    {
        civic::test::DemoServer server;
        QString why;
        QVERIFY2(server.start(u"sqlite"_s, &why), qPrintable(why));
        const QUrl url(u"http://127.0.0.1:%1"_s.arg(server.port()));
        QTemporaryDir dir;
        const QString path = civic::store::CacheDatabase::cacheFileFor(url.toString(), u"demo.worker"_s, dir.path());
        QNetworkAccessManager network;
        civic::sync::Session session(&network);
        QSignalSpy in(&session, &civic::sync::Session::signedInChanged);
        session.signIn(url, u"demo.worker"_s, u"CivicDesk-demo-1"_s, true);
        QVERIFY(in.wait(20000));
        const auto loadKey = [&] {
            std::optional<bool> kept;
            session.loadCacheKey(path, [&](bool k) { kept = k; });
            return QTest::qWaitFor([&] { return kept.has_value(); }, 20000) && *kept;
        };
        QVERIFY(loadKey());
        CredentialStore store;
        const QString entry = CredentialStore::cacheKeyFor(url.toString(), u"demo.worker"_s);
        QCOMPARE(entry, CredentialStore::keyFor(url.toString(), u"demo.worker"_s) + u"/cache-key"_s);
        const auto stored = run([&](auto done) { store.read(entry, done); });
        QVERIFY2(stored.ok, qPrintable(stored.error));
        const QByteArray key = QByteArray::fromBase64(stored.secret.value_or(QString()).toLatin1());
        QCOMPARE(key.size(), civic::store::PersonalData::kKeySize);
        QCOMPARE(civic::store::PersonalData::keyFor(path), key);

        const auto writeAndRead = [&](bool write) -> QString {
            if (civic::store::CacheDatabase::openWriter(path, u"w"_s))
                return u"cannot open"_s;
            QString phone;
            {
                civic::store::RecordStore records(QSqlDatabase::database(u"w"_s));
                if (write)
                    records.applyPulled(u"complaint"_s, u"c1"_s, 1, false,
                                        {{u"id"_s, u"c1"_s}, {u"phone"_s, u"13512340000"_s}});
                if (const auto r = records.get(u"complaint"_s, u"c1"_s))
                    phone = r->data.value(u"phone"_s).toString();
            }
            civic::store::CacheDatabase::close(u"w"_s);
            return phone;
        };
        QCOMPARE(writeAndRead(true), u"13512340000"_s);
        // The next start finds the same key: the cache is read, not pulled again.
        civic::store::PersonalData::forgetKey(path);
        QVERIFY(loadKey());
        QCOMPARE(civic::store::PersonalData::keyFor(path), key);
        QCOMPARE(writeAndRead(false), u"13512340000"_s);

        // Sign-out with the wipe: the cache files, the key and the token are gone.
        QVERIFY(QFile::exists(path));
        QSignalSpy out(&session, &civic::sync::Session::signedOut);
        session.signOut(path);
        QVERIFY(out.wait(20000));
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QVERIFY2(!QFile::exists(path + suffix), qPrintable(path + suffix));
        QVERIFY(run([&](auto done) { store.read(entry, done); }).notFound);
        QVERIFY(run([&](auto done) {
                    store.read(CredentialStore::keyFor(url.toString(), u"demo.worker"_s), done);
                }).notFound);
        // And this process forgot it too: a new cache there gets another key.
        QVERIFY(civic::store::PersonalData::keyFor(path) != key);
    }

    void signOutWithoutTheWipeKeepsCacheAndKey()
    {
        civic::test::DemoServer server;
        QString why;
        QVERIFY2(server.start(u"sqlite"_s, &why), qPrintable(why));
        const QUrl url(u"http://127.0.0.1:%1"_s.arg(server.port()));
        QTemporaryDir dir;
        const QString path = civic::store::CacheDatabase::cacheFileFor(url.toString(), u"demo.street"_s, dir.path());
        QNetworkAccessManager network;
        civic::sync::Session session(&network);
        QSignalSpy in(&session, &civic::sync::Session::signedInChanged);
        session.signIn(url, u"demo.street"_s, u"CivicDesk-demo-1"_s, true);
        QVERIFY(in.wait(20000));
        std::optional<bool> kept;
        session.loadCacheKey(path, [&](bool k) { kept = k; });
        QVERIFY(QTest::qWaitFor([&] { return kept.has_value(); }, 20000));
        QVERIFY(!civic::store::CacheDatabase::openWriter(path, u"w"_s));
        civic::store::CacheDatabase::close(u"w"_s);
        QSignalSpy out(&session, &civic::sync::Session::signedOut);
        session.signOut();
        QVERIFY(out.wait(20000));
        QVERIFY(QFile::exists(path));
        CredentialStore store;
        QVERIFY(run([&](auto done) {
                    store.read(CredentialStore::cacheKeyFor(url.toString(), u"demo.street"_s), done);
                }).ok);
        QVERIFY(run([&](auto done) {
                    store.read(CredentialStore::keyFor(url.toString(), u"demo.street"_s), done);
                }).notFound);
    }

    void aRevokedStoredSignInAsksForThePassword()
    {
        civic::test::DemoServer server;
        QString why;
        QVERIFY2(server.start(u"sqlite"_s, &why), qPrintable(why));
        const QUrl url(u"http://127.0.0.1:%1"_s.arg(server.port()));
        QNetworkAccessManager network;
        {
            civic::sync::Session session(&network);
            QSignalSpy in(&session, &civic::sync::Session::signedInChanged);
            session.signIn(url, u"demo.street"_s, u"CivicDesk-demo-1"_s, true);
            QVERIFY(in.wait(20000));
        }
        // The administrator resets the password: every sign-in ends.
        QCOMPARE(civic::test::runServer(QStringList{u"user"_s, u"passwd"_s, u"--username"_s, u"demo.street"_s}
                                            + server.database().serverArgs(),
                                        "Another-pass-1\n")
                     .exitCode,
                 0);
        civic::sync::Session session(&network);
        QSignalSpy failed(&session, &civic::sync::Session::signInFailed);
        session.resume(url, u"demo.street"_s, {});
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.at(0).at(0).toString(), u"expired"_s);
        // And the dead token is gone from the keychain.
        CredentialStore store;
        const auto gone = run([&](auto done) {
            store.read(CredentialStore::keyFor(url.toString(), u"demo.street"_s), done);
        });
        QVERIFY(gone.notFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"

// QtKeychain against a real Secret Service (gnome-keyring in a private D-Bus session, see
// with-keyring.sh): the refresh token is stored, read, replaced and removed; a remembered
// sign-in resumes without a password; sign-out removes it.

#include "sync/credentialstore.h"
#include "sync/session.h"
#include "testsupport.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
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

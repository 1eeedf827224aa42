// Without any keychain there is no insecure fallback: storing fails and says so, and
// nothing is written to disk; the cache key lasts for the run only.

#include "store/personaldata.h"
#include "sync/credentialstore.h"
#include "sync/session.h"

#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using civic::sync::CredentialStore;

class TestNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // No session bus: no Secret Service, no KWallet.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/civicdesk-test-bus");
        QStandardPaths::setTestModeEnabled(true);
    }

    void storingFailsAndNothingIsWritten()
    {
        QTemporaryDir home;
        qputenv("HOME", home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", home.filePath(u".config"_s).toUtf8());
        qputenv("XDG_DATA_HOME", home.filePath(u".local/share"_s).toUtf8());
        CredentialStore store;
        std::optional<CredentialStore::Outcome> outcome;
        store.write(CredentialStore::keyFor(u"http://127.0.0.1:8470"_s, u"demo.worker"_s), u"cdr_secret-token"_s,
                    [&](const CredentialStore::Outcome &o) { outcome = o; });
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 30000));
        QVERIFY(!outcome->ok);
        QVERIFY(!outcome->error.isEmpty());
        // The token is nowhere on disk.
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("cdr_secret-token"), qPrintable(f.fileName()));
        }
    }

    void theCacheKeyStaysInMemory()
    {
        QTemporaryDir home;
        qputenv("HOME", home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", home.filePath(u".config"_s).toUtf8());
        qputenv("XDG_DATA_HOME", home.filePath(u".local/share"_s).toUtf8());
        QNetworkAccessManager network;
        civic::sync::Session session(&network);
        const QString path = home.filePath(u"caches/demo.worker@127.0.0.1_8470.sqlite"_s);
        std::optional<bool> kept;
        session.loadCacheKey(path, [&](bool k) { kept = k; });
        QVERIFY(QTest::qWaitFor([&] { return kept.has_value(); }, 30000));
        QVERIFY(!*kept);
        // The run still has a key to seal with, and it was written nowhere.
        const QByteArray key = civic::store::PersonalData::keyFor(path);
        QCOMPARE(key.size(), civic::store::PersonalData::kKeySize);
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(key.toBase64()) && !bytes.contains(key), qPrintable(f.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"

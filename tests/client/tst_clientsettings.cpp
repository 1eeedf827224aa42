// The client's configuration precedence (docs/operations.md §Rolling out the client): the
// command line over the user's own settings over the machine-wide preset an installer or
// administrator wrote (QSettings::SystemScope) over built-in defaults — in ClientSettings,
// in the sign-in dialog an office worker sees first, and in the real civicdesk binary.

#include "application.h"
#include "logindialog.h"
#include "sync/clientsettings.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using civic::sync::ClientSettings;

namespace {

const QString kPreset = u"https://civicdesk.shenyang.gov.cn"_s;
const QString kClient = QStringLiteral(CIVIC_CLIENT_BIN);

// Writes an INI file as an administrator (or the Debian preset) would.
void writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

template<typename T> T *visibleTopLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    }
    return nullptr;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestClientSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Where QSettings looks in this process (set in initTestCase), as on Linux:
    // <system>/CivicDesk/CivicDesk.conf and <user>/CivicDesk/CivicDesk.conf.
    QString machineFile() const { return m_dir.filePath(u"machine/CivicDesk/CivicDesk.conf"_s); }
    QString organisationFile() const { return m_dir.filePath(u"machine/CivicDesk.conf"_s); }
    QString userFile() const { return m_dir.filePath(u"user/CivicDesk/CivicDesk.conf"_s); }

    // The real client with its own XDG configuration: the machine preset in
    // $XDG_CONFIG_DIRS/CivicDesk/CivicDesk.conf, the user's in $XDG_CONFIG_HOME/….
    Run runClient(const QString &root, const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"HOME"_s, root + u"/home"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, root + u"/user"_s);
        env.insert(u"XDG_CONFIG_DIRS"_s, root + u"/machine"_s);
        env.insert(u"XDG_DATA_HOME"_s, root + u"/data"_s);
        process.setProcessEnvironment(env);
        process.start(kClient,
            args
                + QStringList { u"--username"_s, u"demo.worker"_s, u"--password-stdin"_s,
                    u"--sync-once"_s, u"--data-dir"_s, root + u"/cache"_s, u"--lang"_s, u"en"_s });
        if (!process.waitForStarted(10000))
            return {};
        process.write("CivicDesk-demo-1\n");
        process.closeWriteChannel();
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()) };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(
            QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"user"_s));
        QSettings::setPath(
            QSettings::NativeFormat, QSettings::SystemScope, m_dir.filePath(u"machine"_s));
        QCoreApplication::setOrganizationName(u"CivicDesk"_s);
        QCoreApplication::setApplicationName(u"CivicDesk"_s);
    }

    void init()
    {
        QFile::remove(machineFile());
        QFile::remove(organisationFile());
        QFile::remove(userFile());
    }

    void eachLevelWinsOverTheOnesBelow()
    {
        {
            const ClientSettings settings;
            QCOMPARE(
                settings.value(ClientSettings::kServerUrl).toString(), u"http://127.0.0.1:8470"_s);
            QCOMPARE(settings.source(ClientSettings::kServerUrl), u"default"_s);
            QCOMPARE(settings.value(ClientSettings::kSyncInterval).toInt(), 60);
        }
        // The preset as the Linux administrator writes it (the installers write the same key
        // into HKLM\Software\CivicDesk\CivicDesk on Windows).
        writeFile(machineFile(),
            "[server]\nurl=" + kPreset.toUtf8() + "\n\n[sync]\nintervalSeconds=120\n");
        ClientSettings settings;
        QCOMPARE(settings.value(ClientSettings::kServerUrl).toString(), kPreset);
        QCOMPARE(settings.source(ClientSettings::kServerUrl), u"machine"_s);
        QCOMPARE(settings.value(ClientSettings::kSyncInterval).toInt(), 120);
        QCOMPARE(settings.source(ClientSettings::kSyncInterval), u"machine"_s);
        QCOMPARE(settings.source(ClientSettings::kLanguage), u"default"_s);

        settings.setValue(ClientSettings::kServerUrl, u"https://test.civicdesk.shenyang.gov.cn"_s);
        QCOMPARE(settings.value(ClientSettings::kServerUrl).toString(),
            u"https://test.civicdesk.shenyang.gov.cn"_s);
        QCOMPARE(settings.source(ClientSettings::kServerUrl), u"user"_s);
        // Kept in the user's own file, the preset untouched.
        QCOMPARE(QSettings(userFile(), QSettings::IniFormat).value(u"server/url"_s).toString(),
            u"https://test.civicdesk.shenyang.gov.cn"_s);
        QCOMPARE(QSettings(machineFile(), QSettings::IniFormat).value(u"server/url"_s).toString(),
            kPreset);

        settings.setOverride(ClientSettings::kServerUrl, u"http://127.0.0.1:9999"_s);
        QCOMPARE(settings.value(ClientSettings::kServerUrl).toString(), u"http://127.0.0.1:9999"_s);
        QCOMPARE(settings.source(ClientSettings::kServerUrl), u"command line"_s);

        // The override lasts for its run only; the user's choice stays.
        const ClientSettings nextRun;
        QCOMPARE(nextRun.value(ClientSettings::kServerUrl).toString(),
            u"https://test.civicdesk.shenyang.gov.cn"_s);
        QCOMPARE(nextRun.source(ClientSettings::kServerUrl), u"user"_s);

        settings.remove(ClientSettings::kServerUrl);
        const ClientSettings afterRemoval;
        QCOMPARE(afterRemoval.value(ClientSettings::kServerUrl).toString(), kPreset);
        QCOMPARE(afterRemoval.source(ClientSettings::kServerUrl), u"machine"_s);
    }

    void confirmingThePresetDoesNotPinIt()
    {
        writeFile(machineFile(), "[server]\nurl=" + kPreset.toUtf8() + "\n");
        {
            // The sign-in dialog saves the address it was given: the preset, unchanged.
            ClientSettings settings;
            settings.setValue(ClientSettings::kServerUrl, kPreset);
            QCOMPARE(settings.source(ClientSettings::kServerUrl), u"machine"_s);
            QVERIFY(!QSettings(userFile(), QSettings::IniFormat).contains(u"server/url"_s));
        }
        // The server moves; the administrator changes the preset; the user follows.
        writeFile(machineFile(), "[server]\nurl=https://civicdesk2.shenyang.gov.cn\n");
        const ClientSettings later;
        QCOMPARE(later.value(ClientSettings::kServerUrl).toString(),
            u"https://civicdesk2.shenyang.gov.cn"_s);
        QCOMPARE(later.source(ClientSettings::kServerUrl), u"machine"_s);
    }

    void anOrganisationWidePresetIsAMachinePreset()
    {
        writeFile(organisationFile(), "[server]\nurl=https://org.shenyang.gov.cn\n");
        const ClientSettings settings;
        QCOMPARE(settings.value(ClientSettings::kServerUrl).toString(),
            u"https://org.shenyang.gov.cn"_s);
        QCOMPARE(settings.source(ClientSettings::kServerUrl), u"machine"_s);
        // The application's own preset comes before the organisation's.
        writeFile(machineFile(), "[server]\nurl=" + kPreset.toUtf8() + "\n");
        QCOMPARE(ClientSettings().value(ClientSettings::kServerUrl).toString(), kPreset);
    }

    void theSignInDialogShowsThePreset()
    {
        writeFile(machineFile(), "[server]\nurl=" + kPreset.toUtf8() + "\n");
        {
            civic::app::Application client(*qApp, {});
            QVERIFY(client.start());
            civic::ui::LoginDialog *login = nullptr;
            QVERIFY(QTest::qWaitFor(
                [&] { return (login = visibleTopLevel<civic::ui::LoginDialog>()) != nullptr; },
                20000));
            auto *server = login->findChild<QLineEdit *>(u"serverEdit"_s);
            QCOMPARE(server->text(), kPreset);
            // Said to come from the administrator.
            QVERIFY(!server->toolTip().isEmpty());
            login->close();
        }
        // The user's own address wins over the preset, without the administrator's note.
        writeFile(userFile(), "[server]\nurl=https://mine.example.gov.cn\n");
        civic::app::Application client(*qApp, {});
        QVERIFY(client.start());
        civic::ui::LoginDialog *login = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (login = visibleTopLevel<civic::ui::LoginDialog>()) != nullptr; }, 20000));
        auto *server = login->findChild<QLineEdit *>(u"serverEdit"_s);
        QCOMPARE(server->text(), u"https://mine.example.gov.cn"_s);
        QVERIFY(server->toolTip().isEmpty());
        login->close();
    }

    void theCommandLineWinsInTheRealClient()
    {
        civic::test::DemoServer demo;
        QString why;
        QVERIFY2(demo.start(u"sqlite"_s, &why), qPrintable(why));
        const QString live = u"http://127.0.0.1:%1"_s.arg(demo.port());
        // Nothing listens on the discard port: signing in there fails at once.
        const QString dead = u"http://127.0.0.1:9"_s;
        const QString root = m_dir.filePath(u"binary"_s);
        const QString machine = root + u"/machine/CivicDesk/CivicDesk.conf"_s;
        const QString user = root + u"/user/CivicDesk/CivicDesk.conf"_s;

        // Both levels name a dead server: only --server reaches the live one.
        writeFile(machine, "[server]\nurl=" + dead.toUtf8() + "\n");
        writeFile(user, "[server]\nurl=" + dead.toUtf8() + "\n");
        Run r = runClient(root, {});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"sign-in failed"_s), qPrintable(r.err));
        r = runClient(root, { u"--server"_s, live });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"synced:"_s), qPrintable(r.out));

        // The user's address over the machine preset.
        writeFile(user, "[server]\nurl=" + live.toUtf8() + "\n");
        r = runClient(root, {});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // No user address: the machine preset.
        QVERIFY(QFile::remove(user));
        writeFile(machine, "[server]\nurl=" + live.toUtf8() + "\n");
        r = runClient(root, {});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // And --server over it.
        r = runClient(root, { u"--server"_s, dead });
        QCOMPARE(r.exitCode, 1);
        demo.stop();
    }
};

QTEST_MAIN(TestClientSettings)
#include "tst_clientsettings.moc"

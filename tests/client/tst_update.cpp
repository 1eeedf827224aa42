// The update notice (docs/operations.md §Updates): versions compare as Semantic Versioning
// orders them, and after signing in against a real server the main window shows the bar
// only when the city administrator published a newer client than the running one, and
// stops showing a version the user dismissed.

#include "application.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "sync/clientsettings.h"
#include "sync/updatecheck.h"
#include "testsupport.h"
#include "updatenotice.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace civic;
using civic::sync::ClientRelease;
using civic::sync::compareVersions;

namespace {

template<typename T> T *visibleTopLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    }
    return nullptr;
}

// A version newer than the running client whatever CIVIC_VERSION is: its minor plus one.
QString nextMinor(int plus = 1)
{
    const auto current = sync::SemanticVersion::parse(QStringLiteral(CIVIC_VERSION));
    return u"%1.%2.0"_s.arg(current->major).arg(current->minor + plus);
}

} // namespace

class TestUpdate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::DemoServer m_server;

    bool publish(const QString &version, const QString &url)
    {
        const test::CliResult r
            = test::runServer(QStringList { u"client-release"_s } + m_server.database().serverArgs()
                + QStringList { u"--version"_s, version, u"--url"_s, url, u"--notes"_s,
                    u"诉求列表支持按网格筛选"_s });
        if (r.exitCode != 0)
            qWarning().noquote() << r.err;
        return r.exitCode == 0;
    }

    // Signs in through the dialog as an office worker does and waits for the update check.
    ui::UpdateNotice *signInAndCheck(app::Application &client)
    {
        if (!client.start())
            return nullptr;
        ui::LoginDialog *login = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (login = visibleTopLevel<ui::LoginDialog>()) != nullptr; }, 20000))
            return nullptr;
        login->findChild<QLineEdit *>(u"serverEdit"_s)
            ->setText(u"http://127.0.0.1:%1"_s.arg(m_server.port()));
        login->findChild<QLineEdit *>(u"usernameEdit"_s)->setText(u"demo.worker"_s);
        login->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"CivicDesk-demo-1"_s);
        login->findChild<QCheckBox *>(u"rememberCheck"_s)->setChecked(false);
        QTest::mouseClick(login->findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
        ui::MainWindow *window = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (window = visibleTopLevel<ui::MainWindow>()) != nullptr; }, 30000))
            return nullptr;
        auto *notice = window->findChild<ui::UpdateNotice *>();
        if (!notice || !QTest::qWaitFor([&] { return notice->answered(); }, 30000))
            return nullptr;
        return notice;
    }

    static bool barShown(ui::UpdateNotice *notice) { return notice->isVisible(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(
            QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"user-settings"_s));
        QSettings::setPath(
            QSettings::NativeFormat, QSettings::SystemScope, m_dir.filePath(u"machine-settings"_s));
        QCoreApplication::setOrganizationName(u"CivicDesk"_s);
        QCoreApplication::setApplicationName(u"CivicDesk"_s);
        // What the civicdesk executable does at start-up (ui/updatehook.cpp).
        ui::UpdateNotice::attachToEveryMainWindow();
    }

    void versionsCompareAsSemanticVersioningOrdersThem_data()
    {
        QTest::addColumn<QString>("older");
        QTest::addColumn<QString>("newer");
        QTest::newRow("patch") << u"0.1.0"_s << u"0.1.1"_s;
        QTest::newRow("minor") << u"0.1.9"_s << u"0.2.0"_s;
        QTest::newRow("numbers, not text") << u"0.9.0"_s << u"0.10.0"_s;
        QTest::newRow("major") << u"0.99.99"_s << u"1.0.0"_s;
        // semver.org §11's own chain.
        QTest::newRow("alpha < alpha.1") << u"1.0.0-alpha"_s << u"1.0.0-alpha.1"_s;
        QTest::newRow("alpha.1 < alpha.beta") << u"1.0.0-alpha.1"_s << u"1.0.0-alpha.beta"_s;
        QTest::newRow("alpha.beta < beta") << u"1.0.0-alpha.beta"_s << u"1.0.0-beta"_s;
        QTest::newRow("beta < beta.2") << u"1.0.0-beta"_s << u"1.0.0-beta.2"_s;
        QTest::newRow("beta.2 < beta.11") << u"1.0.0-beta.2"_s << u"1.0.0-beta.11"_s;
        QTest::newRow("beta.11 < rc.1") << u"1.0.0-beta.11"_s << u"1.0.0-rc.1"_s;
        QTest::newRow("rc.1 < release") << u"1.0.0-rc.1"_s << u"1.0.0"_s;
        QTest::newRow("release < next pre-release") << u"1.0.0"_s << u"1.0.1-rc.1"_s;
    }

    void versionsCompareAsSemanticVersioningOrdersThem()
    {
        QFETCH(QString, older);
        QFETCH(QString, newer);
        QCOMPARE(compareVersions(older, newer).value_or(99), -1);
        QCOMPARE(compareVersions(newer, older).value_or(99), 1);
        QCOMPARE(compareVersions(newer, newer).value_or(99), 0);
    }

    void buildMetadataAndBadVersions()
    {
        QCOMPARE(compareVersions(u"1.0.0+20260701", u"1.0.0").value_or(99), 0);
        for (const auto &bad : { u""_s, u"1.0"_s, u"v1.0.0"_s, u"1.0.0-"_s, u"01.0.0"_s,
                 u"1.0.0-01"_s, u"1.0.0 "_s, u"1.0.0.0"_s, u"99999999999999999999.0.0"_s })
            QVERIFY2(!compareVersions(bad, u"1.0.0"), qPrintable(bad));
        const auto v = sync::SemanticVersion::parse(u"2.13.4-rc.1+b7");
        QVERIFY(v);
        QCOMPARE(v->major, quint64(2));
        QCOMPARE(v->minor, quint64(13));
        QCOMPARE(v->patch, quint64(4));
        QCOMPARE(v->preRelease, (QStringList { u"rc"_s, u"1"_s }));
    }

    void whatIsOffered()
    {
        ClientRelease release { u"0.2.0"_s,
            QUrl(u"https://example.gov.cn/CivicDesk-0.2.0-win64.exe"_s), {}, {} };
        QVERIFY(release.shouldOffer(u"0.1.0"_s, {}));
        QVERIFY(!release.shouldOffer(u"0.2.0"_s, {}));
        QVERIFY(!release.shouldOffer(u"0.3.0"_s, {}));
        // Dismissed: not again; a different dismissed version does not hide it.
        QVERIFY(!release.shouldOffer(u"0.1.0"_s, u"0.2.0"_s));
        QVERIFY(release.shouldOffer(u"0.1.0"_s, u"0.1.5"_s));
        QVERIFY(release.shouldOffer(u"0.1.0"_s, u"0.3.0"_s));
        // A release candidate of the running version is older than it.
        release.version = u"0.2.0-rc.1"_s;
        QVERIFY(!release.shouldOffer(u"0.2.0"_s, {}));
        QVERIFY(release.shouldOffer(u"0.1.0"_s, {}));
        // Nothing to download, or no version: nothing offered.
        release.url = QUrl();
        QVERIFY(!release.shouldOffer(u"0.1.0"_s, {}));
        release = ClientRelease { u"latest"_s, QUrl(u"https://example.gov.cn/x.exe"_s), {}, {} };
        QVERIFY(!release.shouldOffer(u"0.1.0"_s, {}));
    }

    void startServer()
    {
        QString why;
        QVERIFY2(m_server.start(u"sqlite"_s, &why), qPrintable(why));
    }

    void noBarBeforeAnythingIsPublished()
    {
        app::Options options;
        options.dataDir = m_dir.filePath(u"cache"_s);
        app::Application client(*qApp, options);
        ui::UpdateNotice *notice = signInAndCheck(client);
        QVERIFY(notice);
        QVERIFY(!barShown(notice));
    }

    void noBarForTheRunningVersion()
    {
        QVERIFY(publish(QStringLiteral(CIVIC_VERSION),
            u"https://downloads.shenyang.gov.cn/CivicDesk-win64.exe"_s));
        app::Options options;
        options.dataDir = m_dir.filePath(u"cache"_s);
        app::Application client(*qApp, options);
        ui::UpdateNotice *notice = signInAndCheck(client);
        QVERIFY(notice);
        QVERIFY(!barShown(notice));
    }

    void aNewerVersionShowsTheBarUntilDismissed()
    {
        const QString version = nextMinor();
        const QString url
            = u"https://downloads.shenyang.gov.cn/civicdesk/CivicDesk-%1-win64.exe"_s.arg(version);
        QVERIFY(publish(version, url));
        {
            app::Options options;
            options.dataDir = m_dir.filePath(u"cache"_s);
            app::Application client(*qApp, options);
            ui::UpdateNotice *notice = signInAndCheck(client);
            QVERIFY(notice);
            QVERIFY(barShown(notice));
            QCOMPARE(notice->release().version, version);
            auto *label = notice->findChild<QLabel *>(u"updateLabel"_s);
            QVERIFY2(label->text().contains(version), qPrintable(label->text()));
            QVERIFY2(
                label->text().contains(u"<a href=\"%1\">"_s.arg(url)), qPrintable(label->text()));
            QCOMPARE(label->toolTip(), u"诉求列表支持按网格筛选"_s);

            // Across the top of the window, above the navigation and the pages.
            QTRY_COMPARE(notice->width(), notice->window()->width());
            QCOMPARE(notice->mapTo(notice->window(), QPoint(0, 0)), QPoint(0, 0));
            QCOMPARE(QApplication::widgetAt(notice->mapToGlobal(QPoint(2, 2))), notice);
            auto *dismiss = notice->findChild<QToolButton *>(u"updateDismissButton"_s);
            QTest::mouseClick(dismiss, Qt::LeftButton);
            QVERIFY(!barShown(notice));
            QCOMPARE(QSettings().value(sync::ClientSettings::kUpdateSkipped).toString(), version);
        }
        {
            // The next sign-in does not offer the dismissed version again…
            app::Options options;
            options.dataDir = m_dir.filePath(u"cache"_s);
            app::Application client(*qApp, options);
            ui::UpdateNotice *notice = signInAndCheck(client);
            QVERIFY(notice);
            QVERIFY(!barShown(notice));
        }
        // …but offers the one after it.
        const QString later = nextMinor(2);
        QVERIFY(publish(later,
            u"https://downloads.shenyang.gov.cn/civicdesk/CivicDesk-%1-win64.exe"_s.arg(later)));
        app::Options options;
        options.dataDir = m_dir.filePath(u"cache"_s);
        app::Application client(*qApp, options);
        ui::UpdateNotice *notice = signInAndCheck(client);
        QVERIFY(notice);
        QVERIFY(barShown(notice));
        QCOMPARE(notice->release().version, later);
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_MAIN(TestUpdate)
#include "tst_update.moc"

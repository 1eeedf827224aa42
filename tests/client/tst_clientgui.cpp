// The client as a person uses it, on the offscreen platform against a real server: sign in
// through the dialog, see one's own world in Chinese in the tree and the status bar, keep
// working while the server is unreachable, and see the change arrive when it is back; sign
// out wiping the computer's data only after confirming that unsent changes go with it.

#include "application.h"
#include "clientcontext.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "orgtreepanel.h"
#include "store/cachedatabase.h"
#include "syncstatusbar.h"
#include "guisupport.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace civic;

namespace {

using test::topLevel;
using test::labelText;

} // namespace

class TestClientGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::DemoServer m_server;

    ui::MainWindow *signIn(app::Application &client, const QString &username)
    {
        return test::signInThroughDialog(client, m_server.port(), username);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"user-settings"_s));
        QSettings::setPath(QSettings::NativeFormat, QSettings::SystemScope, m_dir.filePath(u"machine-settings"_s));
        QCoreApplication::setOrganizationName(u"CivicDesk"_s);
        QCoreApplication::setApplicationName(u"CivicDesk"_s);
        QString why;
        QVERIFY2(m_server.start(u"sqlite"_s, &why), qPrintable(why));
    }

    void aWrongPasswordIsSaidPlainly()
    {
        app::Options options;
        options.dataDir = m_dir.filePath(u"cache"_s);
        app::Application client(*qApp, options);
        QVERIFY(client.start());
        ui::LoginDialog *login = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (login = topLevel<ui::LoginDialog>()) != nullptr; }, 20000));
        // Nothing typed yet: the dialog says what is missing, without asking the server.
        login->findChild<QLineEdit *>(u"serverEdit"_s)->setText(u"http://127.0.0.1:%1"_s.arg(m_server.port()));
        login->findChild<QLineEdit *>(u"usernameEdit"_s)->clear();
        QTest::mouseClick(login->findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
        QCOMPARE(labelText(login, u"loginMessage"_s), u"请输入用户名。"_s);
        login->findChild<QLineEdit *>(u"usernameEdit"_s)->setText(u"demo.worker"_s);
        login->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"not-the-password"_s);
        login->findChild<QCheckBox *>(u"rememberCheck"_s)->setChecked(false);
        QTest::mouseClick(login->findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(login, u"loginMessage"_s), u"用户名或密码错误。"_s, 20000);
        QVERIFY(login->findChild<QPushButton *>(u"signInButton"_s)->isEnabled());
        QVERIFY(!topLevel<ui::MainWindow>());
        login->close();
        // Closing the dialog without signing in ends the program: the quit is requested (a
        // loop started now returns at once)…
        QEventLoop loop;
        QCOMPARE(loop.exec(), -1);
        // …and the main loop takes it, which also leaves the next tests a loop that runs.
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        QCOMPARE(QCoreApplication::exec(), 0);
    }

    void aWorkerSeesHerCommunityInChinese()
    {
        app::Options options;
        options.dataDir = m_dir.filePath(u"cache"_s);
        app::Application client(*qApp, options);
        ui::MainWindow *window = signIn(client, u"demo.worker"_s);
        QVERIFY(window);
        // Signing in through the dialog leaves the program running: an event loop started now
        // runs until it is told to stop (after QCoreApplication::exit() it returns at once,
        // as the program's own main loop would have).
        QEventLoop loop;
        QTimer::singleShot(50, &loop, [&loop] { loop.exit(7); });
        QCOMPARE(loop.exec(), 7);
        QTRY_VERIFY_WITH_TIMEOUT(labelText(window, u"lastSyncLabel"_s).contains(u"刚刚"_s), 30000);
        QVERIFY2(labelText(window, u"onlineLabel"_s).contains(u"在线"_s), qPrintable(labelText(window, u"onlineLabel"_s)));
        QCOMPARE(labelText(window, u"pendingLabel"_s), u"修改已全部上传"_s);
        // The tree is 河畔社区 and its two grids, nothing of the neighbours.
        QAbstractItemModel *tree = window->orgTreePanel()->view()->model();
        QTRY_COMPARE_WITH_TIMEOUT(tree->rowCount(), 1, 10000);
        const QModelIndex root = tree->index(0, 0);
        QCOMPARE(root.data().toString(), u"河畔社区"_s);
        QCOMPARE(tree->rowCount(root), 2);
        QCOMPARE(tree->index(0, 0, root).data().toString(), u"第一网格"_s);
        QVERIFY(window->windowTitle().contains(u"社区工作台"_s));
        QCOMPARE(labelText(window, u"breadcrumbLabel"_s), u"河畔社区"_s);
        // Selecting a grid scopes the pages to it.
        window->orgTreePanel()->view()->setCurrentIndex(tree->index(1, 0, root));
        QCOMPARE(labelText(window, u"breadcrumbLabel"_s), u"河畔社区  ›  第二网格"_s);
    }

    void offlineWorkArrivesWhenTheServerIsBack()
    {
        app::Options options;
        options.dataDir = m_dir.filePath(u"cache"_s);
        app::Application client(*qApp, options);
        ui::MainWindow *window = signIn(client, u"demo.district"_s);
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(labelText(window, u"lastSyncLabel"_s).contains(u"刚刚"_s), 30000);
        m_server.process().stop();
        auto *syncButton = window->findChild<QToolButton *>(u"syncButton"_s);
        QTest::mouseClick(syncButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(labelText(window, u"onlineLabel"_s).contains(u"离线"_s), 30000);

        // Edit a community's households while offline (through the client's command path).
        ui::ClientContext *ctx = window->clientContext();
        bool submitted = false;
        ctx->submit(store::Command{u"org.update"_s, {{u"code"_s, u"210111002004"_s}, {u"households"_s, 2345}}, std::nullopt},
                    [&](const store::SubmitResult &r) { submitted = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(submitted, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(window, u"pendingLabel"_s), u"1 项修改待上传"_s, 10000);

        QString why;
        QVERIFY2(m_server.process().start(&why), qPrintable(why));
        QTest::mouseClick(syncButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(window, u"pendingLabel"_s), u"修改已全部上传"_s, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(labelText(window, u"onlineLabel"_s).contains(u"在线"_s), 10000);
        bool arrived = false;
        for (const auto &c : test::pullAll(m_server.http(), test::login(m_server.http(), u"demo.city"_s)).changes) {
            if (c.value(u"kind"_s).toString() == u"org_unit" && c.value(u"id"_s).toString() == u"210111002004")
                arrived = c.value(u"data"_s).toObject().value(u"households"_s).toInt() == 2345;
        }
        QVERIFY(arrived);
    }

    void wipingAtSignOutAsksAboutUnsentChanges()
    {
        app::Options options;
        options.dataDir = m_dir.filePath(u"wipe"_s);
        app::Application client(*qApp, options);
        ui::MainWindow *window = signIn(client, u"demo.worker"_s);
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(labelText(window, u"lastSyncLabel"_s).contains(u"刚刚"_s), 30000);
        const QString cache = store::CacheDatabase::cacheFileFor(
            u"http://127.0.0.1:%1"_s.arg(m_server.port()), u"demo.worker"_s, options.dataDir);
        QVERIFY(QFile::exists(cache));
        m_server.process().stop();
        bool submitted = false;
        window->clientContext()->submit(
            store::Command{u"complaint.create"_s,
                           {{u"id"_s, u"5d0c6a52-8f3e-4a55-9a63-0c1f6b0f2a11"_s}, {u"community"_s, u"210111001001"_s},
                            {u"category"_s, u"噪音"_s}, {u"title"_s, u"夜间施工噪音"_s},
                            {u"content"_s, u"工地夜里十一点还在施工。"_s}, {u"phone"_s, u"13600001111"_s},
                            {u"channel"_s, u"walk_in"_s}},
                           std::nullopt},
            [&](const store::SubmitResult &r) { submitted = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(submitted, 10000);

        window->showPage(5);
        window->findChild<QCheckBox *>(u"wipeCacheCheck"_s)->setChecked(true);
        auto *signOut = window->findChild<QPushButton *>(u"signOutButton"_s);
        QTest::mouseClick(signOut, Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = window->findChild<QMessageBox *>(u"wipeConfirmBox"_s)) != nullptr, 10000);
        // It says how many changes would be lost: one.
        QVERIFY2(box->text().contains(u'1'), qPrintable(box->text()));
        // Cancel keeps everything.
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(200);
        QCOMPARE(topLevel<ui::MainWindow>(), window);
        QVERIFY(QFile::exists(cache));

        QTest::mouseClick(signOut, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT((box = window->findChild<QMessageBox *>(u"wipeConfirmBox"_s)) != nullptr, 10000);
        box->findChild<QAbstractButton *>(u"wipeAnywayButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(topLevel<ui::LoginDialog>() != nullptr, 20000);
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QVERIFY2(!QFile::exists(cache + suffix), qPrintable(cache + suffix));
        QString why;
        QVERIFY2(m_server.process().start(&why), qPrintable(why));
    }

    void cleanupTestCase()
    {
        m_server.stop();
    }
};

QTEST_MAIN(TestClientGui)
#include "tst_clientgui.moc"

// The 意见箱 page as its users go through it, against a real server on the offscreen platform
// (PRODUCT.md §2): a community worker sees a resident's whole phone number, loses the
// network, answers the resident through the detail pane's reply dialog (which first insists
// on some text), and the answer is queued; when the server is back it goes up, and the street
// office, signing in on another PC, finds it in the complaint's timeline — with the phone
// masked, since the street does not handle the complaint.
//
// With CIVIC_COMPLAINTS_SCREENSHOTS=DIR set, the views are also saved as PNGs there.

#include "application.h"
#include "clientcontext.h"
#include "complaints/complaintdetail.h"
#include "complaints/complaintledger.h"
#include "complaints/complaintdialogs.h"
#include "complaints/complaintspage.h"
#include "complaints/complainttable.h"
#include "complaints/complainttray.h"
#include "item/complaintlistmodel.h"
#include "item/complaintrecords.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "store/personaldata.h"
#include "guisupport.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace civic;

namespace {

using test::topLevel;
using test::labelText;

void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CIVIC_COMPLAINTS_SCREENSHOTS");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    QTest::qWait(300); // let the layouts settle
    widget->grab().save(QDir(dir).filePath(name + u".png"_s));
}

const QString kReply = u"王师傅您好，已联系物业，明天上午九点前修好。"_s;

} // namespace

class TestComplaintsGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::DemoServer m_server;

    ui::MainWindow *signIn(app::Application &client, const QString &username)
    {
        return test::signInThroughDialog(client, m_server.port(), username);
    }

    static ui::ComplaintsPage *complaintsPage(ui::MainWindow *window)
    {
        window->showPage(ui::ComplaintsPageIndex);
        return qobject_cast<ui::ComplaintsPage *>(window->page(ui::ComplaintsPageIndex));
    }

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
        QString why;
        QVERIFY2(m_server.start(u"sqlite"_s, &why), qPrintable(why));
    }

    void aWorkerRepliesOfflineAndTheStreetSeesTheReply()
    {
        QString id;
        {
            app::Options options;
            options.dataDir = m_dir.filePath(u"worker"_s);
            app::Application client(*qApp, options);
            ui::MainWindow *window = signIn(client, u"demo.worker"_s);
            QVERIFY(window);
            QTRY_VERIFY_WITH_TIMEOUT(
                labelText(window, u"lastSyncLabel"_s).contains(u"刚刚"_s), 30000);
            ui::ClientContext *ctx = window->clientContext();
            ui::ComplaintsPage *page = complaintsPage(window);
            QVERIFY(page);
            QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, 10000);

            // A new complaint at 河畔社区 with a phone number: the community handles it.
            QSqlQuery q(ctx->database());
            // The phone is sealed in the cache (store::PersonalData): opened here as the
            // client does.
            QVERIFY(q.exec(u"SELECT id, data FROM complaint WHERE "
                           u"handling_unit = '210111001001'"
                           u" AND status = 'new' AND json_extract(data, '$.phone') <> '' ORDER BY "
                           u"submitted_at DESC"
                           u" LIMIT 1"_s));
            QVERIFY(q.next());
            id = q.value(0).toString();
            const QString phone = store::PersonalData(ctx->database())
                                      .open(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object())
                                      .value(u"phone"_s)
                                      .toString();
            // An unfinished statement would hold the read connection's snapshot.
            q.finish();
            QVERIFY(!phone.isEmpty());
            QVERIFY(!phone.contains(u'*'));
            page->selectComplaint(id);
            QCOMPARE(page->table()->currentId(), id);
            ui::ComplaintDetailPane *detail = page->detail();
            // API.md §Reads: the handling community sees the whole number.
            QCOMPARE(labelText(detail, u"phoneLabel"_s), u"☎ "_s + phone);
            shoot(window, u"worker-selected"_s);

            // The network goes.
            m_server.process().stop();
            QTest::mouseClick(window->findChild<QToolButton *>(u"syncButton"_s), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(
                labelText(window, u"onlineLabel"_s).contains(u"离线"_s), 30000);

            QPushButton *replyButton = detail->findChild<QPushButton *>(u"replyButton"_s);
            QVERIFY(replyButton);
            QVERIFY(replyButton->isVisible());
            QVERIFY2(replyButton->isEnabled(), qPrintable(replyButton->toolTip()));
            // A worker never transfers: the button is not there at all.
            QVERIFY(!detail->findChild<QPushButton *>(u"transferButton"_s)->isVisible());
            QTest::mouseClick(replyButton, Qt::LeftButton);
            ui::ComplaintActionDialog *dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT(
                (dialog = topLevel<ui::ComplaintActionDialog>()) != nullptr, 5000);
            QCOMPARE(dialog->action(), domain::ComplaintAction::Reply);
            // Nothing written: the dialog says so and queues nothing.
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"submitButton"_s), Qt::LeftButton);
            auto *error = dialog->findChild<QLabel *>(u"dialogError"_s);
            QVERIFY(error->isVisible());
            QVERIFY(!error->text().isEmpty());
            QCOMPARE(labelText(window, u"pendingLabel"_s), u"修改已全部上传"_s);

            auto *edit = dialog->findChild<QPlainTextEdit *>(u"replyTextEdit"_s);
            QVERIFY(edit);
            edit->setFocus();
            edit->insertPlainText(kReply); // QTest::keyClicks types Latin-1 only
            // What is typed is kept as a draft while typing (a crash loses nothing).
            QTRY_COMPARE_WITH_TIMEOUT(ctx->draft(dialog->draftKey()), kReply, 5000);
            shoot(dialog, u"reply-dialog"_s);
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"submitButton"_s), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!topLevel<ui::ComplaintActionDialog>(), 10000);
            QTRY_COMPARE_WITH_TIMEOUT(
                labelText(window, u"pendingLabel"_s), u"1 项修改待上传"_s, 10000);
            // At once, offline: in the timeline, accepted, the draft gone.
            auto *timeline = detail->findChild<QTextBrowser *>(u"timelineView"_s);
            QTRY_VERIFY_WITH_TIMEOUT(timeline->toPlainText().contains(kReply), 10000);
            const int row = page->model()->rowOf(id);
            QVERIFY(row >= 0);
            QTRY_COMPARE_WITH_TIMEOUT(
                page->model()->index(row, 0).data(item::ComplaintListModel::StatusRole).toInt(),
                int(domain::ComplaintStatus::Accepted), 10000);
            QTRY_VERIFY_WITH_TIMEOUT(ctx->draft(u"complaint/%1/reply"_s.arg(id)).isEmpty(), 5000);
            shoot(window, u"worker-replied-offline"_s);

            // The server is back: the reply goes up.
            QString why;
            QVERIFY2(m_server.process().start(&why), qPrintable(why));
            QTest::mouseClick(window->findChild<QToolButton *>(u"syncButton"_s), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(
                labelText(window, u"pendingLabel"_s), u"修改已全部上传"_s, 30000);
            QTRY_VERIFY_WITH_TIMEOUT(
                labelText(window, u"onlineLabel"_s).contains(u"在线"_s), 10000);
        }

        // The street office, on its own PC.
        app::Options options;
        options.dataDir = m_dir.filePath(u"street"_s);
        app::Application client(*qApp, options);
        ui::MainWindow *window = signIn(client, u"demo.street"_s);
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(labelText(window, u"lastSyncLabel"_s).contains(u"刚刚"_s), 30000);
        ui::ComplaintsPage *page = complaintsPage(window);
        QVERIFY(page);
        page->selectComplaint(id);
        ui::ComplaintDetailPane *detail = page->detail();
        auto *timeline = detail->findChild<QTextBrowser *>(u"timelineView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(timeline->toPlainText().contains(kReply), 10000);
        // The street sees the number masked: 138****1234.
        const QString phone = labelText(detail, u"phoneLabel"_s);
        QVERIFY2(phone.contains(u"****"_s), qPrintable(phone));
        // The street may urge the community, never answer in its place.
        QVERIFY(detail->findChild<QPushButton *>(u"urgeButton"_s)->isVisible());
        QVERIFY(detail->findChild<QPushButton *>(u"urgeButton"_s)->isEnabled());
        QVERIFY(!detail->findChild<QPushButton *>(u"replyButton"_s)->isEnabled());
        QVERIFY(!detail->findChild<QPushButton *>(u"replyButton"_s)->toolTip().isEmpty());
        shoot(window, u"street-selected"_s);

        // A resident writes to the 意见箱 through the platform: after the next sync the street
        // hears of it once (no tray on the offscreen platform: the status bar).
        ui::ComplaintTrayNotifier *notifier = page->notifier();
        QSignalSpy announced(notifier, &ui::ComplaintTrayNotifier::announced);
        const QString title = u"夜间施工噪音扰民"_s;
        const auto intake = m_server.http().post(u"/api/v1/intake/complaints"_s,
            QJsonDocument(
                QJsonObject { { u"community"_s, u"210111001001"_s }, { u"category"_s, u"噪音"_s },
                    { u"title"_s, title }, { u"content"_s, u"工地夜里十一点还在施工。"_s },
                    { u"channel"_s, u"wechat"_s } })
                .toJson(),
            {}, "application/json", { { "X-Intake-Key", m_server.intakeKey().toUtf8() } });
        QCOMPARE(intake.status, 201);
        QToolButton *sync = window->findChild<QToolButton *>(u"syncButton"_s);
        QTest::mouseClick(sync, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(announced.size(), 1, 30000);
        QVERIFY2(announced.at(0).at(1).toString().contains(title),
            qPrintable(announced.at(0).at(1).toString()));
        QVERIFY(window->statusBar()->currentMessage().contains(title));
        // Once each: the next sync brings nothing new to announce.
        ui::ClientContext *ctx = window->clientContext();
        const qint64 lastSync = ctx->status().lastSyncAt;
        QTest::mouseClick(sync, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(ctx->status().lastSyncAt > lastSync, 30000);
        QCOMPARE(announced.size(), 1);
    }

    // 意见箱台账: every listed complaint, the resident's name and phone only where the user's
    // unit handles it (the street's workbook never carries a community's residents).
    void theLedgerCarriesContactsOnlyWhereTheUnitHandles()
    {
        const QString phoneHeader
            = QCoreApplication::translate("civic::ui::ComplaintLedger", "Phone");
        // The header row is the one above the row numbered 1; the ID is the last column.
        const auto table = [](const QList<QStringList> &sheet) {
            QList<QStringList> rows;
            for (qsizetype i = 1; i < sheet.size(); ++i) {
                if (rows.isEmpty() && sheet.at(i).value(0) != u"1")
                    continue;
                if (rows.isEmpty())
                    rows.append(sheet.at(i - 1));
                rows.append(sheet.at(i));
            }
            return rows;
        };
        QStringList residentPhones;
        for (const QString &account : { u"demo.worker"_s, u"demo.street"_s }) {
            app::Options options;
            options.dataDir = m_dir.filePath(u"ledger-"_s + account);
            app::Application client(*qApp, options);
            ui::MainWindow *window = signIn(client, account);
            QVERIFY(window);
            QTRY_VERIFY_WITH_TIMEOUT(
                labelText(window, u"lastSyncLabel"_s).contains(u"刚刚"_s), 30000);
            ui::ClientContext *ctx = window->clientContext();
            ui::ComplaintsPage *page = complaintsPage(window);
            QVERIFY(page);
            QVERIFY(page->findChild<QPushButton *>(u"exportLedgerButton"_s)->isVisible());
            QTRY_VERIFY_WITH_TIMEOUT(page->model()->totalCount() > 0, 10000);
            const QString path = m_dir.filePath(account + u".xlsx"_s);
            QString error;
            const auto written = ui::ComplaintLedger::write(ctx->database(), ctx->actor(),
                page->model()->filter(), page->model()->sortKey(), page->model()->sortOrder(),
                u"意见箱台账"_s, path, &error);
            QVERIFY2(written, qPrintable(error));
            QCOMPARE(written->rows, page->model()->totalCount());
            const QList<QStringList> rows = table(test::readSheet(path, 1));
            QCOMPARE(rows.size(), written->rows + 1);
            const qsizetype phoneColumn = rows.at(0).indexOf(phoneHeader);
            QCOMPARE(phoneColumn >= 0, written->withContact > 0);
            int withPhone = 0;
            for (qsizetype r = 1; r < rows.size(); ++r) {
                const auto detail = item::loadComplaint(ctx->database(), rows.at(r).constLast());
                QVERIFY2(detail, qPrintable(rows.at(r).constLast()));
                const bool handles = detail->state.handlingCode == ctx->actor().unitCode;
                const QString cell = phoneColumn >= 0 ? rows.at(r).at(phoneColumn) : QString();
                if (!handles || detail->phone.isEmpty()) {
                    QVERIFY2(cell.isEmpty(), qPrintable(cell));
                    continue;
                }
                QCOMPARE(cell, detail->phone);
                QVERIFY(!cell.contains(u'*'));
                ++withPhone;
                if (account == u"demo.worker")
                    residentPhones.append(cell);
            }
            if (account == u"demo.worker") {
                QVERIFY(withPhone > 0);
            } else {
                // Not one of 河畔's residents' numbers anywhere in the street's workbook.
                QString all;
                for (const QStringList &row : test::readSheet(path, 1))
                    all += row.join(u',') + u'\n';
                for (const QString &phone : std::as_const(residentPhones))
                    QVERIFY2(!all.contains(phone), qPrintable(phone));
            }
        }
        QVERIFY(!residentPhones.isEmpty());
    }

    // A walk-in (登记诉求) and the unit's canned replies (常用回复), as the director of 河畔社区.
    void aDirectorRegistersAWalkInAndAnswersWithACannedReply()
    {
        app::Options options;
        options.dataDir = m_dir.filePath(u"director"_s);
        app::Application client(*qApp, options);
        ui::MainWindow *window = signIn(client, u"demo.director"_s);
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(labelText(window, u"lastSyncLabel"_s).contains(u"刚刚"_s), 30000);
        ui::ComplaintsPage *page = complaintsPage(window);
        QVERIFY(page);

        // The walk-in dialog refuses an empty complaint, then registers it.
        QTest::mouseClick(
            page->findChild<QPushButton *>(u"createComplaintButton"_s), Qt::LeftButton);
        ui::CreateComplaintDialog *create = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((create = topLevel<ui::CreateComplaintDialog>()) != nullptr, 5000);
        const QString title = u"楼道灯不亮"_s;
        create->findChild<QLineEdit *>(u"titleEdit"_s)->setText(title);
        QTest::mouseClick(create->findChild<QPushButton *>(u"submitButton"_s), Qt::LeftButton);
        QVERIFY(create->findChild<QLabel *>(u"dialogError"_s)->isVisible());
        QVERIFY(topLevel<ui::CreateComplaintDialog>());
        create->findChild<QPlainTextEdit *>(u"contentEdit"_s)
            ->setPlainText(u"3号楼二单元楼道灯坏了一周。"_s);
        create->findChild<QLineEdit *>(u"nicknameEdit"_s)->setText(u"刘阿姨"_s);
        create->findChild<QLineEdit *>(u"phoneEdit"_s)->setText(u"13912345678"_s);
        shoot(create, u"create-dialog"_s);
        QTest::mouseClick(create->findChild<QPushButton *>(u"submitButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!topLevel<ui::CreateComplaintDialog>(), 10000);
        // At once, newest first, selected, and new (待受理).
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->index(0, 0).data().toString(), title, 10000);
        QCOMPARE(page->model()->index(0, 0).data(item::ComplaintListModel::StatusRole).toInt(),
            int(domain::ComplaintStatus::New));
        const QString id = page->model()->idAt(0);
        QCOMPARE(page->detail()->complaintId(), id);
        QCOMPARE(labelText(page->detail(), u"phoneLabel"_s), u"☎ 13912345678"_s);

        // The unit's canned reply, kept in the manager…
        QTest::mouseClick(page->findChild<QPushButton *>(u"manageCannedButton"_s), Qt::LeftButton);
        QDialog *manager = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((manager = window->findChild<QDialog *>(u"cannedRepliesDialog"_s))
                && manager->isVisible(),
            5000);
        QTest::mouseClick(manager->findChild<QPushButton *>(u"newCannedButton"_s), Qt::LeftButton);
        manager->findChild<QLineEdit *>(u"cannedTitleEdit"_s)->setText(u"已派人查看"_s);
        manager->findChild<QPlainTextEdit *>(u"cannedTextEdit"_s)
            ->setPlainText(u"已安排物业今天上门查看。"_s);
        QTest::mouseClick(manager->findChild<QPushButton *>(u"saveCannedButton"_s), Qt::LeftButton);
        auto *list = manager->findChild<QListWidget *>(u"cannedReplyList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            !list->findItems(u"已派人查看"_s, Qt::MatchExactly).isEmpty(), 10000);
        shoot(manager, u"canned-replies"_s);
        manager->close();

        // …inserted where the cursor stands in the reply.
        QTest::mouseClick(
            page->detail()->findChild<QPushButton *>(u"replyButton"_s), Qt::LeftButton);
        ui::ComplaintActionDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = topLevel<ui::ComplaintActionDialog>()) != nullptr, 5000);
        auto *edit = dialog->findChild<QPlainTextEdit *>(u"replyTextEdit"_s);
        edit->setPlainText(u"刘阿姨您好，请放心。"_s);
        QTextCursor cursor = edit->textCursor();
        cursor.setPosition(6); // after "刘阿姨您好，"
        edit->setTextCursor(cursor);
        auto *canned = dialog->findChild<QToolButton *>(u"cannedReplyButton"_s);
        QVERIFY(canned);
        QMenu *menu = canned->menu();
        QMetaObject::invokeMethod(menu, "aboutToShow");
        QAction *pick = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->text() == u"已派人查看")
                pick = a;
        }
        QVERIFY(pick);
        pick->trigger();
        QCOMPARE(edit->toPlainText(), u"刘阿姨您好，已安排物业今天上门查看。请放心。"_s);
        shoot(dialog, u"reply-with-canned"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"submitButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!topLevel<ui::ComplaintActionDialog>(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()
                                      ->index(page->model()->rowOf(id), 0)
                                      .data(item::ComplaintListModel::StatusRole)
                                      .toInt(),
            int(domain::ComplaintStatus::Accepted), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(window, u"pendingLabel"_s), u"修改已全部上传"_s, 30000);
        shoot(window, u"director-after-reply"_s);
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_MAIN(TestComplaintsGui)
#include "tst_complaints_gui.moc"

// The notices page as its users go through it, against a real server on the offscreen
// platform (PRODUCT.md §3): a worker drafts a notice offline, meets the district's sensitive
// word in her text and changes it, submits (queued until the server is back); the director
// finds it counted on his navigation button and approves it with a rating; the street returns
// it with a comment; the worker sees the comment and the diff of her change, and resubmits;
// the district office edits its review chains and word list.
//
// With CIVIC_NOTICES_SCREENSHOTS=DIR set, each view is also saved as a PNG there.

#include "application.h"
#include "clientcontext.h"
#include "item/noticerecords.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "notices/noticedetailview.h"
#include "notices/noticeeditor.h"
#include "notices/noticehtml.h"
#include "notices/noticereviewview.h"
#include "notices/noticesettingsview.h"
#include "notices/noticespage.h"
#include "guisupport.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace civic;

namespace {

using test::topLevel;
template<typename T> T *child(QWidget *root, const QString &name)
{
    T *found = root->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

const QString kCrashedId = u"3c1d6c55-2f0e-4b7a-9d0e-0a9c1b2d3e4f"_s;

using test::labelText;

} // namespace

class TestNoticesGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::DemoServer m_server;
    QString m_shots;
    QString m_noticeId;

    ui::MainWindow *signIn(app::Application &client, const QString &username)
    {
        ui::MainWindow *window = test::signInThroughDialog(client, m_server.port(), username);
        if (!window)
            return nullptr;
        window->resize(1440, 900);
        return window;
    }

    // Runs a sync cycle and waits for its end.
    bool synced(ui::MainWindow *window)
    {
        ui::ClientContext *ctx = window->clientContext();
        const qint64 before = ctx->status().lastSyncAt;
        QTest::qWait(5); // a cycle finishing in this millisecond would not show as later
        ctx->syncNow();
        return QTest::qWaitFor(
            [&] {
                return ctx->status().lastSyncAt > before && !ctx->status().syncing
                    && ctx->status().online;
            },
            30000);
    }

    ui::NoticesPage *noticesPage(ui::MainWindow *window)
    {
        window->showPage(ui::NoticesPageIndex);
        return qobject_cast<ui::NoticesPage *>(window->page(ui::NoticesPageIndex));
    }

    void shot(QWidget *widget, const QString &name)
    {
        if (m_shots.isEmpty())
            return;
        QApplication::processEvents();
        widget->grab().save(QDir(m_shots).filePath(name + u".png"_s));
    }

    QJsonObject serverNotice(const QString &username)
    {
        const QString token = test::login(m_server.http(), username);
        return m_server.http().get(u"/api/v1/notices/"_s + m_noticeId, token).json();
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
        m_shots = qEnvironmentVariable("CIVIC_NOTICES_SCREENSHOTS");
        if (!m_shots.isEmpty())
            QDir().mkpath(m_shots);
        QString why;
        QVERIFY2(m_server.start(u"sqlite"_s, &why), qPrintable(why));
    }

    void aWorkerDraftsOfflineAndSubmits()
    {
        app::Options options;
        options.dataDir = m_dir.filePath(u"cache"_s);
        app::Application client(*qApp, options);
        ui::MainWindow *window = signIn(client, u"demo.worker"_s);
        QVERIFY(window);
        QVERIFY(synced(window));
        ui::NoticesPage *page = noticesPage(window);
        QVERIFY(page);
        ui::ClientContext *ctx = window->clientContext();
        shot(window, u"worker-queues"_s);

        // Offline from here on.
        m_server.process().stop();
        ctx->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!ctx->status().online && !ctx->status().syncing, 30000);

        QTest::mouseClick(child<QPushButton>(page, u"newNoticeButton"_s), Qt::LeftButton);
        ui::NoticeEditor *editor = page->detail()->editor();
        QVERIFY(editor->isVisible());
        QCOMPARE(page->currentQueue(), ui::NoticesPage::MineTab);
        m_noticeId = editor->noticeId();
        child<QLineEdit>(editor, u"titleEdit"_s)->setText(u"河畔社区周末义诊通知"_s);
        auto *category = child<QComboBox>(editor, u"categoryCombo"_s);
        category->setCurrentIndex(category->findData(u"活动"_s));
        auto *body = child<ui::NoticeBodyEdit>(editor, u"bodyEdit"_s);
        // 祖传秘方 is on 苏家屯区's list (the demo's district words).
        body->setNoticeHtml(
            u"<h3>义诊安排</h3><p>本周六上午9点，区中医院专家在社区广场义诊，现场介绍祖传秘方。</p>"
            u"<ul><li>测量血压、血糖</li><li>中医理疗体验</li></ul>"_s);
        auto *submit = child<QPushButton>(editor, u"submitButton"_s);
        QTRY_VERIFY(!submit->isEnabled());
        QTRY_COMPARE(body->extraSelections().size(), 1);
        QCOMPARE(body->extraSelections().at(0).cursor.selectedText(), u"祖传秘方"_s);
        QVERIFY(labelText(editor, u"issuesLabel"_s).contains(u"祖传秘方"_s));
        shot(window, u"worker-editor-sensitive-word"_s);

        body->setNoticeHtml(u"<h3>义诊安排</h3><p>本周六上午9点，区中医院专家在社区广场义诊。</p>"
                            u"<ul><li>测量血压、血糖</li><li>中医理疗体验</li></ul>"_s);
        QTRY_VERIFY(submit->isEnabled());
        QVERIFY(body->extraSelections().isEmpty());
        QVERIFY(editor->isDirty());

        // 保存 creates the notice offline: it is in 我的草稿 at once.
        QTest::mouseClick(child<QPushButton>(editor, u"saveButton"_s), Qt::LeftButton);
        QTRY_VERIFY(item::loadNoticeRow(ctx->database(), m_noticeId).has_value());
        QTRY_VERIFY(page->model()->rowOf(m_noticeId) >= 0);
        const auto saved = *item::loadNoticeRow(ctx->database(), m_noticeId);
        QCOMPARE(saved.notice.content.title, u"河畔社区周末义诊通知"_s);
        QCOMPARE(saved.notice.content.category, u"活动"_s);
        QCOMPARE(saved.notice.content.bodyHtml,
            u"<h3>义诊安排</h3><p>本周六上午9点，区中医院专家在社区广场义诊。</p>"
            u"<ul><li>测量血压、血糖</li><li>中医理疗体验</li></ul>"_s);
        QVERIFY(!editor->isDirty());

        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_COMPARE(item::loadNoticeRow(ctx->database(), m_noticeId)->notice.state,
            domain::NoticeState::InReview);
        QTRY_COMPARE(ctx->status().pending, 2);
        // Submitted: the review tab shows the chain and who reviews now.
        QTRY_COMPARE(page->detail()->currentTab(), int(ui::NoticeDetailView::ReviewTab));
        QVERIFY(labelText(page->detail()->reviewView(), u"currentReviewerLabel"_s)
                    .contains(u"河畔社区"_s));
        shot(window, u"worker-submitted-offline"_s);
        page->detail()->setCurrentTab(ui::NoticeDetailView::PreviewTab);
        shot(window, u"worker-preview"_s);

        QString why;
        QVERIFY2(m_server.process().start(&why), qPrintable(why));
        QVERIFY(synced(window));
        QTRY_COMPARE(ctx->status().pending, 0);
        QCOMPARE(ctx->status().problems, 0);
        const QJsonObject onServer = serverNotice(u"demo.worker"_s);
        QCOMPARE(onServer.value(u"state"_s).toString(), u"in_review"_s);
        QCOMPARE(onServer.value(u"revision"_s).toInt(), 1);
        QCOMPARE(onServer.value(u"step"_s).toInt(), 1);
        QCOMPARE(onServer.value(u"title"_s).toString(), u"河畔社区周末义诊通知"_s);

        // The program dies while a new notice is being typed: the editor's state is in the
        // cache's drafts (written as she types), and the next start saves it as her draft.
        const QJsonObject typed { { u"id"_s, kCrashedId }, { u"unit"_s, u"210111001001"_s },
            { u"corrects"_s, QString() }, { u"base_version"_s, 0 }, { u"category"_s, u"便民"_s },
            { u"title"_s, u"社区食堂下周菜单"_s }, { u"body_html"_s, u"<p>周一：梅菜扣肉</p>"_s },
            { u"scheduled_at"_s, QJsonValue() } };
        const QString key = ui::NoticeEditor::draftKey(kCrashedId);
        ctx->saveDraft(key, QString::fromUtf8(QJsonDocument(typed).toJson(QJsonDocument::Compact)));
        QTRY_VERIFY(!ctx->draft(key).isEmpty());
        QVERIFY(!item::loadNoticeRow(ctx->database(), kCrashedId));
    }

    void theDirectorApprovesWithARating()
    {
        QVERIFY(!m_noticeId.isEmpty());
        app::Options options;
        options.dataDir = m_dir.filePath(u"cache"_s);
        app::Application client(*qApp, options);
        ui::MainWindow *window = signIn(client, u"demo.director"_s);
        QVERIFY(window);
        QVERIFY(synced(window));
        ui::NoticesPage *page = noticesPage(window);
        QVERIFY(page);
        // The demo's one notice awaiting demo.director, and the worker's: 2 on the button, as
        // the server's own queue says.
        QTRY_COMPARE(page->navigationBadge(), 2);
        const QString token = test::login(m_server.http(), u"demo.director"_s);
        QCOMPARE(m_server.http()
                     .get(u"/api/v1/notices?awaiting=me"_s, token)
                     .json()
                     .value(u"total"_s)
                     .toInt(),
            2);
        QCOMPARE(page->currentQueue(), ui::NoticesPage::AwaitingTab);
        QCOMPARE(page->model()->rowCount(), 2);
        shot(window, u"director-queue"_s);

        page->openNotice(m_noticeId);
        ui::NoticeDetailView *detail = page->detail();
        QCOMPARE(detail->currentTab(), int(ui::NoticeDetailView::ReviewTab));
        ui::NoticeReviewView *review = detail->reviewView();
        auto *approve = child<QPushButton>(review, u"approveButton"_s);
        QVERIFY(approve->isVisible());
        QVERIFY(!approve->isEnabled()); // a rating first
        QTest::mouseClick(child<QToolButton>(review, u"ratingButton4"_s), Qt::LeftButton);
        QVERIFY(approve->isEnabled());
        child<QPlainTextEdit>(review, u"reviewCommentEdit"_s)->setPlainText(u"内容清楚，同意"_s);
        shot(window, u"director-review"_s);
        QTest::mouseClick(approve, Qt::LeftButton);
        QTRY_COMPARE(
            item::loadNoticeRow(window->clientContext()->database(), m_noticeId)->notice.step, 2);
        QTRY_COMPARE(page->navigationBadge(), 1);
        QTRY_VERIFY(!child<QWidget>(review, u"decisionPanel"_s)->isVisible());
        shot(window, u"director-approved"_s);
        QVERIFY(synced(window));
        QTRY_COMPARE(window->clientContext()->status().pending, 0);
        const QJsonObject onServer = serverNotice(u"demo.director"_s);
        QCOMPARE(onServer.value(u"step"_s).toInt(), 2);
        const QJsonArray reviews = onServer.value(u"reviews"_s).toArray();
        QCOMPARE(reviews.size(), 1);
        QCOMPARE(reviews.at(0).toObject().value(u"quality"_s).toInt(), 4);
        QCOMPARE(reviews.at(0).toObject().value(u"comment"_s).toString(), u"内容清楚，同意"_s);
    }

    void theStreetReturnsItWithAComment()
    {
        QVERIFY(!m_noticeId.isEmpty());
        app::Options options;
        options.dataDir = m_dir.filePath(u"cache"_s);
        app::Application client(*qApp, options);
        ui::MainWindow *window = signIn(client, u"demo.street"_s);
        QVERIFY(window);
        QVERIFY(synced(window));
        ui::NoticesPage *page = noticesPage(window);
        QVERIFY(page);
        // The demo's two awaiting demo.street, and this one.
        QTRY_COMPARE(page->navigationBadge(), 3);
        page->openNotice(m_noticeId);
        ui::NoticeReviewView *review = page->detail()->reviewView();
        auto *reject = child<QPushButton>(review, u"rejectButton"_s);
        QVERIFY(reject->isVisible());
        QVERIFY(!reject->isEnabled()); // a comment first
        child<QPlainTextEdit>(review, u"reviewCommentEdit"_s)
            ->setPlainText(u"请写明义诊的具体地点和咨询电话"_s);
        QVERIFY(reject->isEnabled());
        shot(window, u"street-review"_s);
        QTest::mouseClick(reject, Qt::LeftButton);
        QTRY_COMPARE(
            item::loadNoticeRow(window->clientContext()->database(), m_noticeId)->notice.state,
            domain::NoticeState::Rejected);
        QVERIFY(synced(window));
        QTRY_COMPARE(window->clientContext()->status().pending, 0);
        QCOMPARE(serverNotice(u"demo.street"_s).value(u"state"_s).toString(), u"rejected"_s);
        page->showQueue(ui::NoticesPage::InReviewTab);
        shot(window, u"street-in-review"_s);
    }

    void theWorkerSeesTheCommentAndTheDiffAndResubmits()
    {
        QVERIFY(!m_noticeId.isEmpty());
        app::Options options;
        options.dataDir = m_dir.filePath(u"cache"_s);
        app::Application client(*qApp, options);
        ui::MainWindow *window = signIn(client, u"demo.worker"_s);
        QVERIFY(window);
        QVERIFY(synced(window));
        ui::ClientContext *ctx = window->clientContext();
        ui::NoticesPage *page = noticesPage(window);
        QVERIFY(page);
        QTRY_COMPARE(item::loadNoticeRow(ctx->database(), m_noticeId)->notice.state,
            domain::NoticeState::Rejected);
        // What was typed before the crash is her draft now, and on the server after the sync.
        QTRY_VERIFY(item::loadNoticeRow(ctx->database(), kCrashedId).has_value());
        QCOMPARE(item::loadNoticeRow(ctx->database(), kCrashedId)->notice.content.title,
            u"社区食堂下周菜单"_s);
        QTRY_VERIFY(ctx->draft(ui::NoticeEditor::draftKey(kCrashedId)).isEmpty());
        // The rejection's notification (kind `notification`) is shown on the page.
        QTRY_VERIFY(labelText(page, u"noticeNotificationsLabel"_s)
                        .contains(u"请写明义诊的具体地点和咨询电话"_s));

        page->openNotice(m_noticeId);
        ui::NoticeDetailView *detail = page->detail();
        QCOMPARE(detail->currentTab(), int(ui::NoticeDetailView::EditTab));
        ui::NoticeEditor *editor = detail->editor();
        QVERIFY(labelText(editor, u"editorBanner"_s).contains(u"请写明义诊的具体地点和咨询电话"_s));
        shot(window, u"worker-returned-editor"_s);

        detail->setCurrentTab(ui::NoticeDetailView::ReviewTab);
        ui::NoticeReviewView *review = detail->reviewView();
        const QString history = labelText(review, u"historyLabel"_s);
        QVERIFY(history.contains(u"内容清楚，同意"_s));
        QVERIFY(history.contains(u"请写明义诊的具体地点和咨询电话"_s));
        QVERIFY(
            !child<QWidget>(review, u"decisionPanel"_s)->isVisible()); // never on one's own notice
        shot(window, u"worker-returned-review"_s);

        // She adds the place and the phone; the review tab shows it against revision 1.
        detail->setCurrentTab(ui::NoticeDetailView::EditTab);
        child<ui::NoticeBodyEdit>(editor, u"bodyEdit"_s)
            ->setNoticeHtml(
                u"<h3>义诊安排</h3><p>本周六上午9点，区中医院专家在社区广场东侧凉亭义诊。</p>"
                u"<ul><li>测量血压、血糖</li><li>中医理疗体验</li></ul><p>咨询电话：89581234</p>"_s);
        QTest::mouseClick(child<QPushButton>(editor, u"saveButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!editor->isDirty());
        QTRY_VERIFY(item::loadNoticeRow(ctx->database(), m_noticeId)
                        ->notice.content.bodyHtml.contains(u"89581234"_s));
        detail->setCurrentTab(ui::NoticeDetailView::ReviewTab);
        auto *diff = child<ui::NoticeHtmlView>(review, u"diffView"_s);
        QTRY_VERIFY(diff->isVisible());
        QVERIFY(diff->toPlainText().contains(u"东侧凉亭"_s));
        QVERIFY(diff->toPlainText().contains(u"咨询电话：89581234"_s));
        QVERIFY(diff->toHtml().contains(u"#d9f7be"_s)); // insertions marked green
        shot(window, u"worker-diff"_s);

        detail->setCurrentTab(ui::NoticeDetailView::EditTab);
        QTest::mouseClick(child<QPushButton>(editor, u"submitButton"_s), Qt::LeftButton);
        QTRY_COMPARE(item::loadNoticeRow(ctx->database(), m_noticeId)->notice.revision, 2);
        QTRY_VERIFY(labelText(review, u"diffCaption"_s).contains(u"2"_s));
        QVERIFY(synced(window));
        QTRY_COMPARE(ctx->status().pending, 0);
        const QJsonObject onServer = serverNotice(u"demo.worker"_s);
        QCOMPARE(onServer.value(u"state"_s).toString(), u"in_review"_s);
        QCOMPARE(onServer.value(u"revision"_s).toInt(), 2);
        {
            const QString token = test::login(m_server.http(), u"demo.worker"_s);
            const QJsonObject recovered
                = m_server.http().get(u"/api/v1/notices/"_s + kCrashedId, token).json();
            QCOMPARE(recovered.value(u"state"_s).toString(), u"draft"_s);
            QCOMPARE(recovered.value(u"body_html"_s).toString(), u"<p>周一：梅菜扣肉</p>"_s);
        }
        QCOMPARE(onServer.value(u"step"_s).toInt(), 1);
        // The server's diff of revision 2 against 1 has the same insertion.
        const QJsonArray revisions = onServer.value(u"revisions"_s).toArray();
        QCOMPARE(revisions.size(), 2);
        bool inserted = false;
        for (const auto &segment :
            revisions.at(1).toObject().value(u"diff"_s).toObject().value(u"body"_s).toArray()) {
            const QJsonObject s = segment.toObject();
            inserted = inserted
                || (s.value(u"kind"_s).toString() == u"insert"
                    && s.value(u"text"_s).toString().contains(u"凉亭"_s));
        }
        QVERIFY(inserted);
        shot(window, u"worker-resubmitted"_s);

        // A published notice is read-only, with its reads; 更正 writes a new, linked notice.
        page->showQueue(ui::NoticesPage::PublishedTab);
        QTRY_VERIFY(page->model()->rowCount() > 0);
        const QString published
            = page->model()->index(0).data(item::NoticeListModel::IdRole).toString();
        page->openNotice(published);
        QCOMPARE(detail->currentTab(), int(ui::NoticeDetailView::PreviewTab));
        QVERIFY(!detail->editor()->isVisible());
        const auto original = item::loadNoticeRow(ctx->database(), published);
        QVERIFY(labelText(detail, u"previewReadsLabel"_s)
                    .contains(QLocale().toString(original->reads)));
        shot(window, u"worker-published"_s);
        QTest::mouseClick(child<QPushButton>(detail, u"correctButton"_s), Qt::LeftButton);
        const QString correction = detail->editor()->noticeId();
        QVERIFY(correction != published);
        QTRY_VERIFY(item::loadNoticeRow(ctx->database(), correction).has_value());
        const auto created = *item::loadNoticeRow(ctx->database(), correction);
        QCOMPARE(created.notice.corrects, published);
        QCOMPARE(created.notice.state, domain::NoticeState::Draft);
        QCOMPARE(created.notice.content.title, original->notice.content.title);
        QCOMPARE(item::loadNoticeRow(ctx->database(), published)->notice.state,
            domain::NoticeState::Published);
        shot(window, u"worker-correction"_s);
        QVERIFY(synced(window));
        QTRY_COMPARE(ctx->status().pending, 0);
        QCOMPARE(ctx->status().problems, 0);

        window->showPage(ui::DashboardPageIndex);
        shot(window, u"worker-dashboard"_s);
    }

    void theDistrictEditsItsChainsAndWords()
    {
        app::Options options;
        options.dataDir = m_dir.filePath(u"cache"_s);
        app::Application client(*qApp, options);
        ui::MainWindow *window = signIn(client, u"demo.district"_s);
        QVERIFY(window);
        QVERIFY(synced(window));
        ui::NoticesPage *page = noticesPage(window);
        QVERIFY(page);
        // The demo's 政策解读 at its district step.
        QTRY_COMPARE(page->navigationBadge(), 1);
        page->showQueue(ui::NoticesPage::InReviewTab);
        shot(window, u"district-in-review"_s);
        page->openNotice(page->model()->index(0).data(item::NoticeListModel::IdRole).toString());
        shot(window, u"district-in-review-detail"_s);

        QTest::mouseClick(child<QPushButton>(page, u"noticeSettingsButton"_s), Qt::LeftButton);
        auto *settings = child<ui::NoticeSettingsView>(page, u"noticeSettingsView"_s);
        QTRY_VERIFY(settings->isVisible());
        QCOMPARE(settings->district(), u"210111"_s);
        auto *categories = child<QListWidget>(settings, u"chainCategoryList"_s);
        auto *steps = child<QTableWidget>(settings, u"chainStepsTable"_s);
        QCOMPARE(steps->rowCount(), 2); // the default chain
        for (int i = 0; i < categories->count(); ++i) {
            if (categories->item(i)->data(Qt::UserRole).toString() == u"政策解读")
                categories->setCurrentRow(i);
        }
        QCOMPARE(steps->rowCount(), 3); // 苏家屯区's district step for 政策解读
        shot(window, u"district-settings"_s);

        // A district step for 召集令 too.
        for (int i = 0; i < categories->count(); ++i) {
            if (categories->item(i)->data(Qt::UserRole).toString() == u"召集令")
                categories->setCurrentRow(i);
        }
        child<QCheckBox>(settings, u"chainOverrideCheck"_s)->setChecked(true);
        QCOMPARE(steps->rowCount(), 2);
        QTest::mouseClick(child<QPushButton>(settings, u"addStepButton"_s), Qt::LeftButton);
        QCOMPARE(steps->rowCount(), 3);
        auto *save = child<QPushButton>(settings, u"saveChainsButton"_s);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        ui::ClientContext *ctx = window->clientContext();
        QTRY_COMPARE(item::loadNoticeSettings(ctx->database(), u"210111001001"_s)
                         .chains.byCategory.value(u"召集令"_s)
                         .size(),
            3);

        auto *words = child<QPlainTextEdit>(settings, u"sensitiveWordsEdit"_s);
        words->setPlainText(words->toPlainText() + u"\n虚假宣传"_s);
        QTest::mouseClick(child<QPushButton>(settings, u"saveWordsButton"_s), Qt::LeftButton);
        QTRY_VERIFY(item::loadNoticeSettings(ctx->database(), u"210111001001"_s)
                        .words.words()
                        .contains(u"虚假宣传"_s));
        QVERIFY(synced(window));
        QTRY_COMPARE(ctx->status().pending, 0);
        QCOMPARE(ctx->status().problems, 0);
        shot(window, u"district-settings-saved"_s);
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_MAIN(TestNoticesGui)
#include "tst_notices_gui.moc"

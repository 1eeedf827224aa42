#include "domain/textdiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace {

DiffSegment eq(const QString &text)
{
    return DiffSegment { DiffKind::Equal, text };
}

DiffSegment ins(const QString &text)
{
    return DiffSegment { DiffKind::Insert, text };
}

DiffSegment del(const QString &text)
{
    return DiffSegment { DiffKind::Delete, text };
}

// The texts the segments stand for: equal + delete is the older, equal + insert the newer.
std::pair<QString, QString> sides(const QList<DiffSegment> &segments)
{
    QString before;
    QString after;
    for (const auto &segment : segments) {
        if (segment.kind != DiffKind::Insert)
            before += segment.text;
        if (segment.kind != DiffKind::Delete)
            after += segment.text;
    }
    return { before, after };
}

} // namespace

class TestTextDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data();
    void tokens();
    void diff_data();
    void diff();
    void adjacentSegmentsMerge();
    void longTextRebuildsBothSides();
    void html();
    void json();
    void kindNames();
};

void TestTextDiff::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens");

    QTest::newRow("chinese per character")
        << u"社区通知"_s << QStringList { u"社"_s, u"区"_s, u"通"_s, u"知"_s };
    QTest::newRow("latin words and spaces")
        << u"Open311 API v2"_s << QStringList { u"Open311"_s, u" "_s, u"API"_s, u" "_s, u"v2"_s };
    QTest::newRow("mixed") << u"关注WeChat公众号2026年"_s
                           << QStringList { u"关"_s, u"注"_s, u"WeChat"_s, u"公"_s, u"众"_s,
                                  u"号"_s, u"2026"_s, u"年"_s };
    QTest::newRow("punctuation alone") << u"时间：9:30，地点!"_s
                                       << QStringList { u"时"_s, u"间"_s, u"："_s, u"9"_s, u":"_s,
                                              u"30"_s, u"，"_s, u"地"_s, u"点"_s, u"!"_s };
    QTest::newRow("each white space alone")
        << u"a \n\tb"_s << QStringList { u"a"_s, u" "_s, u"\n"_s, u"\t"_s, u"b"_s };
    QTest::newRow("kana") << u"かな"_s << QStringList { u"か"_s, u"な"_s };
    QTest::newRow("accents stay in the word")
        << u"café naïve"_s << QStringList { u"café"_s, u" "_s, u"naïve"_s };
    QTest::newRow("combining mark") << u"cafe\u0301!"_s << QStringList { u"cafe\u0301"_s, u"!"_s };
    QTest::newRow("supplementary han and emoji")
        << u"\U00020000字\U0001F600"_s << QStringList { u"\U00020000"_s, u"字"_s, u"\U0001F600"_s };
    QTest::newRow("empty") << QString() << QStringList();
}

void TestTextDiff::tokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);
    QCOMPARE(diffTokens(text), tokens);
}

void TestTextDiff::diff_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QList<DiffSegment>>("segments");

    QTest::newRow("identical") << u"社区通知"_s << u"社区通知"_s
                               << QList<DiffSegment> { eq(u"社区通知"_s) };
    QTest::newRow("both empty") << QString() << QString() << QList<DiffSegment>();
    QTest::newRow("from empty") << QString() << u"新通知"_s
                                << QList<DiffSegment> { ins(u"新通知"_s) };
    QTest::newRow("to empty") << u"旧通知"_s << QString()
                              << QList<DiffSegment> { del(u"旧通知"_s) };

    QTest::newRow("insert at start")
        << u"通知"_s << u"紧急通知"_s << QList<DiffSegment> { ins(u"紧急"_s), eq(u"通知"_s) };
    QTest::newRow("insert in the middle")
        << u"周六上午"_s << u"周六和周日上午"_s
        << QList<DiffSegment> { eq(u"周六"_s), ins(u"和周日"_s), eq(u"上午"_s) };
    QTest::newRow("insert at end")
        << u"报名"_s << u"报名截止"_s << QList<DiffSegment> { eq(u"报名"_s), ins(u"截止"_s) };
    QTest::newRow("delete at start")
        << u"紧急通知"_s << u"通知"_s << QList<DiffSegment> { del(u"紧急"_s), eq(u"通知"_s) };
    QTest::newRow("delete in the middle")
        << u"周六和周日上午"_s << u"周六上午"_s
        << QList<DiffSegment> { eq(u"周六"_s), del(u"和周日"_s), eq(u"上午"_s) };
    QTest::newRow("delete at end")
        << u"报名截止"_s << u"报名"_s << QList<DiffSegment> { eq(u"报名"_s), del(u"截止"_s) };
    QTest::newRow("replace at start")
        << u"周六活动"_s << u"周日活动"_s
        << QList<DiffSegment> { eq(u"周"_s), del(u"六"_s), ins(u"日"_s), eq(u"活动"_s) };
    QTest::newRow("replace in the middle")
        << u"上午九点开始"_s << u"上午十点开始"_s
        << QList<DiffSegment> { eq(u"上午"_s), del(u"九"_s), ins(u"十"_s), eq(u"点开始"_s) };
    QTest::newRow("replace at end")
        << u"地点：活动室"_s << u"地点：会议室"_s
        << QList<DiffSegment> { eq(u"地点："_s), del(u"活动"_s), ins(u"会议"_s), eq(u"室"_s) };
    // A Latin word changes as a whole, not letter by letter.
    QTest::newRow("latin word replaced")
        << u"扫码关注 WeChat 公众号"_s << u"扫码关注 Weixin 公众号"_s
        << QList<DiffSegment> { eq(u"扫码关注 "_s), del(u"WeChat"_s), ins(u"Weixin"_s),
               eq(u" 公众号"_s) };
    QTest::newRow("number replaced in mixed text")
        << u"截至2016年6月，粉丝65000人"_s << u"截至2016年7月，粉丝70000人"_s
        << QList<DiffSegment> { eq(u"截至2016年"_s), del(u"6"_s), ins(u"7"_s), eq(u"月，粉丝"_s),
               del(u"65000"_s), ins(u"70000"_s), eq(u"人"_s) };
    QTest::newRow("english sentence")
        << u"The meeting is on Monday."_s << u"The short meeting is on Friday."_s
        << QList<DiffSegment> { eq(u"The "_s), ins(u"short "_s), eq(u"meeting is on "_s),
               del(u"Monday"_s), ins(u"Friday"_s), eq(u"."_s) };
    QTest::newRow("nothing in common")
        << u"甲乙"_s << u"丙丁"_s << QList<DiffSegment> { del(u"甲乙"_s), ins(u"丙丁"_s) };
}

void TestTextDiff::diff()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QList<DiffSegment>, segments);
    const auto result = diffWords(before, after);
    QCOMPARE(result, segments);
    QCOMPARE(sides(result), std::make_pair(before, after));
}

void TestTextDiff::adjacentSegmentsMerge()
{
    const auto result = diffWords(u"一二三四五"_s, u"一2三4五"_s);
    const QList<DiffSegment> expected { eq(u"一"_s), del(u"二"_s), ins(u"2"_s), eq(u"三"_s),
        del(u"四"_s), ins(u"4"_s), eq(u"五"_s) };
    QCOMPARE(result, expected);
    for (qsizetype i = 1; i < result.size(); ++i)
        QVERIFY(result.at(i).kind != result.at(i - 1).kind);
}

void TestTextDiff::longTextRebuildsBothSides()
{
    // A notice of a few thousand characters with scattered edits.
    QString before;
    for (int i = 0; i < 400; ++i)
        before += u"第%1条：社区居民可在微信平台报名参加活动。\n"_s.arg(i);
    QString after = before;
    after.replace(u"第17条"_s, u"第十七条"_s);
    after.replace(u"第250条：社区居民"_s, u"第250条：全体居民"_s);
    after.append(u"附：Contact us at 12345.\n"_s);
    const auto result = diffWords(before, after);
    QCOMPARE(sides(result), std::make_pair(before, after));
    // equal, 17 → 十七, equal, 社区 → 全体, equal, the appended line.
    QCOMPARE(result.size(), 8);
    QCOMPARE(result.at(0).kind, DiffKind::Equal);
    QVERIFY(result.at(0).text.endsWith(u"第"));
    QCOMPARE(result.at(1), del(u"17"_s));
    QCOMPARE(result.at(2), ins(u"十七"_s));
    QVERIFY(result.at(3).text.endsWith(u"第250条："));
    QCOMPARE(result.at(4), del(u"社区"_s));
    QCOMPARE(result.at(5), ins(u"全体"_s));
    QCOMPARE(result.at(6).kind, DiffKind::Equal);
    QCOMPARE(result.at(7), ins(u"附：Contact us at 12345.\n"_s));
}

void TestTextDiff::html()
{
    const QList<DiffSegment> segments { eq(u"<b>粗体</b> & "_s), del(u"\"旧\""_s),
        ins(u"新<script>"_s), eq(u"\n第二行"_s) };
    QCOMPARE(diffToHtml(segments),
        u"&lt;b&gt;粗体&lt;/b&gt; &amp; <del>&quot;旧&quot;</del>"
        u"<ins>新&lt;script&gt;</ins><br/>第二行"_s);
    QCOMPARE(diffToHtml({}), QString());
    QCOMPARE(diffToHtml(diffWords(u"a<b"_s, u"a<c"_s)), u"a&lt;<del>b</del><ins>c</ins>"_s);
}

void TestTextDiff::json()
{
    const QJsonArray json = diffToJson({ eq(u"周"_s), del(u"六"_s), ins(u"日"_s) });
    QCOMPARE(QJsonDocument(json).toJson(QJsonDocument::Compact),
        QByteArray(R"([{"kind":"equal","text":"周"},{"kind":"delete","text":"六"},)"
                   R"({"kind":"insert","text":"日"}])"));
}

void TestTextDiff::kindNames()
{
    QCOMPARE(diffKindName(DiffKind::Equal), u"equal"_s);
    QCOMPARE(diffKindName(DiffKind::Insert), u"insert"_s);
    QCOMPARE(diffKindName(DiffKind::Delete), u"delete"_s);
    QCOMPARE(diffKindFromName(u"insert"), DiffKind::Insert);
    QCOMPARE(diffKindFromName(u"replace"), std::nullopt);
}

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"

#include "domain/chinatime.h"
#include "domain/noticechecks.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace {

qint64 at(const char16_t *iso)
{
    const auto time = parseIsoTime(QStringView(iso));
    Q_ASSERT(time);
    return *time;
}

NoticeContent good()
{
    return NoticeContent { u"便民"_s, u"社区食堂送餐服务"_s,
        u"<p>行动不便的老人可<a href=\"https://example.org/order\">预约送餐</a>。</p>"
        u"<p><img src=\"http://img.example.org/menu.png\"></p>"_s,
        std::nullopt };
}

QStringList codes(const QList<NoticeIssue> &issues)
{
    QStringList result;
    for (const auto &issue : issues)
        result.append(issue.field + u':' + issue.code);
    return result;
}

} // namespace

class TestNoticeChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanNoticePasses();
    void requiredFields();
    void sensitiveWordsBlock();
    void urls_data();
    void urls();
    void badLinksReported();
    void schedule();
    void everythingAtOnce();
};

void TestNoticeChecks::cleanNoticePasses()
{
    const SensitiveWordList words({ u"赌博"_s });
    const qint64 now = at(u"2026-07-01T09:00:00+08:00");
    QVERIFY(checkNoticeForSubmission(good(), words, now).isEmpty());
    NoticeContent scheduled = good();
    scheduled.scheduledAt = now; // the present is not the past
    QVERIFY(checkNoticeForSubmission(scheduled, words, now).isEmpty());
}

void TestNoticeChecks::requiredFields()
{
    const qint64 now = at(u"2026-07-01T09:00:00+08:00");
    const NoticeContent empty { u" "_s, QString(), u"<p>&nbsp;</p><br>"_s, std::nullopt };
    const auto issues = checkNoticeForSubmission(empty, SensitiveWordList(), now);
    QCOMPARE(codes(issues),
        (QStringList { u"title:required"_s, u"category:required"_s, u"body_html:required"_s }));
    for (const auto &issue : issues)
        QVERIFY(!issue.message.isEmpty());
}

void TestNoticeChecks::sensitiveWordsBlock()
{
    const qint64 now = at(u"2026-07-01T09:00:00+08:00");
    const SensitiveWordList words({ u"赌博"_s, u"VPN"_s });
    NoticeContent content = good();
    content.title = u"远离赌博"_s;
    content.bodyHtml = u"<p>严禁<b>赌</b>博</p><p>不要使用ｖｐｎ和赌博软件</p>"_s;
    // Body text: "严禁赌博\n不要使用ｖｐｎ和赌博软件": 赌博 at 2, ｖｐｎ at 9, 赌博 at 13.
    const auto issues = checkNoticeForSubmission(content, words, now);
    QCOMPARE(codes(issues),
        (QStringList { u"title:sensitive_word"_s, u"body_html:sensitive_word"_s,
            u"body_html:sensitive_word"_s, u"body_html:sensitive_word"_s }));
    QCOMPARE(issues.at(0).start, 2);
    QCOMPARE(issues.at(0).length, 2);
    QCOMPARE(issues.at(0).detail, u"赌博"_s);
    QCOMPARE(issues.at(1).start, 2);
    QCOMPARE(issues.at(2).start, 9);
    QCOMPARE(issues.at(2).length, 3);
    QCOMPARE(issues.at(2).detail, u"VPN"_s);
    QCOMPARE(issues.at(3).start, 13);
    QVERIFY(issues.at(3).message.contains(u"赌博"_s));
}

void TestNoticeChecks::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("wellFormed");

    QTest::newRow("https") << u"https://mp.weixin.qq.com/s/abc"_s << true;
    QTest::newRow("http with port and query") << u"http://example.org:8080/a?b=c#d"_s << true;
    QTest::newRow("chinese host") << u"http://社区.中国/通知"_s << true;
    QTest::newRow("percent-encoded path") << u"https://example.org/%E9%80%9A%E7%9F%A5"_s << true;
    QTest::newRow("relative") << u"/notices/1"_s << false;
    QTest::newRow("no scheme") << u"www.example.org"_s << false;
    QTest::newRow("ftp") << u"ftp://example.org/file"_s << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("mailto") << u"mailto:office@example.org"_s << false;
    QTest::newRow("no host") << u"http:///path"_s << false;
    QTest::newRow("space in host") << u"http://exa mple.org/"_s << false;
    QTest::newRow("bad percent escape") << u"http://example.org/%zz"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestNoticeChecks::urls()
{
    QFETCH(QString, url);
    QFETCH(bool, wellFormed);
    QCOMPARE(isWellFormedWebUrl(url), wellFormed);
}

void TestNoticeChecks::badLinksReported()
{
    const qint64 now = at(u"2026-07-01T09:00:00+08:00");
    NoticeContent content = good();
    content.bodyHtml = u"<p><a href=\" https://example.org/ok \">可以</a>"
                       u"<a href=\"www.example.org\">缺协议</a>"
                       u"<img src=\"file:///C:/照片.png\"><a name=\"top\">锚点</a></p>"_s;
    const auto issues = checkNoticeForSubmission(content, SensitiveWordList(), now);
    QCOMPARE(
        codes(issues), (QStringList { u"body_html:invalid_link"_s, u"body_html:invalid_link"_s }));
    QCOMPARE(issues.at(0).detail, u"www.example.org"_s);
    QCOMPARE(issues.at(1).detail, u"file:///C:/照片.png"_s);
    QVERIFY(issues.at(1).message.contains(u"image"_s));
}

void TestNoticeChecks::schedule()
{
    const qint64 now = at(u"2026-07-01T09:00:00+08:00");
    NoticeContent content = good();
    content.scheduledAt = at(u"2026-07-01T08:59:59+08:00");
    const auto issues = checkNoticeForSubmission(content, SensitiveWordList(), now);
    QCOMPARE(codes(issues), QStringList { u"scheduled_at:schedule_in_past"_s });
    QVERIFY(issues.first().message.contains(u"2026-07-01T08:59:59"_s));
    content.scheduledAt = at(u"2026-07-02T08:00:00+08:00");
    QVERIFY(checkNoticeForSubmission(content, SensitiveWordList(), now).isEmpty());
}

void TestNoticeChecks::everythingAtOnce()
{
    const qint64 now = at(u"2026-07-01T09:00:00+08:00");
    const NoticeContent content { u"通知"_s, QString(), u"<p>赌博</p><a href=\"x\">x</a>"_s,
        now - 1 };
    QCOMPARE(codes(checkNoticeForSubmission(content, SensitiveWordList({ u"赌博"_s }), now)),
        (QStringList { u"title:required"_s, u"body_html:sensitive_word"_s,
            u"body_html:invalid_link"_s, u"scheduled_at:schedule_in_past"_s }));
}

QTEST_GUILESS_MAIN(TestNoticeChecks)
#include "tst_noticechecks.moc"

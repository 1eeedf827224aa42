// Times on the wire are ISO 8601 with an offset; the offices count days in China time
// (+08:00), so a day starts at 16:00 UTC of the day before (API.md, ASSESSMENT.md).

#include "domain/chinatime.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace {
// 2026-07-01T00:00:00+08:00 = 2026-06-30T16:00:00Z, computed by hand:
// 20454 days to 2026-01-01 (56 years, 14 leap days) + 180 days to 30 June, plus 16 hours.
constexpr qint64 kJuly1China = (20454LL + 180) * 86'400'000 + 16LL * 3'600'000;
constexpr qint64 kDay = 86'400'000;
} // namespace

class TestChinaTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void constant();
    void isoTimeRendersChinaTime_data();
    void isoTimeRendersChinaTime();
    void parseIsoTimeAccepts_data();
    void parseIsoTimeAccepts();
    void parseIsoTimeRejects_data();
    void parseIsoTimeRejects();
    void isoTimeRoundTrips();
    void parseChinaDate_data();
    void parseChinaDate();
    void parseChinaDateRejects_data();
    void parseChinaDateRejects();
    void chinaDateAroundMidnight_data();
    void chinaDateAroundMidnight();
    void chinaDateRoundTrips();
};

void TestChinaTime::constant()
{
    QCOMPARE(kJuly1China, Q_INT64_C(1782835200000));
    QCOMPARE(kChinaOffsetSeconds, 28800);
}

void TestChinaTime::isoTimeRendersChinaTime_data()
{
    QTest::addColumn<qint64>("msecs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("epoch") << qint64(0) << u"1970-01-01T08:00:00+08:00"_s;
    QTest::newRow("China midnight") << kJuly1China << u"2026-07-01T00:00:00+08:00"_s;
    QTest::newRow("UTC midnight") << kJuly1China + 8 * 3'600'000 << u"2026-07-01T08:00:00+08:00"_s;
    QTest::newRow("milliseconds") << kJuly1China + 123 << u"2026-07-01T00:00:00.123+08:00"_s;
    QTest::newRow("leading zero milliseconds")
        << kJuly1China + 5 << u"2026-07-01T00:00:00.005+08:00"_s;
    QTest::newRow("last millisecond of the day before")
        << kJuly1China - 1 << u"2026-06-30T23:59:59.999+08:00"_s;
    QTest::newRow("afternoon") << kJuly1China + 14 * 3'600'000 + 30 * 60'000 + 15'000
                               << u"2026-07-01T14:30:15+08:00"_s;
}

void TestChinaTime::isoTimeRendersChinaTime()
{
    QFETCH(qint64, msecs);
    QFETCH(QString, expected);
    QCOMPARE(isoTime(msecs), expected);
}

void TestChinaTime::parseIsoTimeAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("Z") << u"2026-06-30T16:00:00Z"_s << kJuly1China;
    QTest::newRow("+08:00") << u"2026-07-01T00:00:00+08:00"_s << kJuly1China;
    QTest::newRow("-05:00") << u"2026-06-30T11:00:00-05:00"_s << kJuly1China;
    QTest::newRow("+00:00") << u"2026-06-30T16:00:00+00:00"_s << kJuly1China;
    QTest::newRow("milliseconds Z") << u"2026-06-30T16:00:00.123Z"_s << kJuly1China + 123;
    QTest::newRow("milliseconds +08:00") << u"2026-07-01T00:00:00.999+08:00"_s << kJuly1China + 999;
    QTest::newRow("tenths") << u"2026-07-01T00:00:00.5+08:00"_s << kJuly1China + 500;
    QTest::newRow("hundredths") << u"2026-06-30T11:00:00.05-05:00"_s << kJuly1China + 50;
    QTest::newRow("leap day") << u"2024-02-29T00:00:00+08:00"_s << Q_INT64_C(1709136000000);
    QTest::newRow("epoch") << u"1970-01-01T00:00:00Z"_s << qint64(0);
}

void TestChinaTime::parseIsoTimeAccepts()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const auto parsed = parseIsoTime(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(*parsed, expected);
}

void TestChinaTime::parseIsoTimeRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("no offset is ambiguous") << u"2026-07-01T00:00:00"_s;
    QTest::newRow("no offset, milliseconds") << u"2026-07-01T00:00:00.123"_s;
    QTest::newRow("date only") << u"2026-07-01"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("garbage") << u"yesterday"_s;
    QTest::newRow("30 February") << u"2026-02-30T00:00:00+08:00"_s;
    QTest::newRow("29 February of a common year") << u"2025-02-29T00:00:00Z"_s;
    QTest::newRow("month 13") << u"2026-13-01T00:00:00Z"_s;
    QTest::newRow("hour 25") << u"2026-07-01T25:00:00Z"_s;
    QTest::newRow("minute 60") << u"2026-07-01T10:60:00Z"_s;
    QTest::newRow("one-digit offset") << u"2026-07-01T00:00:00+8"_s;
    QTest::newRow("trailing text") << u"2026-07-01T00:00:00+08:00 CST"_s;
    QTest::newRow("leading space") << u" 2026-07-01T00:00:00Z"_s;
    QTest::newRow("epoch number") << u"1782835200000"_s;
}

void TestChinaTime::parseIsoTimeRejects()
{
    QFETCH(QString, text);
    const auto parsed = parseIsoTime(text);
    QVERIFY2(
        !parsed.has_value(), qPrintable(text + u" gave "_s + QString::number(parsed.value_or(-1))));
}

void TestChinaTime::isoTimeRoundTrips()
{
    // What the server writes, every client (and the server) must read back exactly.
    const qint64 samples[] = { 0, kJuly1China, kJuly1China - 1, kJuly1China + 1, kJuly1China + 999,
        kJuly1China + 12 * 3'600'000 + 34 * 60'000 + 56'789, Q_INT64_C(1709136000000) + kDay - 1 };
    for (const qint64 msecs : samples) {
        const QString text = isoTime(msecs);
        QVERIFY2(text.endsWith(u"+08:00"), qPrintable(text));
        QCOMPARE(parseIsoTime(text), std::optional<qint64>(msecs));
    }
}

void TestChinaTime::parseChinaDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("1 July") << u"2026-07-01"_s << kJuly1China;
    QTest::newRow("30 June") << u"2026-06-30"_s << kJuly1China - kDay;
    QTest::newRow("2 July") << u"2026-07-02"_s << kJuly1China + kDay;
    QTest::newRow("1 March after 28 February") << u"2026-03-01"_s << Q_INT64_C(1772294400000);
    QTest::newRow("new year") << u"2026-01-01"_s << Q_INT64_C(1767196800000);
    QTest::newRow("leap day") << u"2024-02-29"_s << Q_INT64_C(1709136000000);
}

void TestChinaTime::parseChinaDate()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    QCOMPARE(civic::domain::parseChinaDate(text), std::optional<qint64>(expected));
}

void TestChinaTime::parseChinaDateRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("30 February") << u"2026-02-30"_s;
    QTest::newRow("29 February of a common year") << u"2025-02-29"_s;
    QTest::newRow("month 0") << u"2026-00-10"_s;
    QTest::newRow("no leading zeros") << u"2026-7-1"_s;
    QTest::newRow("no dashes") << u"20260701"_s;
    QTest::newRow("date-time") << u"2026-07-01T00:00:00+08:00"_s;
    QTest::newRow("slashes") << u"2026/07/01"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("garbage") << u"today"_s;
}

void TestChinaTime::parseChinaDateRejects()
{
    QFETCH(QString, text);
    QCOMPARE(civic::domain::parseChinaDate(text), std::nullopt);
}

void TestChinaTime::chinaDateAroundMidnight_data()
{
    QTest::addColumn<qint64>("msecs");
    QTest::addColumn<QString>("expected");
    // 2026-06-30T16:00:00Z is already 1 July in China; until then it is still 30 June,
    // although UTC says 30 June all day.
    QTest::newRow("16:00Z is the next China day") << kJuly1China << u"2026-07-01"_s;
    QTest::newRow("15:59:59.999Z is still the day") << kJuly1China - 1 << u"2026-06-30"_s;
    QTest::newRow("UTC midnight of 30 June") << kJuly1China - 16 * 3'600'000 << u"2026-06-30"_s;
    QTest::newRow("just before UTC midnight of 30 June")
        << kJuly1China - 16 * 3'600'000 - 1 << u"2026-06-30"_s;
    QTest::newRow("8:00 China, UTC midnight of 1 July")
        << kJuly1China + 8 * 3'600'000 << u"2026-07-01"_s;
    QTest::newRow("last millisecond of 1 July") << kJuly1China + kDay - 1 << u"2026-07-01"_s;
    QTest::newRow("2 July") << kJuly1China + kDay << u"2026-07-02"_s;
    QTest::newRow("new year's eve 16:00Z") << Q_INT64_C(1767196800000) << u"2026-01-01"_s;
    QTest::newRow("epoch") << qint64(0) << u"1970-01-01"_s;
}

void TestChinaTime::chinaDateAroundMidnight()
{
    QFETCH(qint64, msecs);
    QFETCH(QString, expected);
    QCOMPARE(chinaDate(msecs), expected);
}

void TestChinaTime::chinaDateRoundTrips()
{
    const QString days[] = { u"2026-06-30"_s, u"2026-07-01"_s, u"2026-12-31"_s, u"2027-01-01"_s,
        u"2024-02-29"_s, u"2026-03-01"_s };
    for (const auto &day : days) {
        const auto start = civic::domain::parseChinaDate(day);
        QVERIFY2(start, qPrintable(day));
        QCOMPARE(chinaDate(*start), day);
        QCOMPARE(chinaDate(*start + kDay - 1), day);
        QVERIFY(chinaDate(*start - 1) != day);
        QCOMPARE(isoTime(*start), day + u"T00:00:00+08:00"_s);
    }
    // Any instant maps to the start of its China day, at most a day earlier.
    for (const qint64 msecs : { kJuly1China - 1, kJuly1China, kJuly1China + 57'600'000 }) {
        const auto start = civic::domain::parseChinaDate(chinaDate(msecs));
        QVERIFY(start);
        QVERIFY(*start <= msecs);
        QVERIFY(msecs - *start < kDay);
    }
}

QTEST_GUILESS_MAIN(TestChinaTime)
#include "tst_chinatime.moc"

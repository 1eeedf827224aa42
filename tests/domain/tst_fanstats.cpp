#include "domain/fanstats.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace {

QStringList describe(const QList<FanPeriodRow> &rows)
{
    QStringList out;
    for (const FanPeriodRow &r : rows) {
        out << u"%1 %2..%3 %4 %5 %6 %7"_s.arg(r.period, r.start.toString(Qt::ISODate),
            r.end.toString(Qt::ISODate), QString::number(r.newFollow), QString::number(r.unfollow),
            QString::number(r.net), QString::number(r.cumulative));
    }
    return out;
}

CommunityFanDay row(
    const QString &community, QDate date, qint64 newFollow, qint64 unfollow, qint64 cumulative)
{
    return { community, FanDay { date, newFollow, unfollow, newFollow - unfollow, cumulative } };
}

QDate july(int dayOfMonth)
{
    return QDate(2026, 7, dayOfMonth);
}

// Community A has a row before the range (06-30) and no row on 07-03; community B starts on
// 07-04 and has no rows on 07-06 and 07-07.
QList<CommunityFanDay> twoCommunities()
{
    const QString a = u"210111001"_s;
    const QString b = u"210111002"_s;
    return {
        row(a, QDate(2026, 6, 30), 5, 1, 104),
        row(a, july(1), 3, 1, 106),
        row(a, july(2), 4, 0, 110),
        row(a, july(4), 2, 2, 110),
        row(a, july(5), 1, 3, 108),
        row(a, july(6), 6, 1, 113),
        row(a, july(7), 0, 0, 113),
        row(b, july(4), 10, 0, 10),
        row(b, july(5), 5, 1, 14),
        row(b, july(8), 2, 0, 16),
    };
}

QList<FanDay> netsOn(const QList<std::pair<QDate, qint64>> &nets)
{
    QList<FanDay> days;
    for (const auto &[date, net] : nets)
        days << FanDay { date, std::max<qint64>(net, 0), std::max<qint64>(-net, 0), net, 0 };
    return days;
}

} // namespace

class TestFanStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void periodNames();
    void labels_data();
    void labels();
    void periodBounds();
    void byDay();
    void byWeek();
    void byMonth();
    void byQuarter();
    void carryForwardOverEmptyPeriods();
    void acrossYearBoundary();
    void laterRowReplacesEarlier();
    void emptyRange();
    void penetrationRate();
    void fallingFans();
    void fallingFansNeedsTwoWeeksOfData();
    void fallingFansWeeksFollowToday();
    void monthOnMonth();
};

void TestFanStats::periodNames()
{
    QStringList names;
    for (FanPeriod p : kAllFanPeriods) {
        names << fanPeriodName(p);
        QCOMPARE(fanPeriodFromName(fanPeriodName(p)), std::optional(p));
    }
    QCOMPARE(names, (QStringList { u"day"_s, u"week"_s, u"month"_s, u"quarter"_s }));
    QCOMPARE(fanPeriodFromName(u"year"), std::nullopt);
}

void TestFanStats::labels_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("day");
    QTest::addColumn<QString>("week");
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("quarter");
    QTest::newRow("mid-year") << july(1) << u"2026-07-01"_s << u"2026-W27"_s << u"2026-07"_s
                              << u"2026Q3"_s;
    // 2026 starts on a Thursday, so it has 53 ISO weeks and 2027-W01 starts on 2027-01-04.
    QTest::newRow("last day of 2026")
        << QDate(2026, 12, 31) << u"2026-12-31"_s << u"2026-W53"_s << u"2026-12"_s << u"2026Q4"_s;
    QTest::newRow("first day of 2027")
        << QDate(2027, 1, 1) << u"2027-01-01"_s << u"2026-W53"_s << u"2027-01"_s << u"2027Q1"_s;
    QTest::newRow("first Sunday of 2027")
        << QDate(2027, 1, 3) << u"2027-01-03"_s << u"2026-W53"_s << u"2027-01"_s << u"2027Q1"_s;
    QTest::newRow("first Monday of 2027")
        << QDate(2027, 1, 4) << u"2027-01-04"_s << u"2027-W01"_s << u"2027-01"_s << u"2027Q1"_s;
    QTest::newRow("December day in next year's week")
        << QDate(2025, 12, 29) << u"2025-12-29"_s << u"2026-W01"_s << u"2025-12"_s << u"2025Q4"_s;
    QTest::newRow("end of Q1") << QDate(2026, 3, 31) << u"2026-03-31"_s << u"2026-W14"_s
                               << u"2026-03"_s << u"2026Q1"_s;
    QTest::newRow("start of Q2") << QDate(2026, 4, 1) << u"2026-04-01"_s << u"2026-W14"_s
                                 << u"2026-04"_s << u"2026Q2"_s;
}

void TestFanStats::labels()
{
    QFETCH(QDate, date);
    QFETCH(QString, day);
    QFETCH(QString, week);
    QFETCH(QString, month);
    QFETCH(QString, quarter);
    QCOMPARE(periodLabel(date, FanPeriod::Day), day);
    QCOMPARE(periodLabel(date, FanPeriod::Week), week);
    QCOMPARE(periodLabel(date, FanPeriod::Month), month);
    QCOMPARE(periodLabel(date, FanPeriod::Quarter), quarter);
}

void TestFanStats::periodBounds()
{
    const QDate newYearsEve(2026, 12, 31); // a Thursday
    QCOMPARE(periodStart(newYearsEve, FanPeriod::Week), QDate(2026, 12, 28));
    QCOMPARE(periodEnd(newYearsEve, FanPeriod::Week), QDate(2027, 1, 3));
    QCOMPARE(periodStart(QDate(2026, 7, 12), FanPeriod::Week), july(6)); // Sunday
    QCOMPARE(periodEnd(QDate(2026, 2, 10), FanPeriod::Month), QDate(2026, 2, 28));
    QCOMPARE(periodEnd(QDate(2028, 2, 10), FanPeriod::Month), QDate(2028, 2, 29));
    QCOMPARE(periodStart(QDate(2026, 8, 15), FanPeriod::Quarter), july(1));
    QCOMPARE(periodEnd(QDate(2026, 8, 15), FanPeriod::Quarter), QDate(2026, 9, 30));
    QCOMPARE(periodEnd(newYearsEve, FanPeriod::Quarter), newYearsEve);
    QCOMPARE(periodStart(newYearsEve, FanPeriod::Day), newYearsEve);
}

void TestFanStats::byDay()
{
    // A carries 104 from 06-30 into the range and 110 over 07-03; B counts 0 until 07-04
    // and carries 14 over 07-06 and 07-07.
    QCOMPARE(describe(aggregateFans(twoCommunities(), FanPeriod::Day, july(1), july(8))),
        (QStringList {
            u"2026-07-01 2026-07-01..2026-07-01 3 1 2 106"_s,
            u"2026-07-02 2026-07-02..2026-07-02 4 0 4 110"_s,
            u"2026-07-03 2026-07-03..2026-07-03 0 0 0 110"_s,
            u"2026-07-04 2026-07-04..2026-07-04 12 2 10 120"_s,
            u"2026-07-05 2026-07-05..2026-07-05 6 4 2 122"_s,
            u"2026-07-06 2026-07-06..2026-07-06 6 1 5 127"_s,
            u"2026-07-07 2026-07-07..2026-07-07 0 0 0 127"_s,
            u"2026-07-08 2026-07-08..2026-07-08 2 0 2 129"_s,
        }));
}

void TestFanStats::byWeek()
{
    // 2026-W27 is 06-29..07-05, clipped to start on `from`; A's 06-30 row only carries.
    QCOMPARE(describe(aggregateFans(twoCommunities(), FanPeriod::Week, july(1), july(8))),
        (QStringList {
            u"2026-W27 2026-07-01..2026-07-05 25 7 18 122"_s,
            u"2026-W28 2026-07-06..2026-07-08 8 1 7 129"_s,
        }));
}

void TestFanStats::byMonth()
{
    QCOMPARE(
        describe(aggregateFans(twoCommunities(), FanPeriod::Month, QDate(2026, 6, 15), july(8))),
        (QStringList {
            u"2026-06 2026-06-15..2026-06-30 5 1 4 104"_s,
            u"2026-07 2026-07-01..2026-07-08 33 8 25 129"_s,
        }));
}

void TestFanStats::byQuarter()
{
    QCOMPARE(describe(aggregateFans(
                 twoCommunities(), FanPeriod::Quarter, QDate(2026, 6, 1), QDate(2026, 9, 30))),
        (QStringList {
            u"2026Q2 2026-06-01..2026-06-30 5 1 4 104"_s,
            u"2026Q3 2026-07-01..2026-09-30 33 8 25 129"_s,
        }));
}

void TestFanStats::carryForwardOverEmptyPeriods()
{
    const QList<CommunityFanDay> days { row(u"c"_s, QDate(2026, 5, 31), 1, 1, 50),
        row(u"c"_s, QDate(2026, 8, 2), 3, 0, 53), row(u"c"_s, QDate(2026, 10, 1), 9, 0, 62) };
    QCOMPARE(describe(aggregateFans(days, FanPeriod::Month, QDate(2026, 6, 1), QDate(2026, 9, 30))),
        (QStringList {
            u"2026-06 2026-06-01..2026-06-30 0 0 0 50"_s,
            u"2026-07 2026-07-01..2026-07-31 0 0 0 50"_s,
            u"2026-08 2026-08-01..2026-08-31 3 0 3 53"_s,
            u"2026-09 2026-09-01..2026-09-30 0 0 0 53"_s,
        }));
}

void TestFanStats::acrossYearBoundary()
{
    const QList<CommunityFanDay> days { row(u"d"_s, QDate(2026, 12, 30), 2, 0, 202),
        row(u"d"_s, QDate(2027, 1, 2), 1, 2, 201), row(u"d"_s, QDate(2027, 1, 5), 4, 0, 205) };
    QCOMPARE(
        describe(aggregateFans(days, FanPeriod::Week, QDate(2026, 12, 28), QDate(2027, 1, 10))),
        (QStringList {
            u"2026-W53 2026-12-28..2027-01-03 3 2 1 201"_s,
            u"2027-W01 2027-01-04..2027-01-10 4 0 4 205"_s,
        }));
    QCOMPARE(
        describe(aggregateFans(days, FanPeriod::Month, QDate(2026, 12, 28), QDate(2027, 1, 10))),
        (QStringList {
            u"2026-12 2026-12-28..2026-12-31 2 0 2 202"_s,
            u"2027-01 2027-01-01..2027-01-10 5 2 3 205"_s,
        }));
}

void TestFanStats::laterRowReplacesEarlier()
{
    // PRODUCT.md §4: re-import of a day replaces it.
    const QList<CommunityFanDay> days { row(u"e"_s, july(1), 9, 9, 100),
        row(u"e"_s, july(1), 12, 2, 110) };
    QCOMPARE(describe(aggregateFans(days, FanPeriod::Day, july(1), july(1))),
        QStringList { u"2026-07-01 2026-07-01..2026-07-01 12 2 10 110"_s });
}

void TestFanStats::emptyRange()
{
    QCOMPARE(aggregateFans(twoCommunities(), FanPeriod::Day, july(8), july(1)).size(), 0);
    QCOMPARE(aggregateFans(twoCommunities(), FanPeriod::Week, QDate(), july(1)).size(), 0);
    // No data at all: the periods are still there, at zero.
    QCOMPARE(describe(aggregateFans({}, FanPeriod::Week, july(1), july(1))),
        QStringList { u"2026-W27 2026-07-01..2026-07-01 0 0 0 0"_s });
}

void TestFanStats::penetrationRate()
{
    QCOMPARE(penetration(1619, 6476), 0.25);
    QCOMPARE(penetration(300, 1200), 0.25);
    QCOMPARE(penetration(1500, 1000), 1.5); // fans from outside the community count too
    QCOMPARE(penetration(1619, 0), 0.0);
    QCOMPARE(penetration(1619, -5), 0.0);
    QCOMPARE(penetration(0, 1200), 0.0);
}

void TestFanStats::fallingFans()
{
    // Today is Wednesday 2026-07-15: the last two full weeks are W27 (06-29..07-05) and W28
    // (07-06..07-12). W26 and the current W29 do not count.
    const QList<FanDay> days = netsOn({ { QDate(2026, 6, 28), 40 }, // W26
        { QDate(2026, 6, 29), -1 }, { july(2), -2 }, { july(5), 1 }, // W27: −2
        { july(6), -3 }, { july(12), 0 }, // W28: −3
        { july(13), 50 } }); // W29
    const FallingFans result = detectFallingFans(days, july(15));
    QVERIFY(result.falling);
    QCOMPARE(result.earlierWeek, u"2026-W27"_s);
    QCOMPARE(result.laterWeek, u"2026-W28"_s);
    QCOMPARE(result.earlierNet, qint64(-2));
    QCOMPARE(result.laterNet, qint64(-3));

    // One week at exactly 0 is not falling.
    const QList<FanDay> flat = netsOn({ { july(1), -2 }, { july(3), 2 }, { july(7), -4 } });
    const FallingFans flatResult = detectFallingFans(flat, july(15));
    QVERIFY(!flatResult.falling);
    QCOMPARE(flatResult.earlierNet, qint64(0));
    QCOMPARE(flatResult.laterNet, qint64(-4));
}

void TestFanStats::fallingFansNeedsTwoWeeksOfData()
{
    const FallingFans onlyLater = detectFallingFans(netsOn({ { july(7), -4 } }), july(15));
    QVERIFY(!onlyLater.falling);
    QVERIFY(!onlyLater.earlierHasData);
    QVERIFY(onlyLater.laterHasData);
    QVERIFY(!detectFallingFans({}, july(15)).falling);
}

void TestFanStats::fallingFansWeeksFollowToday()
{
    const QList<FanDay> days = netsOn({ { QDate(2026, 6, 23), -1 }, // W26
        { july(1), -1 }, // W27
        { july(8), 5 } }); // W28
    // On Monday 07-13 the current week has just begun: W27 and W28 are the full weeks.
    QVERIFY(!detectFallingFans(days, july(13)).falling);
    // On Sunday 07-12, W28 is not yet complete: the weeks are W26 and W27.
    const FallingFans sunday = detectFallingFans(days, july(12));
    QCOMPARE(sunday.earlierWeek, u"2026-W26"_s);
    QCOMPARE(sunday.laterWeek, u"2026-W27"_s);
    QVERIFY(sunday.falling);

    // Across the year boundary: on 2027-01-06 the full weeks are 2026-W52 and 2026-W53.
    const QList<FanDay> winter = netsOn({ { QDate(2026, 12, 27), -2 }, { QDate(2027, 1, 3), -1 } });
    const FallingFans january = detectFallingFans(winter, QDate(2027, 1, 6));
    QCOMPARE(january.earlierWeek, u"2026-W52"_s);
    QCOMPARE(january.laterWeek, u"2026-W53"_s);
    QVERIFY(january.falling);
}

void TestFanStats::monthOnMonth()
{
    QCOMPARE(monthOnMonthChange(120, 100), std::optional(0.2));
    QCOMPARE(monthOnMonthChange(80, 100), std::optional(-0.2));
    QCOMPARE(monthOnMonthChange(0, 50), std::optional(-1.0));
    // A smaller loss than last month is an improvement.
    QCOMPARE(monthOnMonthChange(-5, -20), std::optional(0.75));
    QCOMPARE(monthOnMonthChange(-30, -20), std::optional(-0.5));
    QCOMPARE(monthOnMonthChange(10, 0), std::nullopt);
}

QTEST_GUILESS_MAIN(TestFanStats)
#include "tst_fanstats.moc"

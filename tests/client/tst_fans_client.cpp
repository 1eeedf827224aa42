// The client's fan figures (粉丝统计, PRODUCT.md §4) as offices rely on them: subtree sums
// over the cache that match the domain's aggregation and hand-computed values, charts that
// show exactly those figures, XLSX and PDF exports that read back with the same numbers,
// the monthly circular and the neglect alarms; then, against a real server, the import
// dialog that lists every problem of a broken file and queues nothing, and queues one
// fans.import for a good file whose figures show at once, offline too.

#include "application.h"
#include "charts/fancharts.h"
#include "charts/minmax.h"
#include "clientcontext.h"
#include "domain/chinatime.h"
#include "domain/fanstats.h"
#include "fans/fanexports.h"
#include "fans/fanimportdialog.h"
#include "fans/fansdashboard.h"
#include "fans/xlsxexport.h"
#include "item/fanalarms.h"
#include "item/fancircular.h"
#include "item/fanfigures.h"
#include "item/orgtreemodel.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "orgtreepanel.h"
#include "pages/page.h"
#include "store/cachedatabase.h"
#include "store/cacheschema.h"
#include "store/commandqueue.h"
#include "store/outbox.h"
#include "store/recordstore.h"
#include "guisupport.h"
#include "testsupport.h"

#include <QApplication>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace civic;
using domain::FanDay;
using domain::FanPeriod;
using domain::FanPeriodRow;

namespace {

const QString kDistrict = u"D"_s;
const QString kStreet1 = u"S1"_s;
const QString kStreet2 = u"S2"_s;
const QString kC1 = u"c1"_s;
const QString kC2 = u"c2"_s;
const QString kC3 = u"c3"_s;
const QString kDistrictPath = u"/C/D/"_s;

QDate d(int month, int day)
{
    return QDate(2026, month, day);
}

qint64 chinaTime(QDate date, int hour = 10)
{
    return *domain::parseChinaDate(date.toString(Qt::ISODate)) + qint64(hour) * 3600 * 1000;
}

QJsonObject unit(const QString &code, const QString &name, const QString &level,
    const QString &parent, const QString &path, int households = 0)
{
    return QJsonObject { { u"code"_s, code }, { u"name"_s, name }, { u"level"_s, level },
        { u"parent"_s, parent }, { u"path"_s, path }, { u"district"_s, u"D"_s },
        { u"households"_s, households } };
}

struct Day
{
    QString community;
    FanDay day;
};

// The fixture's days. c1 reports from 30 January, c2 starts on 1 February, c3 stopped after
// 20 January (it only carries forward); c2 then falls every day of 30 March – 12 April.
QList<Day> fixtureDays()
{
    QList<Day> days;
    const auto add = [&days](const QString &c, QDate date, qint64 net, qint64 cumulative) {
        const qint64 unfollow = net < 0 ? -net + 1 : 1;
        days.append(Day { c, FanDay { date, net + unfollow, unfollow, net, cumulative } });
    };
    add(kC3, d(1, 20), 30, 30);
    add(kC1, d(1, 30), 100, 100);
    add(kC1, d(1, 31), 10, 110);
    add(kC1, d(2, 1), 5, 115);
    add(kC1, d(2, 2), -3, 112);
    add(kC1, d(2, 3), 8, 120);
    add(kC2, d(2, 1), 50, 50);
    add(kC2, d(2, 2), 20, 70);
    add(kC2, d(2, 3), 0, 70);
    qint64 c2 = 70;
    for (QDate date = d(3, 30); date <= d(4, 12); date = date.addDays(1))
        add(kC2, date, -1, --c2);
    return days;
}

QJsonObject notice(const QString &id, const QString &unitCode, const QString &state,
    std::optional<QDate> published, const QJsonObject &monthlyReads)
{
    qint64 reads = 0;
    for (auto it = monthlyReads.begin(); it != monthlyReads.end(); ++it)
        reads += it.value().toInteger();
    return QJsonObject { { u"id"_s, id }, { u"unit"_s, unitCode }, { u"state"_s, state },
        { u"title"_s, u"通知"_s },
        { u"published_at"_s,
            published ? QJsonValue(domain::isoTime(chinaTime(*published)))
                      : QJsonValue(QJsonValue::Null) },
        { u"reads"_s, reads }, { u"monthly_reads"_s, monthlyReads } };
}

QJsonObject complaint(const QString &id, const QString &community, const QString &status, QDate due,
    std::optional<QDate> firstReply)
{
    return QJsonObject { { u"id"_s, id }, { u"community"_s, community }, { u"status"_s, status },
        { u"title"_s, u"楼道堆物"_s },
        { u"submitted_at"_s, domain::isoTime(chinaTime(due.addDays(-1))) },
        { u"due_at"_s, domain::isoTime(chinaTime(due)) },
        { u"first_reply_at"_s,
            firstReply ? QJsonValue(domain::isoTime(chinaTime(*firstReply)))
                       : QJsonValue(QJsonValue::Null) },
        { u"merged_into"_s, QJsonValue(QJsonValue::Null) }, { u"handling_unit"_s, community },
        { u"handling_level"_s, u"community"_s } };
}

// The data rows under the header row that starts with `firstHeader`.
QList<QStringList> tableRows(const QList<QStringList> &sheet, const QString &firstHeader)
{
    QList<QStringList> rows;
    bool inTable = false;
    for (const auto &row : sheet) {
        if (inTable)
            rows.append(row);
        else if (row.value(0) == firstHeader)
            inTable = true;
    }
    return rows;
}

using test::topLevel;
QLabel *labelNamed(QWidget *root, const QString &accessibleName)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->accessibleName() == accessibleName)
            return label;
    }
    return nullptr;
}

} // namespace

class TestFansClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    test::DemoServer m_server;
    bool m_serverStarted = false;

    QList<domain::CommunityFanDay> domainDays() const
    {
        QList<domain::CommunityFanDay> list;
        for (const auto &day : fixtureDays())
            list.append(domain::CommunityFanDay { day.community, day.day });
        return list;
    }

    ui::MainWindow *signIn(app::Application &client, const QString &username)
    {
        return test::signInThroughDialog(client, m_server.port(), username);
    }

    bool ensureServer()
    {
        if (m_serverStarted) {
            // A test that took it offline and failed before bringing it back.
            QString why;
            if (!m_server.process().isRunning() && !m_server.process().start(&why))
                qWarning() << "demo server:" << why;
            return m_server.process().isRunning();
        }
        QString why;
        m_serverStarted = m_server.start(u"sqlite"_s, &why);
        if (!m_serverStarted)
            qWarning() << "demo server:" << why;
        return m_serverStarted;
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

        QVERIFY(
            !store::CacheDatabase::openWriter(m_dir.filePath(u"fixture.sqlite"_s), u"fixture"_s));
        m_db = QSqlDatabase::database(u"fixture"_s);
        store::RecordStore records(m_db);
        QVERIFY(store::CacheDatabase::beginWrite(m_db));
        const QList<QJsonObject> units = {
            unit(u"C"_s, u"示范市"_s, u"city"_s, {}, u"/C/"_s),
            unit(kDistrict, u"示范区"_s, u"district"_s, u"C"_s, kDistrictPath),
            unit(kStreet1, u"东街道"_s, u"street"_s, kDistrict, u"/C/D/S1/"_s),
            unit(kStreet2, u"西街道"_s, u"street"_s, kDistrict, u"/C/D/S2/"_s),
            unit(kC1, u"一社区"_s, u"community"_s, kStreet1, u"/C/D/S1/c1/"_s, 1000),
            unit(kC2, u"二社区"_s, u"community"_s, kStreet1, u"/C/D/S1/c2/"_s, 500),
            unit(kC3, u"三社区"_s, u"community"_s, kStreet2, u"/C/D/S2/c3/"_s, 300),
            unit(u"g1"_s, u"一网格"_s, u"grid"_s, kC1, u"/C/D/S1/c1/g1/"_s),
        };
        for (const auto &u : units)
            QVERIFY(records.applyPulled(u"org_unit"_s, u.value(u"code"_s).toString(), 1, false, u));
        for (const auto &day : fixtureDays()) {
            const QJsonObject data { { u"community"_s, day.community },
                { u"date"_s, day.day.date.toString(Qt::ISODate) },
                { u"new_follow"_s, day.day.newFollow }, { u"unfollow"_s, day.day.unfollow },
                { u"net"_s, day.day.net }, { u"cumulative"_s, day.day.cumulative } };
            QVERIFY(records.applyPulled(u"fan_day"_s,
                day.community + u':' + data.value(u"date"_s).toString(), 1, false, data));
        }
        // Notices: c1 published twice in February and once in January; c2 once in February
        // and once in April, plus a draft; c3 never.
        const QList<QJsonObject> notices = {
            notice(u"n1"_s, kC1, u"published"_s, d(2, 10), { { u"2026-02"_s, 60 } }),
            notice(u"n2"_s, kC1, u"published"_s, d(2, 20),
                { { u"2026-02"_s, 40 }, { u"2026-03"_s, 9 } }),
            notice(u"n3"_s, kC1, u"published"_s, d(1, 15),
                { { u"2026-01"_s, 40 }, { u"2026-02"_s, 7 } }),
            notice(u"n4"_s, kC2, u"published"_s, d(2, 5),
                { { u"2026-01"_s, 5 }, { u"2026-02"_s, 30 } }),
            notice(u"n5"_s, kC2, u"draft"_s, std::nullopt, {}),
            notice(u"n6"_s, kC2, u"published"_s, d(4, 10), { { u"2026-04"_s, 3 } }),
        };
        for (const auto &n : notices)
            QVERIFY(records.applyPulled(u"notice"_s, n.value(u"id"_s).toString(), 1, false, n));
        // Complaints: c1 has one unanswered past its deadline and one answered in time.
        const QList<QJsonObject> complaints = {
            complaint(u"k1"_s, kC1, u"new"_s, d(4, 14), std::nullopt),
            complaint(u"k2"_s, kC1, u"accepted"_s, d(4, 14), d(4, 13)),
            complaint(u"k3"_s, kC3, u"resolved"_s, d(4, 1), d(3, 31)),
            complaint(u"k4"_s, kC2, u"new"_s, d(4, 20), std::nullopt),
        };
        for (const auto &c : complaints)
            QVERIFY(records.applyPulled(u"complaint"_s, c.value(u"id"_s).toString(), 1, false, c));
        QVERIFY(store::CacheDatabase::commit(m_db));
    }

    void seriesSumTheSubtreeWithCarryForward()
    {
        const item::FanFigures figures(m_db);
        // Hand-computed: c1 115/112/120, c2 50/70/70, c3 carried at 30.
        const QList<FanPeriodRow> days
            = figures.series(kDistrictPath, FanPeriod::Day, d(2, 1), d(2, 3));
        QCOMPARE(days.size(), 3);
        QCOMPARE(days.at(0).cumulative, 195);
        QCOMPARE(days.at(1).cumulative, 212);
        QCOMPARE(days.at(2).cumulative, 220);
        QCOMPARE(days.at(0).net, 55);
        QCOMPARE(days.at(1).net, 17);
        QCOMPARE(days.at(2).net, 8);
        // January is clipped to the 25th–31st: c1's 100 + 10 and c3's 30 carried in.
        const QList<FanPeriodRow> months
            = figures.series(kDistrictPath, FanPeriod::Month, d(1, 25), d(2, 3));
        QCOMPARE(months.size(), 2);
        QCOMPARE(months.at(0).period, u"2026-01"_s);
        QCOMPARE(months.at(0).start, d(1, 25));
        QCOMPARE(months.at(0).net, 110);
        QCOMPARE(months.at(0).cumulative, 140);
        QCOMPARE(months.at(1).net, 80);
        QCOMPARE(months.at(1).cumulative, 220);
        // A street, and a range where c2 falls and c1 only carries.
        QCOMPARE(
            figures.series(u"/C/D/S1/"_s, FanPeriod::Day, d(2, 3), d(2, 3)).constFirst().cumulative,
            190);
        const auto april = figures.series(kDistrictPath, FanPeriod::Week, d(4, 6), d(4, 12));
        QCOMPARE(april.size(), 1);
        QCOMPARE(april.constFirst().net, -7);
        QCOMPARE(april.constFirst().cumulative, 120 + 56 + 30);
    }

    void seriesAgreeWithTheDomainAggregation_data()
    {
        QTest::addColumn<int>("period");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("days around the start") << int(FanPeriod::Day) << d(1, 18) << d(2, 5);
        QTest::newRow("weeks over the year") << int(FanPeriod::Week) << d(1, 1) << d(4, 30);
        QTest::newRow("months") << int(FanPeriod::Month) << d(1, 1) << d(12, 31);
        QTest::newRow("quarters, clipped") << int(FanPeriod::Quarter) << d(1, 31) << d(4, 7);
        QTest::newRow("a gap between imports") << int(FanPeriod::Day) << d(3, 25) << d(4, 2);
    }

    void seriesAgreeWithTheDomainAggregation()
    {
        QFETCH(int, period);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        const item::FanFigures figures(m_db);
        const auto expected = domain::aggregateFans(domainDays(), FanPeriod(period), from, to);
        QCOMPARE(figures.series(kDistrictPath, FanPeriod(period), from, to), expected);
        // Periods rolled up from the days are the same rows.
        QCOMPARE(item::rollUp(figures.series(kDistrictPath, FanPeriod::Day, from, to),
                     FanPeriod(period), from, to),
            expected);
    }

    void childrenAndPenetration()
    {
        const item::FanFigures figures(m_db);
        item::FanUnitFigures total;
        const auto children = figures.children(kDistrict, d(2, 1), d(2, 3), &total);
        QCOMPARE(children.size(), 2);
        QCOMPARE(children.at(0).code, kStreet1);
        QCOMPARE(children.at(0).cumulativeStart, 110);
        QCOMPARE(children.at(0).cumulativeEnd, 190);
        QCOMPARE(children.at(0).net, 80);
        QCOMPARE(children.at(0).households, 1500);
        QCOMPARE(children.at(0).communities, 2);
        QCOMPARE(children.at(0).penetration(), 190.0 / 1500.0);
        QCOMPARE(children.at(1).code, kStreet2);
        QCOMPARE(children.at(1).cumulativeEnd, 30);
        QCOMPARE(children.at(1).net, 0);
        QCOMPARE(children.at(1).penetration(), 0.1);
        QCOMPARE(total.cumulativeEnd, 220);
        QCOMPARE(total.net, 80);
        QCOMPARE(total.households, 1800);
        QCOMPARE(figures.latestDate(kDistrictPath), d(4, 12));
        QCOMPARE(figures.latestDate(u"/C/D/S2/"_s), d(1, 20));
        // A community has grids below it, no fan children.
        QVERIFY(figures.children(kC1, d(2, 1), d(2, 3)).isEmpty());
    }

    void chartsShowTheFigures()
    {
        const item::FanFigures figures(m_db);
        ui::CumulativeChart line;
        line.resize(800, 300);
        line.setDays(figures.series(kDistrictPath, FanPeriod::Day, d(2, 1), d(2, 3)));
        QCOMPARE(line.series()->count(), 3);
        QCOMPARE(line.series()->at(0), QPointF(d(2, 1).toJulianDay(), 195));
        QCOMPARE(line.series()->at(2), QPointF(d(2, 3).toJulianDay(), 220));
        QVERIFY(!line.isEmpty());
        QVERIFY(line.tooltipFor(d(2, 2).toJulianDay()).contains(u"212"_s));

        // A year of days: one point per day, month labels at calendar month starts.
        const auto year = figures.series(kDistrictPath, FanPeriod::Day, d(1, 1), d(12, 31));
        line.setDays(year);
        QCOMPARE(line.points().size(), 365);
        QCOMPARE(line.points().constLast().y(), 206.0); // c1 120 + c2 56 + c3 30
        QCOMPARE(line.axisLabels().size() >= 4, true);

        ui::NetGrowthChart bars;
        bars.resize(800, 300);
        bars.setRows(
            figures.series(kDistrictPath, FanPeriod::Month, d(1, 25), d(2, 3)), FanPeriod::Month);
        QCOMPARE(bars.barCount(), 2);
        QCOMPARE(bars.barValue(0), 110.0);
        QCOMPARE(bars.barValue(1), 80.0);
        QCOMPARE(bars.gainSet()->count(), 2);
        QCOMPARE(bars.lossSet()->at(0), 0.0);
        bars.setRows(
            figures.series(kDistrictPath, FanPeriod::Week, d(3, 30), d(4, 12)), FanPeriod::Week);
        QCOMPARE(bars.barCount(), 2);
        QCOMPARE(bars.lossSet()->at(1), -7.0);
        QCOMPARE(bars.gainSet()->at(1), 0.0);

        ui::UnitsChart children;
        children.setUnits(
            figures.children(kDistrict, d(2, 1), d(2, 3)), ui::UnitsChart::Metric::Net);
        QCOMPARE(children.bars().size(), 2);
        QCOMPARE(children.bars().at(0).label, u"东街道"_s);
        QCOMPARE(children.bars().at(0).value, 80.0);
        ui::UnitsChart penetration;
        penetration.setUnits(
            figures.children(kDistrict, d(2, 1), d(2, 3)), ui::UnitsChart::Metric::Penetration);
        QCOMPARE(penetration.bars().at(0).label, u"东街道"_s);
        QVERIFY(qAbs(penetration.bars().at(0).value - 100.0 * 190 / 1500) < 1e-9);
        QCOMPARE(penetration.bars().at(1).value, 10.0);
    }

    void manyUnitsShowTheTopAndTheRestTogether()
    {
        QList<item::FanUnitFigures> units;
        for (int i = 1; i <= 15; ++i) {
            item::FanUnitFigures u;
            u.code = QString::number(i);
            u.name = u"街道%1"_s.arg(i);
            u.net = i * 10;
            u.cumulativeEnd = i * 100;
            u.households = 1000;
            units.append(u);
        }
        const auto bars = ui::UnitsChart::topBars(units, ui::UnitsChart::Metric::Net, 12);
        QCOMPARE(bars.size(), 13);
        QCOMPARE(bars.constFirst().label, u"街道15"_s);
        QCOMPARE(bars.at(11).value, 40.0);
        QVERIFY(bars.constLast().code.isEmpty());
        QCOMPARE(bars.constLast().value, 30.0 + 20.0 + 10.0);
        // The rest's penetration is its followers over its households together.
        const auto rates = ui::UnitsChart::topBars(units, ui::UnitsChart::Metric::Penetration, 12);
        QCOMPARE(rates.constLast().value, 100.0 * 600 / 3000);
        // Thirteen units: all shown, never "the other one".
        QCOMPARE(
            ui::UnitsChart::topBars(units.mid(0, 13), ui::UnitsChart::Metric::Net, 12).size(), 13);
    }

    void longSeriesAreReducedPerPixelColumn()
    {
        QList<QPointF> points;
        for (int i = 0; i < 10000; ++i)
            points.append(QPointF(i, i % 97 == 0 ? 5000 : i % 13));
        points[4321] = QPointF(4321, -50);
        const QList<QPointF> reduced = ui::reduceMinMax(points, 500);
        QVERIFY(reduced.size() <= 2 * 500 + 2);
        QCOMPARE(reduced.constFirst(), points.constFirst());
        QCOMPARE(reduced.constLast(), points.constLast());
        QVERIFY(reduced.contains(QPointF(4321, -50)));
        QVERIFY(reduced.contains(QPointF(97, 5000)));
        for (qsizetype i = 1; i < reduced.size(); ++i)
            QVERIFY(reduced.at(i - 1).x() < reduced.at(i).x());
        // Few points stay as they are.
        QCOMPARE(ui::reduceMinMax(points.mid(0, 300), 500), points.mid(0, 300));
    }

    void chartDataReadsBackFromXlsx()
    {
        const item::FanFigures figures(m_db);
        ui::FanChartData data;
        data.unitName = u"示范区"_s;
        data.from = d(2, 1);
        data.to = d(2, 3);
        data.days = figures.series(kDistrictPath, FanPeriod::Day, data.from, data.to);
        data.period = FanPeriod::Month;
        data.periods = figures.series(kDistrictPath, FanPeriod::Month, data.from, data.to);
        data.children = figures.children(kDistrict, data.from, data.to);
        const QString path = m_dir.filePath(u"chart.xlsx"_s);
        QString error;
        const QList<ui::XlsxSheet> sheets = ui::fanChartSheets(data);
        QCOMPARE(sheets.size(), 3);
        QVERIFY2(ui::writeXlsx(path, sheets, &error), qPrintable(error));

        // New, unfollowed, net and cumulative of 1–3 February (c1 + c2; c3 carries 30).
        const auto daily = tableRows(test::readSheet(path, 1), sheets.at(0).columns.at(0).header);
        QCOMPARE(daily.size(), 3);
        QCOMPARE(daily.at(0).value(0), u"2026-02-01"_s);
        QCOMPARE(daily.at(0).mid(1, 4), (QStringList { u"57"_s, u"2"_s, u"55"_s, u"195"_s }));
        QCOMPARE(daily.at(1).mid(1, 4), (QStringList { u"22"_s, u"5"_s, u"17"_s, u"212"_s }));
        QCOMPARE(daily.at(2).value(4), u"220"_s);
        const auto periods = tableRows(test::readSheet(path, 2), sheets.at(1).columns.at(0).header);
        QCOMPARE(periods.size(), 1);
        QCOMPARE(periods.at(0).value(1), u"2026-02-01"_s);
        QCOMPARE(periods.at(0).value(2), u"2026-02-03"_s);
        QCOMPARE(periods.at(0).value(5), u"80"_s);
        QCOMPARE(periods.at(0).value(6), u"220"_s);
        const auto children = tableRows(test::readSheet(path, 3), sheets.at(2).columns.at(0).header);
        QCOMPARE(children.size(), 2);
        QCOMPARE(children.at(0).mid(0, 6),
            (QStringList { u"S1"_s, u"东街道"_s, u"2"_s, u"1500"_s, u"110"_s, u"190"_s }));
        QCOMPARE(children.at(0).value(8), u"80"_s);
        QCOMPARE(children.at(1).value(5), u"30"_s);
    }

    void monthlyCircular()
    {
        const item::MonthlyCircular c
            = item::buildMonthlyCircular(m_db, kDistrict, d(2, 14), d(3, 5));
        QCOMPARE(c.unitName, u"示范区"_s);
        QCOMPARE(c.month, d(2, 1));
        QCOMPARE(c.lastDay, d(2, 28));
        QVERIFY(c.noticesKnown);
        QCOMPARE(c.rows.size(), 3);
        // Ranked by net growth in February: c2 +70, c1 +10, c3 0.
        const item::CircularRow &first = c.rows.at(0);
        QCOMPARE(first.code, kC2);
        QCOMPARE(first.rank, 1);
        QCOMPARE(first.streetName, u"东街道"_s);
        QCOMPARE(first.published, 1);
        QCOMPARE(first.previousPublished, 0);
        QCOMPARE(first.reads, 30);
        QCOMPARE(first.previousReads, 5);
        QCOMPARE(first.cumulative, 70);
        QCOMPARE(first.net, 70);
        QCOMPARE(first.previousNet, 0);
        QVERIFY(!first.netChange);
        QCOMPARE(first.penetration, 70.0 / 500.0);
        const item::CircularRow &second = c.rows.at(1);
        QCOMPARE(second.code, kC1);
        QCOMPARE(second.published, 2);
        QCOMPARE(second.previousPublished, 1);
        QCOMPARE(second.reads, 60 + 40 + 7);
        QCOMPARE(second.previousReads, 40);
        QCOMPARE(second.cumulative, 120);
        QCOMPARE(second.net, 10);
        QCOMPARE(second.previousNet, 110);
        QCOMPARE(*second.netChange, (10.0 - 110.0) / 110.0);
        const item::CircularRow &third = c.rows.at(2);
        QCOMPARE(third.code, kC3);
        QCOMPARE(third.cumulative, 30);
        QCOMPARE(third.net, 0);
        QCOMPARE(third.previousNet, 30);
        QCOMPARE(*third.netChange, -1.0);
        QCOMPARE(c.total.published, 3);
        QCOMPARE(c.total.reads, 137);
        QCOMPARE(c.total.cumulative, 220);
        QCOMPARE(c.total.net, 80);
        QCOMPARE(c.total.previousNet, 140);
        QCOMPARE(c.total.penetration, 220.0 / 1800.0);
        QVERIFY(ui::circularTitle(c).startsWith(u"示范区 "_s + ui::fanlabels::month(d(2, 1))));
    }

    void circularExportsReadBack()
    {
        const item::MonthlyCircular c
            = item::buildMonthlyCircular(m_db, kDistrict, d(2, 1), d(3, 5));
        const QString xlsx = m_dir.filePath(u"circular.xlsx"_s);
        QString error;
        const ui::XlsxSheet written = ui::circularSheet(c, d(3, 5));
        QVERIFY2(ui::writeXlsx(xlsx, { written }, &error), qPrintable(error));
        const auto sheet = test::readSheet(xlsx, 1);
        QVERIFY(!sheet.isEmpty());
        QCOMPARE(sheet.at(0).value(0), ui::circularTitle(c));
        const auto rows = tableRows(sheet, written.columns.at(0).header);
        QCOMPARE(rows.size(), 4); // three communities and the total
        // Rank, community, street, households, published, last month, reads, last month.
        QCOMPARE(rows.at(0).mid(0, 8),
            (QStringList {
                u"1"_s, u"二社区"_s, u"东街道"_s, u"500"_s, u"1"_s, u"0"_s, u"30"_s, u"5"_s }));
        QCOMPARE(rows.at(0).value(9), u"70"_s); // cumulative
        QCOMPARE(rows.at(0).value(10), u"70"_s); // net
        QCOMPARE(rows.at(1).value(1), u"一社区"_s);
        QCOMPARE(rows.at(1).value(6), u"107"_s);
        QCOMPARE(rows.at(1).value(10), u"10"_s);
        QCOMPARE(rows.at(1).value(11), u"110"_s);
        QCOMPARE(rows.at(3).value(1), written.total.value(1).toString());
        QCOMPARE(rows.at(3).value(3), u"1800"_s);
        QCOMPARE(rows.at(3).value(6), u"137"_s);
        QCOMPARE(rows.at(3).value(9), u"220"_s);
        QCOMPARE(rows.at(3).value(10), u"80"_s);

        const QString pdf = m_dir.filePath(u"circular.pdf"_s);
        QVERIFY2(ui::writeCircularPdf(c, d(3, 5), pdf, &error), qPrintable(error));
        QVERIFY(QFileInfo(pdf).size() > 5000);
        QProcess raster;
        raster.start(u"pdftoppm"_s,
            { u"-png"_s, u"-r"_s, u"60"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, pdf,
                m_dir.filePath(u"page"_s) });
        QVERIFY(raster.waitForFinished(60000));
        QCOMPARE(raster.exitCode(), 0);
        QVERIFY2(raster.readAllStandardError().trimmed().isEmpty(), "pdftoppm complained");
        const QString png = QFileInfo::exists(m_dir.filePath(u"page-1.png"_s))
            ? m_dir.filePath(u"page-1.png"_s)
            : m_dir.filePath(u"page-01.png"_s);
        const QImage page(png);
        QVERIFY(!page.isNull());
        // A4 portrait at 60 dpi, with text and table lines on it.
        QVERIFY(qAbs(page.width() - 496) <= 2);
        QVERIFY(qAbs(page.height() - 702) <= 2);
        int ink = 0;
        for (int y = 0; y < page.height(); y += 2) {
            for (int x = 0; x < page.width(); x += 2)
                ink += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
        }
        QVERIFY2(ink > 800, qPrintable(u"only %1 dark pixels"_s.arg(ink)));
        // The Chinese font is embedded, not left to the reader.
        QProcess fonts;
        fonts.start(u"pdffonts"_s, { pdf });
        QVERIFY(fonts.waitForFinished(60000));
        const QString list = QString::fromUtf8(fonts.readAllStandardOutput());
        QVERIFY2(list.contains(ui::circularFontFamily().remove(u' '), Qt::CaseInsensitive),
            qPrintable(list));
        int embedded = 0;
        bool table = false;
        for (const QString &fontLine : list.split(u'\n', Qt::SkipEmptyParts)) {
            if (fontLine.startsWith(u"---"_s)) {
                table = true;
                continue;
            }
            if (!table)
                continue;
            // name, type…, encoding, emb, sub, uni, object ID, generation
            const QStringList cells = fontLine.split(u' ', Qt::SkipEmptyParts);
            QVERIFY2(
                cells.size() >= 6 && cells.at(cells.size() - 5) == u"yes", qPrintable(fontLine));
            ++embedded;
        }
        QVERIFY(embedded > 0);
    }

    void neglectAlarms()
    {
        const qint64 now = chinaTime(d(4, 15), 9);
        const item::NeglectReport report = item::neglectAlarms(m_db, kDistrictPath, now);
        QCOMPARE(report.communities, 3);
        QVERIFY(report.noticesKnown);
        // Complaints count once the complaints feature keeps its kind table in the cache.
        QCOMPARE(report.complaintsKnown, store::kindTable(u"complaint"_s) != nullptr);
        QCOMPARE(report.alarms.size(), 3);
        const auto alarm = [&report](const QString &code) {
            return *std::find_if(report.alarms.cbegin(), report.alarms.cend(),
                [&code](const item::NeglectAlarm &a) { return a.code == code; });
        };
        // c1: quiet since 20 February and a complaint past its deadline; c3 never published;
        // c2 published on 10 April but fell in both weeks of 30 March – 12 April.
        const item::NeglectAlarm c1 = alarm(kC1);
        QCOMPARE(c1.code, kC1);
        QVERIFY(c1.quiet);
        QCOMPARE(*c1.lastPublishedAt, chinaTime(d(2, 20)));
        QCOMPARE(c1.overdueComplaints, report.complaintsKnown ? 1 : 0);
        QVERIFY(!c1.falling);
        const item::NeglectAlarm c3 = alarm(kC3);
        QCOMPARE(c3.code, kC3);
        QVERIFY(c3.quiet);
        QVERIFY(!c3.lastPublishedAt);
        QCOMPARE(c3.streetName, u"西街道"_s);
        const item::NeglectAlarm c2 = alarm(kC2);
        QCOMPARE(c2.code, kC2);
        QVERIFY(!c2.quiet);
        QVERIFY(c2.falling);
        QCOMPARE(c2.fans.earlierNet, -7);
        QCOMPARE(c2.fans.laterNet, -7);
        QCOMPARE(c2.overdueComplaints, 0); // k4 is not due yet
        // Most alarms first; among equals the longest silence.
        if (report.complaintsKnown)
            QCOMPARE(report.alarms.constFirst().code, kC1);
        QVERIFY(std::find_if(report.alarms.cbegin(), report.alarms.cend(),
                    [](const item::NeglectAlarm &a) { return a.code == kC3; })
            < std::find_if(report.alarms.cbegin(), report.alarms.cend(),
                [](const item::NeglectAlarm &a) { return a.code == kC2; }));
        // A street sees its own communities only.
        const auto west = item::neglectAlarms(m_db, u"/C/D/S2/"_s, now);
        QCOMPARE(west.communities, 1);
        QCOMPARE(west.alarms.size(), 1);
        QCOMPARE(west.alarms.constFirst().code, kC3);
    }

    // fans.import applied to the cache with the server's rules: all or nothing.
    void localImportAppliesTheServersRules()
    {
        QVERIFY(
            !store::CacheDatabase::openWriter(m_dir.filePath(u"applier.sqlite"_s), u"applier"_s));
        {
            QSqlDatabase db = QSqlDatabase::database(u"applier"_s);
            store::RecordStore records(db);
            store::Outbox outbox(db);
            store::CommandQueue queue(records, outbox);
            QVERIFY(store::CacheDatabase::beginWrite(db));
            for (const auto &u : { unit(u"C"_s, u"示范市"_s, u"city"_s, {}, u"/C/"_s),
                     unit(kDistrict, u"示范区"_s, u"district"_s, u"C"_s, kDistrictPath),
                     unit(kStreet1, u"东街道"_s, u"street"_s, kDistrict, u"/C/D/S1/"_s),
                     unit(kC1, u"一社区"_s, u"community"_s, kStreet1, u"/C/D/S1/c1/"_s, 1000),
                     unit(u"X"_s, u"外区"_s, u"district"_s, u"C"_s, u"/C/X/"_s),
                     unit(u"x1"_s, u"外社区"_s, u"community"_s, u"X"_s, u"/C/X/x1/"_s) })
                QVERIFY(
                    records.applyPulled(u"org_unit"_s, u.value(u"code"_s).toString(), 1, false, u));
            // Stored: 1 and 3 March (a hole on the 2nd, as a half-finished pull leaves it).
            for (const auto &[date, net, cumulative] :
                { std::tuple { d(3, 1), 5, 100 }, std::tuple { d(3, 3), 4, 110 } }) {
                const QJsonObject data { { u"community"_s, kC1 },
                    { u"date"_s, date.toString(Qt::ISODate) }, { u"new_follow"_s, net },
                    { u"unfollow"_s, 0 }, { u"net"_s, net }, { u"cumulative"_s, cumulative } };
                QVERIFY(records.applyPulled(
                    u"fan_day"_s, kC1 + u':' + data.value(u"date"_s).toString(), 1, false, data));
            }
            QVERIFY(store::CacheDatabase::commit(db));

            const domain::Actor district { u"u-d"_s, domain::Role::District, kDistrict,
                domain::Level::District, kDistrictPath };
            const domain::Actor worker { u"u-w"_s, domain::Role::Worker, kC1,
                domain::Level::Community, u"/C/D/S1/c1/"_s };
            const qint64 now = chinaTime(d(3, 10));
            const auto day = [](QDate date, int newFollow, int unfollow, qint64 cumulative) {
                return QJsonObject { { u"date"_s, date.toString(Qt::ISODate) },
                    { u"new_follow"_s, newFollow }, { u"unfollow"_s, unfollow },
                    { u"cumulative"_s, cumulative } };
            };
            const auto import = [&](const domain::Actor &actor, const QString &community,
                                    const QJsonArray &days) {
                return queue.submit(actor,
                    store::Command { u"fans.import"_s,
                        QJsonObject { { u"community"_s, community }, { u"days"_s, days } },
                        std::nullopt },
                    now);
            };
            const auto cumulativeOf = [&records](QDate date) -> qint64 {
                const auto r = records.get(u"fan_day"_s, kC1 + u':' + date.toString(Qt::ISODate));
                return r ? r->data.value(u"cumulative"_s).toInteger() : -1;
            };

            // The 2nd must chain to the 1st (100 + 6) and on to the stored 3rd (110 − 4).
            auto r = import(worker, kC1, { day(d(3, 2), 7, 1, 107) });
            QCOMPARE(r.errorCode, u"cumulative_mismatch"_s);
            QVERIFY(r.error.contains(u"item 1"_s));
            r = import(worker, kC1, { day(d(3, 2), 7, 1, 106) });
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(r.changedKinds, QStringList { u"fan_day"_s });
            QCOMPARE(cumulativeOf(d(3, 2)), 106);
            // A day after today, a gap after the last stored day, a street, a unit out of sight.
            QCOMPARE(import(worker, kC1, { day(d(3, 11), 1, 0, 111) }).errorCode, u"bad_date"_s);
            QCOMPARE(import(worker, kC1, { day(d(3, 5), 1, 0, 111) }).errorCode, u"gap"_s);
            QCOMPARE(
                import(district, kStreet1, { day(d(3, 4), 1, 0, 111) }).errorCode, u"forbidden"_s);
            QCOMPARE(
                import(district, u"x1"_s, { day(d(3, 4), 1, 0, 111) }).errorCode, u"not_found"_s);
            QCOMPARE(import(district, u"nowhere"_s, { day(d(3, 4), 1, 0, 111) }).errorCode,
                u"not_found"_s);
            // Several days, one bad: none of them is applied.
            r = import(district, kC1, { day(d(3, 4), 3, 1, 112), day(d(3, 5), -2, 0, 110) });
            QCOMPARE(r.errorCode, u"negative_count"_s);
            QCOMPARE(cumulativeOf(d(3, 4)), -1);
            QCOMPARE(import(district, kC1,
                         { QJsonObject { { u"date"_s, u"2026-03-04"_s }, { u"fans"_s, 1 } } })
                         .errorCode,
                u"invalid_field"_s);
            // A good run of days from the district; replacing a day with the same figures
            // changes nothing, with others gives version 2.
            r = import(district, kC1, { day(d(3, 5), 4, 2, 114), day(d(3, 4), 3, 1, 112) });
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(outbox.entry(r.opId)->entityId, u"c1:2026-03-05"_s);
            QCOMPARE(cumulativeOf(d(3, 5)), 114);
            QCOMPARE(outbox.pendingCount(), 2);
            QCOMPARE(records.get(u"fan_day"_s, u"c1:2026-03-05"_s)->version, 1);
            r = import(district, kC1, { day(d(3, 5), 4, 2, 114) });
            QVERIFY(r.ok());
            QVERIFY(r.changedKinds.isEmpty());
            r = import(district, kC1, { day(d(3, 5), 5, 3, 114) });
            QVERIFY(r.ok());
            QCOMPARE(records.get(u"fan_day"_s, u"c1:2026-03-05"_s)->version, 2);
        }
        store::CacheDatabase::close(u"applier"_s);
    }

    void importDialogListsEveryProblemAndQueuesNothing()
    {
        if (!ensureServer())
            QFAIL("the demo server does not start");
        app::Options options;
        options.dataDir = m_dir.filePath(u"worker"_s);
        app::Application client(*qApp, options);
        ui::MainWindow *window = signIn(client, u"demo.worker"_s);
        QVERIFY(window);
        ui::ClientContext *ctx = window->clientContext();
        QTRY_VERIFY_WITH_TIMEOUT(
            item::FanFigures(ctx->database()).latestDate(ctx->actor().unitPath).isValid(), 30000);
        window->showPage(ui::FansPageIndex);
        QWidget *page = window->page(ui::FansPageIndex);
        auto *line = page->findChild<ui::CumulativeChart *>(u"cumulativeChart"_s);
        QVERIFY(line);
        QTRY_VERIFY_WITH_TIMEOUT(!line->points().isEmpty(), 10000);
        // The first sync over (it is what brings the organisation the dialog lists) …
        QTRY_VERIFY_WITH_TIMEOUT(ctx->status().lastSyncAt > 0 && !ctx->status().syncing, 30000);
        // … and offline from here: what the dialog queues stays in the outbox.
        m_server.process().stop();

        const QString community = ctx->actor().unitCode;
        const QDate today = QDate::fromString(
            domain::chinaDate(QDateTime::currentMSecsSinceEpoch()), Qt::ISODate);
        const auto outbox = [ctx] {
            QList<std::pair<QString, QJsonObject>> ops;
            QSqlQuery q(ctx->database());
            q.exec(u"SELECT type, payload FROM outbox WHERE state = 'pending' ORDER BY position"_s);
            while (q.next())
                ops.append({ q.value(0).toString(),
                    QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object() });
            return ops;
        };
        QVERIFY(outbox().isEmpty());

        QPointer<ui::FanImportDialog> dialog = new ui::FanImportDialog(ctx, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        dialog->setCommunity(community);
        QVERIFY2(dialog->community() == community,
            qPrintable(u"the dialog lists %1 communities; the tree below the account holds %2 units"_s
                           .arg(dialog->findChild<QComboBox *>(u"communityCombo"_s)->count())
                           .arg(ctx->orgTree()->tree().subtree(ctx->actor().unitCode).size())));
        QVERIFY(!dialog->loadFile(
            QStringLiteral(CIVIC_SOURCE_DIR "/tests/domain/data/fans/err_several_gbk.csv")));
        auto *table = dialog->findChild<QTableWidget *>(u"errorTable"_s);
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 8);
        QStringList lines;
        QStringList codes;
        for (int r = 0; r < table->rowCount(); ++r) {
            lines.append(table->item(r, 0)->text());
            codes.append(table->item(r, 2)->data(Qt::UserRole).toString());
        }
        QCOMPARE(lines,
            (QStringList { u"4"_s, u"5"_s, u"7"_s, u"8"_s, u"9"_s, u"10"_s, u"11"_s, u"11"_s }));
        QCOMPARE(codes,
            (QStringList { u"bad_number"_s, u"net_mismatch"_s, u"gap"_s, u"negative_count"_s,
                u"duplicate_date"_s, u"cumulative_mismatch"_s, u"negative_count"_s,
                u"cumulative_mismatch"_s }));
        QCOMPARE(table->item(0, 1)->text(), u"新关注人数"_s);
        QVERIFY(table->item(0, 3)->text().contains(u"abc"_s));
        auto *importButton = dialog->findChild<QPushButton *>(u"importButton"_s);
        QVERIFY(!importButton->isEnabled());
        dialog->import();
        QTest::qWait(300);
        QVERIFY(outbox().isEmpty());

        // A file that does not follow the cached day before it names the problem too.
        const auto before = item::FanFigures(ctx->database()).dayBefore(community, today);
        QVERIFY(before);
        const QString wrong = m_dir.filePath(u"wrong.csv"_s);
        {
            QFile f(wrong);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(u"时间,新关注人数,取消关注人数,净增关注人数,累积关注人数\n%1,12,2,10,%2\n"_s
                        .arg(before->date.addDays(1).toString(Qt::ISODate))
                        .arg(before->cumulative + 11)
                        .toUtf8());
        }
        QVERIFY(!dialog->loadFile(wrong));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), u"2"_s);
        QCOMPARE(table->item(0, 2)->data(Qt::UserRole).toString(), u"cumulative_mismatch"_s);
        QVERIFY(outbox().isEmpty());

        // The day after the last cached one, chained to it: one fans.import, shown at once.
        const QDate next = before->date.addDays(1);
        const qint64 cumulative = before->cumulative + 10;
        const QString good = m_dir.filePath(u"good.csv"_s);
        {
            QFile f(good);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                u"时间,新关注人数,取消关注人数,净增关注人数,累积关注人数\r\n%1,12,2,10,\"%2\"\r\n"_s
                    .arg(next.toString(Qt::ISODate))
                    .arg(cumulative)
                    .toUtf8());
        }
        QVERIFY(dialog->loadFile(good));
        QVERIFY(!table->isVisible());
        QVERIFY(importButton->isEnabled());
        QTest::mouseClick(importButton, Qt::LeftButton);
        // Accepted and closed (and deleted on close).
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10000);
        const auto ops = outbox();
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops.at(0).first, u"fans.import"_s);
        QCOMPARE(ops.at(0).second.value(u"community"_s).toString(), community);
        const QJsonArray days = ops.at(0).second.value(u"days"_s).toArray();
        QCOMPARE(days.size(), 1);
        QCOMPARE(days.at(0).toObject().value(u"date"_s).toString(), next.toString(Qt::ISODate));
        QCOMPARE(days.at(0).toObject().value(u"cumulative"_s).toInteger(), cumulative);
        // The page shows the new day (the preset ends today).
        QTRY_COMPARE_WITH_TIMEOUT(line->points().constLast().y(), double(cumulative), 5000);
        QLabel *value = labelNamed(page, u"cumulativeValueLabel"_s);
        QVERIFY(value);
        QTRY_COMPARE_WITH_TIMEOUT(value->text(), QLocale().toString(cumulative), 5000);

        // Back online, the op is applied and the server holds the figures.
        QString why;
        QVERIFY2(m_server.process().start(&why), qPrintable(why));
        ctx->syncNow();
        const auto outboxRows = [ctx] {
            QSqlQuery q(ctx->database());
            return q.exec(u"SELECT count(*) FROM outbox"_s) && q.next() ? q.value(0).toInt() : -1;
        };
        // Applied: the op leaves the outbox (a refused one would stay for the user).
        QTRY_COMPARE_WITH_TIMEOUT(outboxRows(), 0, 30000);
        const QString token = test::login(m_server.http(), u"demo.worker"_s);
        const auto reply = m_server.http().get(
            u"/api/v1/units/%1/fans?from=%2&to=%2"_s.arg(community, next.toString(Qt::ISODate)),
            token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.jsonArray().at(0).toObject().value(u"cumulative"_s).toInteger(), cumulative);
    }

    void dashboardAlarmsOpenTheCommunity()
    {
        if (!ensureServer())
            QFAIL("the demo server does not start");
        app::Options options;
        options.dataDir = m_dir.filePath(u"street"_s);
        app::Application client(*qApp, options);
        ui::MainWindow *window = signIn(client, u"demo.street"_s);
        QVERIFY(window);
        ui::FansDashboardSection *section = window->findChild<ui::FansDashboardSection *>();
        QVERIFY(section);
        // The demo street's 清泉社区 always falls in the last weeks (docs/api.md §Fans).
        int row = -1;
        const auto findFalling = [&] {
            const auto &alarms = section->report().alarms;
            for (int i = 0; i < alarms.size(); ++i) {
                if (alarms.at(i).name == u"清泉社区" && alarms.at(i).falling)
                    row = i;
            }
            return row >= 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(findFalling(), 30000);
        const QString code = section->report().alarms.at(row).code;
        QCOMPARE(section->target(row, ui::FansDashboardSection::FansColumn),
            std::make_pair(int(ui::FansPageIndex), code));
        QCOMPARE(section->target(row, ui::FansDashboardSection::NoticeColumn).first,
            int(ui::NoticesPageIndex));
        QTableWidget *table = section->alarmTable();
        QCOMPARE(table->isColumnHidden(ui::FansDashboardSection::ComplaintColumn),
            !section->report().complaintsKnown);
        const QRect cell
            = table->visualRect(table->model()->index(row, ui::FansDashboardSection::FansColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_COMPARE(window->currentPage(), int(ui::FansPageIndex));
        QCOMPARE(window->clientContext()->currentUnit(), code);
    }

    void cleanupTestCase()
    {
        m_db = QSqlDatabase();
        store::CacheDatabase::close(u"fixture"_s);
        if (m_serverStarted)
            m_server.stop();
    }
};

QTEST_MAIN(TestFansClient)
#include "tst_fans_client.moc"

#include "fanlabels.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::ui {

// The translation context of the chart texts outside the chart classes (dates, periods).
class FanCharts
{
    Q_DECLARE_TR_FUNCTIONS(civic::ui::FanCharts)
};

namespace {

QString quarterName(int quarter)
{
    switch (quarter) {
    case 1:
        return FanCharts::tr("Q1", "a quarter on an axis");
    case 2:
        return FanCharts::tr("Q2", "a quarter on an axis");
    case 3:
        return FanCharts::tr("Q3", "a quarter on an axis");
    default:
        return FanCharts::tr("Q4", "a quarter on an axis");
    }
}

QString quarterWithYear(int quarter)
{
    switch (quarter) {
    case 1:
        return FanCharts::tr("Q1 %1");
    case 2:
        return FanCharts::tr("Q2 %1");
    case 3:
        return FanCharts::tr("Q3 %1");
    default:
        return FanCharts::tr("Q4 %1");
    }
}

} // namespace

namespace fanlabels {

QString day(QDate date)
{
    return QLocale().toString(
        date, FanCharts::tr("MMM d, yyyy", "date format of a day with its year"));
}

QString shortDay(QDate date)
{
    return QLocale().toString(
        date, FanCharts::tr("MMM d", "date format of a day without the year"));
}

QString month(QDate date)
{
    return QLocale().toString(
        date, FanCharts::tr("MMM yyyy", "date format of a month with its year"));
}

QString shortMonth(QDate date)
{
    return QLocale().toString(
        date, FanCharts::tr("MMM", "date format of a month without the year"));
}

QString shortQuarter(QDate date, bool withYear)
{
    const QString quarter = quarterName((date.month() - 1) / 3 + 1);
    return withYear || date.month() <= 3 ? FanCharts::tr("%1 %2", "a year and a quarter on an axis")
                                               .arg(QString::number(date.year()), quarter)
                                         : quarter;
}

QString periodRange(const FanPeriodRow &row)
{
    if (row.start == row.end)
        return day(row.start);
    const QString to = row.start.year() == row.end.year() ? shortDay(row.end) : day(row.end);
    return FanCharts::tr("%1 – %2", "a range of dates").arg(day(row.start), to);
}

QString period(const FanPeriodRow &row, FanPeriod period)
{
    switch (period) {
    case FanPeriod::Day:
        return shortDay(row.start);
    case FanPeriod::Week:
        return FanCharts::tr("Week of %1").arg(shortDay(periodStart(row.start, FanPeriod::Week)));
    case FanPeriod::Month:
        return month(row.start);
    case FanPeriod::Quarter:
        return quarterWithYear((row.start.month() - 1) / 3 + 1).arg(row.start.year());
    }
    return row.period;
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString signedNumber(qint64 value)
{
    if (value > 0)
        return u"+"_s + QLocale().toString(value);
    if (value < 0)
        return QString(QChar(0x2212)) + QLocale().toString(-value);
    return u"0"_s;
}

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100, 'f', 1) + u'%';
}

} // namespace fanlabels

} // namespace civic::ui

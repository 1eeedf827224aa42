#include "fanstats.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace civic::domain {

namespace {

constexpr std::pair<FanPeriod, QStringView> kPeriodNames[] = {
    { FanPeriod::Day, u"day" },
    { FanPeriod::Week, u"week" },
    { FanPeriod::Month, u"month" },
    { FanPeriod::Quarter, u"quarter" },
};

int quarterOf(QDate date)
{
    return (date.month() - 1) / 3 + 1;
}

} // namespace

QString fanPeriodName(FanPeriod period)
{
    for (const auto &[p, name] : kPeriodNames) {
        if (p == period)
            return name.toString();
    }
    return {};
}

std::optional<FanPeriod> fanPeriodFromName(QStringView name)
{
    for (const auto &[p, n] : kPeriodNames) {
        if (n == name)
            return p;
    }
    return std::nullopt;
}

QDate periodStart(QDate date, FanPeriod period)
{
    switch (period) {
    case FanPeriod::Day:
        return date;
    case FanPeriod::Week:
        return date.addDays(1 - date.dayOfWeek());
    case FanPeriod::Month:
        return QDate(date.year(), date.month(), 1);
    case FanPeriod::Quarter:
        return QDate(date.year(), (quarterOf(date) - 1) * 3 + 1, 1);
    }
    return date;
}

QDate periodEnd(QDate date, FanPeriod period)
{
    switch (period) {
    case FanPeriod::Day:
        return date;
    case FanPeriod::Week:
        return periodStart(date, period).addDays(6);
    case FanPeriod::Month:
        return periodStart(date, period).addMonths(1).addDays(-1);
    case FanPeriod::Quarter:
        return periodStart(date, period).addMonths(3).addDays(-1);
    }
    return date;
}

QString periodLabel(QDate date, FanPeriod period)
{
    switch (period) {
    case FanPeriod::Day:
        return date.toString(Qt::ISODate);
    case FanPeriod::Week: {
        // ISO 8601: the week belongs to the year of its Thursday, which is not always the
        // calendar year of the date (2027-01-01 is a Friday of 2026-W53).
        int weekYear = 0;
        const int week = date.weekNumber(&weekYear);
        return u"%1-W%2"_s.arg(weekYear, 4, 10, QChar(u'0')).arg(week, 2, 10, QChar(u'0'));
    }
    case FanPeriod::Month:
        return u"%1-%2"_s.arg(date.year(), 4, 10, QChar(u'0'))
            .arg(date.month(), 2, 10, QChar(u'0'));
    case FanPeriod::Quarter:
        return u"%1Q%2"_s.arg(date.year(), 4, 10, QChar(u'0')).arg(quarterOf(date));
    }
    return {};
}

QList<FanPeriodRow> aggregateFans(
    const QList<CommunityFanDay> &days, FanPeriod period, QDate from, QDate to)
{
    QList<FanPeriodRow> rows;
    if (!from.isValid() || !to.isValid() || from > to)
        return rows;

    for (QDate start = periodStart(from, period); start <= to;
         start = periodEnd(start, period).addDays(1)) {
        FanPeriodRow row;
        row.period = periodLabel(start, period);
        row.start = std::max(start, from);
        row.end = std::min(periodEnd(start, period), to);
        rows << row;
    }

    // One ordered map per community: the carry-forward walks each community's days once.
    QHash<QString, QMap<QDate, FanDay>> byCommunity;
    for (const CommunityFanDay &d : days) {
        if (d.day.date.isValid() && d.day.date <= to)
            byCommunity[d.community].insert(d.day.date, d.day);
    }

    for (const QMap<QDate, FanDay> &community : std::as_const(byCommunity)) {
        auto it = community.cbegin();
        qint64 lastCumulative = 0; // PRODUCT.md §4 charts: no data yet counts as 0 fans
        for (FanPeriodRow &row : rows) {
            for (; it != community.cend() && it.key() < row.start; ++it)
                lastCumulative = it->cumulative;
            for (; it != community.cend() && it.key() <= row.end; ++it) {
                row.newFollow += it->newFollow;
                row.unfollow += it->unfollow;
                row.net += it->net;
                lastCumulative = it->cumulative;
            }
            row.cumulative += lastCumulative;
        }
    }
    return rows;
}

double penetration(qint64 cumulative, qint64 households)
{
    if (households <= 0)
        return 0.0;
    return double(cumulative) / double(households);
}

FallingFans detectFallingFans(const QList<FanDay> &days, QDate today)
{
    FallingFans result;
    const QDate thisWeek = periodStart(today, FanPeriod::Week);
    const QDate laterStart = thisWeek.addDays(-7);
    const QDate earlierStart = thisWeek.addDays(-14);
    result.earlierWeek = periodLabel(earlierStart, FanPeriod::Week);
    result.laterWeek = periodLabel(laterStart, FanPeriod::Week);
    for (const FanDay &day : days) {
        if (day.date >= earlierStart && day.date < laterStart) {
            result.earlierNet += day.net;
            result.earlierHasData = true;
        } else if (day.date >= laterStart && day.date < thisWeek) {
            result.laterNet += day.net;
            result.laterHasData = true;
        }
    }
    result.falling = result.earlierHasData && result.laterHasData && result.earlierNet < 0
        && result.laterNet < 0;
    return result;
}

std::optional<double> monthOnMonthChange(qint64 current, qint64 previous)
{
    if (previous == 0)
        return std::nullopt;
    return double(current - previous) / std::abs(double(previous));
}

} // namespace civic::domain

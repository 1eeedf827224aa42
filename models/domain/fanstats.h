#pragma once

#include "fanscsv.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace civic::domain {

// The periods of the fan charts' selector (PRODUCT.md §4).
enum class FanPeriod { Day, Week, Month, Quarter };

inline constexpr FanPeriod kAllFanPeriods[]
    = { FanPeriod::Day, FanPeriod::Week, FanPeriod::Month, FanPeriod::Quarter };

// "day", "week", "month", "quarter": the values of the read endpoint's period parameter.
QString fanPeriodName(FanPeriod period);
std::optional<FanPeriod> fanPeriodFromName(QStringView name);

// The period containing `date`: days are single days, weeks are ISO weeks (Monday to
// Sunday), months and quarters are calendar ones.
QDate periodStart(QDate date, FanPeriod period);
QDate periodEnd(QDate date, FanPeriod period);
// "2026-07-01", "2026-W27" (ISO week-numbering year: 2027-01-01 is in "2026-W53"),
// "2026-07", "2026Q3".
QString periodLabel(QDate date, FanPeriod period);

// One day of one community, the input of the aggregation.
struct CommunityFanDay
{
    QString community;
    FanDay day;
};

// One bar or point of a fan chart: the figures of a set of communities over one period.
struct FanPeriodRow
{
    QString period; // periodLabel()
    QDate start; // the first day counted: the period's start, or `from` if later
    QDate end; // the last day counted: the period's end, or `to` if earlier
    qint64 newFollow = 0;
    qint64 unfollow = 0;
    qint64 net = 0;
    qint64 cumulative = 0;

    friend bool operator==(const FanPeriodRow &, const FanPeriodRow &) = default;
};

// Aggregates daily figures by period over [from, to] (PRODUCT.md §4: "cumulative fans over
// time for any node (sum of its communities); net growth per week / month / quarter").
// - One row per period that meets [from, to], in order, including periods without data;
//   the first and last periods are clipped to [from, to] (see FanPeriodRow::start/end), so
//   the rows' nets add up to the range's net. Empty when from > to or either is invalid.
// - newFollow, unfollow, net: sums over the communities' rows dated in the clipped period.
// - cumulative: the sum over communities of each one's cumulative at the end of the
//   clipped period: its latest row dated on or before that day, carried forward over days
//   without a row; a community with no row on or before that day contributes 0. Rows
//   before `from` are used only for this carry-forward, so pass each community's latest
//   row before `from` (or its whole history) to have it start at the right level.
// - A second row for the same community and date replaces the first, as a re-import does.
QList<FanPeriodRow> aggregateFans(
    const QList<CommunityFanDay> &days, FanPeriod period, QDate from, QDate to);

// PRODUCT.md §4: penetration = cumulative / households, as a fraction (0.25 = 25 %);
// 0 when households ≤ 0 (a unit without a household count has no meaningful rate).
double penetration(qint64 cumulative, qint64 households);

// The two weeks the falling-fans alarm looks at and what it found.
struct FallingFans
{
    bool falling = false;
    QString earlierWeek; // e.g. "2026-W27"
    QString laterWeek; // e.g. "2026-W28"
    qint64 earlierNet = 0;
    qint64 laterNet = 0;
    bool earlierHasData = false;
    bool laterHasData = false;
};

// PRODUCT.md §4 neglect alarm "falling fans for 2 weeks", made precise: the last two full
// ISO weeks are the two Monday-to-Sunday weeks before the week containing `today`; the
// community is falling when the sum of net over its rows is below 0 in each of them. A
// week without any row is not counted as falling: missing figures are not evidence of
// loss (and are their own problem, reported by the import as gaps).
// `days` are one community's rows in any order; rows outside the two weeks are ignored.
FallingFans detectFallingFans(const QList<FanDay> &days, QDate today);

// Relative change for the monthly circular (月通报, PRODUCT.md §4): (current − previous) /
// |previous|, so 0.1 is +10 %, and a smaller loss than last month (−5 after −20) counts
// as an improvement (+0.75). nullopt when previous is 0: there is no rate to show.
std::optional<double> monthOnMonthChange(qint64 current, qint64 previous);

} // namespace civic::domain

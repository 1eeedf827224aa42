// The demo city's fan figures (API.md §Demo data: "a year of daily fan figures"): every
// community from its platform launch, 12 to 13½ months ago, up to yesterday (China time).

#include "demo.h"
#include "domain/chinatime.h"
#include "fanstore.h"
#include "orgstore.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::server {

namespace {

// 中秋 and 春节 (lunar calendar) in the years a demo may cover.
const QList<QDate> &midAutumnDays()
{
    static const QList<QDate> days = { QDate(2024, 9, 17), QDate(2025, 10, 6), QDate(2026, 9, 25),
        QDate(2027, 9, 15), QDate(2028, 10, 3), QDate(2029, 9, 22), QDate(2030, 9, 12),
        QDate(2031, 10, 1), QDate(2032, 9, 19) };
    return days;
}

const QList<QDate> &springFestivalDays()
{
    static const QList<QDate> days = { QDate(2024, 2, 10), QDate(2025, 1, 29), QDate(2026, 2, 17),
        QDate(2027, 2, 6), QDate(2028, 1, 26), QDate(2029, 2, 13), QDate(2030, 2, 3),
        QDate(2031, 1, 23), QDate(2032, 2, 11) };
    return days;
}

// The demo street's 清泉社区 always neglects its account, so the demo street and district
// see a falling-fans alarm (PRODUCT.md §4, seed 004).
constexpr auto kNeglectedDemoCommunity = u"210111001003";

class FanSeriesMaker
{
public:
    explicit FanSeriesMaker(DemoContext &ctx)
        : m_ctx(ctx)
    {
    }

    // One community's days from `first` to `last`; the figures fall over the last
    // `declineDays` days (0: a community that keeps its account alive).
    QList<FanDay> make(int households, QDate first, QDate last, int declineDays)
    {
        const int days = int(first.daysTo(last)) + 1;
        // PRODUCT.md §4 penetration: communities reach a fifth to a half of their
        // households within the year.
        const double target = std::max(households, 600) * m_ctx.between(20, 50) / 100.0;
        // Everyday growth keeps every living account above water week after week (at least
        // 1.2 new followers on a weekday); the launch, the campaigns and the festivals bring
        // the rest of the target, the launch at least 15 % of it.
        const int steadyDays = std::max(30, days - 21 - declineDays);
        constexpr double kNetPerBase
            = 0.69; // (5 × 1.1 + 2 × 0.55) / 7 − 0.25: net per unit of base
        constexpr double kMinBase = 1.2;
        const double events = std::max(target * 0.15, target - kMinBase * kNetPerBase * steadyDays);
        QHash<QDate, double> extra;

        // Launch: the first three weeks, fading out.
        double weights = 0;
        for (int i = 0; i < 21; ++i)
            weights += std::exp(-i / 5.0);
        const double launch = std::max(target * 0.15, events * 0.35);
        for (int i = 0; i < 21; ++i)
            extra[first.addDays(i)] += launch * std::exp(-i / 5.0) / weights;

        // 扫楼 campaigns: staff go door to door for a few days, +80…+200 a day (less where
        // a community is too small for that), never in the launch weeks nor the last two
        // months.
        const double campaignBudget = events * 0.4;
        const int campaigns = std::clamp(int(std::lround(campaignBudget / 600.0)), 1, 3);
        double campaignTotal = 0;
        for (int c = 0; c < campaigns; ++c) {
            const int length = m_ctx.between(3, 5);
            const int start = m_ctx.between(35, std::max(36, days - 60 - length));
            const double perDay
                = std::min<double>(m_ctx.between(80, 200), campaignBudget / (campaigns * length));
            for (int i = 0; i < length; ++i)
                extra[first.addDays(start + i)] += perDay;
            campaignTotal += perDay * length;
        }

        // 中秋 events: a mooncake draw for followers, up to +300 in a day.
        QList<QDate> midAutumn;
        for (const QDate &day : midAutumnDays()) {
            if (day >= first.addDays(21) && day <= last)
                midAutumn.append(day);
        }
        double festivalTotal = 0;
        for (const QDate &day : std::as_const(midAutumn)) {
            const double boost = std::clamp(events * 0.25 / midAutumn.size(), 20.0, 300.0);
            extra[day] += boost;
            festivalTotal += boost;
        }
        // 春节: 除夕 and 初一 lose followers, the rest of the holiday week is quiet.
        QSet<QDate> springDip;
        QSet<QDate> springQuiet;
        for (const QDate &day : springFestivalDays()) {
            springDip << day.addDays(-1) << day;
            for (int i = 1; i <= 5; ++i)
                springQuiet << day.addDays(i);
        }

        // The steady weekday rate that brings the year to about `target`.
        const double rest = std::max(0.0, target - launch - campaignTotal - festivalTotal);
        const double base = std::max(kMinBase, (rest / steadyDays + 0.0002 * target) / kNetPerBase);
        const QDate declineFrom = declineDays > 0 ? last.addDays(1 - declineDays) : QDate();

        QList<FanDay> out;
        out.reserve(days);
        qint64 cumulative = 0;
        for (int i = 0; i < days; ++i) {
            const QDate date = first.addDays(i);
            qint64 newFollow = 0;
            qint64 unfollow = 0;
            if (declineFrom.isValid() && date >= declineFrom) {
                // Nothing posted for weeks: hardly anyone follows, a few leave every day.
                newFollow = m_ctx.between(0, 2);
                unfollow = newFollow + m_ctx.between(1, 5);
            } else {
                const bool weekend = date.dayOfWeek() >= 6;
                double mean = base * (weekend ? 0.55 : 1.1);
                double leaving = std::max(0.3, base * 0.25) + cumulative * 0.0004;
                if (springDip.contains(date)) {
                    mean = 0.3;
                    leaving += 3;
                } else if (springQuiet.contains(date)) {
                    mean *= 0.4;
                }
                newFollow = noisy(mean, 0.3) + noisy(extra.value(date), 0.15);
                unfollow = noisy(leaving, 0.3);
            }
            unfollow = std::min(unfollow, cumulative + newFollow); // never below zero fans
            cumulative += newFollow - unfollow;
            out.append(FanDay { date, newFollow, unfollow, newFollow - unfollow, cumulative });
        }
        return out;
    }

private:
    // About `mean` (± `spread`), rounded at random so small means keep their average.
    qint64 noisy(double mean, double spread)
    {
        if (mean <= 0)
            return 0;
        const double value = mean * (1 - spread + 2 * spread * m_ctx.rng.generateDouble());
        return qint64(std::floor(value + m_ctx.rng.generateDouble()));
    }

    DemoContext &m_ctx;
};

} // namespace

void buildFansDemo(DemoContext &ctx)
{
    const QDate yesterday = QDate::fromString(chinaDate(ctx.now), Qt::ISODate).addDays(-1);
    // 3 to 5 neglected communities: 清泉社区 and a few others, never the demo accounts' own.
    QSet<QString> neglected { QString::fromUtf16(kNeglectedDemoCommunity) };
    QStringList candidates;
    for (const auto &code : std::as_const(ctx.communities)) {
        if (code != u"210111001001" && code != u"210111001002" && !neglected.contains(code))
            candidates.append(code);
    }
    const int more = ctx.between(2, 4);
    while (neglected.size() < 1 + more && !candidates.isEmpty())
        neglected.insert(candidates.takeAt(qsizetype(ctx.rng.bounded(quint32(candidates.size())))));

    FanSeriesMaker maker(ctx);
    const FanImportSource source { .source = u"demo"_s, .actor = u"demo"_s };
    for (const auto &code : std::as_const(ctx.communities)) {
        const UnitRecord unit = org::requireUnit(ctx.db, code);
        const QDate first = yesterday.addDays(-(365 + ctx.between(0, 45)));
        const int declineDays = neglected.contains(code) ? ctx.between(28, 42) : 0;
        const QList<FanDay> days = maker.make(unit.households, first, yesterday, declineDays);
        // The same path as every import: the demo's figures pass the same checks.
        importFanDays(ctx.db, unit, days, source, ctx.now);
    }
}

} // namespace civic::server

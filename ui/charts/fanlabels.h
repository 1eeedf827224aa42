#pragma once

#include "domain/fanstats.h"

#include <QDate>
#include <QString>

namespace civic::ui {

// Date texts of the fan charts in the user's language: axis labels, periods and tooltips.
namespace fanlabels {
QString day(QDate date); // 2026年10月5日
QString shortDay(QDate date); // 10月5日
QString month(QDate date); // 2026年10月
QString shortMonth(QDate date); // 10月
// A period of the net growth chart: "10月5日" (day), "10月5日当周" (week),
// "2026年10月", "2026年第三季度" (quarter).
QString period(const domain::FanPeriodRow &row, domain::FanPeriod period);
QString periodRange(const domain::FanPeriodRow &row);
// A quarter on an axis: "2026年一季度", or "二季度" after the first of a year.
QString shortQuarter(QDate date, bool withYear);
QString number(qint64 value); // 12,345
QString signedNumber(qint64 value); // +1,234 / −56
QString percent(double fraction); // 38.2%
} // namespace fanlabels

} // namespace civic::ui

#pragma once

#include <QString>

#include <optional>

namespace civic::domain {

// Times travel as ISO 8601 with offset and are stored as milliseconds since the epoch.
// Output uses China time (+08:00), the time the offices and ASSESSMENT.md count in.
inline constexpr int kChinaOffsetSeconds = 8 * 3600;

QString isoTime(qint64 msecsSinceEpoch);
// Accepts ISO 8601 date-times with an offset ("Z" or "+08:00"), with or without
// milliseconds. A date-time without offset is refused: it would be ambiguous.
std::optional<qint64> parseIsoTime(QStringView text);
// "2026-07-01" → midnight China time of that day.
std::optional<qint64> parseChinaDate(QStringView text);
QString chinaDate(qint64 msecsSinceEpoch);

} // namespace civic::domain

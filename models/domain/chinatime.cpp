#include "chinatime.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace civic::domain {

namespace {
QTimeZone chinaZone()
{
    static const QTimeZone zone(kChinaOffsetSeconds);
    return zone;
}
} // namespace

QString isoTime(qint64 msecsSinceEpoch)
{
    const auto dt = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, chinaZone());
    return dt.toString(msecsSinceEpoch % 1000 ? Qt::ISODateWithMs : Qt::ISODate);
}

std::optional<qint64> parseIsoTime(QStringView text)
{
    static const QRegularExpression shape(
        uR"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$)"_s);
    if (!shape.match(text.toString()).hasMatch())
        return std::nullopt;
    const auto dt = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

std::optional<qint64> parseChinaDate(QStringView text)
{
    static const QRegularExpression shape(uR"(^\d{4}-\d{2}-\d{2}$)"_s);
    if (!shape.match(text.toString()).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text.toString(), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, QTime(0, 0), chinaZone())
        .toMSecsSinceEpoch();
}

QString chinaDate(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, chinaZone())
        .date()
        .toString(Qt::ISODate);
}

} // namespace civic::domain

// The fans feature (粉丝统计) in the client cache: its tables, kinds and optimistic commands.
//
// fan_day records are one community's figures of one day (docs/api.md §Fans). The charts sum
// them over a subtree and a date range, so the figures are columns next to the unit path and
// the date, and (unit_path, date) is the index every chart query ranges over.
//
// fans.import is applied here first with exactly the rules the server's importFanDays()
// applies (domain validateDays(), dates not after today, the chain to the stored days before
// and after), so an import shows in the charts at once and works offline; the server decides
// again when the outbox is pushed.

#include "cacheschema.h"
#include "domain/chinatime.h"
#include "domain/fanscsv.h"
#include "domain/org.h"
#include "domain/permissions.h"
#include "recordstore.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::store {

namespace {

const QString kFanDay = u"fan_day"_s;

// The server's limits (server/fanstore.h, fanstore.cpp), so what it would refuse is refused here.
constexpr int kMaxFanDaysPerImport = 400;
constexpr qint64 kMaxFanCount = 1'000'000'000'000;

QString dateText(QDate date)
{
    return date.toString(Qt::ISODate);
}

QDate parseIsoDay(const QString &text)
{
    static const QRegularExpression shape(uR"(^\d{4}-\d{2}-\d{2}$)"_s);
    if (!shape.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

QString jsonText(const QJsonValue &value)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact).mid(1).chopped(1));
}

QJsonObject fanDayJson(const QString &community, const FanDay &day)
{
    return QJsonObject { { u"community"_s, community }, { u"date"_s, dateText(day.date) },
        { u"new_follow"_s, day.newFollow }, { u"unfollow"_s, day.unfollow }, { u"net"_s, day.net },
        { u"cumulative"_s, day.cumulative } };
}

FanDay dayFromJson(const QJsonObject &data)
{
    return FanDay { QDate::fromString(data.value(u"date"_s).toString(), Qt::ISODate),
        data.value(u"new_follow"_s).toInteger(), data.value(u"unfollow"_s).toInteger(),
        data.value(u"net"_s).toInteger(), data.value(u"cumulative"_s).toInteger() };
}

// The stored day of `community` just before (`before`) or just after `date`.
std::optional<FanDay> storedDay(
    RecordStore &records, const QString &community, QDate date, bool before)
{
    QSqlQuery q(records.database());
    q.prepare(before
            ? u"SELECT data FROM fan_day WHERE community = ? AND date < ? ORDER BY date DESC LIMIT 1"_s
            : u"SELECT data FROM fan_day WHERE community = ? AND date > ? ORDER BY date LIMIT 1"_s);
    q.addBindValue(community);
    q.addBindValue(dateText(date));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return dayFromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

struct ReadDays
{
    QList<FanDay> days;
    QList<FanImportError> errors;
    QString invalidField; // an item that is not an object or has an unknown key
};

// fans.import's `days`, read as the server's readFanDays() reads them: every unreadable date
// and number is collected (bad_date, bad_number, "item N: …"); net defaults to new − unfollow.
ReadDays readDays(const QJsonArray &items)
{
    ReadDays out;
    static const QStringList known
        = { u"date"_s, u"new_follow"_s, u"unfollow"_s, u"net"_s, u"cumulative"_s };
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemField = u"payload.days[%1]"_s.arg(i);
        if (!items.at(i).isObject()) {
            out.invalidField = u"%1 must be an object"_s.arg(itemField);
            return out;
        }
        const QJsonObject item = items.at(i).toObject();
        for (auto it = item.constBegin(); it != item.constEnd(); ++it) {
            if (!known.contains(it.key())) {
                out.invalidField = u"%1.%2 is not a known field"_s.arg(itemField, it.key());
                return out;
            }
        }
        const int position = int(i + 1);
        const QString place = u"item %1"_s.arg(position);
        FanDay day;
        const QJsonValue dateValue = item.value(u"date"_s);
        if (dateValue.isString())
            day.date = parseIsoDay(dateValue.toString());
        if (!day.date.isValid()) {
            out.errors << FanImportError { position, u"date"_s, FanErrorCode::BadDate,
                dateValue.isUndefined() || dateValue.isNull()
                    ? u"%1: date is missing"_s.arg(place)
                    : u"%1: date %2 is not a date (expected YYYY-MM-DD, e.g. 2026-07-01)"_s.arg(
                        place, jsonText(dateValue)) };
        }
        const auto count = [&](const QString &name, bool required) -> std::optional<qint64> {
            const QJsonValue v = item.value(name);
            if (v.isUndefined() || v.isNull()) {
                if (required)
                    out.errors << FanImportError { position, name, FanErrorCode::BadNumber,
                        u"%1: %2 is missing"_s.arg(place, name) };
                return std::nullopt;
            }
            const double d = v.toDouble();
            if (!v.isDouble() || std::trunc(d) != d || std::abs(d) > double(kMaxFanCount)) {
                out.errors << FanImportError { position, name, FanErrorCode::BadNumber,
                    u"%1: %2 %3 is not a whole number"_s.arg(place, name, jsonText(v)) };
                return std::nullopt;
            }
            return qint64(d);
        };
        const auto newFollow = count(u"new_follow"_s, true);
        const auto unfollow = count(u"unfollow"_s, true);
        const auto net = count(u"net"_s, false);
        const auto cumulative = count(u"cumulative"_s, true);
        day.newFollow = newFollow.value_or(0);
        day.unfollow = unfollow.value_or(0);
        day.net = net.value_or(day.newFollow - day.unfollow);
        day.cumulative = cumulative.value_or(0);
        out.days.append(day);
    }
    return out;
}

// The refusal the server would answer: the first problem's code, every message.
LocalResult refusedDays(QList<FanImportError> errors)
{
    std::stable_sort(errors.begin(), errors.end(),
        [](const FanImportError &a, const FanImportError &b) { return a.line < b.line; });
    QStringList messages;
    for (const auto &e : errors)
        messages.append(e.message);
    return LocalResult::refused(fanErrorCodeName(errors.constFirst().code), messages.join(u"; "));
}

// fans.import {community, days}: the import dialog's command (docs/api.md §Fans). All or
// nothing (PRODUCT.md §4: bad rows are never silently dropped or half-applied).
LocalResult fansImport(LocalContext &ctx)
{
    const QJsonObject &p = ctx.payload;
    for (auto it = p.constBegin(); it != p.constEnd(); ++it) {
        if (it.key() != u"community" && it.key() != u"days")
            return LocalResult::refused(
                u"invalid_field"_s, u"payload.%1 is not a known field"_s.arg(it.key()));
    }
    const QString code = p.value(u"community"_s).toString();
    const auto unit = code.isEmpty() ? std::nullopt : ctx.records.get(u"org_unit"_s, code);
    if (!unit)
        return LocalResult::refused(u"not_found"_s, u"not found"_s);
    Subject subject;
    subject.kind = Kind::FanDay;
    subject.unitPath = unit->data.value(u"path"_s).toString();
    subject.unitLevel
        = levelFromName(unit->data.value(u"level"_s).toString()).value_or(Level::Community);
    // A unit out of sight is the same 404 as an unknown one; permit() allows the import on
    // communities only, so a street's code is `forbidden` for those who see it.
    if (!mayRead(ctx.actor, subject))
        return LocalResult::refused(u"not_found"_s, u"not found"_s);
    if (permit(ctx.actor, Action::FansImport, subject) != Verdict::Allowed)
        return LocalResult::refused(u"forbidden"_s, u"not allowed"_s);

    const QJsonValue daysValue = p.value(u"days"_s);
    if (!daysValue.isArray())
        return LocalResult::refused(u"invalid_field"_s, u"payload.days must be a list"_s);
    const QJsonArray items = daysValue.toArray();
    if (items.isEmpty())
        return LocalResult::refused(
            u"invalid_field"_s, u"payload.days must hold at least one day"_s);
    if (items.size() > kMaxFanDaysPerImport)
        return LocalResult::refused(
            u"invalid_field"_s, u"payload.days holds at most %1 days"_s.arg(kMaxFanDaysPerImport));
    const ReadDays read = readDays(items);
    if (!read.invalidField.isEmpty())
        return LocalResult::refused(u"invalid_field"_s, read.invalidField);
    if (!read.errors.isEmpty())
        return refusedDays(read.errors);
    const QList<FanDay> &days = read.days;

    // Figures of days that have not ended yet are a typing error (or a wrong clock).
    QList<FanImportError> errors;
    const QDate today = QDate::fromString(chinaDate(ctx.now), Qt::ISODate);
    QDate earliest;
    for (qsizetype i = 0; i < days.size(); ++i) {
        const QDate date = days.at(i).date;
        if (date > today)
            errors << FanImportError { int(i + 1), u"date"_s, FanErrorCode::BadDate,
                u"item %1: date %2 is after today (%3)"_s.arg(i + 1).arg(
                    dateText(date), dateText(today)) };
        if (!earliest.isValid() || date < earliest)
            earliest = date;
    }
    const auto previous = storedDay(ctx.records, code, earliest, true);
    errors += validateDays(days, previous);

    // The chain must hold towards the stored day after the latest one given, too.
    if (errors.isEmpty()) {
        const auto latestIt = std::max_element(days.cbegin(), days.cend(),
            [](const FanDay &a, const FanDay &b) { return a.date < b.date; });
        const FanDay &latest = *latestIt;
        const int position = int(latestIt - days.cbegin()) + 1;
        if (const auto next = storedDay(ctx.records, code, latest.date, false)) {
            if (next->date != latest.date.addDays(1)) {
                const QDate firstMissing = latest.date.addDays(1);
                const QDate lastMissing = next->date.addDays(-1);
                const QString missing = firstMissing == lastMissing
                    ? u"no row for %1"_s.arg(dateText(firstMissing))
                    : u"no rows for %1 to %2"_s.arg(dateText(firstMissing), dateText(lastMissing));
                errors << FanImportError { position, u"date"_s, FanErrorCode::Gap,
                    u"item %1: %2 between %3 and the stored day %4"_s.arg(position).arg(
                        missing, dateText(latest.date), dateText(next->date)) };
            } else if (next->cumulative != latest.cumulative + next->net) {
                errors << FanImportError { position, u"cumulative"_s,
                    FanErrorCode::CumulativeMismatch,
                    u"item %1: cumulative of %2 is %3 but the stored day %4 has cumulative %5"
                    u" with net %6, so %2's cumulative must be %7"_s.arg(position)
                        .arg(dateText(latest.date))
                        .arg(latest.cumulative)
                        .arg(dateText(next->date))
                        .arg(next->cumulative)
                        .arg(next->net)
                        .arg(next->cumulative - next->net) };
            }
        }
    }
    if (!errors.isEmpty())
        return refusedDays(errors);

    // PRODUCT.md §4: re-import of a day replaces it; the same figures again change nothing.
    QList<FanDay> sorted = days;
    std::sort(sorted.begin(), sorted.end(),
        [](const FanDay &a, const FanDay &b) { return a.date < b.date; });
    for (const FanDay &day : std::as_const(sorted)) {
        const QString id = code + u':' + dateText(day.date);
        const auto stored = ctx.records.get(kFanDay, id);
        if (stored && dayFromJson(stored->data) == day)
            continue;
        if (!ctx.records.putLocal(
                kFanDay, id, stored ? stored->version + 1 : 1, fanDayJson(code, day)))
            return LocalResult::refused(u"cache_write"_s, ctx.records.lastError());
    }
    const QString first = dateText(sorted.constFirst().date);
    const QString last = dateText(sorted.constLast().date);
    const QString name = unit->data.value(u"name"_s).toString();
    LocalResult result;
    result.entityKind = kFanDay;
    result.entityId = code + u':' + last;
    result.summary
        = first == last ? u"%1 %2"_s.arg(name, first) : u"%1 %2 – %3"_s.arg(name, first, last);
    return result;
}

} // namespace

CacheFeature fansCacheFeature()
{
    CacheFeature f;
    f.name = u"fans"_s;
    f.migrations = {
        { 4,
            {
                // One row per community per day (PRODUCT.md §4); `date` is 'YYYY-MM-DD', so text
                // order is date order.
                u"CREATE TABLE fan_day (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT "
                u"NOT NULL,"
                u" community TEXT, date TEXT, unit_path TEXT, new_follow INTEGER, unfollow "
                u"INTEGER, net INTEGER,"
                u" cumulative INTEGER)"_s,
                // The charts: one range over a subtree's unit paths, then the dates. It covers the
                // figures, so a city's year is summed from the index alone, in (community, date)
                // order (a community's path is unique to it).
                u"CREATE INDEX fan_day_scope ON fan_day(unit_path, date, community, new_follow, "
                u"unfollow, net,"
                u" cumulative)"_s,
                // A community's day before or after a date: the carry-forward and the import's
                // chain.
                u"CREATE INDEX fan_day_community ON fan_day(community, date)"_s,
                // Figures pulled by a client that did not know the kind yet were kept whole in
                // `record`: they move to their table.
                u"INSERT OR REPLACE INTO fan_day (id, version, data, community, date, unit_path, "
                u"new_follow, unfollow,"
                u" net, cumulative)"
                u" SELECT r.id, r.version, r.data, json_extract(r.data, '$.community'), "
                u"json_extract(r.data, '$.date'),"
                u" (SELECT o.path FROM org_unit o WHERE o.id = json_extract(r.data, "
                u"'$.community')),"
                u" json_extract(r.data, '$.new_follow'), json_extract(r.data, '$.unfollow'),"
                u" json_extract(r.data, '$.net'), json_extract(r.data, '$.cumulative')"
                u" FROM record r WHERE r.kind = 'fan_day'"_s,
                u"DELETE FROM record WHERE kind = 'fan_day'"_s,
            } },
    };
    using T = KindColumn::Type;
    f.kinds = {
        { kFanDay, u"fan_day"_s,
            { { u"community"_s, u"community"_s, T::Text }, { u"date"_s, u"date"_s, T::Text },
                { u"unit_path"_s, u"community"_s, T::UnitPath },
                { u"new_follow"_s, u"new_follow"_s, T::Integer },
                { u"unfollow"_s, u"unfollow"_s, T::Integer }, { u"net"_s, u"net"_s, T::Integer },
                { u"cumulative"_s, u"cumulative"_s, T::Integer } } },
    };
    f.appliers = { { u"fans.import"_s, fansImport } };
    return f;
}

} // namespace civic::store

#include "fanstore.h"

#include "changelog.h"
#include "domain/chinatime.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>
#include <QVariantList>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::server {

namespace {

// Counts beyond this are typing errors, not followers (and stay exact as JSON doubles).
constexpr qint64 kMaxFanCount = 1'000'000'000'000;

QString dateText(QDate date)
{
    return date.toString(Qt::ISODate);
}

QDate readDate(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

FanDay readDay(const QSqlQuery &q, int first)
{
    return FanDay { readDate(q.value(first)), q.value(first + 1).toLongLong(),
        q.value(first + 2).toLongLong(), q.value(first + 3).toLongLong(),
        q.value(first + 4).toLongLong() };
}

bool sameFigures(const FanDay &a, const FanDay &b)
{
    return a.newFollow == b.newFollow && a.unfollow == b.unfollow && a.net == b.net
        && a.cumulative == b.cumulative;
}

FanImportError importError(
    int position, const QString &column, FanErrorCode code, const QString &message)
{
    return FanImportError { position, column, code, message };
}

// A JSON value as the caller wrote it, for messages.
QString jsonText(const QJsonValue &value)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact).mid(1).chopped(1));
}

QDate parseIsoDay(const QString &text)
{
    static const QRegularExpression shape(uR"(^\d{4}-\d{2}-\d{2}$)"_s);
    if (!shape.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

// Days not stored before, written and recorded as `fan_day` changes a few hundred rows per
// statement: a year of a community (an import, the demo's 60 × 400 days) is a handful of
// round trips to PostgreSQL instead of three per day. The change rows are exactly those
// recordChange() writes, with a block of seqs drawn at once under the same counter lock.
qint64 insertNewDays(Db &db, const UnitRecord &community, const QList<FanDay> &days,
    const QString &source, qint64 now)
{
    constexpr qsizetype kRowsPerStatement = 100;
    const auto statement
        = [](const QString &head, int columns, qsizetype rows, const QString &tail) {
              QString values = u"("_s + QString(u"?, "_s).repeated(columns - 1) + u"?)"_s;
              QStringList all(rows, values);
              return head + all.join(u", ") + tail;
          };
    QSqlQuery &reserve = db.prepared(
        u"UPDATE counters SET value = value + ? WHERE name = 'seq' RETURNING value"_s);
    db.run(reserve, { qint64(days.size()) });
    if (!reserve.next())
        throw DbError(DbError::Kind::Generic, u"the seq counter is missing"_s);
    const qint64 lastSeq = reserve.value(0).toLongLong();
    reserve.finish();
    qint64 seq = lastSeq - days.size();

    const QVariant noPrivateData { QMetaType(QMetaType::QString) };
    for (qsizetype start = 0; start < days.size(); start += kRowsPerStatement) {
        const qsizetype rows = std::min(kRowsPerStatement, days.size() - start);
        QVariantList dayBinds;
        QVariantList changeBinds;
        dayBinds.reserve(rows * 11);
        changeBinds.reserve(rows * 11);
        for (qsizetype i = start; i < start + rows; ++i) {
            const FanDay &day = days.at(i);
            dayBinds << community.code << dateText(day.date) << day.newFollow << day.unfollow
                     << day.net << day.cumulative << community.path << community.district << source
                     << 1 << now;
            changeBinds << ++seq << u"fan_day"_s << fanDayId(community.code, day.date) << 1 << 0
                        << community.path << community.district << QString()
                        << QString::fromUtf8(compactJson(fanDayJson(community.code, day)))
                        << QString() << noPrivateData;
        }
        const QString insertDays = statement(u"INSERT INTO fan_days (community, date, new_follow, "
                                             u"unfollow, net, cumulative, unit_path, district,"
                                             u" source, version, updated_at) VALUES "_s,
            11, rows, QString());
        const QString insertChanges = statement(
            u"INSERT INTO changes (seq, kind, id, version, deleted, unit_path, district, ref, data,"
            u" private_unit, data_private) VALUES "_s,
            11, rows,
            u" ON CONFLICT (kind, id) DO UPDATE SET seq = excluded.seq, version = excluded.version,"
            u" deleted = excluded.deleted, unit_path = excluded.unit_path, district = "
            u"excluded.district,"
            u" ref = excluded.ref, data = excluded.data, private_unit = excluded.private_unit,"
            u" data_private = excluded.data_private"_s);
        if (rows == kRowsPerStatement) { // full chunks repeat: keep them prepared
            QSqlQuery &daysQuery = db.prepared(insertDays);
            db.run(daysQuery, dayBinds);
            daysQuery.finish();
            QSqlQuery &changesQuery = db.prepared(insertChanges);
            db.run(changesQuery, changeBinds);
            changesQuery.finish();
        } else {
            db.exec(insertDays, dayBinds);
            db.exec(insertChanges, changeBinds);
        }
    }
    return lastSeq;
}

} // namespace

FanImportRejected::FanImportRejected(QList<FanImportError> errors)
    : std::runtime_error(errors.isEmpty() ? std::string("fan import rejected")
                                          : errors.constFirst().message.toStdString())
    , m_errors(std::move(errors))
{
}

ApiError FanImportRejected::apiError(const QString &arrayField) const
{
    if (m_errors.isEmpty())
        return ApiError::badRequest(u"the fan figures were refused"_s, arrayField);
    QStringList messages;
    for (const auto &e : m_errors)
        messages.append(e.message);
    const FanImportError &first = m_errors.constFirst();
    QString field = arrayField;
    if (first.line > 0) {
        field += u"[%1]"_s.arg(first.line - 1);
        if (!first.column.isEmpty())
            field += u'.' + first.column;
    }
    return ApiError::rule(fanErrorCodeName(first.code), messages.join(u"; "), field);
}

QString fanDayId(const QString &community, QDate date)
{
    return community + u':' + dateText(date);
}

QJsonObject fanFiguresJson(const FanDay &day)
{
    return QJsonObject { { u"new_follow"_s, day.newFollow }, { u"unfollow"_s, day.unfollow },
        { u"net"_s, day.net }, { u"cumulative"_s, day.cumulative } };
}

QJsonObject fanDayJson(const QString &community, const FanDay &day)
{
    QJsonObject data = fanFiguresJson(day);
    data.insert(u"community"_s, community);
    data.insert(u"date"_s, dateText(day.date));
    return data;
}

QList<FanDay> readFanDays(const QJsonArray &items, const QString &arrayField)
{
    QList<FanDay> days;
    QList<FanImportError> errors;
    days.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemField = u"%1[%2]"_s.arg(arrayField).arg(i);
        if (!items.at(i).isObject())
            throw ApiError::invalidField(itemField, u"%1 must be an object"_s.arg(itemField));
        const QJsonObject item = items.at(i).toObject();
        JsonFields(item, itemField)
            .only({ u"date", u"new_follow", u"unfollow", u"net", u"cumulative" });
        const int position = int(i + 1);
        const QString place = u"item %1"_s.arg(position);
        FanDay day;

        const QJsonValue dateValue = item.value(u"date"_s);
        if (dateValue.isString())
            day.date = parseIsoDay(dateValue.toString());
        if (!day.date.isValid()) {
            errors << importError(position, u"date"_s, FanErrorCode::BadDate,
                dateValue.isUndefined() || dateValue.isNull()
                    ? u"%1: date is missing"_s.arg(place)
                    : u"%1: date %2 is not a date (expected YYYY-MM-DD, e.g. 2026-07-01)"_s.arg(
                        place, jsonText(dateValue)));
        }
        auto count = [&](const QString &name, bool required) -> std::optional<qint64> {
            const QJsonValue v = item.value(name);
            if (v.isUndefined() || v.isNull()) {
                if (required)
                    errors << importError(position, name, FanErrorCode::BadNumber,
                        u"%1: %2 is missing"_s.arg(place, name));
                return std::nullopt;
            }
            const double d = v.toDouble();
            if (!v.isDouble() || std::trunc(d) != d || std::abs(d) > double(kMaxFanCount)) {
                errors << importError(position, name, FanErrorCode::BadNumber,
                    u"%1: %2 %3 is not a whole number"_s.arg(place, name, jsonText(v)));
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
        // API.md: the intake carries no net; it is what the day's follows and unfollows make.
        day.net = net.value_or(day.newFollow - day.unfollow);
        day.cumulative = cumulative.value_or(0);
        days.append(day);
    }
    if (!errors.isEmpty())
        throw FanImportRejected(errors);
    return days;
}

std::optional<FanDay> storedFanDayBefore(Db &db, const QString &community, QDate date)
{
    QSqlQuery &q = db.prepared(u"SELECT date, new_follow, unfollow, net, cumulative FROM fan_days"
                               u" WHERE community = ? AND date < ? ORDER BY date DESC LIMIT 1"_s);
    db.run(q, { community, dateText(date) });
    std::optional<FanDay> day;
    if (q.next())
        day = readDay(q, 0);
    q.finish();
    return day;
}

std::optional<FanDay> storedFanDayAfter(Db &db, const QString &community, QDate date)
{
    QSqlQuery &q = db.prepared(u"SELECT date, new_follow, unfollow, net, cumulative FROM fan_days"
                               u" WHERE community = ? AND date > ? ORDER BY date LIMIT 1"_s);
    db.run(q, { community, dateText(date) });
    std::optional<FanDay> day;
    if (q.next())
        day = readDay(q, 0);
    q.finish();
    return day;
}

FanImportOutcome importFanDays(Db &db, const UnitRecord &community, const QList<FanDay> &days,
    const FanImportSource &source, qint64 now)
{
    if (community.level != Level::Community)
        throw ApiError::invalidField(u"community"_s,
            u"%1 is a %2: fan figures belong to communities"_s.arg(
                community.code, levelName(community.level)));
    const auto place = [&](int position, QDate date) {
        return source.place ? source.place(position, date) : u"item %1"_s.arg(position);
    };

    QList<FanImportError> errors;
    // PRODUCT.md §4 gives figures of days that have ended; a date after today is a typing
    // error (or a wrong clock) that would otherwise sit in every chart.
    const QDate today = QDate::fromString(chinaDate(now), Qt::ISODate);
    QDate earliest;
    for (qsizetype i = 0; i < days.size(); ++i) {
        const QDate date = days.at(i).date;
        if (!date.isValid())
            continue;
        if (date > today)
            errors << importError(int(i + 1), source.dateColumn, FanErrorCode::BadDate,
                u"%1: %2 %3 is after today (%4)"_s.arg(
                    place(int(i + 1), date), source.dateColumn, dateText(date), dateText(today)));
        if (!earliest.isValid() || date < earliest)
            earliest = date;
    }
    const std::optional<FanDay> previous
        = earliest.isValid() ? storedFanDayBefore(db, community.code, earliest) : std::nullopt;
    errors += validateDays(days, previous);

    // The chain must also hold towards the stored day after the latest one given: either
    // the very next day, whose cumulative is the latest day's plus its own net, or nothing.
    if (errors.isEmpty() && !days.isEmpty()) {
        qsizetype latestIndex = 0;
        for (qsizetype i = 1; i < days.size(); ++i) {
            if (days.at(i).date > days.at(latestIndex).date)
                latestIndex = i;
        }
        const FanDay &latest = days.at(latestIndex);
        const int position = int(latestIndex + 1);
        if (const auto next = storedFanDayAfter(db, community.code, latest.date)) {
            if (next->date != latest.date.addDays(1)) {
                const QDate firstMissing = latest.date.addDays(1);
                const QDate lastMissing = next->date.addDays(-1);
                const QString missing = firstMissing == lastMissing
                    ? u"no row for %1"_s.arg(dateText(firstMissing))
                    : u"no rows for %1 to %2"_s.arg(dateText(firstMissing), dateText(lastMissing));
                errors << importError(position, source.dateColumn, FanErrorCode::Gap,
                    u"%1: %2 between %3 and the stored day %4"_s.arg(place(position, latest.date),
                        missing, dateText(latest.date), dateText(next->date)));
            } else if (next->cumulative != latest.cumulative + next->net) {
                errors << importError(position, source.cumulativeColumn,
                    FanErrorCode::CumulativeMismatch,
                    u"%1: %2 of %3 is %4 but the stored day %5 has %2 %6 with net %7, so %3's %2 must be %8"_s
                        .arg(place(position, latest.date), source.cumulativeColumn,
                            dateText(latest.date), QString::number(latest.cumulative),
                            dateText(next->date), QString::number(next->cumulative),
                            QString::number(next->net),
                            QString::number(next->cumulative - next->net)));
            }
        }
    }
    if (!errors.isEmpty()) {
        std::stable_sort(errors.begin(), errors.end(),
            [](const FanImportError &a, const FanImportError &b) { return a.line < b.line; });
        throw FanImportRejected(errors);
    }

    FanImportOutcome outcome;
    outcome.imported = int(days.size());
    outcome.seq = currentSeq(db);
    if (days.isEmpty())
        return outcome;

    QList<FanDay> sorted = days;
    std::sort(sorted.begin(), sorted.end(),
        [](const FanDay &a, const FanDay &b) { return a.date < b.date; });

    struct Stored
    {
        FanDay day;
        qint64 version = 0;
    };
    QHash<QDate, Stored> stored;
    {
        QSqlQuery &q = db.prepared(
            u"SELECT date, new_follow, unfollow, net, cumulative, version FROM fan_days"
            u" WHERE community = ? AND date >= ? AND date <= ?"_s);
        db.run(q,
            { community.code, dateText(sorted.constFirst().date),
                dateText(sorted.constLast().date) });
        while (q.next()) {
            const FanDay day = readDay(q, 0);
            stored.insert(day.date, Stored { day, q.value(5).toLongLong() });
        }
        q.finish();
    }

    QList<FanDay> added;
    for (const FanDay &day : std::as_const(sorted)) {
        const auto it = stored.constFind(day.date);
        if (it == stored.constEnd()) {
            added.append(day);
            continue;
        }
        if (sameFigures(it->day, day)) {
            // Nothing to pull: a re-sent year costs the clients nothing.
            ++outcome.unchanged;
            outcome.lastVersion = it->version;
            continue;
        }
        const qint64 version = it->version + 1;
        QSqlQuery &update
            = db.prepared(u"UPDATE fan_days SET new_follow = ?, unfollow = ?, net = ?, cumulative "
                          u"= ?, source = ?,"
                          u" version = ?, updated_at = ? WHERE community = ? AND date = ?"_s);
        db.run(update,
            { day.newFollow, day.unfollow, day.net, day.cumulative, source.source, version, now,
                community.code, dateText(day.date) });
        update.finish();
        // PRODUCT.md §4: re-import of a day replaces it (audited).
        QSqlQuery &audit
            = db.prepared(u"INSERT INTO fan_import_audit (id, community, date, unit_path, "
                          u"district, old_values, new_values,"
                          u" actor, source, op_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        db.run(audit,
            { QUuid::createUuid().toString(QUuid::WithoutBraces), community.code,
                dateText(day.date), community.path, community.district,
                QString::fromUtf8(compactJson(fanFiguresJson(it->day))),
                QString::fromUtf8(compactJson(fanFiguresJson(day))), source.actor, source.source,
                source.opId, now });
        audit.finish();
        outcome.seq = recordChange(db,
            Change { .kind = u"fan_day"_s,
                .id = fanDayId(community.code, day.date),
                .version = version,
                .unitPath = community.path,
                .district = community.district,
                .data = fanDayJson(community.code, day) });
        outcome.lastVersion = version;
        ++outcome.replaced;
    }
    if (!added.isEmpty()) {
        outcome.seq = insertNewDays(db, community, added, source.source, now);
        outcome.added = int(added.size());
        if (added.constLast().date == sorted.constLast().date)
            outcome.lastVersion = 1;
    }
    outcome.lastId = fanDayId(community.code, sorted.constLast().date);
    return outcome;
}

QHash<QString, QList<FanPeriodRow>> aggregateFanSubtree(Db &db, const QString &rootPath,
    FanPeriod period, QDate from, QDate to,
    const std::function<QString(const QString &communityPath)> &groupOf)
{
    QHash<QString, QList<FanPeriodRow>> totals;
    if (!from.isValid() || !to.isValid() || from > to)
        return totals;
    const QString end = subtreeEnd(rootPath);

    // Each community's latest day before `from`, for the carry-forward: a primary-key seek
    // per community of the subtree. Read to the end before the next query (QPSQL streams).
    struct Carry
    {
        QString path;
        FanDay day;
    };
    QHash<QString, Carry> carries;
    {
        QSqlQuery q = db.exec(
            u"SELECT f.community, o.path, f.date, f.new_follow, f.unfollow, f.net, f.cumulative"
            u" FROM org_units o JOIN fan_days f ON f.community = o.code"
            u" AND f.date = (SELECT MAX(g.date) FROM fan_days g WHERE g.community = o.code AND "
            u"g.date < ?)"
            u" WHERE o.path >= ? AND o.path < ? AND o.level = 'community'"_s,
            { dateText(from), rootPath, end });
        while (q.next())
            carries.insert(q.value(0).toString(), Carry { q.value(1).toString(), readDay(q, 2) });
    }

    // Communities are aggregated a chunk at a time and the period rows summed: the rows of
    // aggregateFans() add up across communities, and a city-wide three-year query never
    // holds more than a chunk of days in memory.
    QHash<QString, QList<CommunityFanDay>> pending;
    qsizetype pendingRows = 0;
    auto flush = [&] {
        for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
            const QList<FanPeriodRow> rows = aggregateFans(it.value(), period, from, to);
            auto found = totals.find(it.key());
            if (found == totals.end()) {
                totals.insert(it.key(), rows);
                continue;
            }
            QList<FanPeriodRow> &sum = *found;
            for (qsizetype i = 0; i < sum.size() && i < rows.size(); ++i) {
                sum[i].newFollow += rows.at(i).newFollow;
                sum[i].unfollow += rows.at(i).unfollow;
                sum[i].net += rows.at(i).net;
                sum[i].cumulative += rows.at(i).cumulative;
            }
        }
        pending.clear();
        pendingRows = 0;
    };
    constexpr qsizetype kChunkRows = 20000;

    QSqlQuery q = db.exec(
        u"SELECT community, unit_path, date, new_follow, unfollow, net, cumulative FROM fan_days"
        u" WHERE unit_path >= ? AND unit_path < ? AND date >= ? AND date <= ?"
        u" ORDER BY unit_path, date"_s,
        { rootPath, end, dateText(from), dateText(to) });
    QString community;
    QList<CommunityFanDay> *bucket = nullptr;
    while (q.next()) {
        const QString code = q.value(0).toString();
        if (code != community) {
            if (pendingRows >= kChunkRows)
                flush();
            community = code;
            const QString path = q.value(1).toString();
            bucket = &pending[groupOf(path)];
            if (const auto carry = carries.constFind(code); carry != carries.constEnd()) {
                bucket->append(CommunityFanDay { community, carry->day });
                carries.erase(carry);
            }
        }
        bucket->append(CommunityFanDay { community, readDay(q, 2) });
        ++pendingRows;
    }
    // Communities without a day in the range still count with what they had before it.
    for (auto it = carries.cbegin(); it != carries.cend(); ++it)
        pending[groupOf(it->path)].append(CommunityFanDay { it.key(), it->day });
    flush();
    return totals;
}

QList<FallingCommunity> fallingFanCommunities(Db &db, const QString &rootPath, QDate today)
{
    // detectFallingFans() looks at the two full ISO weeks before the week of `today`.
    const QDate thisWeek = periodStart(today, FanPeriod::Week);
    QSqlQuery q = db.exec(
        u"SELECT f.community, o.name, f.date, f.new_follow, f.unfollow, f.net, f.cumulative"
        u" FROM fan_days f JOIN org_units o ON o.code = f.community"
        u" WHERE f.unit_path >= ? AND f.unit_path < ? AND f.date >= ? AND f.date <= ?"
        u" ORDER BY f.unit_path, f.date"_s,
        { rootPath, subtreeEnd(rootPath), dateText(thisWeek.addDays(-14)),
            dateText(thisWeek.addDays(-1)) });
    QList<FallingCommunity> falling;
    QString code;
    QString name;
    QList<FanDay> days;
    auto decide = [&] {
        if (code.isEmpty())
            return;
        const FallingFans fans = detectFallingFans(days, today);
        if (fans.falling)
            falling.append(FallingCommunity { code, name, fans, days.constLast().cumulative });
    };
    while (q.next()) {
        const QString c = q.value(0).toString();
        if (c != code) {
            decide();
            code = c;
            name = q.value(1).toString();
            days.clear();
        }
        days.append(readDay(q, 2));
    }
    decide();
    return falling;
}

} // namespace civic::server

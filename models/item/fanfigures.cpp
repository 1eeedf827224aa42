#include "fanfigures.h"

#include "domain/org.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::item {

namespace {

QString dateText(QDate date)
{
    return date.toString(Qt::ISODate);
}

QDate readDate(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

FanFigures::FanFigures(const QSqlDatabase &db)
    : m_db(db)
{
}

QList<FanPeriodRow> FanFigures::series(
    const QString &rootPath, FanPeriod period, QDate from, QDate to) const
{
    QList<FanPeriodRow> rows = aggregateFans({}, period, from, to);
    if (rows.isEmpty() || rootPath.isEmpty())
        return rows;
    const QString end = subtreeEnd(rootPath);

    // Per community: its carry (the latest cumulative before `from`), and its first and last
    // day in the range with the last day's cumulative and the number of days, by seeks on
    // (community, date).
    struct Span
    {
        qint64 carry = 0;
        QDate first;
        QDate last;
        qint64 lastCumulative = 0;
        qint64 days = 0;
    };
    QList<Span> spans;
    bool contiguous = true;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(
            u"SELECT (SELECT f.cumulative FROM fan_day f WHERE f.community = o.id AND f.date < ?"
            u" ORDER BY f.date DESC LIMIT 1),"
            u" (SELECT MIN(f.date) FROM fan_day f WHERE f.community = o.id AND f.date >= ?"
            u" AND f.date <= ?),"
            u" (SELECT f.date || ' ' || f.cumulative FROM fan_day f WHERE f.community = o.id"
            u" AND f.date >= ? AND f.date <= ? ORDER BY f.date DESC LIMIT 1),"
            u" (SELECT COUNT(*) FROM fan_day f WHERE f.community = o.id AND f.date >= ?"
            u" AND f.date <= ?)"
            u" FROM org_unit o WHERE o.path >= ? AND o.path < ? AND o.level = 'community'"_s);
        for (int i = 0; i < 3; ++i) {
            if (i > 0)
                q.addBindValue(dateText(from));
            q.addBindValue(i == 0 ? dateText(from) : dateText(to));
        }
        q.addBindValue(dateText(from));
        q.addBindValue(dateText(to));
        q.addBindValue(rootPath);
        q.addBindValue(end);
        if (!run(q, &m_lastError))
            return rows;
        while (q.next()) {
            Span span;
            span.carry = q.value(0).toLongLong();
            if (!q.value(1).isNull()) {
                span.first = readDate(q.value(1));
                const QString last = q.value(2).toString();
                span.last = readDate(last.section(u' ', 0, 0));
                span.lastCumulative = last.section(u' ', 1, 1).toLongLong();
                span.days = q.value(3).toLongLong();
                contiguous = contiguous && span.days == span.first.daysTo(span.last) + 1;
            }
            if (span.carry != 0 || span.first.isValid())
                spans.append(span);
        }
    }

    // The total on day d is the sum over communities of each one's cumulative on its latest
    // day up to d, carried forward (PRODUCT.md §4, aggregateFans()). Both ways below start
    // from the carries and correct them as communities begin and end within the range.
    qint64 running = 0;
    QHash<QString, qint64> changeOn; // date → correction of the running total from that day
    for (const Span &span : std::as_const(spans)) {
        running += span.carry;
        if (span.first.isValid())
            changeOn[dateText(span.first)] -= span.carry;
    }
    qsizetype r = 0;
    const auto closeBefore = [&](QDate date, qint64 total) {
        for (; r < rows.size() && rows.at(r).end < date; ++r)
            rows[r].cumulative = total;
    };

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (contiguous) {
        // Every community reports every day between its first and last day in the range (the
        // server refuses gaps): a day's total is the sum of the cumulatives reported that day,
        // plus the carries of communities yet to begin and the last figures of those that
        // stopped. One grouped scan of the covering index.
        for (const Span &span : std::as_const(spans)) {
            if (span.first.isValid())
                changeOn[dateText(span.last.addDays(1))] += span.lastCumulative;
        }
        q.prepare(
            u"SELECT date, SUM(new_follow), SUM(unfollow), SUM(net), SUM(cumulative) FROM fan_day"
            u" WHERE unit_path >= ? AND unit_path < ? AND date >= ? AND date <= ?"
            u" GROUP BY date ORDER BY date"_s);
    } else {
        // Otherwise each day's change per community (cumulative − its previous day's) is summed
        // (exact with holes, as a half-finished pull may leave them); partitioned by unit_path,
        // one per community, so the index's order serves the window.
        q.prepare(
            u"SELECT date, SUM(new_follow), SUM(unfollow), SUM(net),"
            u" SUM(cumulative - COALESCE(previous, 0))"
            u" FROM (SELECT date, new_follow, unfollow, net, cumulative,"
            u" LAG(cumulative) OVER (PARTITION BY unit_path ORDER BY date) AS previous"
            u" FROM fan_day WHERE unit_path >= ? AND unit_path < ? AND date >= ? AND date <= ?)"
            u" GROUP BY date ORDER BY date"_s);
    }
    q.addBindValue(rootPath);
    q.addBindValue(end);
    q.addBindValue(dateText(from));
    q.addBindValue(dateText(to));
    if (!run(q, &m_lastError))
        return rows;
    // Walk every day of the range, with or without figures, applying the corrections.
    QDate day = from;
    qint64 total = running;
    const auto advanceTo = [&](QDate date) {
        for (; day < date; day = day.addDays(1)) {
            running += changeOn.value(dateText(day));
            total = contiguous ? running : total + changeOn.value(dateText(day));
            closeBefore(day.addDays(1), total);
        }
    };
    while (q.next()) {
        const QDate date = readDate(q.value(0));
        advanceTo(date);
        if (date > to || r >= rows.size())
            break;
        running += changeOn.value(dateText(date));
        if (contiguous)
            total = running + q.value(4).toLongLong();
        else
            total += changeOn.value(dateText(date)) + q.value(4).toLongLong();
        FanPeriodRow &row = rows[r];
        row.newFollow += q.value(1).toLongLong();
        row.unfollow += q.value(2).toLongLong();
        row.net += q.value(3).toLongLong();
        closeBefore(date.addDays(1), total);
        day = date.addDays(1);
    }
    advanceTo(to.addDays(1));
    return rows;
}

QList<FanUnitFigures> FanFigures::communities(const QString &rootPath, QDate from, QDate to) const
{
    QList<FanUnitFigures> list;
    if (rootPath.isEmpty() || !from.isValid() || !to.isValid() || from > to)
        return list;
    const QString end = subtreeEnd(rootPath);
    QHash<QString, qsizetype> index;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(
            u"SELECT o.id, o.name, o.path, o.households,"
            u" (SELECT f.cumulative FROM fan_day f WHERE f.community = o.id AND f.date < ?"
            u" ORDER BY f.date DESC LIMIT 1),"
            u" (SELECT f.cumulative FROM fan_day f WHERE f.community = o.id AND f.date <= ?"
            u" ORDER BY f.date DESC LIMIT 1)"
            u" FROM org_unit o WHERE o.path >= ? AND o.path < ? AND o.level = 'community' ORDER BY o.path"_s);
        q.addBindValue(dateText(from));
        q.addBindValue(dateText(to));
        q.addBindValue(rootPath);
        q.addBindValue(end);
        if (!run(q, &m_lastError))
            return list;
        while (q.next()) {
            FanUnitFigures f;
            f.code = q.value(0).toString();
            f.name = q.value(1).toString();
            f.level = u"community"_s;
            f.path = q.value(2).toString();
            f.households = q.value(3).toLongLong();
            f.cumulativeStart = q.value(4).toLongLong();
            f.cumulativeEnd = q.value(5).toLongLong();
            f.hasFigures = !q.value(5).isNull();
            f.communities = 1;
            index.insert(f.code, list.size());
            list.append(f);
        }
    }
    // Grouped by unit_path (one per community): the index's own order, no sorting.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT MIN(community), SUM(new_follow), SUM(unfollow), SUM(net) FROM fan_day"
        u" WHERE unit_path >= ? AND unit_path < ? AND date >= ? AND date <= ? GROUP BY unit_path"_s);
    q.addBindValue(rootPath);
    q.addBindValue(end);
    q.addBindValue(dateText(from));
    q.addBindValue(dateText(to));
    if (!run(q, &m_lastError))
        return list;
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toString());
        if (it == index.constEnd())
            continue;
        FanUnitFigures &f = list[*it];
        f.newFollow = q.value(1).toLongLong();
        f.unfollow = q.value(2).toLongLong();
        f.net = q.value(3).toLongLong();
    }
    return list;
}

namespace {

void add(FanUnitFigures &sum, const FanUnitFigures &c)
{
    sum.households += c.households;
    sum.cumulativeStart += c.cumulativeStart;
    sum.cumulativeEnd += c.cumulativeEnd;
    sum.newFollow += c.newFollow;
    sum.unfollow += c.unfollow;
    sum.net += c.net;
    sum.communities += c.communities;
    sum.hasFigures = sum.hasFigures || c.hasFigures;
}

} // namespace

QList<FanUnitFigures> FanFigures::children(
    const QString &unitCode, QDate from, QDate to, FanUnitFigures *total) const
{
    QList<FanUnitFigures> list;
    FanUnitFigures sum;
    {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT name, level, path, households FROM org_unit WHERE id = ?"_s);
        q.addBindValue(unitCode);
        if (!run(q, &m_lastError) || !q.next())
            return list;
        sum.code = unitCode;
        sum.name = q.value(0).toString();
        sum.level = q.value(1).toString();
        sum.path = q.value(2).toString();
    }
    const QString path = sum.path;
    QHash<QString, qsizetype> index;
    {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT id, name, level, path FROM org_unit WHERE parent = ?"
                  u" AND level IN ('district', 'street', 'community') ORDER BY id"_s);
        q.addBindValue(unitCode);
        if (!run(q, &m_lastError))
            return list;
        while (q.next()) {
            FanUnitFigures f;
            f.code = q.value(0).toString();
            f.name = q.value(1).toString();
            f.level = q.value(2).toString();
            f.path = q.value(3).toString();
            index.insert(f.code, list.size());
            list.append(f);
        }
    }
    if (list.isEmpty() && !total)
        return list;
    const qsizetype depth = pathCodes(path).size();
    for (const FanUnitFigures &c : communities(path, from, to)) {
        add(sum, c);
        const auto it = index.constFind(pathCodes(c.path).value(depth));
        if (it != index.constEnd())
            add(list[*it], c);
    }
    if (total)
        *total = sum;
    return list;
}

FanUnitFigures FanFigures::total(const QString &unitCode, QDate from, QDate to) const
{
    FanUnitFigures sum;
    children(unitCode, from, to, &sum);
    return sum;
}

QDate FanFigures::latestDate(const QString &rootPath) const
{
    // A seek per community on (community, date), not a scan of the subtree's years.
    QSqlQuery q(m_db);
    q.prepare(u"SELECT MAX((SELECT MAX(f.date) FROM fan_day f WHERE f.community = o.id))"
              u" FROM org_unit o WHERE o.path >= ? AND o.path < ? AND o.level = 'community'"_s);
    q.addBindValue(rootPath);
    q.addBindValue(subtreeEnd(rootPath));
    if (!run(q, &m_lastError) || !q.next())
        return {};
    return readDate(q.value(0));
}

namespace {

std::optional<FanDay> storedDay(
    const QSqlDatabase &db, const QString &community, QDate date, bool before, QString *error)
{
    QSqlQuery q(db);
    q.prepare(before ? u"SELECT date, new_follow, unfollow, net, cumulative FROM fan_day"
                       u" WHERE community = ? AND date < ? ORDER BY date DESC LIMIT 1"_s
                     : u"SELECT date, new_follow, unfollow, net, cumulative FROM fan_day"
                       u" WHERE community = ? AND date > ? ORDER BY date LIMIT 1"_s);
    q.addBindValue(community);
    q.addBindValue(dateText(date));
    if (!run(q, error) || !q.next())
        return std::nullopt;
    return FanDay { readDate(q.value(0)), q.value(1).toLongLong(), q.value(2).toLongLong(),
        q.value(3).toLongLong(), q.value(4).toLongLong() };
}

} // namespace

QList<FanDay> FanFigures::days(const QString &community, QDate from, QDate to) const
{
    QList<FanDay> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT date, new_follow, unfollow, net, cumulative FROM fan_day"
              u" WHERE community = ? AND date >= ? AND date <= ? ORDER BY date"_s);
    q.addBindValue(community);
    q.addBindValue(dateText(from));
    q.addBindValue(dateText(to));
    if (!run(q, &m_lastError))
        return list;
    while (q.next())
        list.append(FanDay { readDate(q.value(0)), q.value(1).toLongLong(), q.value(2).toLongLong(),
            q.value(3).toLongLong(), q.value(4).toLongLong() });
    return list;
}

std::optional<FanDay> FanFigures::dayBefore(const QString &community, QDate date) const
{
    return storedDay(m_db, community, date, true, &m_lastError);
}

std::optional<FanDay> FanFigures::dayAfter(const QString &community, QDate date) const
{
    return storedDay(m_db, community, date, false, &m_lastError);
}

QList<FallingCommunity> FanFigures::falling(const QString &rootPath, QDate today) const
{
    QList<FallingCommunity> list;
    // detectFallingFans() looks at the two full ISO weeks before the week of `today`.
    const QDate thisWeek = periodStart(today, FanPeriod::Week);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT f.community, o.name, o.path, f.date, f.new_follow, f.unfollow, f.net, f.cumulative"
        u" FROM fan_day f JOIN org_unit o ON o.id = f.community"
        u" WHERE f.unit_path >= ? AND f.unit_path < ? AND f.date >= ? AND f.date <= ?"
        u" ORDER BY f.unit_path, f.date"_s);
    q.addBindValue(rootPath);
    q.addBindValue(subtreeEnd(rootPath));
    q.addBindValue(dateText(thisWeek.addDays(-14)));
    q.addBindValue(dateText(thisWeek.addDays(-1)));
    if (!run(q, &m_lastError))
        return list;
    FallingCommunity current;
    QList<FanDay> days;
    const auto decide = [&] {
        if (current.code.isEmpty())
            return;
        current.fans = detectFallingFans(days, today);
        current.cumulative = days.constLast().cumulative;
        if (current.fans.falling)
            list.append(current);
    };
    while (q.next()) {
        const QString code = q.value(0).toString();
        if (code != current.code) {
            decide();
            current
                = FallingCommunity { code, q.value(1).toString(), q.value(2).toString(), {}, 0 };
            days.clear();
        }
        days.append(FanDay { readDate(q.value(3)), q.value(4).toLongLong(), q.value(5).toLongLong(),
            q.value(6).toLongLong(), q.value(7).toLongLong() });
    }
    decide();
    return list;
}

QList<FanPeriodRow> rollUp(const QList<FanPeriodRow> &days, FanPeriod period, QDate from, QDate to)
{
    QList<FanPeriodRow> rows = aggregateFans({}, period, from, to);
    qsizetype r = 0;
    for (const FanPeriodRow &d : days) {
        while (r < rows.size() && rows.at(r).end < d.end)
            ++r;
        if (r >= rows.size())
            break;
        FanPeriodRow &row = rows[r];
        row.newFollow += d.newFollow;
        row.unfollow += d.unfollow;
        row.net += d.net;
        // The period's last day comes last: its cumulative is the period's.
        row.cumulative = d.cumulative;
    }
    return rows;
}

FanImportResult checkFanFile(
    const FanFigures &figures, const QString &community, const QByteArray &bytes, QDate today)
{
    FanImportResult result = parseFansCsv(bytes);
    if (!result.ok())
        return result;
    // Again against the cached day before the file's first: the chain then speaks of the
    // file's lines and headers, as the server's import-fans does.
    if (const auto previous = figures.dayBefore(community, result.days.constFirst().date)) {
        result = parseFansCsv(bytes, previous);
        if (!result.ok())
            return result;
    }
    const QString dateColumn = kFanDateHeader.toString();
    const QString cumulativeColumn = kFanCumulativeHeader.toString();
    for (const FanDay &day : std::as_const(result.days)) {
        if (day.date > today)
            result.errors << FanImportError { 0, dateColumn, FanErrorCode::BadDate,
                u"the row of %1: %2 %1 is after today (%3)"_s.arg(
                    dateText(day.date), dateColumn, dateText(today)) };
    }
    const FanDay &latest = result.days.constLast();
    if (const auto next = figures.dayAfter(community, latest.date)) {
        if (next->date != latest.date.addDays(1)) {
            const QDate firstMissing = latest.date.addDays(1);
            const QDate lastMissing = next->date.addDays(-1);
            const QString missing = firstMissing == lastMissing
                ? u"no row for %1"_s.arg(dateText(firstMissing))
                : u"no rows for %1 to %2"_s.arg(dateText(firstMissing), dateText(lastMissing));
            result.errors << FanImportError { 0, dateColumn, FanErrorCode::Gap,
                u"the row of %1: %2 between %1 and the stored day %3"_s.arg(
                    dateText(latest.date), missing, dateText(next->date)) };
        } else if (next->cumulative != latest.cumulative + next->net) {
            result.errors << FanImportError { 0, cumulativeColumn, FanErrorCode::CumulativeMismatch,
                u"the row of %1: %2 is %3 but the stored day %4 has %2 %5 with net %6, so it must be %7"_s
                    .arg(dateText(latest.date), cumulativeColumn)
                    .arg(latest.cumulative)
                    .arg(dateText(next->date))
                    .arg(next->cumulative)
                    .arg(next->net)
                    .arg(next->cumulative - next->net) };
        }
    }
    if (!result.ok())
        result.days.clear();
    return result;
}

} // namespace civic::item

#pragma once

#include "domain/fanscsv.h"
#include "domain/fanstats.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace civic::item {

// One unit's follower figures over a date range: a community, or a child of the selected
// node summed over its communities (the children chart, penetration, the circular).
struct FanUnitFigures
{
    QString code;
    QString name;
    QString level;
    QString path;
    qint64 households = 0;
    qint64 cumulativeStart = 0; // the day before `from`, carried forward (0 without figures)
    qint64 cumulativeEnd = 0; // at `to`, carried forward
    qint64 newFollow = 0; // sums over the days of [from, to]
    qint64 unfollow = 0;
    qint64 net = 0;
    int communities = 0; // communities summed (1 for a community)
    bool hasFigures = false; // any day on or before `to`
    // PRODUCT.md §4: penetration = cumulative / households.
    double penetration() const { return domain::penetration(cumulativeEnd, households); }
};

// A community whose fans fell in each of the last two full weeks (PRODUCT.md §4 neglect alarm).
struct FallingCommunity
{
    QString code;
    QString name;
    QString path;
    domain::FallingFans fans;
    qint64 cumulative = 0; // at its latest day in the two weeks
};

// The fan figures of the cache (kind fan_day) summed over subtrees and date ranges, the way
// the server's reads sum them (domain::aggregateFans() semantics: flows summed over the
// clipped periods, cumulative carried forward per community, also from before `from`).
// Queries are index ranges over fan_day (unit_path, date) with SQL sums, plus one seek per
// community on (community, date) for the carry-forward, so a city-wide year costs a few
// milliseconds and never loads rows as objects.
class FanFigures
{
public:
    explicit FanFigures(const QSqlDatabase &db);

    // The figures of the subtree at `rootPath` per period over [from, to], exactly as
    // domain::aggregateFans() computes them from every community's days.
    QList<domain::FanPeriodRow> series(
        const QString &rootPath, domain::FanPeriod period, QDate from, QDate to) const;
    // Each community of the subtree, by path.
    QList<FanUnitFigures> communities(const QString &rootPath, QDate from, QDate to) const;
    // The unit's child districts, streets or communities, by code, each summed over its
    // communities (a community's children are grids: none). `total`, when given, receives
    // the unit itself (what total() answers) from the same reads.
    QList<FanUnitFigures> children(
        const QString &unitCode, QDate from, QDate to, FanUnitFigures *total = nullptr) const;
    // The unit itself over the range (its communities summed).
    FanUnitFigures total(const QString &unitCode, QDate from, QDate to) const;
    // The latest day with figures in the subtree (invalid when there is none).
    QDate latestDate(const QString &rootPath) const;
    // The stored days of one community in [from, to], oldest first.
    QList<domain::FanDay> days(const QString &community, QDate from, QDate to) const;
    // The stored day of `community` just before, or just after, `date`.
    std::optional<domain::FanDay> dayBefore(const QString &community, QDate date) const;
    std::optional<domain::FanDay> dayAfter(const QString &community, QDate date) const;
    // The communities of the subtree whose fans fell in each of the two full weeks before
    // the week of `today` (domain::detectFallingFans()).
    QList<FallingCommunity> falling(const QString &rootPath, QDate today) const;

    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    mutable QString m_lastError;
};

// Sums the rows of series() with FanPeriod::Day over [from, to] into the rows series() gives
// for `period`, without reading the cache again.
QList<domain::FanPeriodRow> rollUp(
    const QList<domain::FanPeriodRow> &days, domain::FanPeriod period, QDate from, QDate to);

// The import dialog's check of a console CSV for `community` before anything is queued:
// parseFansCsv() (line numbers, the console's headers), chained to the cached day before
// the file's first day, then what the server adds: no date after `today` and the chain to
// the cached day after the file's last day (those name the date; their line is 0).
domain::FanImportResult checkFanFile(
    const FanFigures &figures, const QString &community, const QByteArray &bytes, QDate today);

} // namespace civic::item

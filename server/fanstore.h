#pragma once

#include "apierror.h"
#include "db.h"
#include "domain/fanscsv.h"
#include "domain/fanstats.h"
#include "orgstore.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <stdexcept>

namespace civic::server {

// fans.import takes at most this many days per op (a year and a bit), and so does the
// intake API per request.
inline constexpr int kMaxFanDaysPerImport = 400;
// The read endpoints answer at most three years at a time.
inline constexpr int kMaxFanRangeYears = 3;

// Who is importing, for the audit, and how the importer words the places of the problems
// it finds itself (the next stored day, dates after today): the API speaks of "item N" and
// JSON fields, the CLI of the file's rows and the console's headers.
struct FanImportSource
{
    QString source; // "command", "intake", "cli", "demo"
    QString actor; // a username, "intake:<key name>", "cli:<OS user>", "demo"
    QString opId; // fans.import's op_id; empty otherwise
    // The place of the day at 1-based `position` of the list given; "item N" when unset.
    std::function<QString(int position, QDate date)> place;
    QString dateColumn = QStringLiteral("date");
    QString cumulativeColumn = QStringLiteral("cumulative");
};

// What one import did.
struct FanImportOutcome
{
    int imported = 0; // days given
    int added = 0; // days not stored before
    int replaced = 0; // stored days whose figures changed (each audited)
    int unchanged = 0; // stored days given again with the same figures (nothing recorded)
    QString lastId; // the fan_day id of the latest day given
    qint64 lastVersion = 0;
    qint64 seq = 0; // the last change's seq, or the log's head when nothing changed
};

// Every problem of an import that was refused as a whole (PRODUCT.md §4: bad rows are never
// silently dropped or half-applied). `line` is the 1-based position in the list given.
class FanImportRejected : public std::runtime_error
{
public:
    explicit FanImportRejected(QList<domain::FanImportError> errors);
    const QList<domain::FanImportError> &errors() const { return m_errors; }
    // The API's answer: the first error's code (bad_date, cumulative_mismatch, …), every
    // message joined with "; ", and the field of the first, e.g. `days[3].cumulative` for
    // `arrayField` "days".
    ApiError apiError(const QString &arrayField) const;

private:
    QList<domain::FanImportError> m_errors;
};

// `fan_day` records: id "<community>:<date>", data {community, date, new_follow,
// unfollow, net, cumulative}.
QString fanDayId(const QString &community, QDate date);
QJsonObject fanDayJson(const QString &community, const domain::FanDay &day);
QJsonObject fanFiguresJson(const domain::FanDay &day);

// Reads the `days` array of fans.import and of POST /api/v1/intake/fans: items
// {date: "YYYY-MM-DD", new_follow, unfollow, net?, cumulative} (integers; net defaults to
// new_follow − unfollow). Unreadable dates and numbers of every item are collected and
// thrown together as FanImportRejected; an item that is not an object or has an unknown
// key is malformed input: ApiError(400) naming the field.
QList<domain::FanDay> readFanDays(const QJsonArray &items, const QString &arrayField);

// The stored days of a community just before and just after `date`.
std::optional<domain::FanDay> storedFanDayBefore(Db &db, const QString &community, QDate date);
std::optional<domain::FanDay> storedFanDayAfter(Db &db, const QString &community, QDate date);

// The one way fan figures are stored (fans.import, the intake API, the CLI and the demo),
// inside the caller's serialised transaction. Checks every day (validateDays: counts,
// net, duplicates, gaps, cumulative chain, continuity with the stored day before the
// earliest), refuses dates after today (China time), and checks the stored day after the
// latest: it must be the next day and its cumulative must equal the latest day's plus its
// own net. On any problem throws FanImportRejected with all of them and stores nothing.
// Then writes the days: a stored day with other figures is replaced and audited
// (fan_import_audit), one with the same figures is left alone, and each written day is
// recorded as a `fan_day` change.
FanImportOutcome importFanDays(Db &db, const UnitRecord &community,
    const QList<domain::FanDay> &days, const FanImportSource &source, qint64 now);

// PRODUCT.md §4 charts: the figures of the communities under `rootPath` aggregated by
// period over [from, to] with domain::aggregateFans() semantics (cumulative carried forward
// from each community's latest day before `from`), summed per group: `groupOf` maps a
// community's path to its group ("" for one total). Groups without any stored day are
// absent. One index range scan over fan_days (unit_path, date) plus one primary-key seek
// per community for the carry-forward; must run inside a transaction.
QHash<QString, QList<domain::FanPeriodRow>> aggregateFanSubtree(Db &db, const QString &rootPath,
    domain::FanPeriod period, QDate from, QDate to,
    const std::function<QString(const QString &communityPath)> &groupOf);

// A community whose fans fell in each of the last two full weeks (PRODUCT.md §4 neglect
// alarm, domain::detectFallingFans).
struct FallingCommunity
{
    QString code;
    QString name;
    domain::FallingFans fans;
    qint64 cumulative = 0; // at its latest day in the two weeks
};

QList<FallingCommunity> fallingFanCommunities(Db &db, const QString &rootPath, QDate today);

} // namespace civic::server

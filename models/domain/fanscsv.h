#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace civic::domain {

// One community's follower figures for one day, as WeChat's 用户分析 reports them
// (PRODUCT.md §4): net = new_follow − unfollow, cumulative = followers at the end of the day.
struct FanDay
{
    QDate date;
    qint64 newFollow = 0;
    qint64 unfollow = 0;
    qint64 net = 0;
    qint64 cumulative = 0;

    friend bool operator==(const FanDay &, const FanDay &) = default;
};

// The kinds of problem an import can have. The names (fanErrorCodeName) are part of the
// API: the server returns them and the client's import dialog maps them back.
enum class FanErrorCode {
    EmptyFile, // "empty_file": no bytes, or only blank lines
    NoRows, // "no_rows": a header but no data row
    BadEncoding, // "bad_encoding": neither UTF-8 nor GBK
    BadQuoting, // "bad_quoting": a quoted field that is never closed
    MissingColumn, // "missing_column": a required header is absent
    DuplicateColumn, // "duplicate_column": a required header appears twice
    BadDate, // "bad_date": empty or unparseable date
    BadNumber, // "bad_number": empty or unparseable count
    NegativeCount, // "negative_count": new, unfollow or cumulative below 0
    NetMismatch, // "net_mismatch": net ≠ new − unfollow
    CumulativeMismatch, // "cumulative_mismatch": cumulative ≠ previous day's + net
    DuplicateDate, // "duplicate_date": the same day twice
    Gap, // "gap": a missing day between two days
};

inline constexpr FanErrorCode kAllFanErrorCodes[] = {
    FanErrorCode::EmptyFile,
    FanErrorCode::NoRows,
    FanErrorCode::BadEncoding,
    FanErrorCode::BadQuoting,
    FanErrorCode::MissingColumn,
    FanErrorCode::DuplicateColumn,
    FanErrorCode::BadDate,
    FanErrorCode::BadNumber,
    FanErrorCode::NegativeCount,
    FanErrorCode::NetMismatch,
    FanErrorCode::CumulativeMismatch,
    FanErrorCode::DuplicateDate,
    FanErrorCode::Gap,
};

QString fanErrorCodeName(FanErrorCode code);
std::optional<FanErrorCode> fanErrorCodeFromName(QStringView name);

// One problem found in imported fan figures, reported to the user with its place.
struct FanImportError
{
    // parseFansCsv: the 1-based line of the file (a record spanning lines counts from its
    // first line); 0 for problems of the whole file (empty_file, no_rows, bad_encoding).
    // validateDays: the 1-based position of the day in the list given.
    int line = 0;
    // parseFansCsv: the header name (e.g. 累积关注人数); validateDays: the intake API's field
    // name (e.g. cumulative). Empty when the problem is not about one column.
    QString column;
    FanErrorCode code = FanErrorCode::EmptyFile;
    // English and complete, starting with the place: "line 7: 累积关注人数 is 1520 but the
    // previous day's 1500 plus net 30 is 1530".
    QString message;

    friend bool operator==(const FanImportError &, const FanImportError &) = default;
};

// The outcome of an import: either every day, sorted by date, or every error and no day.
// PRODUCT.md §4: bad rows are never silently dropped or half-applied.
struct FanImportResult
{
    QList<FanDay> days;
    QList<FanImportError> errors;

    bool ok() const { return errors.isEmpty(); }
};

// The CSV headers of the official-account console's 用户分析 export.
inline constexpr QStringView kFanDateHeader = u"时间";
inline constexpr QStringView kFanNewFollowHeader = u"新关注人数";
inline constexpr QStringView kFanUnfollowHeader = u"取消关注人数";
inline constexpr QStringView kFanNetHeader = u"净增关注人数";
inline constexpr QStringView kFanCumulativeHeader = u"累积关注人数";

// Parses the bytes of a CSV file exported from the WeChat official-account console
// (PRODUCT.md §4).
// - Encoding: a UTF-8 BOM means UTF-8; otherwise bytes that are valid UTF-8 are UTF-8, and
//   anything else is decoded as GBK (what the console and Excel on Chinese Windows write).
// - The first non-blank record is the header; the five headers may come in any order, with
//   surrounding spaces or quotes, and other columns are ignored. Blank lines, and records
//   whose cells are all empty (Excel writes ",,,,"), carry no data and are skipped.
// - RFC 4180 quoting, CRLF, LF or CR line ends; counts may carry thousands separators
//   ("1,234"); dates as 2026-07-01, 2026/07/01, 2026/7/1 or 20260701.
// - Every record is validated and every problem reported (see FanErrorCode); the day
//   chain (duplicates, gaps, cumulative = previous + net) is checked after sorting by date.
//   A figure that cannot be read skips the checks that need it (no second error for the
//   same cell), and while any date cannot be read no gap is reported: that row is most
//   likely the missing day.
// - A file whose header lacks a required column reports only the header's problems: no
//   cell can be read without it.
// `previousDay`, when given, is the stored day before the file's first day: the first day
// is chained to it exactly as validateDays() does.
FanImportResult parseFansCsv(
    const QByteArray &bytes, const std::optional<FanDay> &previousDay = std::nullopt);

// Applies the same rules as parseFansCsv() to days that arrived without a file, e.g. posted
// to POST /api/v1/intake/fans (API.md). The intake API carries no net: the caller sets
// net = newFollow − unfollow, so net_mismatch only fires for callers that pass their own.
// Checks: valid dates, no negative new/unfollow/cumulative, net = new − unfollow, no
// duplicate date, no missing day between the earliest and latest day, and each day's
// cumulative = the previous day's cumulative + its net.
// `previousDay` is the stored day before the earliest of `rows`: when it is the day
// before, the earliest day's cumulative is checked against it; when it is older, the
// days in between are reported as a gap. A previousDay not earlier than every row is
// ignored (it is not "previous").
// Errors are sorted by position; `line` is the 1-based position in `rows` and messages
// start "item N:" and name the intake API's fields (new_follow, unfollow, net, cumulative).
QList<FanImportError> validateDays(
    const QList<FanDay> &rows, const std::optional<FanDay> &previousDay = std::nullopt);

} // namespace civic::domain

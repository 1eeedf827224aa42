#include "fanscsv.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QTextCodec>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace civic::domain {

namespace {

constexpr std::pair<FanErrorCode, QStringView> kCodeNames[] = {
    { FanErrorCode::EmptyFile, u"empty_file" },
    { FanErrorCode::NoRows, u"no_rows" },
    { FanErrorCode::BadEncoding, u"bad_encoding" },
    { FanErrorCode::BadQuoting, u"bad_quoting" },
    { FanErrorCode::MissingColumn, u"missing_column" },
    { FanErrorCode::DuplicateColumn, u"duplicate_column" },
    { FanErrorCode::BadDate, u"bad_date" },
    { FanErrorCode::BadNumber, u"bad_number" },
    { FanErrorCode::NegativeCount, u"negative_count" },
    { FanErrorCode::NetMismatch, u"net_mismatch" },
    { FanErrorCode::CumulativeMismatch, u"cumulative_mismatch" },
    { FanErrorCode::DuplicateDate, u"duplicate_date" },
    { FanErrorCode::Gap, u"gap" },
};

enum Field { DateField, NewField, UnfollowField, NetField, CumulativeField, FieldCount };

// How errors name their place and columns: the CSV path speaks of file lines and the
// console's headers, the intake path of list positions and the API's JSON fields.
struct Naming
{
    QString placeWord;
    std::array<QString, FieldCount> columns;

    QString place(int line) const { return placeWord + u' ' + QString::number(line); }
};

const Naming &csvNaming()
{
    static const Naming naming { u"line"_s,
        { kFanDateHeader.toString(), kFanNewFollowHeader.toString(), kFanUnfollowHeader.toString(),
            kFanNetHeader.toString(), kFanCumulativeHeader.toString() } };
    return naming;
}

const Naming &intakeNaming()
{
    static const Naming naming { u"item"_s,
        { u"date"_s, u"new_follow"_s, u"unfollow"_s, u"net"_s, u"cumulative"_s } };
    return naming;
}

// One day as read, each figure present only if it could be read; checks that need a
// missing figure are skipped rather than reported twice.
struct Entry
{
    int line = 0;
    std::optional<QDate> date;
    std::optional<qint64> newFollow;
    std::optional<qint64> unfollow;
    std::optional<qint64> net;
    std::optional<qint64> cumulative;
};

// A cell as an error message quotes it: a runaway cell (a 10 MB line) is cut short.
QString excerpt(const QString &cell)
{
    constexpr qsizetype kMax = 40;
    if (cell.size() <= kMax)
        return cell;
    return u"%1… (%2 characters)"_s.arg(cell.left(kMax), QString::number(cell.size()));
}

QString dateText(QDate date)
{
    return date.toString(Qt::ISODate);
}

FanImportError makeError(int line, const QString &column, FanErrorCode code, const QString &message)
{
    return FanImportError { line, column, code, message };
}

// The rules shared by both import paths (PRODUCT.md §4): no negative counts, net = new −
// unfollow, one row per day, no missing day, cumulative = previous day's cumulative + net.
void checkEntries(const QList<Entry> &entries, const std::optional<FanDay> &previousDay,
    const Naming &naming, QList<FanImportError> &errors)
{
    const auto &col = naming.columns;
    for (const Entry &e : entries) {
        const std::pair<Field, const std::optional<qint64> *> counts[]
            = { { NewField, &e.newFollow }, { UnfollowField, &e.unfollow },
                  { CumulativeField, &e.cumulative } };
        for (const auto &[field, value] : counts) {
            if (value->has_value() && **value < 0) {
                errors << makeError(e.line, col[field], FanErrorCode::NegativeCount,
                    u"%1: %2 is %3 but a count cannot be negative"_s.arg(
                        naming.place(e.line), col[field], QString::number(**value)));
            }
        }
        if (e.newFollow && e.unfollow && e.net && *e.net != *e.newFollow - *e.unfollow) {
            errors << makeError(e.line, col[NetField], FanErrorCode::NetMismatch,
                u"%1: %2 is %3 but %4 %5 minus %6 %7 is %8"_s.arg(naming.place(e.line),
                    col[NetField], QString::number(*e.net), col[NewField],
                    QString::number(*e.newFollow), col[UnfollowField], QString::number(*e.unfollow),
                    QString::number(*e.newFollow - *e.unfollow)));
        }
    }

    QList<const Entry *> dated;
    for (const Entry &e : entries) {
        if (e.date)
            dated << &e;
    }
    // A row whose date cannot be read is most likely the "missing" day: reporting gaps
    // around it would send the user after a problem that fixing the date removes.
    const bool reportGaps = dated.size() == entries.size();
    // Consoles export newest first; the chain is checked in date order, and among rows of
    // the same date the first in the file is the one the others duplicate.
    std::stable_sort(dated.begin(), dated.end(),
        [](const Entry *a, const Entry *b) { return *a->date < *b->date; });
    if (dated.isEmpty())
        return;

    auto checkCumulative = [&](const Entry &e, std::optional<qint64> previousCumulative) {
        if (!previousCumulative || !e.net || !e.cumulative)
            return;
        const qint64 expected = *previousCumulative + *e.net;
        if (*e.cumulative == expected)
            return;
        errors << makeError(e.line, col[CumulativeField], FanErrorCode::CumulativeMismatch,
            u"%1: %2 is %3 but the previous day's %4 plus net %5 is %6"_s.arg(naming.place(e.line),
                col[CumulativeField], QString::number(*e.cumulative),
                QString::number(*previousCumulative), QString::number(*e.net),
                QString::number(expected)));
    };
    auto missingDays = [](QDate after, QDate before) {
        const QDate first = after.addDays(1);
        const QDate last = before.addDays(-1);
        return first == last ? u"no row for %1"_s.arg(dateText(first))
                             : u"no rows for %1 to %2"_s.arg(dateText(first), dateText(last));
    };

    const Entry &earliest = *dated.first();
    if (previousDay && previousDay->date.isValid() && previousDay->date < *earliest.date) {
        if (previousDay->date.addDays(1) == *earliest.date) {
            checkCumulative(earliest, previousDay->cumulative);
        } else if (reportGaps) {
            errors << makeError(earliest.line, col[DateField], FanErrorCode::Gap,
                u"%1: %2 between the stored day %3 and %4"_s.arg(naming.place(earliest.line),
                    missingDays(previousDay->date, *earliest.date), dateText(previousDay->date),
                    dateText(*earliest.date)));
        }
    }

    const Entry *prev = &earliest;
    for (qsizetype i = 1; i < dated.size(); ++i) {
        const Entry &e = *dated.at(i);
        if (*e.date == *prev->date) {
            errors << makeError(e.line, col[DateField], FanErrorCode::DuplicateDate,
                u"%1: %2 %3 appears again (first on %4)"_s.arg(naming.place(e.line), col[DateField],
                    dateText(*e.date), naming.place(prev->line)));
            continue;
        }
        if (prev->date->addDays(1) != *e.date) {
            // Across a gap the missing days' nets are unknown, so the cumulative is not
            // checked: the gap is the one error to fix.
            if (reportGaps)
                errors << makeError(e.line, col[DateField], FanErrorCode::Gap,
                    u"%1: %2 between %3 (%4) and %5"_s.arg(naming.place(e.line),
                        missingDays(*prev->date, *e.date), dateText(*prev->date),
                        naming.place(prev->line), dateText(*e.date)));
        } else {
            checkCumulative(e, prev->cumulative);
        }
        prev = &e;
    }
}

void sortByLine(QList<FanImportError> &errors)
{
    std::stable_sort(errors.begin(), errors.end(),
        [](const FanImportError &a, const FanImportError &b) { return a.line < b.line; });
}

// --- CSV reading -------------------------------------------------------------------------

struct Decoded
{
    QString text;
    bool ok = false;
};

// PRODUCT.md §4: the console and Excel on Chinese Windows write GBK, newer tools UTF-8.
// A BOM settles it; otherwise valid UTF-8 is taken as UTF-8 (GBK text of any length is
// almost never valid UTF-8), and the rest must be valid GBK.
Decoded decode(const QByteArray &bytes)
{
    static const QByteArray bom("\xEF\xBB\xBF");
    if (bytes.startsWith(bom))
        return { QString::fromUtf8(bytes.constData() + bom.size(), bytes.size() - bom.size()),
            true };
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return { text, true };
    QTextCodec *gbk = QTextCodec::codecForName("GBK");
    if (!gbk)
        return {};
    // Qt's GBK is ICU's windows-936, whose converter state counts no invalid input: it
    // swallows a truncated trailing byte, turns bad pairs into U+FFFD and bytes outside
    // GBK such as 0xFF into private-use characters. Bytes are GBK text when they survive
    // the round trip and decode to no private-use character.
    text = gbk->toUnicode(bytes);
    const bool privateUse = std::any_of(text.cbegin(), text.cend(),
        [](QChar c) { return c.unicode() >= 0xE000 && c.unicode() <= 0xF8FF; });
    if (privateUse || gbk->fromUnicode(text) != bytes)
        return {};
    return { text, true };
}

struct Record
{
    int line = 0;
    QStringList fields;
};

struct Tokenized
{
    QList<Record> records;
    // The line where a quoted field opened that never closes; the rest of the file is
    // inside it, so nothing after it can be read.
    std::optional<int> unclosedQuoteLine;
};

bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// RFC 4180 with the leniencies that hand-edited exports need: any line end, spaces before
// an opening quote, and text after a closing quote kept as written.
Tokenized tokenize(QStringView text)
{
    Tokenized out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    auto skipLineEnd = [&] {
        if (text[i] == u'\r' && i + 1 < n && text[i + 1] == u'\n')
            ++i;
        ++i;
        ++line;
    };
    while (i < n) {
        Record record { line, {} };
        for (;;) {
            QString field;
            qsizetype j = i;
            while (j < n && (text[j] == u' ' || text[j] == u'\t'))
                ++j;
            if (j < n && text[j] == u'"') {
                const int quoteLine = line;
                i = j + 1;
                bool closed = false;
                while (i < n) {
                    const QChar c = text[i];
                    if (c == u'"') {
                        if (i + 1 < n && text[i + 1] == u'"') {
                            field += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    field += c;
                    if (c == u'\n' || (c == u'\r' && !(i + 1 < n && text[i + 1] == u'\n')))
                        ++line;
                    ++i;
                }
                if (!closed) {
                    out.unclosedQuoteLine = quoteLine;
                    return out;
                }
            }
            while (i < n && text[i] != u',' && !isLineEnd(text[i]))
                field += text[i++];
            record.fields << field;
            if (i < n && text[i] == u',') {
                ++i;
                continue;
            }
            if (i < n)
                skipLineEnd();
            break;
        }
        out.records << record;
    }
    return out;
}

bool isBlank(const Record &record)
{
    return std::all_of(record.fields.cbegin(), record.fields.cend(),
        [](const QString &f) { return f.trimmed().isEmpty(); });
}

QString normalizedHeader(const QString &cell)
{
    static const QString quotes = u"\"'“”‘’"_s;
    QString name = cell.trimmed();
    while (!name.isEmpty() && quotes.contains(name.front()))
        name.remove(0, 1);
    while (!name.isEmpty() && quotes.contains(name.back()))
        name.chop(1);
    return name.trimmed();
}

std::optional<QDate> parseConsoleDate(const QString &text)
{
    static const QRegularExpression separated(uR"(^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$)"_s);
    static const QRegularExpression compact(uR"(^(\d{4})(\d{2})(\d{2})$)"_s);
    QRegularExpressionMatch m = separated.match(text);
    int dayGroup = 4;
    int monthGroup = 3;
    if (!m.hasMatch()) {
        m = compact.match(text);
        if (!m.hasMatch())
            return std::nullopt;
        dayGroup = 3;
        monthGroup = 2;
    }
    const QDate date(
        m.captured(1).toInt(), m.captured(monthGroup).toInt(), m.captured(dayGroup).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

// Whole numbers, optionally signed, with or without correctly grouped thousands
// separators ("1,234" as the console and Excel write them inside quotes).
std::optional<qint64> parseCount(const QString &text)
{
    static const QRegularExpression shape(uR"(^[+-]?(\d{1,3}(,\d{3})+|\d+)$)"_s);
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    QString digits = text;
    digits.remove(u',');
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

} // namespace

QString fanErrorCodeName(FanErrorCode code)
{
    for (const auto &[c, name] : kCodeNames) {
        if (c == code)
            return name.toString();
    }
    return {};
}

std::optional<FanErrorCode> fanErrorCodeFromName(QStringView name)
{
    for (const auto &[c, n] : kCodeNames) {
        if (n == name)
            return c;
    }
    return std::nullopt;
}

FanImportResult parseFansCsv(const QByteArray &bytes, const std::optional<FanDay> &previousDay)
{
    FanImportResult result;
    QList<FanImportError> &errors = result.errors;
    const Naming &naming = csvNaming();

    const Decoded decoded = decode(bytes);
    if (!decoded.ok) {
        errors << makeError(
            0, {}, FanErrorCode::BadEncoding, u"the file is neither UTF-8 nor GBK text"_s);
        return result;
    }
    const Tokenized tokens = tokenize(decoded.text);
    if (tokens.unclosedQuoteLine) {
        errors << makeError(*tokens.unclosedQuoteLine, {}, FanErrorCode::BadQuoting,
            u"line %1: a quoted field opens here and is never closed"_s.arg(
                *tokens.unclosedQuoteLine));
    }

    qsizetype r = 0;
    while (r < tokens.records.size() && isBlank(tokens.records.at(r)))
        ++r;
    if (r == tokens.records.size()) {
        if (!tokens.unclosedQuoteLine)
            errors << makeError(0, {}, FanErrorCode::EmptyFile, u"the file is empty"_s);
        return result;
    }

    const Record &header = tokens.records.at(r++);
    std::array<qsizetype, FieldCount> index;
    index.fill(-1);
    bool headerOk = true;
    for (qsizetype c = 0; c < header.fields.size(); ++c) {
        const QString name = normalizedHeader(header.fields.at(c));
        for (int f = 0; f < FieldCount; ++f) {
            if (name != naming.columns[f])
                continue;
            if (index[f] >= 0) {
                headerOk = false;
                errors << makeError(header.line, name, FanErrorCode::DuplicateColumn,
                    u"line %1: column %2 appears twice (columns %3 and %4)"_s.arg(
                        QString::number(header.line), name, QString::number(index[f] + 1),
                        QString::number(c + 1)));
            } else {
                index[f] = c;
            }
        }
    }
    for (int f = 0; f < FieldCount; ++f) {
        if (index[f] < 0) {
            headerOk = false;
            errors << makeError(header.line, naming.columns[f], FanErrorCode::MissingColumn,
                u"line %1: the header has no column %2"_s.arg(
                    QString::number(header.line), naming.columns[f]));
        }
    }
    // Without the header's columns no cell can be read; the header is the one thing to fix.
    if (!headerOk) {
        sortByLine(errors);
        return result;
    }

    QList<Entry> entries;
    for (; r < tokens.records.size(); ++r) {
        const Record &record = tokens.records.at(r);
        if (isBlank(record))
            continue;
        auto cell = [&](Field f) { return record.fields.value(index[f]).trimmed(); };
        auto empty = [&](Field f) {
            return u"line %1: %2 is empty"_s.arg(QString::number(record.line), naming.columns[f]);
        };
        Entry entry;
        entry.line = record.line;

        const QString dateCell = cell(DateField);
        entry.date = parseConsoleDate(dateCell);
        if (!entry.date) {
            errors << makeError(record.line, naming.columns[DateField], FanErrorCode::BadDate,
                dateCell.isEmpty()
                    ? empty(DateField)
                    : u"line %1: %2 \"%3\" is not a date (expected 2026-07-01, 2026/07/01, "
                      u"2026/7/1 or 20260701)"_s.arg(QString::number(record.line),
                          naming.columns[DateField], excerpt(dateCell)));
        }
        const std::pair<Field, std::optional<qint64> *> counts[]
            = { { NewField, &entry.newFollow }, { UnfollowField, &entry.unfollow },
                  { NetField, &entry.net }, { CumulativeField, &entry.cumulative } };
        for (const auto &[field, value] : counts) {
            const QString text = cell(field);
            *value = parseCount(text);
            if (!*value) {
                errors << makeError(record.line, naming.columns[field], FanErrorCode::BadNumber,
                    text.isEmpty()
                        ? empty(field)
                        : u"line %1: %2 \"%3\" is not a whole number"_s.arg(
                            QString::number(record.line), naming.columns[field], excerpt(text)));
            }
        }
        entries << entry;
    }

    if (entries.isEmpty()) {
        if (!tokens.unclosedQuoteLine) {
            errors << makeError(0, {}, FanErrorCode::NoRows,
                u"the file has a header (line %1) but no data rows"_s.arg(header.line));
        }
        sortByLine(errors);
        return result;
    }

    checkEntries(entries, previousDay, naming, errors);
    sortByLine(errors);
    if (!errors.isEmpty())
        return result;

    for (const Entry &e : std::as_const(entries))
        result.days << FanDay { *e.date, *e.newFollow, *e.unfollow, *e.net, *e.cumulative };
    std::sort(result.days.begin(), result.days.end(),
        [](const FanDay &a, const FanDay &b) { return a.date < b.date; });
    return result;
}

QList<FanImportError> validateDays(
    const QList<FanDay> &rows, const std::optional<FanDay> &previousDay)
{
    const Naming &naming = intakeNaming();
    QList<FanImportError> errors;
    QList<Entry> entries;
    entries.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const FanDay &day = rows.at(i);
        const int position = int(i + 1);
        Entry entry { position, std::nullopt, day.newFollow, day.unfollow, day.net,
            day.cumulative };
        if (day.date.isValid()) {
            entry.date = day.date;
        } else {
            errors << makeError(position, naming.columns[DateField], FanErrorCode::BadDate,
                u"%1: %2 is missing or not a valid date"_s.arg(
                    naming.place(position), naming.columns[DateField]));
        }
        entries << entry;
    }
    checkEntries(entries, previousDay, naming, errors);
    sortByLine(errors);
    return errors;
}

} // namespace civic::domain

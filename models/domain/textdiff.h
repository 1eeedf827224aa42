#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace civic::domain {

// What a stretch of a word diff is: in both revisions, only in the newer, only in the older.
enum class DiffKind { Equal, Insert, Delete };

// "equal", "insert", "delete".
QString diffKindName(DiffKind kind);
std::optional<DiffKind> diffKindFromName(QStringView name);

// One stretch of a word diff.
struct DiffSegment
{
    DiffKind kind = DiffKind::Equal;
    QString text;

    friend bool operator==(const DiffSegment &, const DiffSegment &) = default;
};

// The tokens a word diff compares: each CJK character (Han, kana, bopomofo) alone, since
// Chinese has no spaces between words; runs of other letters and digits (Latin words,
// numbers) together; every other character (white space, punctuation, symbols) alone.
// A surrogate pair counts as one character.
QStringList diffTokens(QStringView text);

// PRODUCT.md §3: reviewers see a word-level diff against the previous submitted revision.
// The plain texts' tokens are compared with dtl (Wu, Manber and Myers' O(NP) algorithm);
// adjacent segments of one kind are merged, and where both are present the deleted text
// comes before the inserted. Concatenating the equal and delete segments gives `before`,
// the equal and insert segments `after`.
QList<DiffSegment> diffWords(QStringView before, QStringView after);

// The diff as HTML for the review view: deletions in <del>, insertions in <ins>, all text
// HTML-escaped and line breaks as <br/>.
QString diffToHtml(const QList<DiffSegment> &segments);

// [{"kind": "equal", "text": "…"}, …]
QJsonArray diffToJson(const QList<DiffSegment> &segments);

} // namespace civic::domain

#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace civic::domain {

// One occurrence of a sensitive word: where it is in the checked text (QString indexes,
// i.e. UTF-16 code units) and the word as the list spells it.
struct SensitiveHit
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString word;

    friend bool operator==(const SensitiveHit &, const SensitiveHit &) = default;
};

// A district's sensitive-word list, which blocks submission of a notice that contains any of
// its words (PRODUCT.md §3: 把好文字关).
class SensitiveWordList
{
public:
    SensitiveWordList() = default;
    // Blank entries are dropped and words are trimmed; a word equal to an earlier one after
    // normalisation (see normalizeForMatching) is kept once, in its first spelling.
    explicit SensitiveWordList(const QStringList &words);
    // One word per line; empty lines and lines starting with '#' are ignored.
    static SensitiveWordList fromLines(QStringView text);

    QStringList words() const { return m_words; }
    qsizetype size() const { return m_words.size(); }
    bool isEmpty() const { return m_words.isEmpty(); }

    // Every occurrence of every word, overlapping and repeated ones included, ordered by
    // start and, at the same start, longest first. Latin letters match regardless of case
    // and of full-width/half-width form, as do digits.
    QList<SensitiveHit> findAll(QStringView text) const;
    bool containsAny(QStringView text) const;

private:
    // A node of the Aho–Corasick automaton (Aho & Corasick 1975): a trie of the normalised
    // words with failure links, so one pass over the text finds every word in
    // O(text length + hits) whatever the number of words.
    struct Node
    {
        QHash<char16_t, int> next;
        int fail = 0;
        int word = -1; // index into m_words when a word ends here
        int output = -1; // nearest node on the failure chain where a word ends
    };

    void build(const QStringList &words);
    template<typename Visit> void scan(QStringView text, Visit visit) const;

    std::vector<Node> m_nodes;
    QStringList m_words;
};

// The text as matching sees it, of the same length: full-width Latin letters and digits
// (ＡＢＣ１２３) become their ASCII forms and Latin letters are lower-cased.
QString normalizeForMatching(QStringView text);

// The plain text of a notice body, for checks and diffs (QtCore only, so client and server
// agree): tags stripped; head, script, style and title contents dropped; the entities
// &amp; &lt; &gt; &quot; &apos; &#39; &nbsp; (as U+00A0) and numeric ones decoded; runs of
// white space collapsed to one space as a browser shows them (kept inside <pre>); block
// elements (p, div, li, headings, …) end a line and <br> breaks one.
QString plainTextFromHtml(const QString &html);

// A URL a notice body points to: <a href> and <img src>.
struct HtmlLink
{
    QString element; // "a" or "img"
    QString attribute; // "href" or "src"
    QString url; // entity-decoded, as written otherwise

    friend bool operator==(const HtmlLink &, const HtmlLink &) = default;
};

// The links of a notice body in document order (PRODUCT.md §3: links well formed).
QList<HtmlLink> htmlLinks(const QString &html);

} // namespace civic::domain

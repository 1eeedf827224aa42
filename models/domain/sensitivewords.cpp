#include "sensitivewords.h"

#include <queue>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace civic::domain {

namespace {

char16_t normalizeUnit(char16_t unit)
{
    // Full-width digits, upper- and lower-case Latin letters: U+FF10–FF19, FF21–FF3A, FF41–FF5A.
    if ((unit >= 0xFF10 && unit <= 0xFF19) || (unit >= 0xFF21 && unit <= 0xFF3A)
        || (unit >= 0xFF41 && unit <= 0xFF5A))
        unit = static_cast<char16_t>(unit - 0xFEE0);
    const QChar c(unit);
    if (c.script() == QChar::Script_Latin)
        return c.toLower().unicode();
    return unit;
}

// ---- A small HTML reader (notice bodies come from our own editor and the platform; no
// validation, just enough to read text, tags and attributes the way a browser would).

struct HtmlTag
{
    QString name; // lower case
    bool closing = false;
    QList<std::pair<QString, QString>> attributes; // names lower case, values decoded
};

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Decodes the entity at html[pos] == '&'. Returns the text and sets `end` past the ';', or
// returns a null string when this '&' starts no entity we know (it is then literal text).
QString decodeEntity(QStringView html, qsizetype pos, qsizetype &end)
{
    constexpr qsizetype kLongestEntity = 12;
    const qsizetype semicolon = html.indexOf(u';', pos + 1);
    if (semicolon < 0 || semicolon - pos - 1 > kLongestEntity || semicolon == pos + 1)
        return {};
    const QStringView name = html.mid(pos + 1, semicolon - pos - 1);
    end = semicolon + 1;
    if (name.startsWith(u'#')) {
        const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
        const QStringView digits = name.mid(hex ? 2 : 1);
        bool ok = false;
        const qulonglong value = digits.toULongLong(&ok, hex ? 16 : 10);
        if (!ok || digits.isEmpty() || digits.startsWith(u'+') || digits.startsWith(u'-'))
            return {};
        // As browsers do: nothing, surrogates and values beyond Unicode become U+FFFD.
        if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return QString(QChar(QChar::ReplacementCharacter));
        const char32_t codePoint = static_cast<char32_t>(value);
        return QString::fromUcs4(&codePoint, 1);
    }
    static const QHash<QString, QChar> kNamed {
        { u"amp"_s, u'&' },
        { u"lt"_s, u'<' },
        { u"gt"_s, u'>' },
        { u"quot"_s, u'"' },
        { u"apos"_s, u'\'' },
        { u"nbsp"_s, QChar(0x00A0) },
    };
    const auto it = kNamed.constFind(name.toString());
    if (it == kNamed.constEnd())
        return {};
    return QString(*it);
}

QString decodeEntities(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i) == u'&') {
            qsizetype end = i;
            const QString decoded = decodeEntity(text, i, end);
            if (!decoded.isNull()) {
                result += decoded;
                i = end;
                continue;
            }
        }
        result += text.at(i);
        ++i;
    }
    return result;
}

// Parses the tag starting at html[pos] == '<' (followed by a letter or "/letter").
// Returns the index after its '>', or the end of the input for an unterminated tag.
qsizetype parseTag(QStringView html, qsizetype pos, HtmlTag &tag)
{
    const qsizetype n = html.size();
    qsizetype i = pos + 1;
    if (i < n && html.at(i) == u'/') {
        tag.closing = true;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < n && !isHtmlSpace(html.at(i)) && html.at(i) != u'>' && html.at(i) != u'/')
        ++i;
    tag.name = html.mid(nameStart, i - nameStart).toString().toLower();
    while (i < n) {
        while (i < n && (isHtmlSpace(html.at(i)) || html.at(i) == u'/'))
            ++i;
        if (i >= n)
            break;
        if (html.at(i) == u'>')
            return i + 1;
        const qsizetype attrStart = i;
        while (i < n && !isHtmlSpace(html.at(i)) && html.at(i) != u'=' && html.at(i) != u'>'
            && html.at(i) != u'/')
            ++i;
        const QString attrName = html.mid(attrStart, i - attrStart).toString().toLower();
        while (i < n && isHtmlSpace(html.at(i)))
            ++i;
        QString value;
        if (i < n && html.at(i) == u'=') {
            ++i;
            while (i < n && isHtmlSpace(html.at(i)))
                ++i;
            if (i < n && (html.at(i) == u'"' || html.at(i) == u'\'')) {
                const QChar quote = html.at(i);
                const qsizetype valueStart = ++i;
                while (i < n && html.at(i) != quote)
                    ++i;
                value = decodeEntities(html.mid(valueStart, i - valueStart));
                if (i < n)
                    ++i;
            } else {
                const qsizetype valueStart = i;
                while (i < n && !isHtmlSpace(html.at(i)) && html.at(i) != u'>')
                    ++i;
                value = decodeEntities(html.mid(valueStart, i - valueStart));
            }
        }
        if (!attrName.isEmpty())
            tag.attributes.append({ attrName, value });
    }
    return n;
}

// Walks the HTML: `onTag` for every element tag, `onText` for every piece of text with
// `decoded` set for text that came from an entity. Comments, doctypes and processing
// instructions are skipped, and so are the contents of elements that are never shown.
void walkHtml(QStringView html, const std::function<void(const HtmlTag &)> &onTag,
    const std::function<void(QStringView, bool)> &onText)
{
    static const QStringList kHidden { u"head"_s, u"script"_s, u"style"_s, u"title"_s };
    const qsizetype n = html.size();
    qsizetype i = 0;
    qsizetype textStart = 0;
    const auto flush = [&](qsizetype upTo) {
        if (upTo > textStart)
            onText(html.mid(textStart, upTo - textStart), false);
    };
    while (i < n) {
        const QChar c = html.at(i);
        if (c == u'<' && i + 1 < n) {
            const QChar next = html.at(i + 1);
            if (html.mid(i, 4) == u"<!--") {
                flush(i);
                const qsizetype end = html.indexOf(u"-->", i + 4);
                i = end < 0 ? n : end + 3;
                textStart = i;
                continue;
            }
            if (next == u'!' || next == u'?') {
                flush(i);
                const qsizetype end = html.indexOf(u'>', i + 2);
                i = end < 0 ? n : end + 1;
                textStart = i;
                continue;
            }
            if (isAsciiLetter(next)
                || (next == u'/' && i + 2 < n && isAsciiLetter(html.at(i + 2)))) {
                flush(i);
                HtmlTag tag;
                i = parseTag(html, i, tag);
                if (!tag.closing && kHidden.contains(tag.name)) {
                    const QString closing = u"</"_s + tag.name;
                    const qsizetype end = html.indexOf(closing, i, Qt::CaseInsensitive);
                    i = end < 0 ? n : html.indexOf(u'>', end) + 1;
                    if (i <= 0)
                        i = n;
                } else {
                    onTag(tag);
                }
                textStart = i;
                continue;
            }
        } else if (c == u'&') {
            qsizetype end = i;
            const QString decoded = decodeEntity(html, i, end);
            if (!decoded.isNull()) {
                flush(i);
                onText(decoded, true);
                i = end;
                textStart = i;
                continue;
            }
        }
        ++i;
    }
    flush(n);
}

bool isBlockElement(const QString &name)
{
    static const QStringList kBlocks { u"address"_s, u"article"_s, u"aside"_s, u"blockquote"_s,
        u"body"_s, u"center"_s, u"dd"_s, u"details"_s, u"dialog"_s, u"div"_s, u"dl"_s, u"dt"_s,
        u"fieldset"_s, u"figcaption"_s, u"figure"_s, u"footer"_s, u"form"_s, u"h1"_s, u"h2"_s,
        u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s, u"header"_s, u"hr"_s, u"html"_s, u"li"_s, u"main"_s,
        u"nav"_s, u"ol"_s, u"p"_s, u"pre"_s, u"section"_s, u"summary"_s, u"table"_s, u"tbody"_s,
        u"tfoot"_s, u"thead"_s, u"tr"_s, u"ul"_s };
    return kBlocks.contains(name);
}

} // namespace

SensitiveWordList::SensitiveWordList(const QStringList &words)
{
    build(words);
}

SensitiveWordList SensitiveWordList::fromLines(QStringView text)
{
    QStringList words;
    for (const auto line : text.split(u'\n')) {
        const QStringView word = line.trimmed();
        if (!word.isEmpty() && !word.startsWith(u'#'))
            words.append(word.toString());
    }
    return SensitiveWordList(words);
}

void SensitiveWordList::build(const QStringList &words)
{
    m_nodes.assign(1, Node {});
    m_words.clear();
    for (const auto &raw : words) {
        const QString word = raw.trimmed();
        if (word.isEmpty())
            continue;
        int state = 0;
        for (const QChar c : normalizeForMatching(word)) {
            const char16_t unit = c.unicode();
            const auto it = m_nodes[state].next.constFind(unit);
            if (it != m_nodes[state].next.constEnd()) {
                state = *it;
            } else {
                const int created = static_cast<int>(m_nodes.size());
                m_nodes[state].next.insert(unit, created);
                m_nodes.push_back(Node {});
                state = created;
            }
        }
        if (m_nodes[state].word < 0) {
            m_nodes[state].word = static_cast<int>(m_words.size());
            m_words.append(word);
        }
    }
    // Breadth first, so every node's failure target (a shorter suffix) is complete first.
    std::queue<int> queue;
    for (const int child : std::as_const(m_nodes[0].next))
        queue.push(child);
    while (!queue.empty()) {
        const int node = queue.front();
        queue.pop();
        for (auto it = m_nodes[node].next.cbegin(); it != m_nodes[node].next.cend(); ++it) {
            const char16_t unit = it.key();
            const int child = it.value();
            int fallback = m_nodes[node].fail;
            while (fallback != 0 && !m_nodes[fallback].next.contains(unit))
                fallback = m_nodes[fallback].fail;
            const int target = m_nodes[fallback].next.value(unit, 0);
            m_nodes[child].fail = target;
            m_nodes[child].output = m_nodes[target].word >= 0 ? target : m_nodes[target].output;
            queue.push(child);
        }
    }
}

template<typename Visit> void SensitiveWordList::scan(QStringView text, Visit visit) const
{
    if (m_words.isEmpty())
        return;
    int state = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = normalizeUnit(text.at(i).unicode());
        while (state != 0 && !m_nodes[state].next.contains(unit))
            state = m_nodes[state].fail;
        state = m_nodes[state].next.value(unit, 0);
        for (int node = m_nodes[state].word >= 0 ? state : m_nodes[state].output; node >= 0;
             node = m_nodes[node].output) {
            const QString &word = m_words.at(m_nodes[node].word);
            if (!visit(SensitiveHit { i + 1 - word.size(), word.size(), word }))
                return;
        }
    }
}

QList<SensitiveHit> SensitiveWordList::findAll(QStringView text) const
{
    QList<SensitiveHit> hits;
    scan(text, [&hits](SensitiveHit hit) {
        hits.append(std::move(hit));
        return true;
    });
    std::stable_sort(hits.begin(), hits.end(), [](const SensitiveHit &a, const SensitiveHit &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    return hits;
}

bool SensitiveWordList::containsAny(QStringView text) const
{
    bool found = false;
    scan(text, [&found](const SensitiveHit &) {
        found = true;
        return false;
    });
    return found;
}

QString normalizeForMatching(QStringView text)
{
    QString result(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        result[i] = QChar(normalizeUnit(text.at(i).unicode()));
    return result;
}

QString plainTextFromHtml(const QString &html)
{
    QString out;
    out.reserve(html.size());
    bool pendingSpace = false;
    int preDepth = 0;
    const auto endLine = [&] {
        pendingSpace = false;
        while (out.endsWith(u' '))
            out.chop(1);
        if (!out.isEmpty() && !out.endsWith(u'\n'))
            out += u'\n';
    };
    const auto onTag = [&](const HtmlTag &tag) {
        if (tag.name == u"br") {
            pendingSpace = false;
            while (out.endsWith(u' '))
                out.chop(1);
            out += u'\n';
            return;
        }
        if (tag.name == u"td" || tag.name == u"th") {
            pendingSpace = true;
            return;
        }
        if (tag.name == u"pre")
            preDepth = std::max(0, preDepth + (tag.closing ? -1 : 1));
        if (isBlockElement(tag.name))
            endLine();
    };
    const auto onText = [&](QStringView text, bool decoded) {
        for (const QChar c : text) {
            if (!decoded && preDepth == 0 && isHtmlSpace(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && !out.isEmpty() && !out.endsWith(u'\n'))
                out += u' ';
            pendingSpace = false;
            out += c;
        }
    };
    walkHtml(html, onTag, onText);
    while (out.endsWith(u'\n') || out.endsWith(u' '))
        out.chop(1);
    return out;
}

QList<HtmlLink> htmlLinks(const QString &html)
{
    QList<HtmlLink> links;
    const auto onTag = [&links](const HtmlTag &tag) {
        if (tag.closing)
            return;
        QString attribute;
        if (tag.name == u"a")
            attribute = u"href"_s;
        else if (tag.name == u"img")
            attribute = u"src"_s;
        else
            return;
        for (const auto &[name, value] : tag.attributes) {
            if (name == attribute) {
                links.append(HtmlLink { tag.name, attribute, value });
                break;
            }
        }
    };
    walkHtml(html, onTag, [](QStringView, bool) {});
    return links;
}

} // namespace civic::domain

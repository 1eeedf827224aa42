#include "htmlsanitizer.h"

#include "noticechecks.h"

#include <QList>
#include <QSet>

using namespace Qt::StringLiterals;

namespace civic::domain {

namespace {

// Elements dropped together with everything inside them.
const QSet<QString> &droppedWithContent()
{
    static const QSet<QString> set { u"script"_s, u"style"_s, u"head"_s, u"title"_s, u"iframe"_s,
        u"object"_s, u"embed"_s, u"noscript"_s, u"template"_s, u"svg"_s, u"math"_s, u"textarea"_s,
        u"select"_s, u"frameset"_s, u"frame"_s, u"applet"_s, u"xml"_s, u"video"_s, u"audio"_s,
        u"canvas"_s };
    return set;
}

// What a notice body may contain (PRODUCT.md §3: headings, bold, lists, links, images by URL).
const QSet<QString> &allowedElements()
{
    static const QSet<QString> set { u"p"_s, u"br"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s,
        u"h6"_s, u"strong"_s, u"b"_s, u"em"_s, u"i"_s, u"u"_s, u"s"_s, u"del"_s, u"ins"_s, u"ul"_s,
        u"ol"_s, u"li"_s, u"a"_s, u"img"_s, u"span"_s, u"div"_s, u"hr"_s, u"sub"_s, u"sup"_s,
        u"blockquote"_s };
    return set;
}

bool isVoid(const QString &name)
{
    return name == u"br" || name == u"img" || name == u"hr";
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// The entities an attribute value may use; others stay as written.
QString decodeEntities(const QString &value)
{
    if (!value.contains(u'&'))
        return value;
    static const QList<std::pair<QString, QString>> named { { u"&lt;"_s, u"<"_s },
        { u"&gt;"_s, u">"_s }, { u"&quot;"_s, u"\""_s }, { u"&apos;"_s, u"'"_s },
        { u"&#39;"_s, u"'"_s }, { u"&nbsp;"_s, u" "_s } };
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) != u'&') {
            out += value.at(i);
            continue;
        }
        const qsizetype semicolon = value.indexOf(u';', i);
        if (semicolon > i && semicolon - i <= 10) {
            const QString entity = value.mid(i, semicolon - i + 1);
            if (entity == u"&amp;") {
                out += u'&';
                i = semicolon;
                continue;
            }
            bool found = false;
            for (const auto &[name, text] : named) {
                if (entity == name) {
                    out += text;
                    found = true;
                    break;
                }
            }
            if (!found && entity.startsWith(u"&#")) {
                const bool hex
                    = entity.size() > 3 && (entity.at(2) == u'x' || entity.at(2) == u'X');
                bool ok = false;
                const uint code = entity.mid(hex ? 3 : 2, entity.size() - (hex ? 4 : 3))
                                      .toUInt(&ok, hex ? 16 : 10);
                if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                    const char32_t c = code;
                    out += QString::fromUcs4(&c, 1);
                    found = true;
                }
            }
            if (found) {
                i = semicolon;
                continue;
            }
        }
        out += u'&';
    }
    return out;
}

// Text between tags: entities that look well formed stay, every other '&', and any '>', is escaped.
QString escapeText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'>') {
            out += u"&gt;"_s;
        } else if (c == u'&') {
            qsizetype j = i + 1;
            if (j < text.size() && text.at(j) == u'#')
                ++j;
            const qsizetype start = j;
            while (j < text.size() && j - i < 12 && (text.at(j).isLetterOrNumber()))
                ++j;
            const bool entity = j > start && j < text.size() && text.at(j) == u';';
            out += entity ? u"&"_s : u"&amp;"_s;
        } else {
            out += c;
        }
    }
    return out;
}

QString attribute(const QList<std::pair<QString, QString>> &attributes, const QString &name)
{
    for (const auto &[n, v] : attributes) {
        if (n == name)
            return v;
    }
    return {};
}

} // namespace

QString sanitizeNoticeHtml(const QString &html)
{
    QString out;
    out.reserve(html.size());
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html.at(i);
        if (c != u'<') {
            const qsizetype next = html.indexOf(u'<', i);
            const qsizetype end = next < 0 ? n : next;
            out += escapeText(QStringView(html).mid(i, end - i));
            i = end;
            continue;
        }
        if (QStringView(html).mid(i, 4) == u"<!--") {
            const qsizetype end = html.indexOf(u"-->"_s, i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        if (i + 1 < n && (html.at(i + 1) == u'!' || html.at(i + 1) == u'?')) {
            const qsizetype end = html.indexOf(u'>', i);
            i = end < 0 ? n : end + 1;
            continue;
        }
        qsizetype j = i + 1;
        const bool closing = j < n && html.at(j) == u'/';
        if (closing)
            ++j;
        if (j >= n || !isAsciiLetter(html.at(j))) {
            out += u"&lt;"_s;
            ++i;
            continue;
        }
        const qsizetype nameStart = j;
        while (j < n && (isAsciiLetter(html.at(j)) || html.at(j).isDigit()))
            ++j;
        const QString name = html.mid(nameStart, j - nameStart).toLower();
        // Attributes, honouring quotes, up to the tag's '>'.
        QList<std::pair<QString, QString>> attributes;
        bool selfClosing = false;
        bool ended = false;
        while (j < n) {
            const QChar a = html.at(j);
            if (a == u'>') {
                ended = true;
                ++j;
                break;
            }
            if (isSpace(a) || a == u'/') {
                selfClosing = a == u'/';
                ++j;
                continue;
            }
            selfClosing = false;
            const qsizetype attrStart = j;
            while (j < n && !isSpace(html.at(j)) && html.at(j) != u'=' && html.at(j) != u'>'
                && html.at(j) != u'/')
                ++j;
            const QString attrName = html.mid(attrStart, j - attrStart).toLower();
            while (j < n && isSpace(html.at(j)))
                ++j;
            QString value;
            if (j < n && html.at(j) == u'=') {
                ++j;
                while (j < n && isSpace(html.at(j)))
                    ++j;
                if (j < n && (html.at(j) == u'"' || html.at(j) == u'\'')) {
                    const QChar quote = html.at(j);
                    const qsizetype close = html.indexOf(quote, j + 1);
                    const qsizetype stop = close < 0 ? n : close;
                    value = html.mid(j + 1, stop - j - 1);
                    j = close < 0 ? n : close + 1;
                } else {
                    const qsizetype valueStart = j;
                    while (j < n && !isSpace(html.at(j)) && html.at(j) != u'>')
                        ++j;
                    value = html.mid(valueStart, j - valueStart);
                }
            }
            if (!attrName.isEmpty())
                attributes.append({ attrName, decodeEntities(value).trimmed() });
        }
        if (!ended)
            break; // an unterminated tag at the end: nothing after it is shown
        i = j;
        if (!closing && droppedWithContent().contains(name)) {
            if (selfClosing)
                continue;
            // Skip to the matching end tag, whatever is inside.
            const QString endTag = u"</"_s + name;
            qsizetype at = i;
            for (;;) {
                at = html.indexOf(endTag, at, Qt::CaseInsensitive);
                if (at < 0)
                    break;
                const qsizetype after = at + endTag.size();
                if (after >= n || html.at(after) == u'>' || isSpace(html.at(after)))
                    break;
                at = after;
            }
            if (at < 0) {
                i = n;
            } else {
                const qsizetype gt = html.indexOf(u'>', at);
                i = gt < 0 ? n : gt + 1;
            }
            continue;
        }
        if (!allowedElements().contains(name))
            continue;
        if (closing) {
            if (!isVoid(name))
                out += u"</"_s + name + u'>';
            continue;
        }
        if (name == u"a") {
            const QString href = attribute(attributes, u"href"_s);
            out += isWellFormedWebUrl(href) ? u"<a href=\"%1\">"_s.arg(href.toHtmlEscaped())
                                            : u"<a>"_s;
        } else if (name == u"img") {
            const QString src = attribute(attributes, u"src"_s);
            if (isWellFormedWebUrl(src))
                out += u"<img src=\"%1\" />"_s.arg(src.toHtmlEscaped());
        } else if (isVoid(name)) {
            out += u'<' + name + u" />"_s;
        } else {
            out += u'<' + name + u'>';
        }
    }
    return out;
}

} // namespace civic::domain

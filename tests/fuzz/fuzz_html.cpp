// Notice HTML (PRODUCT.md §3) from arbitrary bytes. The sanitiser's output holds only a
// notice's own elements, no attribute but an http(s) <a href> or <img src> (so no event
// handler, style or javascript: URL), and sanitising it again changes nothing. The plain
// text, link and sensitive-word readers of the same HTML must not crash, and every word hit
// lies inside the text and is the word.

#include "domain/htmlsanitizer.h"
#include "domain/sensitivewords.h"
#include "fuzzcheck.h"

#include <QSet>

#include <cstddef>
#include <cstdint>

using namespace civic::domain;
using namespace Qt::StringLiterals;

namespace {

bool isWebUrl(QStringView value)
{
    return value.startsWith(u"http://", Qt::CaseInsensitive)
        || value.startsWith(u"https://", Qt::CaseInsensitive);
}

// One tag of sanitised output, from '<' to '>': a known element, at most its one URL.
void checkTag(QStringView tag)
{
    static const QSet<QString> allowed { u"p"_s, u"br"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s,
        u"h5"_s, u"h6"_s, u"strong"_s, u"b"_s, u"em"_s, u"i"_s, u"u"_s, u"s"_s, u"del"_s, u"ins"_s,
        u"ul"_s, u"ol"_s, u"li"_s, u"a"_s, u"img"_s, u"span"_s, u"div"_s, u"hr"_s, u"sub"_s,
        u"sup"_s, u"blockquote"_s };
    QStringView inner = tag.mid(1, tag.size() - 2);
    if (inner.startsWith(u'/')) {
        CIVIC_FUZZ_CHECK(allowed.contains(inner.mid(1).toString()));
        return;
    }
    const qsizetype space = inner.indexOf(u' ');
    const QString name = (space < 0 ? inner : inner.left(space)).toString();
    CIVIC_FUZZ_CHECK(allowed.contains(name));
    if (space < 0)
        return;
    QStringView rest = inner.mid(space);
    if (rest == u" /")
        return;
    const QString prefix = name == u"a" ? u" href=\""_s : u" src=\""_s;
    CIVIC_FUZZ_CHECK(name == u"a" || name == u"img");
    CIVIC_FUZZ_CHECK(rest.startsWith(prefix));
    const QStringView suffix = name == u"a" ? u"\"" : u"\" /";
    CIVIC_FUZZ_CHECK(rest.endsWith(suffix));
    const QStringView value = rest.mid(prefix.size(), rest.size() - prefix.size() - suffix.size());
    CIVIC_FUZZ_CHECK(!value.contains(u'"') && !value.contains(u'<') && !value.contains(u'>'));
    CIVIC_FUZZ_CHECK(isWebUrl(value));
}

void checkSanitised(const QString &html)
{
    qsizetype i = 0;
    while (i < html.size()) {
        const qsizetype open = html.indexOf(u'<', i);
        const QStringView text = QStringView(html).mid(i, (open < 0 ? html.size() : open) - i);
        CIVIC_FUZZ_CHECK(!text.contains(u'>'));
        if (open < 0)
            break;
        const qsizetype close = html.indexOf(u'>', open);
        CIVIC_FUZZ_CHECK(close > open);
        checkTag(QStringView(html).mid(open, close - open + 1));
        i = close + 1;
    }
}

void checkWords(const QString &lines, const QString &text)
{
    const SensitiveWordList list = SensitiveWordList::fromLines(lines);
    const QList<SensitiveHit> hits = list.findAll(text);
    CIVIC_FUZZ_CHECK(list.containsAny(text) == !hits.isEmpty());
    for (qsizetype i = 0; i < hits.size(); ++i) {
        const SensitiveHit &hit = hits.at(i);
        CIVIC_FUZZ_CHECK(hit.start >= 0 && hit.length > 0 && hit.start + hit.length <= text.size());
        CIVIC_FUZZ_CHECK(normalizeForMatching(QStringView(text).mid(hit.start, hit.length))
            == normalizeForMatching(hit.word));
        if (i > 0) {
            const SensitiveHit &previous = hits.at(i - 1);
            CIVIC_FUZZ_CHECK(previous.start < hit.start
                || (previous.start == hit.start && previous.length >= hit.length));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const QString clean = sanitizeNoticeHtml(input);
    checkSanitised(clean);
    CIVIC_FUZZ_CHECK(sanitizeNoticeHtml(clean) == clean);

    const QString plain = plainTextFromHtml(input);
    for (const HtmlLink &link : htmlLinks(input))
        CIVIC_FUZZ_CHECK(link.element == u"a" || link.element == u"img");

    // A word list and a text from one input: the lines before the first empty line are the
    // list (sensitive_words.update), the rest is the notice.
    const qsizetype split = input.indexOf(u"\n\n"_s);
    if (split >= 0)
        checkWords(input.left(split), plainTextFromHtml(input.mid(split + 2)));
    else
        checkWords(plain, plain);
    return 0;
}

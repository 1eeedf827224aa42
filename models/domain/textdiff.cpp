#include "textdiff.h"

#include <QHash>
#include <QJsonObject>

#include <dtl/dtl.hpp>
#include <vector>

using namespace Qt::StringLiterals;

namespace civic::domain {

namespace {

constexpr std::pair<DiffKind, QStringView> kKindNames[] = {
    { DiffKind::Equal, u"equal" },
    { DiffKind::Insert, u"insert" },
    { DiffKind::Delete, u"delete" },
};

bool isCjk(char32_t codePoint)
{
    switch (QChar::script(codePoint)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Bopomofo:
        return true;
    default:
        return false;
    }
}

bool isWordCharacter(char32_t codePoint)
{
    return QChar::isLetterOrNumber(codePoint) && !isCjk(codePoint);
}

bool isMark(char32_t codePoint)
{
    return QChar::isMark(codePoint);
}

// The code point at text[i] and how many UTF-16 units it takes.
char32_t codePointAt(QStringView text, qsizetype i, qsizetype &units)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        units = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    units = 1;
    return c.unicode();
}

void appendSegment(QList<DiffSegment> &segments, DiffKind kind, const QString &text)
{
    if (!segments.isEmpty() && segments.last().kind == kind)
        segments.last().text += text;
    else
        segments.append(DiffSegment { kind, text });
}

} // namespace

QString diffKindName(DiffKind kind)
{
    for (const auto &[k, name] : kKindNames) {
        if (k == kind)
            return name.toString();
    }
    return {};
}

std::optional<DiffKind> diffKindFromName(QStringView name)
{
    for (const auto &[k, n] : kKindNames) {
        if (n == name)
            return k;
    }
    return std::nullopt;
}

QStringList diffTokens(QStringView text)
{
    QStringList tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype units = 1;
        const char32_t first = codePointAt(text, i, units);
        qsizetype end = i + units;
        if (isWordCharacter(first)) {
            // A word runs on through letters, digits and the combining marks on them.
            while (end < text.size()) {
                const char32_t next = codePointAt(text, end, units);
                if (!isWordCharacter(next) && !isMark(next))
                    break;
                end += units;
            }
        }
        tokens.append(text.mid(i, end - i).toString());
        i = end;
    }
    return tokens;
}

QList<DiffSegment> diffWords(QStringView before, QStringView after)
{
    // dtl compares sequences of ints: each distinct token gets a number.
    QHash<QString, int> ids;
    QStringList texts;
    const auto encode = [&](QStringView text) {
        std::vector<int> sequence;
        for (const auto &token : diffTokens(text)) {
            auto it = ids.constFind(token);
            if (it == ids.constEnd()) {
                it = ids.insert(token, static_cast<int>(texts.size()));
                texts.append(token);
            }
            sequence.push_back(*it);
        }
        return sequence;
    };
    const std::vector<int> a = encode(before);
    const std::vector<int> b = encode(after);

    QList<DiffSegment> segments;
    if (a.empty() && b.empty())
        return segments;
    dtl::Diff<int> diff(a, b, /* deletesFirst */ true);
    diff.compose();
    for (const auto &[token, info] : diff.getSes().getSequence()) {
        const QString &text = texts.at(token);
        switch (info.type) {
        case dtl::SES_COMMON:
            appendSegment(segments, DiffKind::Equal, text);
            break;
        case dtl::SES_ADD:
            appendSegment(segments, DiffKind::Insert, text);
            break;
        case dtl::SES_DELETE:
            appendSegment(segments, DiffKind::Delete, text);
            break;
        }
    }
    return segments;
}

QString diffToHtml(const QList<DiffSegment> &segments)
{
    QString html;
    for (const auto &segment : segments) {
        QString text = segment.text.toHtmlEscaped();
        text.replace(u'\n', u"<br/>"_s);
        switch (segment.kind) {
        case DiffKind::Equal:
            html += text;
            break;
        case DiffKind::Insert:
            html += u"<ins>"_s + text + u"</ins>"_s;
            break;
        case DiffKind::Delete:
            html += u"<del>"_s + text + u"</del>"_s;
            break;
        }
    }
    return html;
}

QJsonArray diffToJson(const QList<DiffSegment> &segments)
{
    QJsonArray array;
    for (const auto &segment : segments)
        array.append(
            QJsonObject { { u"kind"_s, diffKindName(segment.kind) }, { u"text"_s, segment.text } });
    return array;
}

} // namespace civic::domain

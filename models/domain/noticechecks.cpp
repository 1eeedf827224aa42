#include "noticechecks.h"

#include "chinatime.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace civic::domain {

namespace {

NoticeIssue issue(const QString &field, const QString &code, const QString &message)
{
    NoticeIssue result;
    result.field = field;
    result.code = code;
    result.message = message;
    return result;
}

void addSensitiveHits(QList<NoticeIssue> &issues, const QString &field, const QString &where,
    QStringView text, const SensitiveWordList &words)
{
    for (const auto &hit : words.findAll(text)) {
        NoticeIssue found = issue(field, u"sensitive_word"_s,
            u"The %1 contains the sensitive word \"%2\""_s.arg(where, hit.word));
        found.detail = hit.word;
        found.start = hit.start;
        found.length = hit.length;
        issues.append(found);
    }
}

} // namespace

bool isWellFormedWebUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return false;
    const QString scheme = parsed.scheme();
    return scheme == u"http" || scheme == u"https";
}

QList<NoticeIssue> checkNoticeForSubmission(
    const NoticeContent &content, const SensitiveWordList &sensitiveWords, qint64 now)
{
    QList<NoticeIssue> issues;
    const QString body = plainTextFromHtml(content.bodyHtml);
    if (content.title.trimmed().isEmpty())
        issues.append(issue(u"title"_s, u"required"_s, u"The title is empty"_s));
    if (content.category.trimmed().isEmpty())
        issues.append(issue(u"category"_s, u"required"_s, u"No category is chosen"_s));
    if (body.trimmed().isEmpty())
        issues.append(issue(u"body_html"_s, u"required"_s, u"The body has no text"_s));

    addSensitiveHits(issues, u"title"_s, u"title"_s, content.title, sensitiveWords);
    addSensitiveHits(issues, u"body_html"_s, u"body"_s, body, sensitiveWords);

    for (const auto &link : htmlLinks(content.bodyHtml)) {
        // Editors pad attribute values; browsers ignore the padding too.
        if (isWellFormedWebUrl(link.url.trimmed()))
            continue;
        NoticeIssue bad = issue(u"body_html"_s, u"invalid_link"_s,
            u"The %1 %2 \"%3\" is not a well-formed http(s) address"_s.arg(
                link.element == u"img" ? u"image"_s : u"link"_s, link.attribute, link.url));
        bad.detail = link.url;
        issues.append(bad);
    }

    if (content.scheduledAt && *content.scheduledAt < now) {
        issues.append(issue(u"scheduled_at"_s, u"schedule_in_past"_s,
            u"The scheduled time %1 has already passed"_s.arg(isoTime(*content.scheduledAt))));
    }
    return issues;
}

} // namespace civic::domain

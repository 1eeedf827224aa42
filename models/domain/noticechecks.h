#pragma once

#include "noticeworkflow.h"
#include "sensitivewords.h"

#include <QList>
#include <QString>

namespace civic::domain {

// One thing to fix before a notice may be submitted.
struct NoticeIssue
{
    QString
        field; // the notice.save payload field: "title", "category", "body_html", "scheduled_at"
    QString code; // "required", "sensitive_word", "invalid_link", "schedule_in_past"
    QString message; // English
    // Sensitive words: where the hit is, in the title or in plainTextFromHtml(body), and the
    // word; links: the offending URL.
    QString detail;
    qsizetype start = -1;
    qsizetype length = 0;

    friend bool operator==(const NoticeIssue &, const NoticeIssue &) = default;
};

// PRODUCT.md §3 (seed 001: 把好文字关、时间关、政策关): the checks the client runs before
// submission, every issue blocking it. Required fields (title, category, body text); every
// sensitive-word hit in the title and the body; every <a href> and <img src> that is not an
// http(s) URL with a host, parsed strictly; a schedule before `now`. Issues come in that
// order. The server may run the same checks.
QList<NoticeIssue> checkNoticeForSubmission(
    const NoticeContent &content, const SensitiveWordList &sensitiveWords, qint64 now);

// True for an http or https URL that QUrl accepts in strict mode and that names a host.
bool isWellFormedWebUrl(const QString &url);

} // namespace civic::domain

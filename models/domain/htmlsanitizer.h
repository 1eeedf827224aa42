#pragma once

#include <QString>

namespace civic::domain {

// Notice HTML made safe to show (the client's editor, preview, published and review views
// pass every body through it): stored HTML is untrusted, so only the elements a notice uses
// survive (paragraphs, headings, bold and italic, lists, links, images, line breaks, ins/del),
// with no attributes except an http(s) <a href> and <img src>; script, style, head, iframes
// and objects are dropped with their content, comments and unknown markup are removed, and
// text is re-escaped. (The client's views never fetch the images: ui/notices/noticehtml.h.)
// Sanitising is idempotent: sanitizeNoticeHtml(sanitizeNoticeHtml(x)) == sanitizeNoticeHtml(x).
QString sanitizeNoticeHtml(const QString &html);

} // namespace civic::domain

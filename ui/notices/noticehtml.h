#pragma once

#include "domain/textdiff.h"

#include <QImage>
#include <QString>
#include <QTextBrowser>
#include <QTextEdit>

class QTextDocument;

namespace civic::ui {

// The one way notice HTML reaches the screen (the editor, the preview, the published view, the
// review view's diff, pasted text): domain::sanitizeNoticeHtml.
QString renderableNoticeHtml(const QString &html);

// The clean HTML a notice stores, from the editor's document: <h3> for headings, <p>, <ul>/<ol>
// with <li>, <strong>, <a href>, <img src> and <br/>; nothing else (no styles, no <html> frame).
QString noticeHtmlFromDocument(const QTextDocument *document);

// A word diff (domain diffWords) as display HTML: insertions green and underlined, deletions
// red and struck through; passed through renderableNoticeHtml first.
QString diffDisplayHtml(const QList<domain::DiffSegment> &segments);

// What a view shows instead of an image by URL: a grey box naming the image's host.
QImage imageStandIn(const QUrl &url, int width = 320);

// A read-only view of notice HTML: links are not followed and nothing is loaded from the
// network (images show as grey stand-in boxes). Use setNoticeHtml(), which sanitises.
class NoticeHtmlView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit NoticeHtmlView(QWidget *parent = nullptr);
    void setNoticeHtml(const QString &html);
    // Grows to its content's height (for views inside a scroll area), within the limits.
    void setFitToContent(bool fit, int minimum = 40);

    QVariant loadResource(int type, const QUrl &name) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fit();
    bool m_fit = false;
    int m_minimum = 40;
};

// The notice body editor: rich text whose paste is sanitised and whose images are grey stand-in
// boxes.
class NoticeBodyEdit : public QTextEdit
{
    Q_OBJECT

public:
    explicit NoticeBodyEdit(QWidget *parent = nullptr);
    void setNoticeHtml(const QString &html);
    QVariant loadResource(int type, const QUrl &name) override;

protected:
    void insertFromMimeData(const QMimeData *source) override;
};

} // namespace civic::ui

#include "noticehtml.h"

#include "domain/htmlsanitizer.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace civic::ui {

QString renderableNoticeHtml(const QString &html)
{
    return domain::sanitizeNoticeHtml(html);
}

QString noticeHtmlFromDocument(const QTextDocument *document)
{
    QString out;
    const QTextList *openList = nullptr;
    bool ordered = false;
    const auto closeList = [&] {
        if (openList)
            out += ordered ? u"</ol>"_s : u"</ul>"_s;
        openList = nullptr;
    };
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int heading = std::clamp(block.blockFormat().headingLevel(), 0, 6);
        QString inner;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat()) {
                const QString src = format.toImageFormat().name();
                if (!src.isEmpty())
                    inner += u"<img src=\"%1\" />"_s.arg(src.toHtmlEscaped());
                continue;
            }
            QString text = fragment.text();
            text.remove(QChar::ObjectReplacementCharacter);
            if (text.isEmpty())
                continue;
            QString piece = text.toHtmlEscaped().replace(QChar::LineSeparator, u"<br />"_s);
            // A heading is bold already; its own weight is not markup.
            if (heading == 0 && format.fontWeight() >= QFont::Bold)
                piece = u"<strong>"_s + piece + u"</strong>"_s;
            if (format.isAnchor() && !format.anchorHref().isEmpty())
                piece = u"<a href=\"%1\">%2</a>"_s.arg(format.anchorHref().toHtmlEscaped(), piece);
            inner += piece;
        }
        if (const QTextList *list = block.textList()) {
            if (list != openList) {
                closeList();
                openList = list;
                const auto style = list->format().style();
                ordered = style == QTextListFormat::ListDecimal
                    || style == QTextListFormat::ListLowerAlpha
                    || style == QTextListFormat::ListUpperAlpha
                    || style == QTextListFormat::ListLowerRoman
                    || style == QTextListFormat::ListUpperRoman;
                out += ordered ? u"<ol>"_s : u"<ul>"_s;
            }
            out += u"<li>"_s + inner + u"</li>"_s;
            continue;
        }
        closeList();
        if (inner.isEmpty())
            continue;
        if (heading > 0)
            out += u"<h%1>%2</h%1>"_s.arg(heading).arg(inner);
        else
            out += u"<p>"_s + inner + u"</p>"_s;
    }
    closeList();
    return out;
}

QString diffDisplayHtml(const QList<domain::DiffSegment> &segments)
{
    QString html = renderableNoticeHtml(domain::diffToHtml(segments));
    // The text inside is escaped by the domain, so the tags are the diff's own.
    html.replace(u"<ins>"_s,
        u"<span style=\"color:#237804; background-color:#d9f7be; text-decoration:underline;\">"_s);
    html.replace(u"<del>"_s,
        u"<span style=\"color:#cf1322; background-color:#ffe1e1; text-decoration:line-through;\">"_s);
    html.replace(u"</ins>"_s, u"</span>"_s);
    html.replace(u"</del>"_s, u"</span>"_s);
    return html;
}

QImage imageStandIn(const QUrl &url, int width)
{
    const qreal ratio = 2.0;
    QImage image(QSize(width, 88) * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(QColor(0xf2, 0xf3, 0xf5));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0xc9, 0xcd, 0xd4), 1, Qt::DashLine));
    p.drawRoundedRect(QRectF(0.5, 0.5, width - 1, 87), 4, 4);
    // A small picture glyph: frame, sun and hill.
    p.setPen(QPen(QColor(0x8c, 0x8c, 0x8c), 1.6));
    const QRectF glyph(width / 2.0 - 14, 14, 28, 22);
    p.drawRoundedRect(glyph, 3, 3);
    p.drawEllipse(QPointF(glyph.left() + 8, glyph.top() + 7), 2.5, 2.5);
    p.drawPolyline(QPolygonF({ QPointF(glyph.left() + 3, glyph.bottom() - 3),
        QPointF(glyph.left() + 12, glyph.top() + 11), QPointF(glyph.left() + 18, glyph.top() + 16),
        QPointF(glyph.right() - 3, glyph.top() + 9),
        QPointF(glyph.right() - 3, glyph.bottom() - 3) }));
    QFont font = p.font();
    font.setPointSizeF(8.5);
    p.setFont(font);
    p.setPen(QColor(0x64, 0x6a, 0x73));
    const QString host = url.host().isEmpty() ? url.toString() : url.host();
    const QString text
        = QCoreApplication::translate("civic::ui::NoticeHtml", "Image (not loaded): %1").arg(host);
    p.drawText(QRectF(8, 44, width - 16, 36), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
        QFontMetrics(font).elidedText(text, Qt::ElideMiddle, width - 16));
    return image;
}

NoticeHtmlView::NoticeHtmlView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    // Where a link leads, without following it.
    connect(this, &QTextBrowser::highlighted, this,
        [this](const QUrl &url) { setToolTip(url.isEmpty() ? QString() : url.toString()); });
}

void NoticeHtmlView::setNoticeHtml(const QString &html)
{
    setHtml(renderableNoticeHtml(html));
    if (m_fit)
        fit();
}

QVariant NoticeHtmlView::loadResource(int type, const QUrl &name)
{
    // Nothing is fetched: an image by URL is a grey stand-in box, anything else is nothing.
    if (type == QTextDocument::ImageResource)
        return imageStandIn(name, std::clamp(viewport()->width() - 24, 160, 320));
    return {};
}

void NoticeHtmlView::setFitToContent(bool fitToContent, int minimum)
{
    m_fit = fitToContent;
    m_minimum = minimum;
    if (m_fit) {
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        fit();
    }
}

void NoticeHtmlView::fit()
{
    document()->setTextWidth(viewport()->width());
    const int height = int(document()->size().height()) + 2 * frameWidth() + 4;
    const int wanted = std::max(m_minimum, height);
    if (wanted != this->height())
        setFixedHeight(wanted);
}

QSize NoticeHtmlView::sizeHint() const
{
    return m_fit ? QSize(QTextBrowser::sizeHint().width(), height()) : QTextBrowser::sizeHint();
}

QSize NoticeHtmlView::minimumSizeHint() const
{
    return m_fit ? QSize(80, m_minimum) : QTextBrowser::minimumSizeHint();
}

void NoticeHtmlView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    if (m_fit)
        fit();
}

NoticeBodyEdit::NoticeBodyEdit(QWidget *parent)
    : QTextEdit(parent)
{
    setAcceptRichText(true);
}

void NoticeBodyEdit::setNoticeHtml(const QString &html)
{
    setHtml(renderableNoticeHtml(html));
}

QVariant NoticeBodyEdit::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::ImageResource)
        return imageStandIn(name, 280);
    return {};
}

void NoticeBodyEdit::insertFromMimeData(const QMimeData *source)
{
    // Pasted markup (from a browser, Word, the platform's editor) is untrusted like stored HTML.
    if (source->hasHtml()) {
        textCursor().insertHtml(renderableNoticeHtml(source->html()));
        ensureCursorVisible();
        return;
    }
    if (source->hasText()) {
        textCursor().insertText(source->text());
        ensureCursorVisible();
        return;
    }
    QTextEdit::insertFromMimeData(source);
}

} // namespace civic::ui

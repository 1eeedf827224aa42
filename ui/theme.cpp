#include "theme.h"

#include <QApplication>
#include <QFontDatabase>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace civic::ui::theme {

QString uiFontFamily()
{
    const QStringList preferred = {u"Microsoft YaHei UI"_s, u"Microsoft YaHei"_s, u"Noto Sans CJK SC"_s,
                                   u"Source Han Sans SC"_s, u"WenQuanYi Micro Hei"_s, u"PingFang SC"_s};
    const QStringList families = QFontDatabase::families();
    for (const auto &f : preferred) {
        if (families.contains(f))
            return f;
    }
    return QApplication::font().family();
}

void apply(QApplication &app)
{
    app.setStyle(QStyleFactory::create(u"Fusion"_s));
    QFont font(uiFontFamily());
    font.setPointSizeF(10);
    app.setFont(font);

    QPalette p = app.palette();
    p.setColor(QPalette::Window, QColor(0xf5, 0xf6, 0xf8));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xfa, 0xfa, 0xfb));
    p.setColor(QPalette::Highlight, kAccent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, kAccent);
    p.setColor(QPalette::Button, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Text, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::WindowText, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::PlaceholderText, kMuted);
    app.setPalette(p);

    app.setStyleSheet(uR"(
QWidget#navigationBar { background: #1f2d3d; }
QToolButton#navButton { color: #c9d1d9; border: none; padding: 10px 4px; font-size: 9.5pt; }
QToolButton#navButton:hover { background: #2b3b4e; color: white; }
QToolButton#navButton:checked { background: #1677ff; color: white; }
QLabel#appTitle { color: white; font-weight: bold; padding: 14px 0 10px 0; }
QFrame#panel { background: white; border: 1px solid #e4e7ec; border-radius: 6px; }
QLabel#pageTitle { font-size: 15pt; font-weight: bold; color: #1f2329; }
QLabel#pageSubtitle { color: #8c8c8c; }
QLabel#cardValue { font-size: 20pt; font-weight: bold; color: #1f2329; }
QLabel#cardLabel { color: #646a73; }
QLabel#emptyState { color: #8c8c8c; font-size: 11pt; }
QPushButton { padding: 5px 14px; border: 1px solid #d0d5dd; border-radius: 4px; background: white; }
QPushButton:hover { border-color: #1677ff; color: #1677ff; }
QPushButton:default, QPushButton#primaryButton { background: #1677ff; color: white; border-color: #1677ff; }
QPushButton:default:hover, QPushButton#primaryButton:hover { background: #4096ff; color: white; }
QPushButton:disabled { color: #bfbfbf; border-color: #e4e7ec; background: #f5f5f5; }
QLineEdit, QComboBox, QSpinBox, QDateEdit, QDateTimeEdit, QPlainTextEdit, QTextEdit {
    border: 1px solid #d0d5dd; border-radius: 4px; padding: 4px 6px; background: white; }
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus { border-color: #1677ff; }
QTreeView, QTableView, QListView { border: 1px solid #e4e7ec; background: white; selection-background-color: #e6f0ff;
    selection-color: #1f2329; }
QHeaderView::section { background: #fafafa; border: none; border-bottom: 1px solid #e4e7ec; padding: 6px; color: #646a73; }
QStatusBar { background: white; border-top: 1px solid #e4e7ec; }
QStatusBar QLabel { padding: 0 6px; }
QTabBar::tab { padding: 7px 16px; }
QTabBar::tab:selected { color: #1677ff; border-bottom: 2px solid #1677ff; }
)"_s);
}

namespace {

class GlyphEngine : public QIconEngine
{
public:
    GlyphEngine(Glyph glyph, QColor color) : m_glyph(glyph), m_color(std::move(color)) { }
    QIconEngine *clone() const override { return new GlyphEngine(m_glyph, m_color); }

    void paint(QPainter *p, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        QColor c = m_color;
        if (mode == QIcon::Disabled)
            c.setAlpha(90);
        else if (mode == QIcon::Selected || mode == QIcon::Active)
            c = m_color.lightness() > 200 ? m_color : m_color;
        const qreal s = std::min(rect.width(), rect.height()) / 24.0;
        p->translate(rect.center().x() - 12 * s, rect.center().y() - 12 * s);
        p->scale(s, s);
        QPen pen(c, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        switch (m_glyph) {
        case Glyph::Dashboard:
            p->drawRoundedRect(QRectF(3, 3, 8, 8), 1.5, 1.5);
            p->drawRoundedRect(QRectF(13, 3, 8, 5), 1.5, 1.5);
            p->drawRoundedRect(QRectF(13, 10, 8, 11), 1.5, 1.5);
            p->drawRoundedRect(QRectF(3, 13, 8, 8), 1.5, 1.5);
            break;
        case Glyph::Complaints: {
            QPainterPath box;
            box.moveTo(3, 12);
            box.lineTo(6, 4);
            box.lineTo(18, 4);
            box.lineTo(21, 12);
            box.lineTo(21, 20);
            box.lineTo(3, 20);
            box.closeSubpath();
            p->drawPath(box);
            p->drawPolyline(QPolygonF({QPointF(3, 12), QPointF(8, 12), QPointF(9.5, 15), QPointF(14.5, 15),
                                       QPointF(16, 12), QPointF(21, 12)}));
            break;
        }
        case Glyph::Notices: {
            QPainterPath horn;
            horn.moveTo(3, 10);
            horn.lineTo(8, 10);
            horn.lineTo(17, 5);
            horn.lineTo(17, 19);
            horn.lineTo(8, 14);
            horn.lineTo(3, 14);
            horn.closeSubpath();
            p->drawPath(horn);
            p->drawLine(QPointF(7, 14), QPointF(9, 20));
            p->drawLine(QPointF(20, 9), QPointF(20, 15));
            break;
        }
        case Glyph::Fans:
            p->drawLine(QPointF(3, 21), QPointF(21, 21));
            p->drawRect(QRectF(5, 13, 3, 8));
            p->drawRect(QRectF(10.5, 9, 3, 12));
            p->drawRect(QRectF(16, 5, 3, 16));
            break;
        case Glyph::Assessment: {
            p->drawEllipse(QRectF(6, 3, 12, 12));
            p->drawPolyline(QPolygonF({QPointF(8.5, 13.5), QPointF(7, 21), QPointF(12, 18.5), QPointF(17, 21),
                                       QPointF(15.5, 13.5)}));
            p->drawLine(QPointF(12, 6.5), QPointF(12, 11.5));
            break;
        }
        case Glyph::Settings: {
            p->drawEllipse(QRectF(8.5, 8.5, 7, 7));
            for (int i = 0; i < 8; ++i) {
                p->save();
                p->translate(12, 12);
                p->rotate(i * 45);
                p->drawLine(QPointF(0, -6.5), QPointF(0, -9.5));
                p->restore();
            }
            p->drawEllipse(QRectF(5.5, 5.5, 13, 13));
            break;
        }
        case Glyph::Sync:
            p->drawArc(QRectF(4, 4, 16, 16), 30 * 16, 150 * 16);
            p->drawArc(QRectF(4, 4, 16, 16), 210 * 16, 150 * 16);
            p->drawPolyline(QPolygonF({QPointF(16.5, 4.5), QPointF(19.2, 8), QPointF(15.5, 9.5)}));
            p->drawPolyline(QPolygonF({QPointF(7.5, 19.5), QPointF(4.8, 16), QPointF(8.5, 14.5)}));
            break;
        case Glyph::Bell: {
            QPainterPath bell;
            bell.moveTo(5, 17);
            bell.cubicTo(7, 15, 6, 12, 7, 9);
            bell.cubicTo(8, 5, 16, 5, 17, 9);
            bell.cubicTo(18, 12, 17, 15, 19, 17);
            bell.closeSubpath();
            p->drawPath(bell);
            p->drawArc(QRectF(10, 17, 4, 4), 180 * 16, 180 * 16);
            break;
        }
        case Glyph::Warning: {
            QPainterPath tri;
            tri.moveTo(12, 3);
            tri.lineTo(22, 20);
            tri.lineTo(2, 20);
            tri.closeSubpath();
            p->drawPath(tri);
            p->drawLine(QPointF(12, 9), QPointF(12, 14));
            p->drawPoint(QPointF(12, 17));
            break;
        }
        case Glyph::Check:
            p->drawEllipse(QRectF(3, 3, 18, 18));
            p->drawPolyline(QPolygonF({QPointF(7.5, 12), QPointF(10.5, 15), QPointF(16.5, 9)}));
            break;
        case Glyph::Offline:
            p->drawArc(QRectF(2, 6, 20, 16), 30 * 16, 120 * 16);
            p->drawArc(QRectF(6, 10, 12, 10), 30 * 16, 120 * 16);
            p->drawLine(QPointF(4, 4), QPointF(20, 20));
            break;
        case Glyph::User:
            p->drawEllipse(QRectF(8, 3, 8, 8));
            p->drawArc(QRectF(4, 13, 16, 14), 0, 180 * 16);
            break;
        }
        p->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

private:
    Glyph m_glyph;
    QColor m_color;
};

} // namespace

QIcon icon(Glyph glyph, const QColor &color)
{
    return QIcon(new GlyphEngine(glyph, color));
}

} // namespace civic::ui::theme

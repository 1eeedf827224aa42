#include "emptystatepage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace civic::ui {

EmptyStatePage::EmptyStatePage(ClientContext *context, QString title, theme::Glyph glyph, const QString &description,
                               QWidget *parent)
    : Page(context, parent)
    , m_title(std::move(title))
    , m_glyph(glyph)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(heading(m_title, {}, this));
    layout->addStretch(1);
    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(theme::icon(glyph, theme::kMuted).pixmap(64, 64));
    iconLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(iconLabel);
    auto *text = new QLabel(description, this);
    text->setObjectName(QStringLiteral("emptyState"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(520);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

} // namespace civic::ui

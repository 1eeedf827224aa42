#include "page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace civic::ui {

Page::Page(ClientContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
}

QWidget *Page::heading(const QString &title, const QString &subtitle, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(2);
    auto *titleLabel = new QLabel(title, box);
    titleLabel->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(titleLabel);
    if (!subtitle.isEmpty()) {
        auto *sub = new QLabel(subtitle, box);
        sub->setObjectName(QStringLiteral("pageSubtitle"));
        sub->setWordWrap(true);
        layout->addWidget(sub);
    }
    return box;
}

} // namespace civic::ui

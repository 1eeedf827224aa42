#pragma once

#include "page.h"

namespace civic::ui {

// A page whose section has nothing to show yet: a title, an icon and what will appear here.
class EmptyStatePage : public Page
{
    Q_OBJECT

public:
    EmptyStatePage(ClientContext *context, QString title, theme::Glyph glyph, const QString &description,
                   QWidget *parent = nullptr);
    QString title() const override { return m_title; }
    theme::Glyph glyph() const override { return m_glyph; }

private:
    QString m_title;
    theme::Glyph m_glyph;
};

} // namespace civic::ui

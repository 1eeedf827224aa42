#include "emptystatepage.h"

#include <QCoreApplication>

namespace civic::ui {

Page *createNoticesPage(ClientContext *context)
{
    return new EmptyStatePage(context, QCoreApplication::translate("civic::ui::NoticesPage", "Notices"), theme::Glyph::Notices,
                              QCoreApplication::translate("civic::ui::NoticesPage", "Draft notices here, send them through the director's first review and the street's second review, and see everything published."));
}

QWidget *createNoticesDashboardSection(ClientContext *)
{
    return nullptr;
}

} // namespace civic::ui

#include "emptystatepage.h"

#include <QCoreApplication>

namespace civic::ui {

Page *createFansPage(ClientContext *context)
{
    return new EmptyStatePage(context, QCoreApplication::translate("civic::ui::FansPage", "Fan growth"), theme::Glyph::Fans,
                              QCoreApplication::translate("civic::ui::FansPage", "Follower figures of the community official accounts will be charted here: cumulative fans, net growth by week, month and quarter, units side by side, and penetration of households."));
}

QWidget *createFansDashboardSection(ClientContext *)
{
    return nullptr;
}

} // namespace civic::ui

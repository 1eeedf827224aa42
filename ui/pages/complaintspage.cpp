#include "emptystatepage.h"

#include <QCoreApplication>

namespace civic::ui {

Page *createComplaintsPage(ClientContext *context)
{
    return new EmptyStatePage(context, QCoreApplication::translate("civic::ui::ComplaintsPage", "Complaints"), theme::Glyph::Complaints,
                              QCoreApplication::translate("civic::ui::ComplaintsPage", "Residents' problems from the WeChat suggestion box, photo reports, phone calls and walk-ins will be handled here: a reply within 24 hours, escalation one level at a time, transfer to functional departments, resolution and satisfaction follow-up."));
}

QWidget *createComplaintsDashboardSection(ClientContext *)
{
    return nullptr;
}

} // namespace civic::ui

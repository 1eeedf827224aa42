#include "emptystatepage.h"

#include <QCoreApplication>

namespace civic::ui {

Page *createAssessmentPage(ClientContext *context)
{
    return new EmptyStatePage(context, QCoreApplication::translate("civic::ui::AssessmentPage", "Assessment"), theme::Glyph::Assessment,
                              QCoreApplication::translate("civic::ui::AssessmentPage", "The district's quarterly assessment will appear here: every community's scores, the ranking, the award list and the circular."));
}

QWidget *createAssessmentDashboardSection(ClientContext *)
{
    return nullptr;
}

} // namespace civic::ui

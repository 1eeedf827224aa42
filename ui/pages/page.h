#pragma once

#include "theme.h"

#include <QWidget>

namespace civic::ui {

class ClientContext;

// One section of the main window (工作台, 意见箱 …). Pages follow the unit selected in the
// org tree and refresh when a sync brings changes to the kinds they show.
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(ClientContext *context, QWidget *parent = nullptr);

    virtual QString title() const = 0;
    virtual theme::Glyph glyph() const = 0;
    // A count on the page's navigation button (e.g. notices awaiting my review); 0 for none.
    virtual int navigationBadge() const { return 0; }

Q_SIGNALS:
    void navigationBadgeChanged();
    // Asks the main window to show another page (by index) with a unit selected.
    void openRequested(int pageIndex, const QString &unitCode);

protected:
    ClientContext *context() const { return m_context; }
    // A page heading with an optional line under it.
    static QWidget *heading(const QString &title, const QString &subtitle = {}, QWidget *parent = nullptr);

private:
    ClientContext *m_context;
};

// The page index of each section in the navigation bar.
enum PageIndex { DashboardPageIndex, ComplaintsPageIndex, NoticesPageIndex, FansPageIndex, AssessmentPageIndex,
                 SettingsPageIndex };

// Feature pages (each defined in its own file).
Page *createDashboardPage(ClientContext *context);
Page *createComplaintsPage(ClientContext *context);
Page *createNoticesPage(ClientContext *context);
Page *createFansPage(ClientContext *context);
Page *createAssessmentPage(ClientContext *context);
Page *createSettingsPage(ClientContext *context);

// Sections features add to the dashboard (nullptr for none), in display order.
QWidget *createComplaintsDashboardSection(ClientContext *context);
QWidget *createNoticesDashboardSection(ClientContext *context);
QWidget *createFansDashboardSection(ClientContext *context);
QWidget *createAssessmentDashboardSection(ClientContext *context);

} // namespace civic::ui

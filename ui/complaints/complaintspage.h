#pragma once

#include "pages/page.h"

#include <QTimer>

class QLabel;
class QPushButton;
class QSplitter;

namespace civic::item {
class ComplaintListModel;
struct ComplaintFilter;
} // namespace civic::item

namespace civic::ui {

class ComplaintDetailPane;
class ComplaintFilterBar;
class ComplaintStatsStrip;
class ComplaintTableView;
class ComplaintTrayNotifier;

// 意见箱 (PRODUCT.md §2): the selected node's subtree as a paging table with a filter bar,
// the node's statistics above it for street level and above, and the selected complaint's
// detail with the actions the user may take. Works on the cache, so offline too.
class ComplaintsPage : public Page
{
    Q_OBJECT

public:
    explicit ComplaintsPage(ClientContext *context, QWidget *parent = nullptr);

    QString title() const override;
    theme::Glyph glyph() const override { return theme::Glyph::Complaints; }
    int navigationBadge() const override;

    // Shows the complaint in the detail pane, and selects it in the table when it is listed.
    void selectComplaint(const QString &id);
    void setOverdueOnly(bool on);
    ComplaintTableView *table() const { return m_table; }
    ComplaintDetailPane *detail() const { return m_detail; }
    ComplaintTrayNotifier *notifier() const { return m_notifier; }
    item::ComplaintListModel *model() const { return m_model; }

private:
    item::ComplaintFilter currentFilter() const;
    void runQuery();
    void updateColumns();
    void refresh();
    void updateScopeLabel();
    void updateStatistics();
    void openCreateDialog();
    void exportLedger();
    QString myHandlingPath() const;

    item::ComplaintListModel *m_model;
    QLabel *m_scope;
    QLabel *m_count;
    QPushButton *m_create;
    QPushButton *m_export;
    QPushButton *m_canned;
    ComplaintStatsStrip *m_stats = nullptr;
    ComplaintFilterBar *m_filterBar;
    QSplitter *m_splitter;
    ComplaintTableView *m_table;
    ComplaintDetailPane *m_detail;
    ComplaintTrayNotifier *m_notifier;
    QTimer m_soon;
    QTimer m_minute;
    int m_badge = 0;
};

} // namespace civic::ui

#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace civic::ui {

class ClientContext;

// The org tree of the user's subtree with badges (open and overdue complaints, notices
// awaiting review) and a search box; selecting a unit scopes every page.
class OrgTreePanel : public QWidget
{
    Q_OBJECT

public:
    explicit OrgTreePanel(ClientContext *context, QWidget *parent = nullptr);
    QTreeView *view() const { return m_view; }
    void select(const QString &code);

private:
    void modelReset();
    ClientContext *m_context;
    QLineEdit *m_search;
    QTreeView *m_view;
    QSortFilterProxyModel *m_proxy;
};

} // namespace civic::ui

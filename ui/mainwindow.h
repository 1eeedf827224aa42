#pragma once

#include <QList>
#include <QMainWindow>

class QButtonGroup;
class QLabel;
class QSplitter;
class QStackedWidget;

namespace civic::ui {

class ClientContext;
class OrgTreePanel;
class Page;
class SyncProblemsDialog;
class SyncStatusBar;

// The window office staff live in: the navigation rail (工作台, 意见箱, 信息发布, 粉丝统计,
// 季度考核, 设置), the org tree of the user's subtree, the selected page, and the sync
// status at the bottom.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ClientContext *context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(int index);
    int currentPage() const;
    Page *page(int index) const;
    OrgTreePanel *orgTreePanel() const { return m_tree; }
    ClientContext *clientContext() const { return m_context; }
    SyncStatusBar *syncStatusBar() const { return m_statusBar; }
    void showSyncProblems();

Q_SIGNALS:
    void signOutRequested(bool wipeCache);

private:
    void updateHeader();
    void updateNavigationBadges();

    ClientContext *m_context;
    QList<Page *> m_pages;
    QButtonGroup *m_navigation;
    QSplitter *m_splitter;
    OrgTreePanel *m_tree;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_breadcrumb;
    QLabel *m_user;
    SyncStatusBar *m_statusBar;
    SyncProblemsDialog *m_problems = nullptr;
};

} // namespace civic::ui

#pragma once

#include "item/noticelistmodel.h"
#include "pages/page.h"

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabBar;

namespace civic::ui {

class NoticeDetailView;
class NoticeSettingsView;

// 信息发布 (PRODUCT.md §3; seed 001: 社区选题、大学生社工编写、主任一审、街道二审、社区发布):
// the queues 待我审核 (counted on the navigation button), 我的草稿, 审核中 (under the selected
// unit, who reviews now and until when) and 已发布, a notice opened beside them (editor, review,
// phone preview), new notices and corrections, and for district offices the district's review
// chains and sensitive words.
class NoticesPage : public Page
{
    Q_OBJECT

public:
    enum QueueTab { AwaitingTab, MineTab, InReviewTab, PublishedTab };

    explicit NoticesPage(ClientContext *context, QWidget *parent = nullptr);

    QString title() const override;
    theme::Glyph glyph() const override { return theme::Glyph::Notices; }
    int navigationBadge() const override { return m_awaiting; }

    void showQueue(QueueTab tab);
    QueueTab currentQueue() const;
    // Opens a notice beside the queue (selecting it when it is listed).
    void openNotice(const QString &id);
    void showSettings();
    NoticeDetailView *detail() const { return m_detail; }
    item::NoticeListModel *model() const { return m_model; }

private:
    void reload();
    void refreshCounts();
    void refreshNotifications();
    void recoverDrafts();
    void selectionChanged();
    void newNotice();
    QString settingsDistrict() const;

    item::NoticeListModel *m_model;
    int m_awaiting = 0;
    QString m_lastSearch;
    QString m_lastUnitPath;
    bool m_queueChosen = false; // the user picked a queue; counts no longer switch it
    QTabBar *m_queues;
    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_empty;
    QLabel *m_notifications;
    QPushButton *m_new;
    QPushButton *m_settingsButton;
    QStackedWidget *m_main;
    QSplitter *m_splitter;
    QStackedWidget *m_detailStack;
    QLabel *m_noSelection;
    NoticeDetailView *m_detail;
    NoticeSettingsView *m_settings;
};

} // namespace civic::ui

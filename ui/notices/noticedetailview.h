#pragma once

#include "item/noticerecords.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;
class QTabWidget;

namespace civic::ui {

class ClientContext;
class NoticeEditor;
class NoticePreview;
class NoticeReviewView;

// One notice opened from a queue: its header (state, category, unit, author, revision, reads)
// and three tabs: 编辑 (the author's editor while it is a draft, returned or withdrawn), 审核
// (chain, diff, comments and the reviewer's decision) and 预览 (the phone-like preview, which
// is also the read-only view of a published notice, with 更正 to correct it).
class NoticeDetailView : public QWidget
{
    Q_OBJECT

public:
    enum Tab { EditTab, ReviewTab, PreviewTab };

    explicit NoticeDetailView(ClientContext *context, QWidget *parent = nullptr);

    // Opens a cached notice; false when it is not in the cache.
    bool showNotice(const QString &id);
    // A new notice of the unit (the user's own), created by its first save.
    void startNew(const QString &unitCode);
    // Re-reads the notice after a change in the cache, keeping what is being typed.
    void refresh();
    // Saves what is being typed (leaving the notice).
    void leave();
    QString noticeId() const;
    int currentTab() const;
    void setCurrentTab(Tab tab);

    NoticeEditor *editor() const { return m_editor; }
    NoticeReviewView *reviewView() const { return m_review; }
    NoticePreview *preview() const { return m_preview; }

Q_SIGNALS:
    // The notice shown changed identity (a correction was created) or was created by a save.
    void noticeOpened(const QString &id);
    void closed();

private:
    void showRow(const item::NoticeRow &row, bool keepTab);
    void updateHeader();
    void updatePreview();
    void correct();
    bool editableByMe(const item::NoticeRow &row) const;

    ClientContext *m_context;
    std::optional<item::NoticeRow> m_row;
    QString m_newId; // a new notice not yet saved

    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_meta;
    QPushButton *m_correct;
    QTabWidget *m_tabs;
    NoticeEditor *m_editor;
    QScrollArea *m_reviewScroll;
    NoticeReviewView *m_review;
    NoticePreview *m_preview;
};

} // namespace civic::ui

#pragma once

#include "domain/noticechecks.h"
#include "domain/noticeworkflow.h"
#include "domain/sensitivewords.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace civic::item {
struct NoticeRow;
}

namespace civic::ui {

class ClientContext;
class NoticeBodyEdit;

// The notice editor (PRODUCT.md §3): title, category, rich text body (headings, bold, lists,
// links, images by URL), optional schedule, and the checks before submission run live
// (required fields, the district's sensitive words highlighted in the text, well-formed
// links, schedule not in the past) so 提交审核 stays blocked until they pass. What is typed
// is kept in the cache's drafts as it is typed (a crash loses nothing, PRODUCT.md §7), and
// saved as notice.save when the user presses 保存 or leaves the editor.
class NoticeEditor : public QWidget
{
    Q_OBJECT

public:
    explicit NoticeEditor(ClientContext *context, QWidget *parent = nullptr);
    ~NoticeEditor() override;

    // Edits an existing notice of the user's (draft, rejected or withdrawn); restores what was
    // typed and not saved before (a crash, a closed window).
    void openNotice(const item::NoticeRow &row);
    // A notice not yet in the cache: created by the first save.
    void startNew(const QString &id, const QString &unitCode,
        const domain::NoticeContent &initial = {}, const QString &corrects = {});
    QString noticeId() const { return m_id; }
    bool isNew() const { return m_isNew; }
    bool isDirty() const { return m_dirty; }
    bool isSaving() const { return m_saving; }
    // The version of the record the editor's text is based on (0 before the first save).
    qint64 baseVersion() const { return m_baseVersion; }

    domain::NoticeContent content() const;
    // The checks of PRODUCT.md §3 as they stand now.
    QList<domain::NoticeIssue> issues() const { return m_issues; }
    // Saves (notice.save) when there is anything unsaved; `done` runs when the save was
    // applied locally (true) or refused (false). Returns false when there was nothing to save.
    bool commit(std::function<void(bool)> done = {});
    // Saves if needed, then submits for review (notice.submit).
    void submitForReview();
    // Re-reads the district's words and chains (after a sync changed them).
    void reloadSettings();

    // The drafts-table key of a notice's editor state, and the state's JSON.
    static QString draftKey(const QString &noticeId);

Q_SIGNALS:
    void saved(const QString &noticeId);
    void submitted(const QString &noticeId);
    void previewRequested();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void buildUi();
    void setContent(const domain::NoticeContent &content);
    void contentEdited();
    void saveDraftNow();
    void runChecks();
    void showIssues();
    void selectWord(const QString &word);
    void updateChainHint();
    void setStatus(const QString &text, bool error = false);
    void toggleHeading();
    void toggleBold();
    void toggleList();
    void insertLink();
    void insertImage();
    QJsonObject draftJson() const;

    ClientContext *m_context;
    QString m_id;
    QString m_unitCode;
    domain::Level m_unitLevel = domain::Level::Community;
    QString m_corrects;
    qint64 m_baseVersion = 0;
    bool m_isNew = false;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_saving = false;
    domain::SensitiveWordList m_words;
    domain::ReviewChainConfig m_chains;
    QList<domain::NoticeIssue> m_issues;

    QLabel *m_banner;
    QLineEdit *m_title;
    QComboBox *m_category;
    QCheckBox *m_scheduleCheck;
    QDateTimeEdit *m_schedule;
    QToolButton *m_headingButton;
    QToolButton *m_boldButton;
    QToolButton *m_listButton;
    QToolButton *m_linkButton;
    QToolButton *m_imageButton;
    NoticeBodyEdit *m_body;
    QLabel *m_issuesLabel;
    QLabel *m_chainHint;
    QLabel *m_status;
    QPushButton *m_previewButton;
    QPushButton *m_saveButton;
    QPushButton *m_submitButton;
    QTimer *m_draftTimer;
    QTimer *m_checkTimer;
};

} // namespace civic::ui

#pragma once

#include "item/assessmentlists.h"
#include "item/assessmentmodel.h"
#include "pages/page.h"

#include <QDate>
#include <QSortFilterProxyModel>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace civic::ui {

class RuleSetEditor;

// The 季度考核 page (PRODUCT.md §5): a quarter's ranking with every component explained from
// its inputs (published, or provisional: scored here from the cache with the domain engine),
// publishing, the circular's exports, a community's own breakdown with what would raise it,
// and the evidence claims and reporting tasks behind the bonus items and C.
class AssessmentPage : public Page
{
    Q_OBJECT

public:
    explicit AssessmentPage(ClientContext *context, QWidget *parent = nullptr);
    QString title() const override { return tr("Assessment"); }
    theme::Glyph glyph() const override { return theme::Glyph::Assessment; }

    // The district shown (of the unit selected in the org tree) and the quarter ("2026Q3").
    QString district() const { return m_quarter.district; }
    QString quarterCode() const;
    void setQuarter(const QString &quarter);
    const item::AssessmentQuarter &shownQuarter() const { return m_quarter; }
    item::AssessmentTableModel *rankingModel() const { return m_model; }
    QSortFilterProxyModel *rankingProxy() const { return m_proxy; }
    item::ClaimListModel *claimModel() const { return m_claims; }
    item::SubmissionListModel *submissionModel() const { return m_submissions; }
    // Whether this account sees the district's ranking (district and above) or its own row.
    bool showsRanking() const { return m_showsRanking; }
    QStringList hintTexts() const;
    QString explanationText() const;

    // The actions behind the buttons (the dialogs collect these), issued through
    // ClientContext::submit(); `done` gets the error text, empty on success.
    using Done = std::function<void(const QString &error)>;
    void publish(Done done = {});
    void submitClaim(const QString &kind, const QString &title, const QString &description,
        const QStringList &links, qint64 date, Done done = {});
    void reviewClaim(const QString &claimId, bool approve, const QString &comment,
        const QString &adoptedBy, Done done = {});
    void issueTask(const QString &title, const QString &description, qint64 dueAt,
        const QStringList &communities, Done done = {});
    void submitTask(const QString &taskId, const QString &note, const QStringList &links, Done done = {});
    // Saves edited parameters as a new rule-set version of the district shown, and with
    // `activate` scores the unpublished quarters with it; `activateRuleSet` switches version.
    void saveRuleSet(const QString &version, const QJsonObject &rules, bool activate, Done done = {});
    void activateRuleSet(const QString &version, Done done = {});
    RuleSetEditor *ruleSetEditor() const { return m_rules; }
    // Writes the circular off the UI thread; `done` runs here with the error text.
    void exportXlsx(const QString &path, Done done = {});
    void exportPdf(const QString &path, Done done = {});

Q_SIGNALS:
    void reloaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void reloadLater();
    void showExplanation(const QModelIndex &proxyIndex);
    void updateCommunityView();
    void confirmPublish();
    void chooseExport(bool pdf);
    void openClaimDialog();
    void openReviewDialog(bool approve);
    void openTaskDialog();
    void openSubmitDialog();
    void submitCommand(const QString &type, const QJsonObject &payload, Done done);
    QString scopePath() const;
    bool mayPublish() const;

    QComboBox *m_quarterCombo;
    QLabel *m_districtLabel;
    QLabel *m_statusLabel;
    QLabel *m_missingLabel;
    QLabel *m_messageLabel;
    QPushButton *m_publishButton;
    QPushButton *m_xlsxButton;
    QPushButton *m_pdfButton;
    QTabWidget *m_tabs;
    QWidget *m_rankingTab;
    QWidget *m_communityTab;
    QTableView *m_table;
    QTextBrowser *m_explain;
    QTextBrowser *m_breakdown;
    QListWidget *m_hints;
    QTableView *m_claimTable;
    QTableView *m_taskTable;
    QPushButton *m_newClaimButton;
    QPushButton *m_approveButton;
    QPushButton *m_rejectButton;
    QPushButton *m_issueTaskButton;
    QPushButton *m_submitTaskButton;
    RuleSetEditor *m_rules;
    item::AssessmentTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    item::ClaimListModel *m_claims;
    item::SubmissionListModel *m_submissions;
    item::AssessmentQuarter m_quarter;
    QString m_ownCommunity; // a community account's own unit
    bool m_showsRanking = false;
    bool m_dirty = true;
    QTimer *m_reloadTimer;
};

} // namespace civic::ui

// The 季度考核 page (PRODUCT.md §5, ASSESSMENT.md): see ui/assessment/assessmentpage.h.

#include "assessment/assessmentpage.h"

#include "assessment/assessmentexports.h"
#include "assessment/ruleseteditor.h"
#include "clientcontext.h"
#include "domain/chinatime.h"
#include "domain/org.h"
#include "fans/fanexports.h"
#include "item/assessmentinputs.h"
#include "item/orgtreemodel.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::ui {

namespace {

const QStringList kAssessmentInputs { u"assessment"_s, u"assessment_row"_s, u"claim"_s,
    u"task"_s, u"task_submission"_s, u"rule_set"_s, u"fan_day"_s, u"notice"_s,
    u"notice_review"_s, u"review"_s, u"complaint"_s, u"org_unit"_s };

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QStringList linesOf(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

// Colours a list's status column (the item models are QtCore only).
class StatusColours : public QIdentityProxyModel
{
public:
    StatusColours(int column, QObject *parent) : QIdentityProxyModel(parent), m_column(column) {}
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == m_column) {
            const QString status = QIdentityProxyModel::data(index, Qt::UserRole + 3).toString();
            if (status == u"missing" || status == u"late" || status == u"rejected")
                return QColor(0xC0, 0x39, 0x2B);
            if (status == u"on_time" || status == u"approved")
                return QColor(0x1E, 0x84, 0x49);
        }
        return QIdentityProxyModel::data(index, role);
    }

private:
    int m_column;
};

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    return table;
}

// Runs `dialog` with OK and Cancel under `form`; OK does nothing while `missing()` returns a
// field still to fill in, which gets the focus. True when the user confirmed.
bool confirmForm(QDialog &dialog, QFormLayout *form, const std::function<QWidget *()> &missing)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&dialog, &missing] {
        if (QWidget *field = missing()) {
            field->setFocus();
            return;
        }
        dialog.accept();
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace

AssessmentPage::AssessmentPage(ClientContext *context, QWidget *parent) : Page(context, parent)
{
    setObjectName(u"assessmentPage"_s);
    const Actor &actor = context->actor();
    m_showsRanking = actor.unitLevel == Level::City || actor.unitLevel == Level::District
        || actor.unitLevel == Level::Street;
    if (actor.unitLevel == Level::Community)
        m_ownCommunity = actor.unitCode;
    else if (actor.unitLevel == Level::Grid) {
        const QStringList chain = pathCodes(actor.unitPath);
        if (chain.size() >= 2)
            m_ownCommunity = chain.at(chain.size() - 2);
    }

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(200);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        if (m_dirty && isVisible())
            reload();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(8);

    auto *head = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    auto *titleLabel = new QLabel(title(), this);
    titleLabel->setObjectName(u"pageTitle"_s);
    titles->addWidget(titleLabel);
    m_districtLabel = new QLabel(this);
    m_districtLabel->setObjectName(u"pageSubtitle"_s);
    m_districtLabel->setWordWrap(true);
    titles->addWidget(m_districtLabel);
    head->addLayout(titles, 1);
    head->addWidget(new QLabel(tr("Quarter:"), this), 0, Qt::AlignBottom);
    m_quarterCombo = new QComboBox(this);
    m_quarterCombo->setObjectName(u"quarterCombo"_s);
    // ASSESSMENT.md §1: quarters in China time; the default is the last ended quarter, the
    // one a district publishes.
    const QString current = store::assessmentQuarterOf(nowMs());
    for (int i = 0; i < 8; ++i) {
        const QString q = store::assessmentQuarterAdd(current, -i);
        const QString label = i == 0 ? tr("%1 (current)").arg(q) : q;
        m_quarterCombo->addItem(label, q);
    }
    m_quarterCombo->setCurrentIndex(1);
    head->addWidget(m_quarterCombo, 0, Qt::AlignBottom);
    m_publishButton = new QPushButton(tr("Publish…"), this);
    m_publishButton->setObjectName(u"publishButton"_s);
    m_xlsxButton = new QPushButton(tr("Export XLSX…"), this);
    m_xlsxButton->setObjectName(u"exportXlsxButton"_s);
    m_pdfButton = new QPushButton(tr("Export PDF…"), this);
    m_pdfButton->setObjectName(u"exportPdfButton"_s);
    for (QPushButton *b : { m_publishButton, m_xlsxButton, m_pdfButton })
        head->addWidget(b, 0, Qt::AlignBottom);
    layout->addLayout(head);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"assessmentStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    layout->addWidget(m_statusLabel);
    m_missingLabel = new QLabel(this);
    m_missingLabel->setObjectName(u"missingInputsLabel"_s);
    m_missingLabel->setWordWrap(true);
    m_missingLabel->setStyleSheet(u"color: #a15c00;"_s);
    layout->addWidget(m_missingLabel);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(u"assessmentMessageLabel"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"assessmentTabs"_s);
    layout->addWidget(m_tabs, 1);

    // The ranking: every component, sortable, each cell explained in the side panel.
    m_rankingTab = new QWidget(m_tabs);
    auto *rankingLayout = new QVBoxLayout(m_rankingTab);
    rankingLayout->setContentsMargins(0, 8, 0, 0);
    auto *split = new QSplitter(Qt::Horizontal, m_rankingTab);
    m_model = new item::AssessmentTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(item::AssessmentTableModel::SortRole);
    m_table = makeTable(split, u"rankingTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(item::AssessmentTableModel::RankColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(44);
    m_explain = new QTextBrowser(split);
    m_explain->setObjectName(u"explainPanel"_s);
    m_explain->setPlaceholderText(tr("Click a cell to see how it was computed from its inputs."));
    m_explain->setMinimumWidth(220);
    split->addWidget(m_table);
    split->addWidget(m_explain);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({ 760, 240 });
    rankingLayout->addWidget(split);
    connect(m_table, &QTableView::clicked, this, &AssessmentPage::showExplanation);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &index) { showExplanation(index); });

    // A community's own breakdown and what would raise it.
    m_communityTab = new QWidget(m_tabs);
    auto *communityLayout = new QVBoxLayout(m_communityTab);
    communityLayout->setContentsMargins(0, 8, 0, 0);
    m_breakdown = new QTextBrowser(m_communityTab);
    m_breakdown->setObjectName(u"breakdownView"_s);
    communityLayout->addWidget(m_breakdown, 3);
    auto *hintTitle = new QLabel(tr("What would raise the score"), m_communityTab);
    hintTitle->setStyleSheet(u"font-weight: bold;"_s);
    communityLayout->addWidget(hintTitle);
    m_hints = new QListWidget(m_communityTab);
    m_hints->setObjectName(u"hintsList"_s);
    communityLayout->addWidget(m_hints, 1);

    // Claims and reporting tasks.
    auto *evidenceTab = new QWidget(m_tabs);
    auto *evidenceLayout = new QVBoxLayout(evidenceTab);
    evidenceLayout->setContentsMargins(0, 8, 0, 0);
    auto *claimBar = new QHBoxLayout;
    auto *claimTitle = new QLabel(tr("Bonus claims"), evidenceTab);
    claimTitle->setStyleSheet(u"font-weight: bold;"_s);
    claimBar->addWidget(claimTitle, 1);
    m_newClaimButton = new QPushButton(tr("New claim…"), evidenceTab);
    m_newClaimButton->setObjectName(u"newClaimButton"_s);
    m_approveButton = new QPushButton(tr("Approve…"), evidenceTab);
    m_approveButton->setObjectName(u"approveClaimButton"_s);
    m_rejectButton = new QPushButton(tr("Reject…"), evidenceTab);
    m_rejectButton->setObjectName(u"rejectClaimButton"_s);
    for (QPushButton *b : { m_newClaimButton, m_approveButton, m_rejectButton })
        claimBar->addWidget(b);
    evidenceLayout->addLayout(claimBar);
    m_claims = new item::ClaimListModel(this);
    m_claimTable = makeTable(evidenceTab, u"claimsTable"_s);
    m_claimTable->setModel(new StatusColours(item::ClaimListModel::StatusColumn, this));
    static_cast<QIdentityProxyModel *>(m_claimTable->model())->setSourceModel(m_claims);
    m_claimTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Long titles and notes are cut at a readable width (the tooltip has them whole).
    m_claimTable->horizontalHeader()->setMaximumSectionSize(280);
    m_claimTable->horizontalHeader()->setStretchLastSection(true);
    evidenceLayout->addWidget(m_claimTable, 1);
    auto *taskBar = new QHBoxLayout;
    auto *taskTitle = new QLabel(tr("Reporting tasks"), evidenceTab);
    taskTitle->setStyleSheet(u"font-weight: bold;"_s);
    taskBar->addWidget(taskTitle, 1);
    m_issueTaskButton = new QPushButton(tr("Issue task…"), evidenceTab);
    m_issueTaskButton->setObjectName(u"issueTaskButton"_s);
    m_submitTaskButton = new QPushButton(tr("Submit material…"), evidenceTab);
    m_submitTaskButton->setObjectName(u"submitTaskButton"_s);
    taskBar->addWidget(m_issueTaskButton);
    taskBar->addWidget(m_submitTaskButton);
    evidenceLayout->addLayout(taskBar);
    m_submissions = new item::SubmissionListModel(this);
    m_taskTable = makeTable(evidenceTab, u"tasksTable"_s);
    m_taskTable->setModel(new StatusColours(item::SubmissionListModel::StatusColumn, this));
    static_cast<QIdentityProxyModel *>(m_taskTable->model())->setSourceModel(m_submissions);
    m_taskTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Long titles and notes are cut at a readable width (the tooltip has them whole).
    m_taskTable->horizontalHeader()->setMaximumSectionSize(280);
    m_taskTable->horizontalHeader()->setStretchLastSection(true);
    evidenceLayout->addWidget(m_taskTable, 1);

    if (m_showsRanking)
        m_tabs->addTab(m_rankingTab, tr("Ranking"));
    else
        m_rankingTab->hide();
    if (!m_ownCommunity.isEmpty())
        m_tabs->addTab(m_communityTab, tr("My community"));
    else
        m_communityTab->hide();
    m_tabs->addTab(evidenceTab, tr("Claims and tasks"));
    // The rule sets: every account may read what it is scored by; the district edits them.
    m_rules = new RuleSetEditor(m_tabs);
    m_tabs->addTab(m_rules, tr("Scoring rules"));
    connect(m_rules, &RuleSetEditor::saveRequested, this,
        [this](const QString &version, const QJsonObject &rules, bool activate) {
            saveRuleSet(version, rules, activate);
        });
    connect(m_rules, &RuleSetEditor::activateRequested, this,
        [this](const QString &version) { activateRuleSet(version); });

    connect(m_quarterCombo, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_publishButton, &QPushButton::clicked, this, &AssessmentPage::confirmPublish);
    connect(m_xlsxButton, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(m_newClaimButton, &QPushButton::clicked, this, &AssessmentPage::openClaimDialog);
    connect(m_approveButton, &QPushButton::clicked, this, [this] { openReviewDialog(true); });
    connect(m_rejectButton, &QPushButton::clicked, this, [this] { openReviewDialog(false); });
    connect(m_issueTaskButton, &QPushButton::clicked, this, &AssessmentPage::openTaskDialog);
    connect(m_submitTaskButton, &QPushButton::clicked, this, &AssessmentPage::openSubmitDialog);
    connect(context, &ClientContext::cacheChanged, this, [this](const QStringList &kinds) {
        for (const auto &k : kinds) {
            if (kAssessmentInputs.contains(k)) {
                reloadLater();
                return;
            }
        }
    });
    connect(context, &ClientContext::currentUnitChanged, this, [this] { reloadLater(); });
    reload();
}

void AssessmentPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_dirty)
        reloadLater();
}

void AssessmentPage::reloadLater()
{
    m_dirty = true;
    if (isVisible())
        m_reloadTimer->start();
}

QString AssessmentPage::quarterCode() const
{
    return m_quarterCombo->currentData().toString();
}

void AssessmentPage::setQuarter(const QString &quarter)
{
    int index = m_quarterCombo->findData(quarter);
    if (index < 0) {
        m_quarterCombo->addItem(quarter, quarter);
        index = m_quarterCombo->count() - 1;
    }
    if (index == m_quarterCombo->currentIndex())
        reload();
    else
        m_quarterCombo->setCurrentIndex(index);
}

QString AssessmentPage::scopePath() const
{
    if (!m_ownCommunity.isEmpty()) {
        const auto *u = context()->orgTree()->unit(m_ownCommunity);
        return u ? u->path : context()->actor().unitPath;
    }
    const auto *district = context()->orgTree()->unit(m_quarter.district);
    const QString selected = context()->currentUnitPath();
    if (district && pathWithin(selected, district->path))
        return selected;
    return district ? district->path : context()->actor().unitPath;
}

bool AssessmentPage::mayPublish() const
{
    const auto *district = context()->orgTree()->unit(m_quarter.district);
    if (!district)
        return false;
    return context()->may(Action::AssessmentPublish,
        Subject { .kind = Kind::Assessment, .unitPath = district->path, .unitLevel = Level::District });
}

void AssessmentPage::reload()
{
    m_dirty = false;
    m_messageLabel->hide();
    // The district of the unit selected in the org tree (PRODUCT.md §5: a district's quarter).
    QString district;
    const QString path = context()->currentUnitPath();
    for (const QString &code : pathCodes(path)) {
        const auto *u = context()->orgTree()->unit(code);
        if (u && u->level == Level::District)
            district = code;
    }
    if (district.isEmpty()) {
        for (const QString &code : pathCodes(context()->actor().unitPath)) {
            const auto *u = context()->orgTree()->unit(code);
            if (u && u->level == Level::District)
                district = code;
        }
    }
    const QString quarter = quarterCode();
    const auto *districtUnit = context()->orgTree()->unit(district);
    const QString visible = context()->actor().unitPath;
    m_quarter = district.isEmpty()
        ? item::AssessmentQuarter {}
        : item::loadAssessmentQuarter(context()->database(), district, quarter, visible, nowMs());
    m_quarter.quarter = quarter;
    m_model->setQuarter(m_quarter);
    m_table->resizeColumnsToContents();
    m_explain->clear();

    if (district.isEmpty()) {
        m_districtLabel->setText(tr("Select a district (or a unit in it) in the org tree."));
    } else {
        m_districtLabel->setText(AssessmentExports::title(m_quarter));
    }
    QString status;
    if (m_quarter.published) {
        status = tr("Published %1 by %2 · rule set %3 · %4 communities ranked")
                     .arg(item::assessmentTimeText(m_quarter.publishedAt),
                         m_quarter.publishedByName.isEmpty() ? tr("the district") : m_quarter.publishedByName,
                         m_quarter.rulesVersion)
                     .arg(m_quarter.communities);
        m_statusLabel->setStyleSheet(u"color: #1e8449;"_s);
    } else if (!district.isEmpty()) {
        status = tr("Provisional: not published; computed in this client from the cached data "
                    "with rule set %1. It changes until the district publishes the quarter.")
                     .arg(m_quarter.rulesVersion);
        m_statusLabel->setStyleSheet(u"color: #a15c00; font-weight: bold;"_s);
    }
    if (!m_quarter.best.isEmpty())
        status += u"  "_s
            + tr("Best community: %1")
                  .arg(m_quarter.indexOf(m_quarter.best) >= 0 ? m_quarter.nameOf(m_quarter.best)
                          : !m_quarter.bestName.isEmpty()    ? m_quarter.bestName
                                                             : context()->unitName(m_quarter.best));
    m_statusLabel->setText(status);
    m_missingLabel->setText(m_quarter.missing.join(u"\n"_s));
    m_missingLabel->setVisible(!m_quarter.missing.isEmpty());

    const auto bounds = quarterBounds(quarter);
    const bool ended = bounds && nowMs() >= bounds->second;
    const bool canPublish = mayPublish();
    m_publishButton->setVisible(canPublish);
    m_publishButton->setEnabled(canPublish && ended && !m_quarter.published && !m_quarter.rows.isEmpty());
    m_publishButton->setToolTip(!ended ? tr("A quarter is published once it has ended.")
            : m_quarter.published      ? tr("This quarter is published; it no longer changes.")
                                       : tr("Freeze this quarter's result for every community."));
    const bool exportable = m_showsRanking && !m_quarter.rows.isEmpty() && !m_quarter.relativeUnknown;
    m_xlsxButton->setVisible(m_showsRanking);
    m_pdfButton->setVisible(m_showsRanking);
    m_xlsxButton->setEnabled(exportable);
    m_pdfButton->setEnabled(exportable);

    // Claims and tasks: who may do what (the permission function, as the server asks it).
    const bool community = !m_ownCommunity.isEmpty();
    m_newClaimButton->setVisible(community);
    m_submitTaskButton->setVisible(community);
    bool mayReview = false;
    bool mayIssue = false;
    if (districtUnit) {
        // The district office reviews claims of its communities and issues tasks.
        const auto *first = m_quarter.rows.isEmpty()
            ? nullptr
            : context()->orgTree()->unit(m_quarter.rows.constFirst().value(u"code"_s).toString());
        mayReview = first
            && context()->may(Action::ClaimReview,
                Subject { .kind = Kind::Claim, .unitPath = first->path, .unitLevel = Level::Community });
        mayIssue = context()->may(Action::TaskIssue,
            Subject { .kind = Kind::Task, .unitPath = districtUnit->path, .unitLevel = Level::District });
    }
    m_approveButton->setVisible(mayReview);
    m_rejectButton->setVisible(mayReview);
    m_issueTaskButton->setVisible(mayIssue);
    m_claims->load(context()->database(), scopePath(), quarter);
    m_submissions->load(context()->database(), scopePath(), quarter);
    const bool mayEditRules = districtUnit
        && context()->may(Action::RuleSetEdit,
            Subject { .kind = Kind::RuleSet, .unitPath = districtUnit->path, .unitLevel = Level::District });
    m_rules->setRuleSets(districtUnit ? districtUnit->name : QString(),
        district.isEmpty() ? QList<item::RuleSetEntry> {} : item::loadRuleSets(context()->database(), district),
        mayEditRules);
    updateCommunityView();
    Q_EMIT reloaded();
}

void AssessmentPage::showExplanation(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    const QString name = m_model->index(source.row(), item::AssessmentTableModel::CommunityColumn).data().toString();
    const QString column = item::AssessmentTableModel::columnTitle(source.column());
    const QString text = m_model->data(source, item::AssessmentTableModel::ExplainRole).toString();
    m_explain->setHtml(u"<p><b>%1 · %2</b></p><p>%3</p>"_s.arg(
        name.toHtmlEscaped(), column.toHtmlEscaped(), text.toHtmlEscaped()));
}

QString AssessmentPage::explanationText() const
{
    return m_explain->toPlainText();
}

QStringList AssessmentPage::hintTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_hints->count(); ++i)
        texts.append(m_hints->item(i)->text());
    return texts;
}

void AssessmentPage::updateCommunityView()
{
    m_hints->clear();
    if (m_ownCommunity.isEmpty())
        return;
    const int i = m_quarter.indexOf(m_ownCommunity);
    if (i < 0) {
        m_breakdown->setPlainText(tr("No assessment of this community for the quarter in the cache yet."));
        return;
    }
    const QJsonObject &row = m_quarter.rows.at(i);
    QString html = u"<h3>%1</h3>"_s.arg(row.value(u"name"_s).toString().toHtmlEscaped());
    if (m_quarter.published)
        html += u"<p style=\"font-size:14pt\"><b>%1</b></p>"_s.arg(
            tr("Rank %1 of %2 · total %3")
                .arg(row.value(u"rank"_s).toInt())
                .arg(m_quarter.communities)
                .arg(item::AssessmentText::score(row.value(u"total"_s).toDouble()))
                .toHtmlEscaped());
    else
        html += u"<p><b>%1</b></p>"_s.arg(tr("Provisional: the rank is known once the district publishes the quarter.").toHtmlEscaped());
    html += u"<table cellspacing=\"0\" cellpadding=\"4\" border=\"1\" style=\"border-collapse:collapse\">"_s;
    for (int c = item::AssessmentTableModel::NetColumn; c <= item::AssessmentTableModel::AwardColumn; ++c) {
        const QModelIndex index = m_model->index(i, c);
        html += u"<tr><td><b>%1</b></td><td align=\"right\">%2</td><td>%3</td></tr>"_s.arg(
            item::AssessmentTableModel::columnTitle(c).toHtmlEscaped(), index.data().toString().toHtmlEscaped(),
            index.data(item::AssessmentTableModel::ExplainRole).toString().toHtmlEscaped());
    }
    html += u"</table>"_s;
    m_breakdown->setHtml(html);

    // What would raise it: re-scored with the engine on this quarter's inputs (provisional),
    // or on the current quarter's for a published one (PRODUCT.md §5).
    QJsonObject bundle = m_quarter.bundle;
    if (bundle.isEmpty()) {
        const QString current = store::assessmentQuarterOf(nowMs());
        const item::AssessmentQuarter now = item::loadAssessmentQuarter(
            context()->database(), m_quarter.district, current, context()->actor().unitPath, nowMs());
        bundle = now.bundle;
        if (!bundle.isEmpty())
            m_hints->addItem(tr("For %1, still open:").arg(current));
    }
    const QList<item::AssessmentHint> hints = item::assessmentHints(bundle, m_ownCommunity, nowMs());
    for (const auto &h : hints)
        m_hints->addItem(h.text);
    if (hints.isEmpty())
        m_hints->addItem(tr("No single additional input would change the score now."));
}

// ---- commands ---------------------------------------------------------------------------

void AssessmentPage::submitCommand(const QString &type, const QJsonObject &payload, Done done)
{
    context()->submit(store::Command { type, payload, std::nullopt },
        [this, done](const store::SubmitResult &result) {
            const QString error = result.ok() ? QString() : (result.error.isEmpty() ? result.errorCode : result.error);
            if (!error.isEmpty()) {
                m_messageLabel->setText(tr("Not done: %1").arg(error));
                m_messageLabel->setStyleSheet(u"color: #c0392b;"_s);
                m_messageLabel->show();
            }
            reloadLater();
            if (done)
                done(error);
        });
}

void AssessmentPage::publish(Done done)
{
    submitCommand(u"assessment.publish"_s,
        QJsonObject { { u"district"_s, m_quarter.district }, { u"quarter"_s, quarterCode() } }, std::move(done));
}

void AssessmentPage::submitClaim(const QString &kind, const QString &title, const QString &description,
    const QStringList &links, qint64 date, Done done)
{
    submitCommand(u"claim.submit"_s,
        QJsonObject { { u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { u"community"_s, m_ownCommunity }, { u"kind"_s, kind }, { u"title"_s, title },
            { u"description"_s, description }, { u"links"_s, QJsonArray::fromStringList(links) },
            { u"date"_s, isoTime(date) } },
        std::move(done));
}

void AssessmentPage::reviewClaim(const QString &claimId, bool approve, const QString &comment,
    const QString &adoptedBy, Done done)
{
    QJsonObject payload { { u"claim"_s, claimId }, { u"decision"_s, approve ? u"approve"_s : u"reject"_s },
        { u"comment"_s, comment } };
    if (!adoptedBy.isEmpty())
        payload.insert(u"adopted_by"_s, adoptedBy);
    submitCommand(u"claim.review"_s, payload, std::move(done));
}

void AssessmentPage::issueTask(const QString &title, const QString &description, qint64 dueAt,
    const QStringList &communities, Done done)
{
    QJsonObject payload { { u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { u"district"_s, m_quarter.district }, { u"title"_s, title }, { u"description"_s, description },
        { u"due_at"_s, isoTime(dueAt) } };
    if (!communities.isEmpty())
        payload.insert(u"communities"_s, QJsonArray::fromStringList(communities));
    submitCommand(u"task.issue"_s, payload, std::move(done));
}

void AssessmentPage::submitTask(const QString &taskId, const QString &note, const QStringList &links, Done done)
{
    submitCommand(u"task.submit"_s,
        QJsonObject { { u"task"_s, taskId }, { u"community"_s, m_ownCommunity }, { u"note"_s, note },
            { u"links"_s, QJsonArray::fromStringList(links) } },
        std::move(done));
}

void AssessmentPage::saveRuleSet(const QString &version, const QJsonObject &rules, bool activate, Done done)
{
    const QString district = m_quarter.district;
    submitCommand(u"rule_set.save"_s,
        QJsonObject { { u"district"_s, district }, { u"version"_s, version }, { u"rules"_s, rules } },
        [this, district, version, activate, done](const QString &error) {
            if (!error.isEmpty()) {
                m_rules->setMessage(tr("Not saved: %1").arg(error), true);
                if (done)
                    done(error);
                return;
            }
            m_rules->saved(version);
            m_rules->setMessage(tr("Saved as %1.").arg(version), false);
            if (!activate) {
                if (done)
                    done({});
                return;
            }
            submitCommand(u"rule_set.activate"_s,
                QJsonObject { { u"district"_s, district }, { u"version"_s, version } },
                [this, version, done](const QString &activateError) {
                    m_rules->setMessage(activateError.isEmpty()
                            ? tr("Saved as %1; the quarters not yet published are scored with it.").arg(version)
                            : tr("Saved as %1, but not put in use: %2").arg(version, activateError),
                        !activateError.isEmpty());
                    if (done)
                        done(activateError);
                });
        });
}

void AssessmentPage::activateRuleSet(const QString &version, Done done)
{
    submitCommand(u"rule_set.activate"_s,
        QJsonObject { { u"district"_s, m_quarter.district }, { u"version"_s, version } },
        [this, version, done](const QString &error) {
            m_rules->setMessage(error.isEmpty()
                    ? tr("The quarters not yet published are scored with %1.").arg(version)
                    : tr("Not done: %1").arg(error),
                !error.isEmpty());
            if (done)
                done(error);
        });
}

void AssessmentPage::confirmPublish()
{
    // Window-modal and asynchronous: the sync keeps running while the user reads it.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Publish the assessment"),
        tr("Publish %1 under rule set %2?\n\nThe result is frozen: every community then sees its "
           "rank, and claims and tasks of the quarter can no longer be changed.")
            .arg(AssessmentExports::title(m_quarter), m_quarter.rulesVersion),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"publishConfirm"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->button(QMessageBox::Yes)->setText(tr("Publish"));
    box->setDefaultButton(QMessageBox::Cancel);
    const QString district = m_quarter.district;
    const QString quarter = quarterCode();
    connect(box, &QMessageBox::finished, this, [this, box, district, quarter] {
        // Only what the user confirmed: the quarter may have been switched meanwhile.
        if (box->clickedButton() == box->button(QMessageBox::Yes) && district == m_quarter.district
            && quarter == quarterCode())
            publish();
    });
    box->open();
}

// ---- exports ----------------------------------------------------------------------------

void AssessmentPage::chooseExport(bool pdf)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = AssessmentExports::title(m_quarter) + (pdf ? u".pdf"_s : u".xlsx"_s);
    const QString filter = pdf ? tr("PDF (*.pdf)") : tr("Excel workbook (*.xlsx)");
    const QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Export PDF") : tr("Export XLSX"),
        QDir(dir).filePath(name), filter);
    if (path.isEmpty())
        return;
    const auto report = [this, path](const QString &error) {
        m_messageLabel->setStyleSheet(error.isEmpty() ? u"color: #1e8449;"_s : u"color: #c0392b;"_s);
        m_messageLabel->setText(error.isEmpty() ? tr("Saved %1").arg(QDir::toNativeSeparators(path)) : error);
        m_messageLabel->show();
    };
    if (pdf)
        exportPdf(path, report);
    else
        exportXlsx(path, report);
}

void AssessmentPage::exportXlsx(const QString &path, Done done)
{
    const item::AssessmentQuarter quarter = m_quarter;
    const QDate issued = QDate::fromString(chinaDate(nowMs()), Qt::ISODate);
    runInBackground(this, [quarter, issued, path] {
        QString error;
        AssessmentExports::writeXlsx(quarter, issued, path, &error);
        return error;
    }, [done](const QString &error) {
        if (done)
            done(error);
    });
}

void AssessmentPage::exportPdf(const QString &path, Done done)
{
    const item::AssessmentQuarter quarter = m_quarter;
    const QDate issued = QDate::fromString(chinaDate(nowMs()), Qt::ISODate);
    runInBackground(this, [quarter, issued, path] {
        QString error;
        AssessmentExports::writePdf(quarter, issued, path, &error);
        return error;
    }, [done](const QString &error) {
        if (done)
            done(error);
    });
}

// ---- dialogs ----------------------------------------------------------------------------

void AssessmentPage::openClaimDialog()
{
    QDialog dialog(this);
    dialog.setObjectName(u"claimDialog"_s);
    dialog.setWindowTitle(tr("New bonus claim"));
    auto *form = new QFormLayout(&dialog);
    auto *kind = new QComboBox(&dialog);
    kind->addItem(item::ClaimListModel::kindLabel(u"event"_s), u"event"_s);
    kind->addItem(item::ClaimListModel::kindLabel(u"innovation"_s), u"innovation"_s);
    kind->addItem(item::ClaimListModel::kindLabel(u"news_lead"_s), u"news_lead"_s);
    auto *title = new QLineEdit(&dialog);
    title->setObjectName(u"claimTitleEdit"_s);
    title->setMaxLength(200);
    auto *description = new QPlainTextEdit(&dialog);
    auto *links = new QPlainTextEdit(&dialog);
    links->setObjectName(u"claimLinksEdit"_s);
    links->setPlaceholderText(tr("One web link per line"));
    auto *date = new QDateEdit(QDate::currentDate(), &dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(u"yyyy-MM-dd"_s);
    date->setMaximumDate(QDate::currentDate());
    form->addRow(tr("Kind:"), kind);
    form->addRow(tr("Title:"), title);
    form->addRow(tr("Description:"), description);
    form->addRow(tr("Links:"), links);
    form->addRow(tr("Date:"), date);
    const auto missing = [&]() -> QWidget * {
        return title->text().trimmed().isEmpty() ? title : nullptr;
    };
    if (!confirmForm(dialog, form, missing))
        return;
    const QDateTime at(date->date(), QTime(12, 0), QTimeZone(kChinaOffsetSeconds));
    submitClaim(kind->currentData().toString(), title->text().trimmed(), description->toPlainText(),
        linesOf(links->toPlainText()), std::min(at.toMSecsSinceEpoch(), nowMs()));
}

void AssessmentPage::openReviewDialog(bool approve)
{
    const QModelIndex current = m_claimTable->currentIndex();
    if (!current.isValid()) {
        m_messageLabel->setText(tr("Select a claim first."));
        m_messageLabel->setStyleSheet(QString());
        m_messageLabel->show();
        return;
    }
    const QJsonObject claim = m_claims->record(current.row());
    QDialog dialog(this);
    dialog.setObjectName(u"reviewDialog"_s);
    dialog.setWindowTitle(approve ? tr("Approve claim") : tr("Reject claim"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(claim.value(u"title"_s).toString(), &dialog));
    QComboBox *adopted = nullptr;
    if (approve && claim.value(u"kind"_s).toString() == u"news_lead") {
        adopted = new QComboBox(&dialog);
        adopted->addItem(tr("Not adopted"), u"none"_s);
        adopted->addItem(item::ClaimListModel::adoptionLabel(u"district"_s), u"district"_s);
        adopted->addItem(item::ClaimListModel::adoptionLabel(u"city"_s), u"city"_s);
        form->addRow(tr("Adopted by:"), adopted);
    }
    auto *comment = new QPlainTextEdit(&dialog);
    form->addRow(approve ? tr("Comment:") : tr("Reason (required):"), comment);
    const auto missing = [&]() -> QWidget * {
        return !approve && comment->toPlainText().trimmed().isEmpty() ? comment : nullptr;
    };
    if (!confirmForm(dialog, form, missing))
        return;
    reviewClaim(claim.value(u"id"_s).toString(), approve, comment->toPlainText().trimmed(),
        adopted ? adopted->currentData().toString() : QString());
}

void AssessmentPage::openTaskDialog()
{
    QDialog dialog(this);
    dialog.setObjectName(u"taskDialog"_s);
    dialog.setWindowTitle(tr("Issue a reporting task"));
    auto *form = new QFormLayout(&dialog);
    auto *title = new QLineEdit(&dialog);
    title->setMaxLength(200);
    auto *description = new QPlainTextEdit(&dialog);
    auto *due = new QDateTimeEdit(QDateTime::currentDateTime().addDays(7), &dialog);
    due->setCalendarPopup(true);
    due->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    auto *all = new QCheckBox(tr("All communities of the district"), &dialog);
    all->setChecked(true);
    auto *list = new QListWidget(&dialog);
    list->setEnabled(false);
    for (const auto &row : std::as_const(m_quarter.rows)) {
        auto *entry = new QListWidgetItem(row.value(u"name"_s).toString(), list);
        entry->setData(Qt::UserRole, row.value(u"code"_s).toString());
        entry->setCheckState(Qt::Unchecked);
    }
    connect(all, &QCheckBox::toggled, list, [list](bool on) { list->setEnabled(!on); });
    form->addRow(tr("Title:"), title);
    form->addRow(tr("Description:"), description);
    form->addRow(tr("Deadline:"), due);
    form->addRow(all);
    form->addRow(list);
    const auto missing = [&]() -> QWidget * {
        return title->text().trimmed().isEmpty() ? title : nullptr;
    };
    if (!confirmForm(dialog, form, missing))
        return;
    QStringList codes;
    if (!all->isChecked()) {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                codes.append(list->item(i)->data(Qt::UserRole).toString());
        }
    }
    const QDateTime at(due->date(), due->time(), QTimeZone(kChinaOffsetSeconds));
    issueTask(title->text().trimmed(), description->toPlainText(), at.toMSecsSinceEpoch(), codes);
}

void AssessmentPage::openSubmitDialog()
{
    const QModelIndex current = m_taskTable->currentIndex();
    if (!current.isValid()) {
        m_messageLabel->setText(tr("Select a task first."));
        m_messageLabel->setStyleSheet(QString());
        m_messageLabel->show();
        return;
    }
    const QJsonObject submission = m_submissions->record(current.row());
    QDialog dialog(this);
    dialog.setObjectName(u"submitTaskDialog"_s);
    dialog.setWindowTitle(tr("Submit material"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(submission.value(u"title"_s).toString(), &dialog));
    auto *note = new QPlainTextEdit(submission.value(u"note"_s).toString(), &dialog);
    auto *links = new QPlainTextEdit(&dialog);
    links->setPlaceholderText(tr("One web link per line"));
    form->addRow(tr("Note:"), note);
    form->addRow(tr("Links:"), links);
    const auto missing = [&]() -> QWidget * {
        return note->toPlainText().trimmed().isEmpty() && linesOf(links->toPlainText()).isEmpty() ? note : nullptr;
    };
    if (!confirmForm(dialog, form, missing))
        return;
    submitTask(submission.value(u"task"_s).toString(), note->toPlainText(), linesOf(links->toPlainText()));
}

// ---- factories --------------------------------------------------------------------------

Page *createAssessmentPage(ClientContext *context)
{
    return new AssessmentPage(context);
}

} // namespace civic::ui

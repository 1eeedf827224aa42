// 意见箱, the heart of CivicDesk (PRODUCT.md §2), and its section on 工作台 (§6).

#include "complaints/complaintspage.h"

#include "clientcontext.h"
#include "complaints/cannedreplies.h"
#include "complaints/complaintdetail.h"
#include "complaints/complaintdialogs.h"
#include "complaints/complaintfilterbar.h"
#include "complaints/complaintledger.h"
#include "complaints/complaintsdashboard.h"
#include "complaints/complaintstats.h"
#include "complaints/complainttable.h"
#include "complaints/complainttray.h"
#include "domain/chinatime.h"
#include "fans/fanexports.h"
#include "item/complaintlistmodel.h"
#include "item/complaintrecords.h"
#include "item/orgtreemodel.h"
#include "store/cachedatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::ui {

namespace {

constexpr qint64 kDayMs = 24 * kHourMs;

bool isAbove(Level level)
{
    return level == Level::Street || level == Level::District || level == Level::City;
}

} // namespace

ComplaintsPage::ComplaintsPage(ClientContext *context, QWidget *parent)
    : Page(context, parent)
    , m_model(new item::ComplaintListModel(this))
{
    setObjectName(u"complaintsPage"_s);
    // PRODUCT.md §1: the tree shows open and overdue complaints per node.
    item::registerComplaintBadges();
    context->orgTree()->refreshBadges();
    m_model->setDatabase(context->database());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->setSpacing(8);

    auto *top = new QHBoxLayout;
    m_scope = new QLabel(this);
    m_scope->setObjectName(u"scopeLabel"_s);
    m_scope->setStyleSheet(u"font-size: 12pt; font-weight: bold; color: #1f2329;"_s);
    top->addWidget(m_scope);
    m_count = new QLabel(this);
    m_count->setObjectName(u"countLabel"_s);
    m_count->setStyleSheet(u"color: #646a73;"_s);
    top->addWidget(m_count);
    top->addStretch(1);
    m_export = new QPushButton(tr("Export ledger"), this);
    m_export->setObjectName(u"exportLedgerButton"_s);
    m_export->setToolTip(tr("The complaints listed, as an Excel workbook (意见箱台账)"));
    top->addWidget(m_export);
    m_canned = new QPushButton(tr("Canned replies"), this);
    m_canned->setObjectName(u"manageCannedButton"_s);
    top->addWidget(m_canned);
    m_create = new QPushButton(tr("Register a complaint"), this);
    m_create->setObjectName(u"createComplaintButton"_s);
    m_create->setProperty("primary", true);
    m_create->setStyleSheet(
        u"QPushButton { background: #1677ff; color: white; border-color: #1677ff; }"
        u" QPushButton:hover { background: #4096ff; color: white; }"_s);
    top->addWidget(m_create);
    layout->addLayout(top);
    // Staff of a community and above enter walk-ins and calls (complaint.create); a
    // department receives complaints and a viewer only looks.
    const Role role = context->actor().role;
    m_create->setVisible(role != Role::Department && role != Role::Viewer);
    m_canned->setVisible(role != Role::Viewer);

    if (isAbove(context->actor().unitLevel)) {
        m_stats = new ComplaintStatsStrip(context, this);
        layout->addWidget(m_stats);
    }
    m_filterBar = new ComplaintFilterBar(this);
    m_filterBar->setCategories(item::complaintCategories(context->database()));
    layout->addWidget(m_filterBar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"complaintsSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_table = new ComplaintTableView(m_model, m_splitter);
    m_table->setMinimumWidth(420);
    m_detail = new ComplaintDetailPane(context, m_splitter);
    m_detail->setMinimumWidth(360);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({ 720, 360 });
    layout->addWidget(m_splitter, 1);

    m_notifier = new ComplaintTrayNotifier(context, this);

    connect(context, &ClientContext::currentUnitChanged, this, &ComplaintsPage::runQuery);
    connect(m_filterBar, &ComplaintFilterBar::changed, this, &ComplaintsPage::runQuery);
    connect(m_model, &item::ComplaintListModel::totalCountChanged, this,
        &ComplaintsPage::updateScopeLabel);
    connect(m_table, &ComplaintTableView::currentIdChanged, this, [this](const QString &id) {
        if (!id.isEmpty())
            m_detail->showComplaint(id);
    });
    connect(m_create, &QPushButton::clicked, this, &ComplaintsPage::openCreateDialog);
    connect(m_export, &QPushButton::clicked, this, &ComplaintsPage::exportLedger);
    connect(m_canned, &QPushButton::clicked, this, [this] {
        auto *dialog = new CannedRepliesDialog(this->context(), window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    // A sync brings pages of changes in quick succession: read once they settle.
    m_soon.setSingleShot(true);
    m_soon.setInterval(200);
    connect(&m_soon, &QTimer::timeout, this, &ComplaintsPage::refresh);
    connect(context, &ClientContext::cacheChanged, this, [this](const QStringList &kinds) {
        for (const auto &kind :
            { u"complaint"_s, u"complaint_event"_s, u"org_unit"_s, u"user"_s }) {
            if (kinds.contains(kind)) {
                m_soon.start();
                return;
            }
        }
    });
    // PRODUCT.md §2: countdowns tick and things fall overdue with no sync at all.
    m_minute.setInterval(60 * 1000);
    connect(&m_minute, &QTimer::timeout, this, [this] {
        m_detail->refreshSla();
        this->context()->orgTree()->refreshBadges();
    });
    m_minute.start();
    runQuery();
    m_badge = item::myOpenComplaintCount(context->database(), context->actor());
}

QString ComplaintsPage::title() const
{
    return tr("Complaints");
}

int ComplaintsPage::navigationBadge() const
{
    return m_badge;
}

QString ComplaintsPage::myHandlingPath() const
{
    const Actor &actor = context()->actor();
    // A grid worker handles the community's complaints.
    if (actor.unitLevel == Level::Grid)
        return parentUnitPath(actor.unitPath);
    return actor.unitPath;
}

item::ComplaintFilter ComplaintsPage::currentFilter() const
{
    item::ComplaintFilter filter = m_filterBar->filter(myHandlingPath());
    const QString unit = context()->currentUnit();
    const OrgUnit *selected = context()->orgTree()->unit(unit);
    // PRODUCT.md §1: a department's node holds the complaints ever sent to it (its own
    // account's tree may not be loaded yet before the first sync).
    if (selected
            ? selected->level == Level::Department
            : context()->actor().role == Role::Department && unit == context()->actor().unitCode)
        filter.departmentCode = unit;
    else
        filter.scopePath = context()->currentUnitPath();
    return filter;
}

void ComplaintsPage::runQuery()
{
    const item::ComplaintFilter filter = currentFilter();
    updateColumns();
    const QString keep = m_detail->complaintId();
    m_model->setQuery(filter, m_model->sortKey(), m_model->sortOrder());
    if (!keep.isEmpty())
        m_table->selectId(keep);
    updateScopeLabel();
    updateStatistics();
}

void ComplaintsPage::updateColumns()
{
    // Inside one community the community column says nothing.
    const OrgUnit *selected = context()->orgTree()->unit(context()->currentUnit());
    m_table->setColumnShown(item::ComplaintListModel::CommunityColumn,
        !selected || (selected->level != Level::Community && selected->level != Level::Grid));
}

void ComplaintsPage::refresh()
{
    updateColumns();
    m_filterBar->setCategories(item::complaintCategories(context()->database()));
    // The tree may have arrived since (the first sync): the scope is resolved again.
    const item::ComplaintFilter filter = currentFilter();
    if (filter.scopePath != m_model->filter().scopePath
        || filter.departmentCode != m_model->filter().departmentCode) {
        runQuery();
    } else {
        const QString keep = m_detail->complaintId();
        m_model->refresh();
        if (!keep.isEmpty() && m_table->currentId() != keep)
            m_table->selectId(keep);
        updateStatistics();
    }
    m_detail->reload();
    const int badge = item::myOpenComplaintCount(context()->database(), context()->actor());
    if (badge != m_badge) {
        m_badge = badge;
        Q_EMIT navigationBadgeChanged();
    }
}

void ComplaintsPage::updateScopeLabel()
{
    const QString unit = context()->currentUnit();
    const OrgUnit *selected = context()->orgTree()->unit(unit);
    const bool below = selected && selected->level != Level::Community
        && selected->level != Level::Grid && selected->level != Level::Department;
    m_scope->setText(
        below ? tr("%1 and below").arg(context()->unitName(unit)) : context()->unitName(unit));
    const qint64 total = m_model->totalCount();
    m_count->setText(
        total < 0 ? tr("counting…") : tr("%1 complaints").arg(QLocale().toString(total)));
}

void ComplaintsPage::exportLedger()
{
    const QString unit = context()->unitName(context()->currentUnit());
    const QString title = tr("Complaints ledger of %1").arg(unit);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name
        = u"%1 %2.xlsx"_s.arg(title, chinaDate(QDateTime::currentMSecsSinceEpoch()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export ledger"),
        QDir(folder).filePath(name), tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    const QString cache = context()->cachePath();
    const domain::Actor actor = context()->actor();
    const item::ComplaintFilter filter = m_model->filter();
    const auto key = m_model->sortKey();
    const auto order = m_model->sortOrder();
    m_export->setEnabled(false);
    runInBackground(
        this,
        [=] {
            // The worker's own read connection on the same cache.
            const QString connection = u"civic-ledger-export"_s;
            if (const auto failed = store::CacheDatabase::openReader(cache, connection))
                return failed->message;
            QString error;
            ComplaintLedger::write(QSqlDatabase::database(connection, false), actor, filter, key,
                order, title, path, &error);
            store::CacheDatabase::close(connection);
            return error;
        },
        [this, path](const QString &error) {
            m_export->setEnabled(true);
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Export ledger"), error);
            else
                QMessageBox::information(this, tr("Export ledger"),
                    tr("Ledger saved to %1").arg(QDir::toNativeSeparators(path)));
        });
}

void ComplaintsPage::updateStatistics()
{
    if (!m_stats)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const item::ComplaintFilter f = m_model->filter();
    item::ComplaintFilter scope;
    scope.scopePath = f.scopePath;
    scope.departmentCode = f.departmentCode;
    // The period of the filter bar, else the last 30 days (as the server's stats default).
    qint64 from = now - 30 * kDayMs;
    qint64 to = now + 1;
    QString period = tr("Last 30 days");
    if (m_filterBar->hasPeriod()) {
        from = f.from;
        to = f.to > 0 ? f.to : now + 1;
        const QString start = f.from > 0 ? chinaDate(f.from) : tr("the start");
        const QString end = f.to > 0 ? chinaDate(f.to - kDayMs) : tr("today");
        period = tr("%1 to %2").arg(start, end);
    }
    m_stats->showStatistics(scope, from, to, period);
}

void ComplaintsPage::selectComplaint(const QString &id)
{
    m_detail->showComplaint(id);
    // Among the first windows, or shown in the detail pane only.
    for (int i = 0; i < 20 && !m_table->selectId(id) && m_model->canFetchMore({}); ++i)
        m_model->fetchMore({});
}

void ComplaintsPage::setOverdueOnly(bool on)
{
    m_filterBar->setOverdueOnly(on);
}

void ComplaintsPage::openCreateDialog()
{
    auto *dialog = new CreateComplaintDialog(context(), context()->currentUnit(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateComplaintDialog::created, this, [this](const QString &id) {
        m_model->refresh();
        selectComplaint(id);
    });
    dialog->open();
}

Page *createComplaintsPage(ClientContext *context)
{
    return new ComplaintsPage(context);
}

QWidget *createComplaintsDashboardSection(ClientContext *context)
{
    return new ComplaintsDashboardSection(context);
}

} // namespace civic::ui

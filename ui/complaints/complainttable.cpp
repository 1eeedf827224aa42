#include "complainttable.h"

#include "complaintui.h"
#include "item/complaintlistmodel.h"

#include <QHeaderView>
#include <QScrollBar>

using namespace Qt::StringLiterals;
using namespace civic::domain;
using civic::item::ComplaintListModel;

namespace civic::ui {

void ComplaintCellDelegate::initStyleOption(
    QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == ComplaintListModel::SlaColumn) {
        const int state = index.data(ComplaintListModel::SlaStateRole).toInt();
        if (state < 0)
            return;
        const auto sla = SlaState(state);
        option->palette.setColor(QPalette::Text, complaints::slaColor(sla));
        option->palette.setColor(QPalette::HighlightedText, complaints::slaColor(sla));
        if (sla == SlaState::Overdue || sla == SlaState::Amber)
            option->font.setBold(true);
    } else if (index.column() == ComplaintListModel::StatusColumn) {
        const auto status = ComplaintStatus(index.data(ComplaintListModel::StatusRole).toInt());
        option->palette.setColor(QPalette::Text, complaints::statusColor(status));
        option->palette.setColor(QPalette::HighlightedText, complaints::statusColor(status));
    }
}

ComplaintTableView::ComplaintTableView(ComplaintListModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
{
    setObjectName(u"complaintTable"_s);
    setModel(model);
    setItemDelegate(new ComplaintCellDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->setVisible(false);
    // One line per complaint: uniform heights keep a 100,000-row subtree cheap to lay out.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    QHeaderView *h = horizontalHeader();
    h->setHighlightSections(false);
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setMinimumSectionSize(48);
    // Wide enough for the longest usual value and for the heading with its sort arrow.
    const QFontMetrics fm(font());
    const auto fit = [&fm, model](int column, const QString &sample) {
        const QString heading = model->headerData(column, Qt::Horizontal).toString();
        return std::max(fm.horizontalAdvance(sample), fm.horizontalAdvance(heading) + 14) + 22;
    };
    h->resizeSection(
        ComplaintListModel::StatusColumn, fit(ComplaintListModel::StatusColumn, u"重新办理"_s));
    h->resizeSection(
        ComplaintListModel::CategoryColumn, fit(ComplaintListModel::CategoryColumn, u"市政设施"_s));
    h->resizeSection(ComplaintListModel::CommunityColumn,
        fit(ComplaintListModel::CommunityColumn, u"河畔社区·网格"_s));
    h->resizeSection(ComplaintListModel::SubmittedColumn,
        fit(ComplaintListModel::SubmittedColumn, u"03-02 09:00"_s));
    h->resizeSection(
        ComplaintListModel::SlaColumn, fit(ComplaintListModel::SlaColumn, u"剩余 23 小时 59 分"_s));
    h->resizeSection(
        ComplaintListModel::HandlingColumn, fit(ComplaintListModel::HandlingColumn, u"社区"_s));
    h->resizeSection(
        ComplaintListModel::ChannelColumn, fit(ComplaintListModel::ChannelColumn, u"微信意见箱"_s));
    setSortingEnabled(true);
    h->setSortIndicator(ComplaintListModel::SubmittedColumn, Qt::DescendingOrder);
    connect(h, &QHeaderView::sortIndicatorChanged, this, &ComplaintTableView::sortRequested);

    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](
            const QModelIndex &current) { Q_EMIT currentIdChanged(m_model->idAt(current.row())); });
    connect(model, &QAbstractItemModel::modelReset, this,
        [this] { Q_EMIT currentIdChanged(currentId()); });

    // PRODUCT.md §2: the countdowns tick. Only what is on screen is painted again.
    m_minute.setInterval(60 * 1000);
    connect(&m_minute, &QTimer::timeout, this, &ComplaintTableView::tick);
    m_minute.start();
}

void ComplaintTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitTitle();
}

void ComplaintTableView::fitTitle()
{
    QHeaderView *h = horizontalHeader();
    int others = 0;
    for (int c = 0; c < ComplaintListModel::ColumnCount; ++c) {
        if (c != ComplaintListModel::TitleColumn && !h->isSectionHidden(c))
            others += h->sectionSize(c);
    }
    const int minimum = fontMetrics().horizontalAdvance(u"小区路灯不亮了"_s) + 16;
    h->resizeSection(
        ComplaintListModel::TitleColumn, std::max(minimum, viewport()->width() - others));
}

void ComplaintTableView::setColumnShown(int column, bool shown)
{
    setColumnHidden(column, !shown);
    fitTitle();
}

void ComplaintTableView::tick()
{
    viewport()->update();
}

void ComplaintTableView::sortRequested(int column, Qt::SortOrder order)
{
    if (!ComplaintListModel::isSortable(column)) {
        // Only submission, SLA and status sort; put the indicator back where the order is.
        const int current = m_model->sortKey() == item::ComplaintSortKey::Submitted
            ? int(ComplaintListModel::SubmittedColumn)
            : m_model->sortKey() == item::ComplaintSortKey::Due
            ? int(ComplaintListModel::SlaColumn)
            : int(ComplaintListModel::StatusColumn);
        const QSignalBlocker block(horizontalHeader());
        horizontalHeader()->setSortIndicator(current, m_model->sortOrder());
        return;
    }
    Q_UNUSED(order);
}

QString ComplaintTableView::currentId() const
{
    const QModelIndex current = selectionModel()->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QString();
}

bool ComplaintTableView::selectId(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

} // namespace civic::ui

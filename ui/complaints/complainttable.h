#pragma once

#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>

namespace civic::item {
class ComplaintListModel;
}

namespace civic::ui {

// The 意见箱 table: the paging model's rows with the SLA countdown coloured (PRODUCT.md §2:
// red when overdue, amber within 4 hours) and ticking: a minute timer repaints the visible
// rows, the model is not reset. Sorts from the header by submission, SLA and status only.
class ComplaintTableView : public QTableView
{
    Q_OBJECT

public:
    explicit ComplaintTableView(item::ComplaintListModel *model, QWidget *parent = nullptr);

    item::ComplaintListModel *complaintModel() const { return m_model; }
    // The selected complaint's id, empty for none.
    QString currentId() const;
    // Selects the complaint when it is among the loaded rows.
    bool selectId(const QString &id);
    void setColumnShown(int column, bool shown);

Q_SIGNALS:
    void currentIdChanged(const QString &id);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The title takes what the other columns leave, but never less than a readable width
    // (the table scrolls sideways then).
    void fitTitle();
    void tick();
    void sortRequested(int column, Qt::SortOrder order);

    item::ComplaintListModel *m_model;
    QTimer m_minute;
};

// Paints the SLA and status cells in their colours.
class ComplaintCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace civic::ui

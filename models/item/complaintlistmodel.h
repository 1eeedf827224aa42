#pragma once

#include "complaintrecords.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>
#include <QThread>

#include <functional>
#include <optional>

namespace civic::item {

class ComplaintCounter;

// The 意见箱 table over the cache, for any subtree size (ARCHITECTURE.md §Client storage: a
// city-level cache holds hundreds of thousands of complaints). Rows arrive a window at a time
// through fetchMore() with keyset queries (no OFFSET), so opening a district shows its first
// rows without reading the rest; the exact number of matches is a separate COUNT(*) that runs
// on its own connection and thread (totalCountChanged). Which index drives a query is chosen
// per query: a small subtree (or a selective filter) is read through its own index and
// sorted; a large one is read in the sort order and filtered on the way.
class ComplaintListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        StatusColumn,
        CategoryColumn,
        CommunityColumn,
        SubmittedColumn,
        SlaColumn,
        HandlingColumn,
        ChannelColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole, // domain::ComplaintStatus as int
        SlaStateRole, // domain::SlaState as int, -1 for a merged duplicate
        DueAtRole, // ms since the epoch
        SubmittedAtRole, // ms since the epoch
        UrgedRole, // how often it was urged (催办)
    };

    // One row as the table shows it.
    struct Row
    {
        QString id;
        QString title;
        domain::ComplaintStatus status = domain::ComplaintStatus::New;
        int statusRank = 0;
        QString category;
        QString channel;
        QString community;
        QString grid;
        qint64 submittedAt = 0;
        qint64 dueAt = 0;
        std::optional<qint64> firstReplyAt;
        QString handlingUnit;
        domain::Level handlingLevel = domain::Level::Community;
        bool merged = false;
        int urgeCount = 0;
        qint64 version = 0;
    };

    explicit ComplaintListModel(QObject *parent = nullptr);
    ~ComplaintListModel() override;

    // The read connection on a migrated cache file (the UI thread's).
    void setDatabase(const QSqlDatabase &db);
    // Runs a new query: the first window is read at once, the count follows.
    void setQuery(const ComplaintFilter &filter, ComplaintSortKey key, Qt::SortOrder order);
    const ComplaintFilter &filter() const { return m_filter; }
    ComplaintSortKey sortKey() const { return m_sortKey; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Reads the loaded rows again (after a sync or a local change); the rows stay in place
    // when the same complaints are still there in the same order, else the model resets.
    void refresh();

    // The time the SLA countdowns are computed at (the wall clock unless a test sets one).
    void setClock(std::function<qint64()> clock);
    qint64 now() const;

    // The exact number of matches; -1 while it is being counted.
    qint64 totalCount() const { return m_total; }
    // Counts on the calling thread (tests, the benchmark).
    qint64 countNow() const;
    // Off: the count runs on the UI thread right after the first window (tests).
    void setAsyncCount(bool async);
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);
    // The index driving the current query ("complaint_scope", "complaint_by_due", …; empty
    // when SQLite chooses).
    QString plan() const { return m_plan; }

    const Row *rowAt(int row) const;
    QString idAt(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Submitted, SLA (due time) and status columns sort; the others keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column);

Q_SIGNALS:
    void totalCountChanged(qint64 count);

private:
    struct Plan
    {
        QString hint; // "INDEXED BY …", "NOT INDEXED" or empty
        QString index;
        QString countHint;
    };
    Plan choosePlan(const SqlCondition &where) const;
    QList<Row> readRows(const Row *after, int limit) const;
    QString orderBy() const;
    void startCount();
    void countArrived(quint64 generation, qint64 count);
    QString unitName(const QString &code) const;
    void loadUnitNames();

    QSqlDatabase m_db;
    ComplaintFilter m_filter;
    ComplaintSortKey m_sortKey = ComplaintSortKey::Submitted;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    SqlCondition m_where;
    qint64 m_whereAt = 0; // the time the overdue filter was bound at
    Plan m_currentPlan;
    QString m_plan;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOfId;
    bool m_atEnd = true;
    bool m_active = false;
    bool m_notifying = false; // inside a reset or an insertion's signals
    int m_pageSize = 200;
    qint64 m_total = -1;
    quint64 m_generation = 0;
    bool m_asyncCount = true;
    std::function<qint64()> m_clock;
    QHash<QString, QString> m_unitNames;
    QThread m_countThread;
    QPointer<ComplaintCounter> m_counter;
};

} // namespace civic::item

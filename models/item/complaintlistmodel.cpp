#include "complaintlistmodel.h"

#include "complaintlabels.h"
#include "domain/chinatime.h"
#include "store/cachedatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::item {

// Runs COUNT(*) on its own connection, on the model's counting thread.
class ComplaintCounter : public QObject
{
public:
    explicit ComplaintCounter(QString connection)
        : m_connection(std::move(connection))
    {
    }

    qint64 count(const QString &path, const QString &sql, const QVariantList &binds)
    {
        if (!m_open) {
            if (store::CacheDatabase::openReader(path, m_connection))
                return -1;
            m_open = true;
        }
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const auto &b : binds)
            q.addBindValue(b);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    void close()
    {
        if (m_open)
            store::CacheDatabase::close(m_connection);
        m_open = false;
    }

private:
    QString m_connection;
    bool m_open = false;
};

namespace {

// How many rows a driving index may hold before the query reads in sort order instead.
constexpr int kSmallSet = 5000;

int cappedCount(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT count(*) FROM (%1 LIMIT %2)"_s.arg(sql).arg(kSmallSet));
    for (const auto &b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toInt() : kSmallSet;
}

QString fullTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(kChinaOffsetSeconds))
        .toString(u"yyyy-MM-dd HH:mm"_s);
}

// China time, without the year when it is this year's (the column stays narrow).
QString submittedText(qint64 ms, qint64 now)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(kChinaOffsetSeconds));
    const QDateTime n = QDateTime::fromMSecsSinceEpoch(now, QTimeZone(kChinaOffsetSeconds));
    return t.toString(t.date().year() == n.date().year() ? u"MM-dd HH:mm"_s : u"yyyy-MM-dd"_s);
}

} // namespace

ComplaintListModel::ComplaintListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    static std::atomic<int> instances { 0 };
    m_counter = new ComplaintCounter(u"civic-complaint-count-%1"_s.arg(++instances));
    m_counter->moveToThread(&m_countThread);
    m_countThread.setObjectName(u"complaint-count"_s);
    m_countThread.start(QThread::LowPriority);
}

ComplaintListModel::~ComplaintListModel()
{
    ComplaintCounter *counter = m_counter;
    QMetaObject::invokeMethod(
        counter, [counter] { counter->close(); }, Qt::BlockingQueuedConnection);
    m_countThread.quit();
    m_countThread.wait();
    delete counter;
}

void ComplaintListModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    loadUnitNames();
}

void ComplaintListModel::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

qint64 ComplaintListModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void ComplaintListModel::setAsyncCount(bool async)
{
    m_asyncCount = async;
}

void ComplaintListModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

void ComplaintListModel::loadUnitNames()
{
    m_unitNames.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(u"SELECT id, name FROM org_unit"_s)) {
        while (q.next())
            m_unitNames.insert(q.value(0).toString(), q.value(1).toString());
    }
}

QString ComplaintListModel::unitName(const QString &code) const
{
    return m_unitNames.value(code, code);
}

QString ComplaintListModel::orderBy() const
{
    const QString dir = m_sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    switch (m_sortKey) {
    case ComplaintSortKey::Submitted:
        return u"submitted_at %1, id %1"_s.arg(dir);
    case ComplaintSortKey::Due:
        return u"due_at %1, id %1"_s.arg(dir);
    case ComplaintSortKey::Status:
        return u"status_rank %1, submitted_rev %1, id %1"_s.arg(dir);
    }
    return {};
}

ComplaintListModel::Plan ComplaintListModel::choosePlan(const SqlCondition &) const
{
    const ComplaintFilter &f = m_filter;
    // A department's complaints are few (those sent to it): SQLite's own choice is fine.
    if (!f.departmentCode.isEmpty())
        return {};
    // Candidates that narrow the set through an index of their own, with their (capped) size.
    struct Candidate
    {
        Plan plan;
        int size;
    };
    QList<Candidate> candidates;
    for (const auto &term : f.text.split(QChar(u' '), Qt::SkipEmptyParts)) {
        if (term.size() < 3)
            continue;
        QString phrase = term;
        phrase.replace(u"\""_s, u"\"\""_s);
        const int n
            = cappedCount(m_db, u"SELECT 1 FROM complaint_fts WHERE complaint_fts MATCH ?"_s,
                { u"\""_s + phrase + u"\""_s });
        candidates.append({ { u"NOT INDEXED"_s, u"complaint_fts"_s, u"NOT INDEXED"_s }, n });
    }
    if (!f.handlingPath.isEmpty()) {
        const int n = cappedCount(m_db,
            u"SELECT 1 FROM complaint INDEXED BY complaint_handling WHERE handling_path = ?"_s,
            { f.handlingPath });
        candidates.append({ { u"INDEXED BY complaint_handling"_s, u"complaint_handling"_s,
                                u"INDEXED BY complaint_handling"_s },
            n });
    }
    if (f.overdueOnly) {
        const int n = cappedCount(m_db,
            u"SELECT 1 FROM complaint INDEXED BY complaint_open_due WHERE first_reply_at IS NULL"
            u" AND "_s
                + openStatusCondition() + u" AND due_at < ?"_s,
            { m_whereAt });
        candidates.append({ { u"INDEXED BY complaint_open_due"_s, u"complaint_open_due"_s,
                                u"INDEXED BY complaint_open_due"_s },
            n });
    }
    if (isOpenStatusSet(f.statuses)) {
        // Open complaints are few next to the finished ones of past years.
        QString sql
            = u"SELECT 1 FROM complaint INDEXED BY complaint_open WHERE "_s + openStatusCondition();
        QVariantList binds;
        if (!f.scopePath.isEmpty()) {
            sql += u" AND unit_path >= ? AND unit_path < ?"_s;
            binds << f.scopePath << subtreeEnd(f.scopePath);
        }
        candidates.append({ { u"INDEXED BY complaint_open"_s, u"complaint_open"_s,
                                u"INDEXED BY complaint_open"_s },
            cappedCount(m_db, sql, binds) });
    }
    if (!f.scopePath.isEmpty()) {
        const int n = cappedCount(m_db,
            u"SELECT 1 FROM complaint INDEXED BY complaint_scope"
            u" WHERE unit_path >= ? AND unit_path < ?"_s,
            { f.scopePath, subtreeEnd(f.scopePath) });
        candidates.append({ { u"INDEXED BY complaint_scope"_s, u"complaint_scope"_s,
                                u"INDEXED BY complaint_scope"_s },
            n });
    }
    const auto best = std::min_element(candidates.cbegin(), candidates.cend(),
        [](const Candidate &a, const Candidate &b) { return a.size < b.size; });
    if (best != candidates.cend() && best->size < kSmallSet)
        return best->plan;
    // A large set: read it in the sort order and stop after a window. Its exact count reads
    // the subtree's index, which holds every filtered column (full text aside).
    const QString count = f.scopePath.isEmpty() ? QString() : u"INDEXED BY complaint_scope"_s;
    switch (m_sortKey) {
    case ComplaintSortKey::Submitted:
        return { u"INDEXED BY complaint_by_submitted"_s, u"complaint_by_submitted"_s, count };
    case ComplaintSortKey::Due:
        return { u"INDEXED BY complaint_by_due"_s, u"complaint_by_due"_s, count };
    case ComplaintSortKey::Status:
        return { u"INDEXED BY complaint_by_status"_s, u"complaint_by_status"_s, count };
    }
    return {};
}

QList<ComplaintListModel::Row> ComplaintListModel::readRows(const Row *after, int limit) const
{
    QList<Row> rows;
    QString where = m_where.sql;
    QVariantList binds = m_where.binds;
    if (after) {
        // Keyset: strictly after the last row in the sort order (row values compare in one
        // direction, so every key sorts the same way).
        const QString op = m_sortOrder == Qt::AscendingOrder ? u">"_s : u"<"_s;
        switch (m_sortKey) {
        case ComplaintSortKey::Submitted:
            where += u" AND (submitted_at, id) %1 (?, ?)"_s.arg(op);
            binds << after->submittedAt << after->id;
            break;
        case ComplaintSortKey::Due:
            where += u" AND (due_at, id) %1 (?, ?)"_s.arg(op);
            binds << after->dueAt << after->id;
            break;
        case ComplaintSortKey::Status:
            where += u" AND (status_rank, submitted_rev, id) %1 (?, ?, ?)"_s.arg(op);
            binds << after->statusRank << -after->submittedAt << after->id;
            break;
        }
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString sql = u"SELECT id, title, status, status_rank, category, channel, community, "
                        u"grid, submitted_at,"
                        u" due_at, first_reply_at, handling_unit, handling_level, merged_into, "
                        u"urge_count, version"
                        u" FROM complaint %1 WHERE %2 ORDER BY %3 LIMIT ?"_s.arg(
                            m_currentPlan.hint, where, orderBy());
    if (!q.prepare(sql)) {
        qWarning("complaint list: %s", qPrintable(q.lastError().text()));
        return rows;
    }
    for (const auto &b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    if (!q.exec()) {
        qWarning("complaint list: %s", qPrintable(q.lastError().text()));
        return rows;
    }
    rows.reserve(limit);
    while (q.next()) {
        Row r;
        r.id = q.value(0).toString();
        r.title = q.value(1).toString();
        r.status = complaintStatusFromName(q.value(2).toString()).value_or(ComplaintStatus::New);
        r.statusRank = q.value(3).toInt();
        r.category = q.value(4).toString();
        r.channel = q.value(5).toString();
        r.community = q.value(6).toString();
        r.grid = q.value(7).toString();
        r.submittedAt = q.value(8).toLongLong();
        r.dueAt = q.value(9).toLongLong();
        if (!q.value(10).isNull())
            r.firstReplyAt = q.value(10).toLongLong();
        r.handlingUnit = q.value(11).toString();
        r.handlingLevel = levelFromName(q.value(12).toString()).value_or(Level::Community);
        r.merged = !q.value(13).toString().isEmpty();
        r.urgeCount = q.value(14).toInt();
        r.version = q.value(15).toLongLong();
        rows.append(std::move(r));
    }
    return rows;
}

void ComplaintListModel::setQuery(
    const ComplaintFilter &filter, ComplaintSortKey key, Qt::SortOrder order)
{
    {
        const QScopedValueRollback notifying(m_notifying, true);
        beginResetModel();
        m_filter = filter;
        m_sortKey = key;
        m_sortOrder = order;
        m_whereAt = now();
        m_where = complaintCondition(m_filter, m_whereAt);
        m_currentPlan = choosePlan(m_where);
        m_plan = m_currentPlan.index;
        m_active = m_db.isValid();
        m_rows = m_active ? readRows(nullptr, m_pageSize) : QList<Row>();
        m_atEnd = m_rows.size() < m_pageSize;
        m_rowOfId.clear();
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowOfId.insert(m_rows.at(i).id, i);
        endResetModel();
    }
    startCount();
}

void ComplaintListModel::refresh()
{
    if (!m_active)
        return;
    loadUnitNames();
    // The overdue filter moves with the clock; the plan with the data.
    m_whereAt = now();
    m_where = complaintCondition(m_filter, m_whereAt);
    m_currentPlan = choosePlan(m_where);
    m_plan = m_currentPlan.index;
    const int wanted = std::clamp(int(m_rows.size()), m_pageSize, 10 * m_pageSize);
    QList<Row> rows = readRows(nullptr, wanted);
    bool same = rows.size() == m_rows.size();
    for (int i = 0; same && i < rows.size(); ++i)
        same = rows.at(i).id == m_rows.at(i).id;
    if (same) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    } else {
        const QScopedValueRollback notifying(m_notifying, true);
        beginResetModel();
        m_rows = std::move(rows);
        m_atEnd = m_rows.size() < wanted;
        m_rowOfId.clear();
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowOfId.insert(m_rows.at(i).id, i);
        endResetModel();
    }
    startCount();
}

qint64 ComplaintListModel::countNow() const
{
    if (!m_active)
        return 0;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT count(*) FROM complaint %1 WHERE %2"_s.arg(m_currentPlan.countHint, m_where.sql));
    for (const auto &b : m_where.binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

void ComplaintListModel::startCount()
{
    const quint64 generation = ++m_generation;
    // Everything is loaded already: the rows are the count.
    if (m_atEnd) {
        countArrived(generation, m_rows.size());
        return;
    }
    const QString path = m_db.databaseName();
    if (!m_asyncCount || path.isEmpty() || path == u":memory:") {
        countArrived(generation, countNow());
        return;
    }
    if (m_total != -1) {
        m_total = -1;
        Q_EMIT totalCountChanged(m_total);
    }
    const QString sql
        = u"SELECT count(*) FROM complaint %1 WHERE %2"_s.arg(m_currentPlan.countHint, m_where.sql);
    const QVariantList binds = m_where.binds;
    ComplaintCounter *counter = m_counter;
    QPointer<ComplaintListModel> self(this);
    QMetaObject::invokeMethod(
        counter,
        [counter, self, path, sql, binds, generation] {
            const qint64 n = counter->count(path, sql, binds);
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, n] {
                    if (self)
                        self->countArrived(generation, n);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ComplaintListModel::countArrived(quint64 generation, qint64 count)
{
    if (generation != m_generation)
        return;
    m_total = count;
    Q_EMIT totalCountChanged(m_total);
}

const ComplaintListModel::Row *ComplaintListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString ComplaintListModel::idAt(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->id : QString();
}

int ComplaintListModel::rowOf(const QString &id) const
{
    return m_rowOfId.value(id, -1);
}

int ComplaintListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComplaintListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ComplaintListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while the model announces a change: a view (or QAbstractItemModelTester) reacting to
    // modelReset or rowsInserted asks again once the change is complete.
    return !parent.isValid() && m_active && !m_atEnd && !m_notifying;
}

void ComplaintListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<Row> more = readRows(m_rows.isEmpty() ? nullptr : &m_rows.constLast(), m_pageSize);
    m_atEnd = more.size() < m_pageSize;
    if (more.isEmpty())
        return;
    const int first = int(m_rows.size());
    const QScopedValueRollback notifying(m_notifying, true);
    beginInsertRows({}, first, first + int(more.size()) - 1);
    for (auto &r : more) {
        m_rowOfId.insert(r.id, int(m_rows.size()));
        m_rows.append(std::move(r));
    }
    endInsertRows();
}

bool ComplaintListModel::isSortable(int column)
{
    return column == SubmittedColumn || column == SlaColumn || column == StatusColumn;
}

void ComplaintListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const ComplaintSortKey key = column == SubmittedColumn ? ComplaintSortKey::Submitted
        : column == SlaColumn                              ? ComplaintSortKey::Due
                                                           : ComplaintSortKey::Status;
    if (!m_active) {
        // No query yet: the order applies to the first one.
        m_sortKey = key;
        m_sortOrder = order;
        return;
    }
    if (key == m_sortKey && order == m_sortOrder)
        return;
    setQuery(m_filter, key, order);
}

QVariant ComplaintListModel::data(const QModelIndex &index, int role) const
{
    const Row *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    ComplaintState state;
    state.status = r->status;
    state.dueAt = r->dueAt;
    state.firstReplyAt = r->firstReplyAt;
    const qint64 t = now();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return r->title;
        case StatusColumn:
            return complaintStatusLabel(r->status);
        case CategoryColumn:
            return r->category;
        case CommunityColumn:
            return r->grid.isEmpty() ? unitName(r->community)
                                     : u"%1 · %2"_s.arg(unitName(r->community), unitName(r->grid));
        case SubmittedColumn:
            return submittedText(r->submittedAt, t);
        case SlaColumn:
            if (r->merged)
                return QCoreApplication::translate("civic::item::ComplaintListModel", "Merged");
            return slaText(slaState(state, t), r->dueAt, t);
        case HandlingColumn:
            return handlingLevelLabel(r->handlingLevel);
        case ChannelColumn:
            return complaintChannelLabel(r->channel);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TitleColumn:
            return r->title;
        case HandlingColumn:
            return unitName(r->handlingUnit);
        case SubmittedColumn:
            return fullTime(r->submittedAt);
        case SlaColumn:
            return QCoreApplication::translate("civic::item::ComplaintListModel", "Reply due %1")
                .arg(fullTime(r->dueAt));
        default:
            return {};
        }
    case IdRole:
        return r->id;
    case StatusRole:
        return int(r->status);
    case SlaStateRole:
        return r->merged ? -1 : int(slaState(state, t));
    case DueAtRole:
        return r->dueAt;
    case SubmittedAtRole:
        return r->submittedAt;
    case UrgedRole:
        return r->urgeCount;
    default:
        return {};
    }
}

QVariant ComplaintListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return QCoreApplication::translate("civic::item::ComplaintListModel", "Title");
    case StatusColumn:
        return QCoreApplication::translate("civic::item::ComplaintListModel", "Status");
    case CategoryColumn:
        return QCoreApplication::translate("civic::item::ComplaintListModel", "Category");
    case CommunityColumn:
        return QCoreApplication::translate("civic::item::ComplaintListModel", "Community");
    case SubmittedColumn:
        return QCoreApplication::translate("civic::item::ComplaintListModel", "Submitted");
    case SlaColumn:
        return QCoreApplication::translate("civic::item::ComplaintListModel", "Reply deadline");
    case HandlingColumn:
        return QCoreApplication::translate("civic::item::ComplaintListModel", "Handled at");
    case ChannelColumn:
        return QCoreApplication::translate("civic::item::ComplaintListModel", "Channel");
    default:
        return {};
    }
}

} // namespace civic::item

#include "noticelistmodel.h"

#include "domain/org.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::item {

namespace {

// LIKE with the user's text taken literally.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

} // namespace

NoticeListModel::NoticeListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void NoticeListModel::setQuery(
    Queue queue, const Actor &actor, const QString &unitPath, const QString &search)
{
    m_queue = queue;
    m_actor = actor;
    m_unitPath = unitPath.isEmpty() ? actor.unitPath : unitPath;
    m_search = search.trimmed();
}

qint64 NoticeListModel::now() const
{
    return m_now > 0 ? m_now : QDateTime::currentMSecsSinceEpoch();
}

QList<NoticeRow> NoticeListModel::readPage(int limit, const NoticeRow *after) const
{
    QList<NoticeRow> rows;
    if (m_queue == Queue::AwaitingMe) {
        // Few by nature (one reviewer's in-tray); the domain decides each.
        for (auto &row : awaitingReview(m_db, m_actor)) {
            if (m_search.isEmpty()
                || row.notice.content.title.contains(m_search, Qt::CaseInsensitive))
                rows.append(row);
        }
        return rows;
    }
    QString where;
    QVariantList binds;
    QString order;
    QString keyColumn;
    bool descending = true;
    switch (m_queue) {
    case Queue::Mine:
        where = u"n.author = ? AND n.state <> 'published'"_s;
        binds = { m_actor.userId };
        keyColumn = u"n.updated_at"_s;
        break;
    case Queue::InReview:
        where = u"n.state = 'in_review' AND n.unit_path >= ? AND n.unit_path < ?"_s;
        binds = { m_unitPath, subtreeEnd(m_unitPath) };
        keyColumn = u"n.step_due_at"_s;
        descending = false;
        break;
    case Queue::Published:
    case Queue::AwaitingMe:
        where = u"n.state = 'published' AND n.unit_path >= ? AND n.unit_path < ?"_s;
        binds = { m_unitPath, subtreeEnd(m_unitPath) };
        keyColumn = u"n.published_at"_s;
        break;
    }
    if (!m_search.isEmpty()) {
        where += u" AND n.title LIKE ? ESCAPE '\\'"_s;
        binds.append(likePattern(m_search));
    }
    if (after) {
        // Keyset paging: strictly after the last row shown, in the list's order.
        const qint64 key = m_queue == Queue::Mine ? after->updatedAt
            : m_queue == Queue::InReview          ? stepDueAt(after->notice).value_or(0)
                                                  : after->notice.publishedAt.value_or(0);
        const QString cmp = descending ? u"<"_s : u">"_s;
        where += u" AND (COALESCE(%1, 0) %2 ? OR (COALESCE(%1, 0) = ? AND n.id %2 ?))"_s.arg(
            keyColumn, cmp);
        binds << key << key << after->notice.id;
    }
    const QString direction = descending ? u"DESC"_s : u"ASC"_s;
    order = u"COALESCE(%1, 0) %2, n.id %2"_s.arg(keyColumn, direction);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT n.version, n.data, COALESCE(o.path, n.unit_path), o.level FROM notice n"
        u" LEFT JOIN org_unit o ON o.id = n.unit WHERE %1 ORDER BY %2 LIMIT %3"_s.arg(where, order)
            .arg(limit));
    for (const auto &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return rows;
    while (q.next()) {
        rows.append(
            noticeRowFromData(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(),
                q.value(0).toLongLong(), q.value(2).toString(),
                levelFromName(q.value(3).toString()).value_or(Level::Community)));
    }
    return rows;
}

void NoticeListModel::reload()
{
    beginResetModel();
    const int limit = std::max<int>(kPageSize, int(m_rows.size()));
    m_rows = m_db.isValid() ? readPage(limit + 1, nullptr) : QList<NoticeRow>();
    m_more = m_queue != Queue::AwaitingMe && m_rows.size() > limit;
    if (m_more)
        m_rows.removeLast();
    endResetModel();
}

bool NoticeListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void NoticeListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_rows.isEmpty())
        return;
    QList<NoticeRow> page = readPage(kPageSize + 1, &m_rows.constLast());
    m_more = page.size() > kPageSize;
    if (m_more)
        page.removeLast();
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

int NoticeListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).notice.id == id)
            return i;
    }
    return -1;
}

const NoticeRow *NoticeListModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int NoticeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant NoticeListModel::data(const QModelIndex &index, int role) const
{
    const NoticeRow *r = row(index.row());
    if (!r || index.column() != 0)
        return {};
    const Notice &n = r->notice;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return n.content.title;
    case IdRole:
        return n.id;
    case CategoryRole:
        return n.content.category;
    case StateRole:
        return noticeStateName(n.state);
    case UnitRole:
        return r->unitCode;
    case AuthorNameRole:
        return r->authorName;
    case AuthorRole:
        return n.authorId;
    case StepRole:
        return n.step;
    case ChainLengthRole:
        return int(n.chain.size());
    case StepRoleRole: {
        const auto step = currentStep(n);
        return step ? roleName(step->role) : QString();
    }
    case ReviewingUnitRole:
        return r->reviewingUnit;
    case StepDueAtRole:
        return stepDueAt(n).value_or(0);
    case OverdueRole:
        return isOverdue(n, now());
    case UpdatedAtRole:
        return r->updatedAt;
    case PublishedAtRole:
        return n.publishedAt.value_or(0);
    case ScheduledAtRole:
        return n.content.scheduledAt.value_or(0);
    case ReadsRole:
        return r->reads;
    case RevisionRole:
        return n.revision;
    case CorrectsRole:
        return n.corrects;
    default:
        return {};
    }
}

QHash<int, QByteArray> NoticeListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(TitleRole, "title");
    names.insert(CategoryRole, "category");
    names.insert(StateRole, "state");
    names.insert(UnitRole, "unit");
    names.insert(AuthorNameRole, "authorName");
    names.insert(AuthorRole, "author");
    names.insert(StepRole, "step");
    names.insert(ChainLengthRole, "chainLength");
    names.insert(StepRoleRole, "stepRole");
    names.insert(ReviewingUnitRole, "reviewingUnit");
    names.insert(StepDueAtRole, "stepDueAt");
    names.insert(OverdueRole, "overdue");
    names.insert(UpdatedAtRole, "updatedAt");
    names.insert(PublishedAtRole, "publishedAt");
    names.insert(ScheduledAtRole, "scheduledAt");
    names.insert(ReadsRole, "reads");
    names.insert(RevisionRole, "revision");
    names.insert(CorrectsRole, "corrects");
    return names;
}

} // namespace civic::item

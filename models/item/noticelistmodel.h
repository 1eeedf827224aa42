#pragma once

#include "domain/permissions.h"
#include "noticerecords.h"

#include <QAbstractListModel>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace civic::item {

// One queue of the notices page (PRODUCT.md §3: "awaiting my review", "my drafts",
// "published", and the notices in review under the selected unit), read from the cache a page
// at a time (keyset paging, fetchMore) so a city's year of notices never sits in memory.
class NoticeListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Queue {
        AwaitingMe, // in review at a step the user decides (domain awaitsReviewBy)
        Mine, // the user's own notices not yet published, newest change first
        InReview, // in review within the selected unit's subtree, the soonest due first
        Published, // published within the selected unit's subtree, newest first
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        CategoryRole,
        StateRole, // the wire name, "draft" …
        UnitRole, // code
        AuthorNameRole,
        AuthorRole, // user id
        StepRole, // 1-based step in review, 0 otherwise
        ChainLengthRole,
        StepRoleRole, // the role deciding the current step ("director" …)
        ReviewingUnitRole,
        StepDueAtRole, // ms, 0 outside review
        OverdueRole,
        UpdatedAtRole,
        PublishedAtRole,
        ScheduledAtRole,
        ReadsRole,
        RevisionRole,
        CorrectsRole,
    };

    explicit NoticeListModel(QObject *parent = nullptr);

    void setDatabase(const QSqlDatabase &db) { m_db = db; }
    // What the queue shows: the signed-in user, the selected unit's path, and an optional text
    // the title must contain. Call reload() after.
    void setQuery(Queue queue, const domain::Actor &actor, const QString &unitPath,
        const QString &search = {});
    Queue queue() const { return m_queue; }
    // Reads the first page again (at least as many rows as are loaded now, so a refresh after
    // a sync keeps the user's place).
    void reload();
    // `now` decides OverdueRole; tests set it.
    void setNow(qint64 now) { m_now = now; }

    int rowOf(const QString &id) const;
    const NoticeRow *row(int index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

    static constexpr int kPageSize = 100;

private:
    QList<NoticeRow> readPage(int limit, const NoticeRow *after) const;
    qint64 now() const;

    QSqlDatabase m_db;
    Queue m_queue = Queue::Mine;
    domain::Actor m_actor;
    QString m_unitPath;
    QString m_search;
    QList<NoticeRow> m_rows;
    bool m_more = false;
    qint64 m_now = 0;
};

} // namespace civic::item

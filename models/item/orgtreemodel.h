#pragma once

#include "domain/org.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace civic::item {

// A count shown beside each unit in the tree: how many records of a kind lie in its subtree
// (open complaints, overdue ones, notices awaiting review). `sql` selects (unit_path, count)
// rows grouped by path; the model adds them up along each path.
struct OrgBadge
{
    QString name;     // "open", "overdue", "review"
    QString sql;
    QStringList kinds; // cache kinds whose change refreshes it
};

// Badges features contribute, in display order.
QList<OrgBadge> &orgBadges();

// The org tree of the signed-in user's subtree, read from the cache (org_unit table), with
// badges. Root is the user's own unit; selecting a node scopes every page.
class OrgTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        PathRole,
        LevelRole,
        HouseholdsRole,
        BadgesRole, // QVariantMap name → count
    };

    explicit OrgTreeModel(QObject *parent = nullptr);
    ~OrgTreeModel() override;

    // Reads the tree from `db` rooted at `rootCode` (the user's unit).
    void load(const QSqlDatabase &db, const QString &rootCode);
    // Re-reads units and badges (after a sync brought changes).
    void reload();
    void refreshBadges();

    QModelIndex indexOf(const QString &code) const;
    const domain::OrgUnit *unit(const QString &code) const;
    const domain::OrgTree &tree() const { return m_tree; }
    QString rootCode() const { return m_rootCode; }
    int badge(const QString &code, const QString &name) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node
    {
        QString code;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    void build();
    Node *nodeOf(const QModelIndex &index) const;

    QSqlDatabase m_db;
    QString m_rootCode;
    domain::OrgTree m_tree;
    std::unique_ptr<Node> m_root; // invisible; its one child is the user's unit
    QHash<QString, Node *> m_nodes;
    QHash<QString, QHash<QString, int>> m_badges; // code → name → count
};

} // namespace civic::item

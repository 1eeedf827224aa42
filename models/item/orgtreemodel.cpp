#include "orgtreemodel.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantMap>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::item {

QList<OrgBadge> &orgBadges()
{
    static QList<OrgBadge> badges;
    return badges;
}

OrgTreeModel::OrgTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

OrgTreeModel::~OrgTreeModel() = default;

void OrgTreeModel::load(const QSqlDatabase &db, const QString &rootCode)
{
    m_db = db;
    m_rootCode = rootCode;
    reload();
}

void OrgTreeModel::reload()
{
    beginResetModel();
    m_tree = OrgTree();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(u"SELECT id, name, level, parent, path, households FROM org_unit"_s)) {
        while (q.next()) {
            m_tree.insert(OrgUnit{q.value(0).toString(), q.value(1).toString(),
                                  levelFromName(q.value(2).toString()).value_or(Level::Community),
                                  q.value(3).toString(), q.value(4).toString(), q.value(5).toInt()});
        }
    }
    build();
    endResetModel();
    refreshBadges();
}

void OrgTreeModel::build()
{
    m_nodes.clear();
    m_root = std::make_unique<Node>();
    if (!m_tree.contains(m_rootCode))
        return;
    // Depth-first from the user's unit; departments sort after the residential units.
    std::function<void(Node *, const QString &)> add = [&](Node *parent, const QString &code) {
        auto node = std::make_unique<Node>();
        node->code = code;
        node->parent = parent;
        node->row = int(parent->children.size());
        Node *raw = node.get();
        parent->children.push_back(std::move(node));
        m_nodes.insert(code, raw);
        QList<const OrgUnit *> kids = m_tree.children(code);
        std::stable_sort(kids.begin(), kids.end(), [](const OrgUnit *a, const OrgUnit *b) {
            return (a->level == Level::Department) < (b->level == Level::Department);
        });
        for (const auto *kid : kids)
            add(raw, kid->code);
    };
    add(m_root.get(), m_rootCode);
}

void OrgTreeModel::refreshBadges()
{
    m_badges.clear();
    for (const auto &badge : orgBadges()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(badge.sql))
            continue;
        while (q.next()) {
            const QString path = q.value(0).toString();
            const int count = q.value(1).toInt();
            // Add to every unit on the path that is in the tree.
            for (const auto &code : pathCodes(path)) {
                if (m_nodes.contains(code))
                    m_badges[code][badge.name] += count;
            }
        }
    }
    if (!m_root || m_root->children.empty())
        return;
    // One signal per group of siblings: every node's counts may have changed.
    Q_EMIT dataChanged(index(0, 0), index(0, 0), {BadgesRole});
    for (const Node *node : std::as_const(m_nodes)) {
        if (node->children.empty())
            continue;
        const Node *first = node->children.front().get();
        const Node *last = node->children.back().get();
        Q_EMIT dataChanged(createIndex(first->row, 0, const_cast<Node *>(first)),
                           createIndex(last->row, 0, const_cast<Node *>(last)), {BadgesRole});
    }
}

int OrgTreeModel::badge(const QString &code, const QString &name) const
{
    return m_badges.value(code).value(name);
}

OrgTreeModel::Node *OrgTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex OrgTreeModel::indexOf(const QString &code) const
{
    const Node *node = m_nodes.value(code);
    return node ? createIndex(node->row, 0, const_cast<Node *>(node)) : QModelIndex();
}

const OrgUnit *OrgTreeModel::unit(const QString &code) const
{
    return m_tree.find(code);
}

QModelIndex OrgTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || !m_root)
        return {};
    const Node *p = nodeOf(parent);
    if (!p || row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex OrgTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeOf(child);
    if (!node->parent || node->parent == m_root.get())
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int OrgTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0 || !m_root)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int OrgTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant OrgTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    const OrgUnit *u = m_tree.find(node->code);
    if (!u)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return u->name;
    case Qt::ToolTipRole: {
        QString tip = u"%1 · %2"_s.arg(u->name, u->code);
        if (u->level == Level::Community && u->households > 0)
            tip += u"\n"_s + QCoreApplication::translate("civic::item::OrgTreeModel", "%n households", nullptr, u->households);
        return tip;
    }
    case CodeRole:
        return u->code;
    case PathRole:
        return u->path;
    case LevelRole:
        return levelName(u->level);
    case HouseholdsRole:
        return u->households;
    case BadgesRole: {
        QVariantMap map;
        const auto counts = m_badges.value(u->code);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            map.insert(it.key(), it.value());
        return map;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> OrgTreeModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(PathRole, "path");
    names.insert(LevelRole, "level");
    names.insert(HouseholdsRole, "households");
    names.insert(BadgesRole, "badges");
    return names;
}

} // namespace civic::item

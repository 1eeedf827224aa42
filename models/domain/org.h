#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace civic::domain {

// The tiers of the organisation tree (PRODUCT.md §1). Departments (职能部门) hang under a
// district or the city but are not part of the residential hierarchy.
enum class Level { City, District, Street, Community, Grid, Department };

QString levelName(Level level);
std::optional<Level> levelFromName(QStringView name);
// The level a unit of `level` must hang under, or nullopt for the city.
std::optional<Level> parentLevelOf(Level level);
// True when a unit of `child` may be the child of a unit of `parent`.
bool mayContain(Level parent, Level child);
// True for codes made of [0-9A-Za-z_-] only: codes appear in paths separated by '/'.
bool isValidUnitCode(QStringView code);

// A unit's path is its ancestors' codes and its own, each followed by '/': "/210100/210111/".
// A path lies in the subtree of `root` when it starts with it.
bool pathWithin(QStringView path, QStringView rootPath);
QString childPath(QStringView parentPath, QStringView code);
QStringList pathCodes(QStringView path);
// The exclusive upper bound of the subtree of `rootPath` in byte order ('/' + 1 == '0'),
// so a subtree is the index range [rootPath, subtreeEnd(rootPath)).
QString subtreeEnd(QStringView rootPath);

struct OrgUnit
{
    QString code;
    QString name;
    Level level = Level::Community;
    QString parentCode;
    QString path;
    int households = 0;
};

// An in-memory org tree for lookups by code, subtree walks and ancestry.
class OrgTree
{
public:
    OrgTree() = default;
    explicit OrgTree(QList<OrgUnit> units);

    // Adds or replaces a unit. The unit's path is taken as given.
    void insert(const OrgUnit &unit);
    bool contains(QStringView code) const;
    const OrgUnit *find(QStringView code) const;
    QList<const OrgUnit *> children(QStringView code) const;
    // Codes of the unit and everything below it, depth-first, children by code.
    QStringList subtree(QStringView code) const;
    // Codes from the root down to and excluding `code`.
    QStringList ancestors(QStringView code) const;
    // The nearest unit at `level` on the path of `code` (the unit itself included).
    const OrgUnit *ancestorAt(QStringView code, Level level) const;
    bool isWithin(QStringView code, QStringView rootCode) const;
    // Sum of households of the communities in the subtree of `code`.
    qint64 households(QStringView code) const;
    QList<const OrgUnit *> roots() const;
    qsizetype size() const { return m_units.size(); }

private:
    QHash<QString, OrgUnit> m_units;
    QHash<QString, QStringList> m_children;
};

} // namespace civic::domain

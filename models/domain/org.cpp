#include "org.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace civic::domain {

namespace {
constexpr std::pair<Level, QStringView> kLevelNames[] = {
    {Level::City, u"city"},           {Level::District, u"district"},
    {Level::Street, u"street"},       {Level::Community, u"community"},
    {Level::Grid, u"grid"},           {Level::Department, u"department"},
};
} // namespace

QString levelName(Level level)
{
    for (const auto &[l, name] : kLevelNames) {
        if (l == level)
            return name.toString();
    }
    return {};
}

std::optional<Level> levelFromName(QStringView name)
{
    for (const auto &[l, n] : kLevelNames) {
        if (n == name)
            return l;
    }
    return std::nullopt;
}

std::optional<Level> parentLevelOf(Level level)
{
    switch (level) {
    case Level::City:
        return std::nullopt;
    case Level::District:
        return Level::City;
    case Level::Street:
        return Level::District;
    case Level::Community:
        return Level::Street;
    case Level::Grid:
        return Level::Community;
    case Level::Department:
        return Level::District; // or the city: see mayContain()
    }
    return std::nullopt;
}

bool mayContain(Level parent, Level child)
{
    if (child == Level::Department)
        return parent == Level::District || parent == Level::City;
    const auto expected = parentLevelOf(child);
    return expected && *expected == parent;
}

bool isValidUnitCode(QStringView code)
{
    if (code.isEmpty() || code.size() > 32)
        return false;
    return std::all_of(code.begin(), code.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
            || c == u'-' || c == u'_';
    });
}

bool pathWithin(QStringView path, QStringView rootPath)
{
    return !rootPath.isEmpty() && path.startsWith(rootPath);
}

QString childPath(QStringView parentPath, QStringView code)
{
    if (parentPath.isEmpty())
        return u"/"_s + code.toString() + u'/';
    return parentPath.toString() + code.toString() + u'/';
}

QStringList pathCodes(QStringView path)
{
    QStringList codes;
    for (const auto part : path.split(u'/', Qt::SkipEmptyParts))
        codes.append(part.toString());
    return codes;
}

QString subtreeEnd(QStringView rootPath)
{
    if (rootPath.isEmpty())
        return {};
    QString end = rootPath.toString();
    end.back() = QChar(end.back().unicode() + 1);
    return end;
}

OrgTree::OrgTree(QList<OrgUnit> units)
{
    for (const auto &unit : units)
        insert(unit);
}

void OrgTree::insert(const OrgUnit &unit)
{
    if (const auto old = m_units.constFind(unit.code); old != m_units.constEnd())
        m_children[old->parentCode].removeAll(unit.code);
    m_units.insert(unit.code, unit);
    auto &siblings = m_children[unit.parentCode];
    siblings.insert(std::lower_bound(siblings.begin(), siblings.end(), unit.code), unit.code);
}

bool OrgTree::contains(QStringView code) const
{
    return m_units.contains(code.toString());
}

const OrgUnit *OrgTree::find(QStringView code) const
{
    const auto it = m_units.constFind(code.toString());
    return it == m_units.constEnd() ? nullptr : &*it;
}

QList<const OrgUnit *> OrgTree::children(QStringView code) const
{
    QList<const OrgUnit *> result;
    for (const auto &child : m_children.value(code.toString())) {
        if (const auto *unit = find(child))
            result.append(unit);
    }
    return result;
}

QStringList OrgTree::subtree(QStringView code) const
{
    QStringList result;
    if (!contains(code))
        return result;
    QStringList stack{code.toString()};
    while (!stack.isEmpty()) {
        const QString current = stack.takeLast();
        result.append(current);
        const auto kids = m_children.value(current);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append(*it);
    }
    return result;
}

QStringList OrgTree::ancestors(QStringView code) const
{
    const auto *unit = find(code);
    if (!unit)
        return {};
    QStringList codes = pathCodes(unit->path);
    if (!codes.isEmpty())
        codes.removeLast();
    return codes;
}

const OrgUnit *OrgTree::ancestorAt(QStringView code, Level level) const
{
    const auto *unit = find(code);
    while (unit) {
        if (unit->level == level)
            return unit;
        unit = unit->parentCode.isEmpty() ? nullptr : find(unit->parentCode);
    }
    return nullptr;
}

bool OrgTree::isWithin(QStringView code, QStringView rootCode) const
{
    const auto *unit = find(code);
    const auto *root = find(rootCode);
    return unit && root && pathWithin(unit->path, root->path);
}

qint64 OrgTree::households(QStringView code) const
{
    qint64 sum = 0;
    for (const auto &c : subtree(code)) {
        const auto *unit = find(c);
        if (unit->level == Level::Community)
            sum += unit->households;
    }
    return sum;
}

QList<const OrgUnit *> OrgTree::roots() const
{
    QList<const OrgUnit *> result;
    for (const auto &unit : m_units) {
        if (unit.parentCode.isEmpty() || !m_units.contains(unit.parentCode))
            result.append(&unit);
    }
    std::sort(result.begin(), result.end(),
              [](const OrgUnit *a, const OrgUnit *b) { return a->code < b->code; });
    return result;
}

} // namespace civic::domain

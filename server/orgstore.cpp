#include "orgstore.h"

#include "apierror.h"
#include "changelog.h"
#include "feature.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::server::org {

namespace {

constexpr auto kUnitColumns = u"code, name, level, parent, path, district, households, version";

UnitRecord readUnit(const QSqlQuery &q)
{
    UnitRecord u;
    u.code = q.value(0).toString();
    u.name = q.value(1).toString();
    u.level = levelFromName(q.value(2).toString()).value_or(Level::Community);
    u.parent = q.value(3).toString();
    u.path = q.value(4).toString();
    u.district = q.value(5).toString();
    u.households = q.value(6).toInt();
    u.version = q.value(7).toLongLong();
    return u;
}

constexpr auto kUserColumns = u"id, username, display_name, role, unit, disabled, version";

UserRecord readUser(const QSqlQuery &q)
{
    UserRecord u;
    u.id = q.value(0).toString();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = roleFromName(q.value(3).toString()).value_or(Role::Viewer);
    u.unit = q.value(4).toString();
    u.disabled = q.value(5).toInt() != 0;
    u.version = q.value(6).toLongLong();
    return u;
}

QString districtFor(Level level, const QString &code, const UnitRecord *parent)
{
    if (level == Level::District)
        return code;
    return parent ? parent->district : QString();
}

void recordUnit(Db &db, const UnitRecord &unit)
{
    recordChange(db, Change{.kind = u"org_unit"_s,
                            .id = unit.code,
                            .version = unit.version,
                            .unitPath = unit.path,
                            .district = unit.district,
                            .data = unitJson(unit)});
}

void recordUser(Db &db, const UserRecord &user)
{
    const UnitRecord unit = requireUnit(db, user.unit);
    recordChange(db, Change{.kind = u"user"_s,
                            .id = user.id,
                            .version = user.version,
                            .unitPath = unit.path,
                            .district = unit.district,
                            .data = userData(user)});
}

QString checkedName(const QString &name, const QString &field)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 100 || !isValidText(trimmed))
        throw ApiError::invalidField(field, u"%1 must be 1 to 100 characters"_s.arg(field));
    return trimmed;
}

} // namespace

std::optional<UnitRecord> findUnit(Db &db, const QString &code)
{
    QSqlQuery q = db.exec(u"SELECT %1 FROM org_units WHERE code = ?"_s.arg(kUnitColumns), {code});
    if (!q.next())
        return std::nullopt;
    return readUnit(q);
}

UnitRecord requireUnit(Db &db, const QString &code, const QString &field)
{
    auto unit = findUnit(db, code);
    if (!unit)
        throw ApiError(404, u"not_found"_s, u"no unit with code %1"_s.arg(code), field);
    return *unit;
}

QList<UnitRecord> allUnits(Db &db)
{
    QList<UnitRecord> units;
    QSqlQuery q = db.exec(u"SELECT %1 FROM org_units ORDER BY path"_s.arg(kUnitColumns));
    while (q.next())
        units.append(readUnit(q));
    return units;
}

OrgTree loadTree(Db &db)
{
    OrgTree tree;
    for (const auto &u : allUnits(db))
        tree.insert(OrgUnit{u.code, u.name, u.level, u.parent, u.path, u.households});
    return tree;
}

QJsonObject unitJson(const UnitRecord &unit)
{
    return QJsonObject{
        {u"code"_s, unit.code},
        {u"name"_s, unit.name},
        {u"level"_s, levelName(unit.level)},
        {u"parent"_s, unit.parent.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(unit.parent)},
        {u"path"_s, unit.path},
        {u"district"_s, unit.district},
        {u"households"_s, unit.households},
    };
}

Subject unitSubject(const UnitRecord &unit)
{
    Subject s;
    s.kind = Kind::OrgUnit;
    s.unitPath = unit.path;
    s.unitLevel = unit.level;
    return s;
}

UnitRecord addUnit(Db &db, const QString &code, const QString &name, Level level,
                   const QString &parentCode, int households, qint64 now)
{
    if (!isValidUnitCode(code))
        throw ApiError::invalidField(u"code"_s, u"a unit code is 1 to 32 letters, digits, '-' or '_'"_s);
    if (findUnit(db, code))
        throw ApiError(409, u"exists"_s, u"a unit with code %1 exists already"_s.arg(code), u"code"_s);
    if (households < 0)
        throw ApiError::invalidField(u"households"_s, u"households must not be negative"_s);
    UnitRecord unit;
    unit.code = code;
    unit.name = checkedName(name, u"name"_s);
    unit.level = level;
    unit.households = level == Level::Community ? households : 0;
    unit.version = 1;
    if (level == Level::City) {
        if (!parentCode.isEmpty())
            throw ApiError::invalidField(u"parent"_s, u"the city has no parent unit"_s);
        if (db.scalar(u"SELECT count(*) FROM org_units WHERE level = 'city'"_s).toInt() > 0)
            throw ApiError::invalidField(u"level"_s, u"there is already a city"_s);
        unit.path = childPath({}, code);
    } else {
        if (parentCode.isEmpty())
            throw ApiError::invalidField(u"parent"_s, u"a %1 needs a parent unit"_s.arg(levelName(level)));
        const UnitRecord parent = requireUnit(db, parentCode, u"parent"_s);
        if (!mayContain(parent.level, level))
            throw ApiError::invalidField(u"parent"_s, u"a %1 cannot be placed under a %2"_s
                                                          .arg(levelName(level), levelName(parent.level)));
        unit.parent = parent.code;
        unit.path = childPath(parent.path, code);
        unit.district = districtFor(level, code, &parent);
    }
    db.exec(u"INSERT INTO org_units (code, name, level, parent, path, district, households, version,"
            u" created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {unit.code, unit.name, levelName(level),
             unit.parent.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(unit.parent),
             unit.path, unit.district, unit.households, unit.version, now, now});
    recordUnit(db, unit);
    return unit;
}

UnitRecord updateUnit(Db &db, const UnitRecord &current, const std::optional<QString> &name,
                      const std::optional<int> &households, qint64 now)
{
    UnitRecord unit = current;
    if (name)
        unit.name = checkedName(*name, u"name"_s);
    if (households) {
        if (*households < 0 || *households > 1000000)
            throw ApiError::invalidField(u"households"_s, u"households must be between 0 and 1000000"_s);
        if (unit.level != Level::Community)
            throw ApiError::invalidField(u"households"_s, u"only communities have households"_s);
        unit.households = *households;
    }
    unit.version = current.version + 1;
    db.exec(u"UPDATE org_units SET name = ?, households = ?, version = ?, updated_at = ? WHERE code = ?"_s,
            {unit.name, unit.households, unit.version, now, unit.code});
    recordUnit(db, unit);
    return unit;
}

UnitRecord moveUnit(Db &db, const QString &code, const QString &newParent, qint64 now)
{
    const UnitRecord unit = requireUnit(db, code, u"code"_s);
    const UnitRecord parent = requireUnit(db, newParent, u"parent"_s);
    if (unit.level == Level::City)
        throw ApiError::invalidField(u"code"_s, u"the city cannot be moved"_s);
    if (!mayContain(parent.level, unit.level))
        throw ApiError::invalidField(u"parent"_s, u"a %1 cannot be placed under a %2"_s
                                                      .arg(levelName(unit.level), levelName(parent.level)));
    if (pathWithin(parent.path, unit.path))
        throw ApiError::invalidField(u"parent"_s, u"a unit cannot be moved into its own subtree"_s);
    if (parent.code == unit.parent)
        return unit;

    const QString oldPath = unit.path;
    const QString newPath = childPath(parent.path, unit.code);
    const QString oldParentPath = requireUnit(db, unit.parent).path;
    const QString newDistrict = districtFor(unit.level, unit.code, &parent);

    // Everyone who saw or will see the moved records: the subtree, and both lines of ancestors.
    QStringList affectedPaths = {oldPath};
    for (const QString &p : {oldParentPath, parent.path}) {
        QString prefix;
        for (const auto &c : pathCodes(p)) {
            prefix = childPath(prefix, c);
            affectedPaths.append(prefix);
        }
    }

    const auto prefixLength = oldPath.size();
    const bool districtChanges = unit.level != Level::District && newDistrict != unit.district;
    QList<PathColumn> columns;
    for (const auto &feature : features())
        columns += feature.pathColumns;
    for (const auto &col : columns) {
        const QString &table = col.table;
        const QString &pathColumn = col.pathColumn;
        QString sql = u"UPDATE %1 SET %2 = ? || substr(%2, ?)"_s.arg(table, pathColumn);
        QVariantList binds = {newPath, prefixLength + 1};
        if (districtChanges && !col.districtColumn.isEmpty()) {
            sql += u", %1 = ?"_s.arg(col.districtColumn);
            binds.append(newDistrict);
        }
        sql += u" WHERE %1 >= ? AND %1 < ?"_s.arg(pathColumn);
        binds << oldPath << subtreeEnd(oldPath);
        db.exec(sql, binds);
    }
    QList<UnitRecord> moved;
    {
        QSqlQuery q = db.exec(u"SELECT %1 FROM org_units WHERE path >= ? AND path < ? ORDER BY path"_s.arg(kUnitColumns),
                              {oldPath, subtreeEnd(oldPath)});
        while (q.next())
            moved.append(readUnit(q));
    }
    for (auto &m : moved) {
        m.path = newPath + m.path.mid(prefixLength);
        if (m.code == unit.code)
            m.parent = parent.code;
        if (districtChanges)
            m.district = newDistrict;
        m.version += 1;
        db.exec(u"UPDATE org_units SET parent = ?, path = ?, district = ?, version = ?, updated_at = ?"
                u" WHERE code = ?"_s,
                {m.parent, m.path, m.district, m.version, now, m.code});
        recordUnit(db, m);
    }
    // The moved units' paths are now under newPath; affected subtree accounts are those.
    affectedPaths[0] = newPath;
    const qint64 resetSeq = nextSeq(db);
    QStringList placeholders;
    QVariantList binds{resetSeq};
    for (const auto &p : affectedPaths) {
        placeholders.append(u"?"_s);
        binds.append(p);
    }
    db.exec(u"UPDATE users SET scope_seq = ? WHERE unit IN (SELECT code FROM org_units WHERE path IN (%1))"_s
                .arg(placeholders.join(u", ")),
            binds);
    db.exec(u"UPDATE users SET scope_seq = ? WHERE unit IN (SELECT code FROM org_units WHERE path >= ? AND path < ?)"_s,
            {resetSeq, newPath, subtreeEnd(newPath)});
    return *findUnit(db, code);
}

bool isValidUsername(QStringView username)
{
    static const QRegularExpression re(u"^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$"_s);
    return re.match(username.toString()).hasMatch();
}

std::optional<UserRecord> findUser(Db &db, const QString &id)
{
    QSqlQuery q = db.exec(u"SELECT %1 FROM users WHERE id = ?"_s.arg(kUserColumns), {id});
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

std::optional<UserRecord> findUserByName(Db &db, const QString &username)
{
    QSqlQuery q = db.exec(u"SELECT %1 FROM users WHERE username = ?"_s.arg(kUserColumns), {username});
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

QJsonObject userData(const UserRecord &user)
{
    return QJsonObject{
        {u"id"_s, user.id},
        {u"username"_s, user.username},
        {u"display_name"_s, user.displayName},
        {u"role"_s, roleName(user.role)},
        {u"unit"_s, user.unit},
        {u"disabled"_s, user.disabled},
    };
}

UserRecord addUser(Db &db, const QString &username, const QString &displayName, Role role,
                   const QString &unitCode, const QString &passwordHash, qint64 now,
                   const QString &id)
{
    if (!isValidUsername(username))
        throw ApiError::invalidField(u"username"_s, u"a username is 3 to 64 letters, digits, '.', '_' or '-'"_s);
    if (findUserByName(db, username))
        throw ApiError(409, u"exists"_s, u"the username %1 is taken"_s.arg(username), u"username"_s);
    const UnitRecord unit = requireUnit(db, unitCode);
    if (!roleFitsLevel(role, unit.level))
        throw ApiError::invalidField(u"role"_s, u"a %1 account cannot belong to a %2"_s
                                                    .arg(roleName(role), levelName(unit.level)));
    UserRecord user;
    user.id = id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id;
    user.username = username;
    user.displayName = checkedName(displayName.isEmpty() ? username : displayName, u"display_name"_s);
    user.role = role;
    user.unit = unit.code;
    user.version = 1;
    db.exec(u"INSERT INTO users (id, username, display_name, role, unit, password_hash, disabled,"
            u" scope_seq, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 1, ?, ?)"_s,
            {user.id, user.username, user.displayName, roleName(role), user.unit, passwordHash, now, now});
    recordUser(db, user);
    return user;
}

UserRecord updateUser(Db &db, const UserRecord &current, const std::optional<QString> &displayName,
                      const std::optional<Role> &role, const std::optional<QString> &unitCode,
                      const std::optional<bool> &disabled, qint64 now)
{
    UserRecord user = current;
    if (displayName)
        user.displayName = checkedName(*displayName, u"display_name"_s);
    if (role)
        user.role = *role;
    if (unitCode)
        user.unit = requireUnit(db, *unitCode).code;
    if (disabled)
        user.disabled = *disabled;
    const UnitRecord unit = requireUnit(db, user.unit);
    if (!roleFitsLevel(user.role, unit.level))
        throw ApiError::invalidField(u"role"_s, u"a %1 account cannot belong to a %2"_s
                                                    .arg(roleName(user.role), levelName(unit.level)));
    user.version = current.version + 1;
    db.exec(u"UPDATE users SET display_name = ?, role = ?, unit = ?, disabled = ?, version = ?,"
            u" updated_at = ? WHERE id = ?"_s,
            {user.displayName, roleName(user.role), user.unit, user.disabled ? 1 : 0, user.version,
             now, user.id});
    if (user.unit != current.unit || user.role != current.role) // the account sees another world
        db.exec(u"UPDATE users SET scope_seq = ? WHERE id = ?"_s, {nextSeq(db), user.id});
    if (user.disabled && !current.disabled)
        db.exec(u"UPDATE tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"_s, {now, user.id});
    recordUser(db, user);
    return user;
}

void setPassword(Db &db, const UserRecord &user, const QString &passwordHash, qint64 now)
{
    db.exec(u"UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?"_s, {passwordHash, now, user.id});
    // A new password ends every existing sign-in.
    db.exec(u"UPDATE tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"_s, {now, user.id});
}

} // namespace civic::server::org

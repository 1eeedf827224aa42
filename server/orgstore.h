#pragma once

#include "db.h"
#include "domain/org.h"
#include "domain/permissions.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace civic::server {

struct UnitRecord
{
    QString code;
    QString name;
    domain::Level level = domain::Level::Community;
    QString parent;
    QString path;
    QString district;
    int households = 0;
    qint64 version = 0;
};

struct UserRecord
{
    QString id;
    QString username;
    QString displayName;
    domain::Role role = domain::Role::Viewer;
    QString unit;
    bool disabled = false;
    qint64 version = 0;
};

// Units and accounts: the `org_unit` and `user` kinds, shared by the CLI, the demo and the
// commands. Writers must run inside a Transaction(Mode::Serialised); they validate their
// input (ApiError 400 naming the field) and record every change in the change log.
namespace org {

std::optional<UnitRecord> findUnit(Db &db, const QString &code);
UnitRecord requireUnit(Db &db, const QString &code, const QString &field = QStringLiteral("unit"));
QList<UnitRecord> allUnits(Db &db);
domain::OrgTree loadTree(Db &db);
QJsonObject unitJson(const UnitRecord &unit);
domain::Subject unitSubject(const UnitRecord &unit);

UnitRecord addUnit(Db &db, const QString &code, const QString &name, domain::Level level,
                   const QString &parentCode, int households, qint64 now);
UnitRecord updateUnit(Db &db, const UnitRecord &unit, const std::optional<QString> &name,
                      const std::optional<int> &households, qint64 now);
// Moves a unit and its subtree under a new parent, rewriting every stored path, and makes
// every account whose view changed start its sync again (`reset`).
UnitRecord moveUnit(Db &db, const QString &code, const QString &newParent, qint64 now);

bool isValidUsername(QStringView username);
std::optional<UserRecord> findUser(Db &db, const QString &id);
std::optional<UserRecord> findUserByName(Db &db, const QString &username);
QJsonObject userData(const UserRecord &user);
UserRecord addUser(Db &db, const QString &username, const QString &displayName, domain::Role role,
                   const QString &unitCode, const QString &passwordHash, qint64 now,
                   const QString &id = {});
UserRecord updateUser(Db &db, const UserRecord &user, const std::optional<QString> &displayName,
                      const std::optional<domain::Role> &role, const std::optional<QString> &unit,
                      const std::optional<bool> &disabled, qint64 now);
void setPassword(Db &db, const UserRecord &user, const QString &passwordHash, qint64 now);


} // namespace org
} // namespace civic::server

#include "roles.h"

namespace civic::domain {

namespace {
constexpr std::pair<Role, QStringView> kRoleNames[] = {
    {Role::Worker, u"worker"}, {Role::Director, u"director"},     {Role::Street, u"street"},
    {Role::District, u"district"}, {Role::City, u"city"}, {Role::Department, u"department"},
    {Role::Viewer, u"viewer"},
};
} // namespace

QString roleName(Role role)
{
    for (const auto &[r, name] : kRoleNames) {
        if (r == role)
            return name.toString();
    }
    return {};
}

std::optional<Role> roleFromName(QStringView name)
{
    for (const auto &[r, n] : kRoleNames) {
        if (n == name)
            return r;
    }
    return std::nullopt;
}

bool roleFitsLevel(Role role, Level level)
{
    switch (role) {
    case Role::Worker:
        return level == Level::Community || level == Level::Grid;
    case Role::Director:
        return level == Level::Community;
    case Role::Street:
        return level == Level::Street;
    case Role::District:
        return level == Level::District;
    case Role::City:
        return level == Level::City;
    case Role::Department:
        return level == Level::Department;
    case Role::Viewer:
        return true;
    }
    return false;
}

} // namespace civic::domain

#pragma once

#include "org.h"

#include <QString>

#include <optional>

namespace civic::domain {

// The roles of PRODUCT.md §1. A user has exactly one, at one unit.
enum class Role { Worker, Director, Street, District, City, Department, Viewer };

inline constexpr Role kAllRoles[] = {Role::Worker,   Role::Director,   Role::Street, Role::District,
                                     Role::City,     Role::Department, Role::Viewer};

QString roleName(Role role);
std::optional<Role> roleFromName(QStringView name);
// Whether a user with `role` may belong to a unit of `level` (a street account sits at a
// street, a worker at a community or one of its grids, a viewer anywhere).
bool roleFitsLevel(Role role, Level level);

} // namespace civic::domain

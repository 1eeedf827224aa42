#pragma once

// GET /api/v1/units/{code}/stats answers the complaint figures of PRODUCT.md §2 under
// "complaints"; other features add their own part (e.g. "notices") by registering a section
// from their registerRoutes. The route itself belongs to the complaints feature.

#include "auth.h"
#include "db.h"
#include "orgstore.h"

#include <QJsonValue>
#include <QString>

#include <functional>

namespace civic::server {

// One named part of a unit's statistics for the period [from, to) (ms since the epoch). The
// unit is already checked to lie in the caller's view.
using UnitStatsSection = std::function<QJsonValue(
    Db &db, const Session &session, const UnitRecord &unit, qint64 from, qint64 to, qint64 now)>;

// Adds (or replaces) the section `name` in every stats answer. Thread-safe; call it from a
// feature's registerRoutes.
void addUnitStatsSection(const QString &name, UnitStatsSection section);

} // namespace civic::server

#pragma once

#include "db.h"

namespace civic::server {

// The schema version this build knows. A database at a higher version refuses to start.
int latestSchemaVersion();
int currentSchemaVersion(Db &db);

// Brings the schema to latestSchemaVersion(), each numbered migration in its own
// transaction. Throws DbError, or std::runtime_error for a newer-than-known schema.
void migrate(Db &db);

} // namespace civic::server

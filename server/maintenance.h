#pragma once

#include "feature.h"

namespace civic::server {

// Administration commands of the core feature: `backup`, `restore` and `audit verify`.
QList<CliCommand> maintenanceCommands();

} // namespace civic::server

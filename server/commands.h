#pragma once

#include "sync.h"

namespace civic::server {

// Each feature registers its command types here; the server calls them all at start.
void registerOrgCommands(CommandRegistry &registry);
void registerAllCommands(CommandRegistry &registry);

} // namespace civic::server

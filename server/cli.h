#pragma once

#include <QStringList>

namespace civic::server {

// Exit codes: 0 success, 1 the work failed (database unreachable, …), 2 bad arguments or
// bad input (nothing was changed).
int runCli(const QStringList &arguments);

} // namespace civic::server

#pragma once

#include <QStringList>

namespace civic::server {

// `civicdesk-server assess`: scores a quarter from an input bundle (ASSESSMENT.md §6, §7).
// `arguments[0]` is the program name, the rest the options after `assess`:
//   --input BUNDLE.json [--rules RULES.json]
// prints the §7 result JSON (UTF-8) on standard output and returns 0. The rule set is the
// defaults (ASSESSMENT.md §5), under the bundle's "rules", under the keys of RULES.json:
// a key in RULES.json wins over the same key in the bundle, which wins over the default.
// Malformed bundles or rule sets (the community and field are named), unreadable files
// and bad arguments print on standard error and return 2. Building the bundle from a
// database (--data/--db/--district/--quarter/--bundle-out) is not in this version.
int runAssessCommand(const QStringList &arguments);

} // namespace civic::server

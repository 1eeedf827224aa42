#pragma once

#include <QStringList>

namespace civic::server {

// `civicdesk-server assess`: scores a quarter (ASSESSMENT.md §6, §7).
// `arguments[0]` is the program name, the rest the options after `assess`:
//   --input BUNDLE.json [--rules RULES.json]
//   --data DIR | --db URL --district CODE --quarter YYYYQn [--bundle-out FILE] [--rules RULES.json]
// The first scores a bundle file; the second builds the bundle from the server's database
// with assessment::assessQuarter() (the function publishing uses) under the district's active
// rule set, and --bundle-out writes that bundle exactly as scored, its rule set included, so
// that `assess --input` on it prints the same bytes. Either prints the §7 result JSON (UTF-8)
// on standard output and returns 0. The rule set is the defaults (ASSESSMENT.md §5), under
// the bundle's "rules" (the active rule set), under the keys of RULES.json. Malformed bundles
// or rule sets (the community and field are named), unreadable files, an unknown district, a
// malformed quarter and bad arguments print on standard error and return 2; a database
// failure returns 1.
int runAssessCommand(const QStringList &arguments);

} // namespace civic::server

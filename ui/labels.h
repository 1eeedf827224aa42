#pragma once

#include "domain/org.h"
#include "domain/roles.h"

#include <QString>

namespace civic::ui {

// Names of the domain's values in the user's language.
QString roleLabel(domain::Role role);
QString roleLabel(const QString &roleName);
QString levelLabel(domain::Level level);
QString levelLabel(const QString &levelName);
// "今天 14:32", "昨天 09:10", "11月20日 16:45", "2025年12月3日" — relative to now.
QString friendlyTime(qint64 msecsSinceEpoch);
// "3 分钟前" style, for short spans.
QString agoText(qint64 msecsSinceEpoch);

} // namespace civic::ui

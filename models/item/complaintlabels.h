#pragma once

#include "domain/complaintworkflow.h"

#include <QString>

#include <optional>

namespace civic::item {

// The complaint workflow's values in the user's language (PRODUCT.md §2 names: 待受理 …,
// 微信意见箱 …, 满意 …), shared by the table model and the widgets.
QString complaintStatusLabel(domain::ComplaintStatus status);
QString complaintStatusLabel(const QString &statusName);
QString complaintChannelLabel(const QString &channelName);
QString satisfactionLabel(const QString &valueName);
QString satisfactionLabel(domain::Satisfaction value);
// A timeline event's type ("reply" → 回复居民).
QString complaintEventLabel(const QString &type);
// The unit level a complaint is handled at (社区, 街道 …).
QString handlingLevelLabel(domain::Level level);

// PRODUCT.md §2 SLA countdown: "剩余 3 小时 20 分", "已超时 5 小时", "已按时回复",
// "超时回复"; empty for a merged duplicate.
QString slaText(domain::SlaState state, qint64 dueAt, qint64 now);
// A span as days, hours and minutes ("1 天 2 小时", "3 小时 20 分", "45 分").
QString durationText(qint64 ms, bool withMinutes);

} // namespace civic::item

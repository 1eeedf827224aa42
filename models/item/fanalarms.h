#pragma once

#include "domain/fanstats.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace civic::item {

// PRODUCT.md §4 neglect alarm: no notice published for this many days.
inline constexpr int kQuietNoticeDays = 14;

// A community of the subtree with at least one neglect alarm (seed 004: platforms die when
// complaints get no answer and notices go stale, so the level above must see it).
struct NeglectAlarm
{
    QString code;
    QString name;
    QString path;
    QString streetName;
    // The latest published notice; nullopt when it never published one.
    std::optional<qint64> lastPublishedAt;
    bool quiet = false; // no notice in kQuietNoticeDays days
    int overdueComplaints = 0; // open complaints past their SLA (domain::isOverdue)
    bool falling = false; // fans fell in each of the last two full weeks
    domain::FallingFans fans;
    int alarmCount() const { return int(quiet) + int(overdueComplaints > 0) + int(falling); }
};

struct NeglectReport
{
    QList<NeglectAlarm> alarms; // most alarms first, then the most overdue, the longest quiet
    int communities = 0; // communities in scope
    bool noticesKnown = false; // notice records are in the cache
    bool complaintsKnown = false; // the complaint kind table is in the cache
};

// The communities of the subtree at `rootPath` with a neglect alarm at `now`. Complaints
// count only when the cache has the complaint kind table (the complaints feature), notices
// when it holds notice records.
NeglectReport neglectAlarms(const QSqlDatabase &db, const QString &rootPath, qint64 now);

} // namespace civic::item

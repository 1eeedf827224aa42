#include "fanalarms.h"

#include "domain/chinatime.h"
#include "domain/complaintworkflow.h"
#include "domain/org.h"
#include "fanfigures.h"
#include "fankinds.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::item {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// The latest published notice of each unit of the subtree.
QHash<QString, qint64> lastPublished(
    const QSqlDatabase &db, const CachedKind &notices, const QString &path)
{
    QHash<QString, qint64> latest;
    const QString unit = notices.field(u"unit"_s);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT %1, MAX(%2) FROM %3%4 WHERE %5 AND %6 AND %7 = 'published' GROUP BY %1"_s.arg(unit,
            notices.field(u"published_at"_s), notices.from(), notices.scopeJoin(u"unit"_s),
            notices.base(), notices.scopeCondition(u"unit"_s), notices.field(u"state"_s)));
    q.addBindValue(path);
    q.addBindValue(subtreeEnd(path));
    if (q.exec()) {
        while (q.next()) {
            if (const auto t = CachedKind::timeValue(q.value(1)))
                latest.insert(q.value(0).toString(), *t);
        }
    }
    return latest;
}

// Open complaints past their SLA per community, as domain::isOverdue() decides.
QHash<QString, int> overdueComplaints(
    const QSqlDatabase &db, const CachedKind &complaints, const QString &path, qint64 now)
{
    QHash<QString, int> counts;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Only unanswered open complaints can be overdue: the SQL leaves the rest out.
    q.prepare(
        u"SELECT %1, %2, %3, %4 FROM %5%6 WHERE %7 AND %8 AND %9 IS NULL"
        u" AND %2 IN ('new', 'accepted', 'escalated', 'transferred', 'reopened')"_s.arg(
            complaints.field(u"community"_s), complaints.field(u"status"_s),
            complaints.field(u"due_at"_s), complaints.field(u"merged_into"_s), complaints.from(),
            complaints.scopeJoin(u"community"_s), complaints.base(),
            complaints.scopeCondition(u"community"_s), complaints.field(u"first_reply_at"_s)));
    q.addBindValue(path);
    q.addBindValue(subtreeEnd(path));
    if (!q.exec())
        return counts;
    while (q.next()) {
        ComplaintState state;
        const auto status = complaintStatusFromName(q.value(1).toString());
        const auto due = CachedKind::timeValue(q.value(2));
        if (!status || !due)
            continue;
        state.status = *status;
        state.dueAt = *due;
        state.mergedInto = q.value(3).toString();
        if (isOverdue(state, now))
            ++counts[q.value(0).toString()];
    }
    return counts;
}

} // namespace

NeglectReport neglectAlarms(const QSqlDatabase &db, const QString &rootPath, qint64 now)
{
    NeglectReport report;
    if (rootPath.isEmpty())
        return report;
    struct Community
    {
        QString code;
        QString name;
        QString path;
        QString street;
    };
    QList<Community> communities;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT o.id, o.name, o.path, p.name FROM org_unit o LEFT JOIN org_unit p ON "
                  u"p.id = o.parent"
                  u" WHERE o.path >= ? AND o.path < ? AND o.level = 'community' ORDER BY o.path"_s);
        q.addBindValue(rootPath);
        q.addBindValue(subtreeEnd(rootPath));
        if (!q.exec())
            return report;
        while (q.next())
            communities.append({ q.value(0).toString(), q.value(1).toString(),
                q.value(2).toString(), q.value(3).toString() });
    }
    report.communities = int(communities.size());

    const CachedKind notices(db, u"notice"_s, true);
    report.noticesKnown = notices.present();
    const QHash<QString, qint64> published
        = notices.present() ? lastPublished(db, notices, rootPath) : QHash<QString, qint64>();
    // docs: "read the complaint kind table if present"; records kept whole do not count.
    const CachedKind complaints(db, u"complaint"_s, false);
    report.complaintsKnown = complaints.present();
    const QHash<QString, int> overdue = complaints.present()
        ? overdueComplaints(db, complaints, rootPath, now)
        : QHash<QString, int>();
    QHash<QString, FallingFans> falling;
    const QDate today = QDate::fromString(chinaDate(now), Qt::ISODate);
    for (const auto &f : FanFigures(db).falling(rootPath, today))
        falling.insert(f.code, f.fans);

    for (const auto &c : std::as_const(communities)) {
        NeglectAlarm alarm;
        alarm.code = c.code;
        alarm.name = c.name;
        alarm.path = c.path;
        alarm.streetName = c.street;
        if (const auto it = published.constFind(c.code); it != published.constEnd())
            alarm.lastPublishedAt = *it;
        alarm.quiet = report.noticesKnown
            && (!alarm.lastPublishedAt || now - *alarm.lastPublishedAt > kQuietNoticeDays * kDayMs);
        alarm.overdueComplaints = overdue.value(c.code);
        if (const auto it = falling.constFind(c.code); it != falling.constEnd()) {
            alarm.falling = true;
            alarm.fans = *it;
        }
        if (alarm.alarmCount() > 0)
            report.alarms.append(alarm);
    }
    std::sort(report.alarms.begin(), report.alarms.end(),
        [](const NeglectAlarm &a, const NeglectAlarm &b) {
            if (a.alarmCount() != b.alarmCount())
                return a.alarmCount() > b.alarmCount();
            if (a.overdueComplaints != b.overdueComplaints)
                return a.overdueComplaints > b.overdueComplaints;
            const qint64 aLast = a.lastPublishedAt.value_or(0);
            const qint64 bLast = b.lastPublishedAt.value_or(0);
            if (aLast != bLast)
                return aLast < bLast;
            return a.path < b.path;
        });
    return report;
}

} // namespace civic::item

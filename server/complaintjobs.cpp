// The complaints feature's periodic work (PRODUCT.md §2, seed 004: neglect made visible to
// the level above): a 催办 for every overdue complaint without a first reply, once, to the
// level above its handling unit; and, where the district set auto_escalate_hours, an
// automatic escalation one level up for complaints overdue that long.

#include "changelog.h"
#include "complaintstore.h"
#include "intake.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace civic::domain;

Q_LOGGING_CATEGORY(lcComplaintJobs, "civic.server.complaints")

namespace civic::server {

namespace {

using complaints::ComplaintRecord;
using complaints::Event;

Event systemEvent(
    const ComplaintRecord &record, const QString &type, const QString &text, qint64 now)
{
    Event e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.type = type;
    e.actorName = u"系统"_s;
    e.unit = record.state.handlingCode;
    e.at = now;
    e.text = text;
    e.data = QJsonObject { { u"auto"_s, true } };
    return e;
}

void commit(
    Db &db, ComplaintRecord &record, const ComplaintState &next, const Event &event, qint64 now)
{
    record.state = next;
    record.updatedAt = now;
    complaints::update(db, record);
    complaints::recordComplaint(db, record);
    complaints::appendEvent(db, record, event);
}

QStringList ids(Db &db, const QString &sql, const QVariantList &binds)
{
    QStringList list;
    QSqlQuery q = db.exec(sql, binds);
    while (q.next())
        list.append(q.value(0).toString());
    return list;
}

// The 催办 of an overdue complaint to the level above its handling unit. Returns whether the
// complaint changed.
bool urgeOverdue(Db &db, const QString &id, qint64 now)
{
    Transaction tx(db, Transaction::Mode::Serialised);
    auto record = complaints::find(db, id);
    // Another server process may have been first: check again under the lock.
    if (!record || record->overdueUrgedAt || !isOverdue(record->state, now))
        return false;
    record->overdueUrgedAt = now;
    const auto above = complaints::unitByPath(db, urgeNotificationPath(record->state));
    const ComplaintResult result = ComplaintWorkflow::urge(record->state, now);
    if (!above || !result.ok()) {
        // The city handles it: nobody above to tell. Remember that it was looked at.
        complaints::update(db, *record);
        tx.commit();
        return false;
    }
    const QString text
        = u"超过回复时限(%1小时)仍未回复居民,已自动催办并通知%2。"_s.arg(record->slaHours)
              .arg(above->name);
    Event event = systemEvent(*record, u"urge"_s, text, now);
    event.data.insert(u"notified"_s, above->code);
    commit(db, *record, *result.state, event, now);
    notify(db,
        Notification { above->code, {}, u"complaint.overdue"_s, u"超时未回复: "_s + record->title,
            text, u"complaint"_s, record->state.id },
        now);
    tx.commit();
    return true;
}

bool autoEscalate(Db &db, const QString &id, int hours, qint64 now)
{
    Transaction tx(db, Transaction::Mode::Serialised);
    auto record = complaints::find(db, id);
    if (!record || !shouldAutoEscalate(record->state, now, hours))
        return false;
    const auto target = complaints::unitByPath(db, escalationTargetPath(record->state));
    if (!target)
        return false;
    const QString reason = u"超过回复时限%1小时仍未回复,系统自动上报。"_s.arg(hours);
    const ComplaintResult result
        = ComplaintWorkflow::escalate(record->state, complaints::orgUnit(*target), reason, now);
    if (!result.ok())
        return false;
    Event event = systemEvent(*record, u"escalate"_s, reason, now);
    event.data.insert(u"from"_s, record->state.handlingCode);
    event.data.insert(u"to"_s, target->code);
    commit(db, *record, *result.state, event, now);
    notify(db,
        Notification { target->code, {}, u"complaint.escalated"_s, u"自动上报: "_s + record->title,
            reason, u"complaint"_s, record->state.id },
        now);
    tx.commit();
    return true;
}

} // namespace

int runComplaintJobs(Db &db, qint64 now)
{
    int changed = 0;
    const QString unanswered
        = u"status IN %1 AND merged_into = '' AND first_reply_at IS NULL"_s.arg(
            complaints::openStatusesSql());
    for (const auto &id : ids(db,
             u"SELECT id FROM complaints WHERE %1 AND due_at < ? AND overdue_urged_at IS NULL"
             u" ORDER BY due_at"_s.arg(unanswered),
             { now })) {
        changed += urgeOverdue(db, id, now) ? 1 : 0;
    }

    QList<std::pair<QString, int>> districts;
    {
        QSqlQuery q = db.exec(
            u"SELECT district, auto_escalate_hours FROM complaint_settings WHERE auto_escalate_hours > 0"_s);
        while (q.next())
            districts.append({ q.value(0).toString(), q.value(1).toInt() });
    }
    for (const auto &[district, hours] : districts) {
        // Candidates: overdue by at least `hours`; shouldAutoEscalate() gives each level that
        // already received it its own `hours`.
        for (const auto &id : ids(db,
                 u"SELECT id FROM complaints WHERE district = ? AND %1 AND due_at <= ?"
                 u" ORDER BY due_at"_s.arg(unanswered),
                 { district, now - hours * kHourMs })) {
            changed += autoEscalate(db, id, hours, now) ? 1 : 0;
        }
    }
    if (changed > 0)
        qCInfo(lcComplaintJobs) << "SLA job changed" << changed << "complaints";
    return changed;
}

} // namespace civic::server

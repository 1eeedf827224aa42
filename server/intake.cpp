#include "intake.h"

#include "apierror.h"
#include "auth.h"
#include "changelog.h"
#include "domain/chinatime.h"
#include "orgstore.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace civic::server {

std::optional<IntakeKey> findIntakeKey(Db &db, const QString &key)
{
    if (key.isEmpty() || key.size() > 200)
        return std::nullopt;
    const QString hash = tokenHash(key);
    QSqlQuery q = db.exec(u"SELECT k.name, k.unit, o.path FROM intake_keys k JOIN org_units o ON o.code = k.unit"
                          u" WHERE k.hash = ? AND k.revoked_at IS NULL"_s,
                          {hash});
    if (!q.next())
        return std::nullopt;
    return IntakeKey{hash, q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
}

IntakeKey requireIntakeKey(Db &db, const QString &key)
{
    auto found = findIntakeKey(db, key);
    if (!found)
        throw ApiError(401, u"unauthorized"_s, u"missing or unknown X-Intake-Key"_s);
    return *found;
}

qint64 notify(Db &db, const Notification &n, qint64 now)
{
    const UnitRecord unit = org::requireUnit(db, n.unitCode);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    db.exec(u"INSERT INTO notifications (id, unit, user_id, type, title, body, ref_kind, ref_id, created_at)"
            u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {id, unit.code, n.userId, n.type, n.title, n.body, n.refKind, n.refId, now});
    // No `ref`: a notification is for its unit alone, not for everyone granted the record it
    // is about (a department sees a transferred complaint, not the reminders sent about it).
    return recordChange(db, Change{.kind = u"notification"_s,
                                   .id = id,
                                   .version = 1,
                                   .unitPath = unit.path,
                                   .district = unit.district,
                                   .data = QJsonObject{{u"id"_s, id},
                                                       {u"unit"_s, unit.code},
                                                       {u"user"_s, n.userId},
                                                       {u"type"_s, n.type},
                                                       {u"title"_s, n.title},
                                                       {u"body"_s, n.body},
                                                       {u"ref_kind"_s, n.refKind},
                                                       {u"ref_id"_s, n.refId},
                                                       {u"created_at"_s, domain::isoTime(now)}}});
}

} // namespace civic::server

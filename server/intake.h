#pragma once

#include "db.h"

#include <QString>

namespace civic::server {

// A platform's intake key (X-Intake-Key, Open311 api_key), bound to a unit's subtree.
struct IntakeKey
{
    QString hash;
    QString name;
    QString unitCode;
    QString unitPath;
};

// The key's record, or nullopt for an unknown or revoked key.
std::optional<IntakeKey> findIntakeKey(Db &db, const QString &key);
// For the intake API: 401 `unauthorized` for a missing or bad X-Intake-Key.
IntakeKey requireIntakeKey(Db &db, const QString &key);

// A message for the people of a unit (催办, a rejected notice, an overdue step …), pulled
// by everyone whose subtree holds `unitPath`; `userId` narrows it to one person.
struct Notification
{
    QString unitCode;
    QString userId;       // empty: for the whole unit
    QString type;         // e.g. "complaint.urge", "notice.rejected"
    QString title;
    QString body;
    QString refKind;      // the record it is about
    QString refId;
};
// Records the notification in the change log (kind `notification`) and returns its seq.
qint64 notify(Db &db, const Notification &notification, qint64 now);

} // namespace civic::server

#pragma once

#include "db.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace civic::server {

// One record's entry in the change log (ARCHITECTURE.md §Data flow 2). The log keeps one
// row per record: recording a change re-stamps it with a fresh seq, so a pull since S sees
// every record changed after S exactly once, in seq order.
struct Change
{
    QString kind;
    QString id;
    qint64 version = 1;
    QString unitPath;   // visibility: the subtree the record belongs to
    QString district;   // the district code for sharding and district-wide reads
    QString ref;        // the parent record (a complaint for its events), for grants
    QJsonObject data;   // what everyone who may see the record receives
    // What the members of `privateUnit` receive instead (e.g. unmasked phone numbers).
    QString privateUnit;
    std::optional<QJsonObject> privateData;
    bool deleted = false;
};

// Draws the next seq. Must run inside a Transaction(Mode::Serialised): the counter row lock
// makes writers commit in seq order, so no seq becomes visible after a larger one.
qint64 nextSeq(Db &db);
// Records the change with a new seq and returns it.
qint64 recordChange(Db &db, const Change &change);
// The highest committed seq.
qint64 currentSeq(Db &db);

QByteArray compactJson(const QJsonObject &object);

} // namespace civic::server

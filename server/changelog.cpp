#include "changelog.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace civic::server {

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

qint64 nextSeq(Db &db)
{
    QSqlQuery &q = db.prepared(u"UPDATE counters SET value = value + 1 WHERE name = 'seq' RETURNING value"_s);
    db.run(q, {});
    if (!q.next())
        throw DbError(DbError::Kind::Generic, u"the seq counter is missing"_s);
    const qint64 seq = q.value(0).toLongLong();
    q.finish();
    return seq;
}

qint64 currentSeq(Db &db)
{
    return db.scalar(u"SELECT value FROM counters WHERE name = 'seq'"_s).toLongLong();
}

qint64 recordChange(Db &db, const Change &change)
{
    const qint64 seq = nextSeq(db);
    QSqlQuery &q = db.prepared(
        u"INSERT INTO changes (seq, kind, id, version, deleted, unit_path, district, ref, data,"
        u" private_unit, data_private) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        u" ON CONFLICT (kind, id) DO UPDATE SET seq = excluded.seq, version = excluded.version,"
        u" deleted = excluded.deleted, unit_path = excluded.unit_path, district = excluded.district,"
        u" ref = excluded.ref, data = excluded.data, private_unit = excluded.private_unit,"
        u" data_private = excluded.data_private"_s);
    db.run(q, {seq, change.kind, change.id, change.version, change.deleted ? 1 : 0, change.unitPath,
               change.district, change.ref, QString::fromUtf8(compactJson(change.data)),
               change.privateUnit,
               change.privateData ? QVariant(QString::fromUtf8(compactJson(*change.privateData)))
                                  : QVariant(QMetaType(QMetaType::QString))});
    q.finish();
    return seq;
}

} // namespace civic::server

#include "outbox.h"

#include "personaldata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace civic::store {

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

OutboxEntry::State stateFromName(const QString &name)
{
    if (name == u"rejected")
        return OutboxEntry::State::Rejected;
    if (name == u"conflict")
        return OutboxEntry::State::Conflict;
    return OutboxEntry::State::Pending;
}

bool exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    qCWarning(lcStore).noquote() << "outbox statement failed:" << q.lastError().text();
    return false;
}

constexpr auto kColumns = u"op_id, position, type, payload, base_version, state, attempts, last_error, created_at,"
                          u" touches, entity_kind, entity_id, summary";

} // namespace

QString outboxStateName(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending:
        return u"pending"_s;
    case OutboxEntry::State::Rejected:
        return u"rejected"_s;
    case OutboxEntry::State::Conflict:
        return u"conflict"_s;
    }
    return {};
}

QJsonObject OutboxEntry::toOp() const
{
    return QJsonObject{
        {u"op_id"_s, opId},
        {u"type"_s, type},
        {u"base_version"_s, baseVersion ? QJsonValue(*baseVersion) : QJsonValue(QJsonValue::Null)},
        {u"payload"_s, payload},
    };
}

Outbox::Outbox(const QSqlDatabase &db)
    : m_db(db)
{
}

bool Outbox::enqueue(OutboxEntry &entry)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO outbox (op_id, position, type, payload, base_version, state, attempts, last_error,"
              u" created_at, touches, entity_kind, entity_id, summary)"
              u" VALUES (?, (SELECT COALESCE(MAX(position), 0) + 1 FROM outbox), ?, ?, ?, 'pending', 0, '{}', ?, ?, ?, ?, ?)"_s);
    q.addBindValue(entry.opId);
    q.addBindValue(entry.type);
    q.addBindValue(json(PersonalData(m_db).seal(entry.payload)));
    q.addBindValue(entry.baseVersion ? QVariant(*entry.baseVersion) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(entry.createdAt);
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(entry.touches)).toJson(QJsonDocument::Compact)));
    q.addBindValue(entry.entityKind);
    q.addBindValue(entry.entityId);
    q.addBindValue(entry.summary);
    return exec(q);
}

QList<OutboxEntry> Outbox::select(const QString &where, const QVariantList &binds, int limit)
{
    QList<OutboxEntry> list;
    const PersonalData personal(m_db);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM outbox WHERE %2 ORDER BY position LIMIT %3"_s.arg(kColumns, where).arg(limit));
    for (const auto &b : binds)
        q.addBindValue(b);
    if (!exec(q))
        return list;
    while (q.next()) {
        OutboxEntry e;
        e.opId = q.value(0).toString();
        e.position = q.value(1).toLongLong();
        e.type = q.value(2).toString();
        e.payload = personal.open(QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object());
        if (!q.value(4).isNull())
            e.baseVersion = q.value(4).toLongLong();
        e.state = stateFromName(q.value(5).toString());
        e.attempts = q.value(6).toInt();
        e.lastError = personal.open(QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object());
        e.createdAt = q.value(8).toLongLong();
        for (const auto &t : QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array())
            e.touches.append(t.toString());
        e.entityKind = q.value(10).toString();
        e.entityId = q.value(11).toString();
        e.summary = q.value(12).toString();
        list.append(e);
    }
    return list;
}

QList<OutboxEntry> Outbox::pending(int limit)
{
    return select(u"state = 'pending'"_s, {}, limit);
}

QList<OutboxEntry> Outbox::problems()
{
    return select(u"state <> 'pending'"_s, {}, 100000);
}

std::optional<OutboxEntry> Outbox::entry(const QString &opId)
{
    const auto list = select(u"op_id = ?"_s, {opId}, 1);
    if (list.isEmpty())
        return std::nullopt;
    return list.constFirst();
}

int Outbox::pendingCount()
{
    QSqlQuery q(m_db);
    return q.exec(u"SELECT count(*) FROM outbox WHERE state = 'pending'"_s) && q.next() ? q.value(0).toInt() : 0;
}

int Outbox::problemCount()
{
    QSqlQuery q(m_db);
    return q.exec(u"SELECT count(*) FROM outbox WHERE state <> 'pending'"_s) && q.next() ? q.value(0).toInt() : 0;
}

bool Outbox::remove(const QString &opId)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM outbox WHERE op_id = ?"_s);
    q.addBindValue(opId);
    return exec(q);
}

bool Outbox::setState(const QString &opId, OutboxEntry::State state, const QJsonObject &error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE outbox SET state = ?, last_error = ? WHERE op_id = ?"_s);
    q.addBindValue(outboxStateName(state));
    q.addBindValue(json(PersonalData(m_db).seal(error)));
    q.addBindValue(opId);
    return exec(q);
}

bool Outbox::countAttempt(const QString &opId)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE outbox SET attempts = attempts + 1 WHERE op_id = ?"_s);
    q.addBindValue(opId);
    return exec(q);
}

} // namespace civic::store

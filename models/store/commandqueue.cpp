#include "commandqueue.h"

#include "cachedatabase.h"
#include "cacheschema.h"

#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace civic::store {

CommandQueue::CommandQueue(RecordStore &records, Outbox &outbox)
    : m_records(records)
    , m_outbox(outbox)
{
}

namespace {
QStringList kindsOf(const QStringList &touches)
{
    QStringList kinds;
    for (const auto &t : touches) {
        const QString kind = t.section(u'/', 0, 0);
        if (!kinds.contains(kind))
            kinds.append(kind);
    }
    return kinds;
}
} // namespace

SubmitResult CommandQueue::applyAndQueue(const domain::Actor &actor, const Command &command, qint64 now,
                                         const QString &opId)
{
    SubmitResult result;
    const LocalApplier *applier = localApplier(command.type);
    if (!applier) {
        result.errorCode = u"unknown_command"_s;
        result.error = u"unknown command type %1"_s.arg(command.type);
        return result;
    }
    const QString id = opId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : opId;
    LocalContext ctx{m_records, actor, id, now, command.payload, command.baseVersion};
    m_records.beginTouches();
    const LocalResult local = (*applier)(ctx);
    const QStringList touches = m_records.takeTouches();
    if (!local.error.isEmpty()) {
        result.errorCode = local.errorCode;
        result.error = local.error;
        return result;
    }
    OutboxEntry entry;
    entry.opId = id;
    entry.type = command.type;
    entry.payload = command.payload;
    entry.baseVersion = command.baseVersion;
    entry.createdAt = now;
    entry.touches = touches;
    entry.entityKind = local.entityKind;
    entry.entityId = local.entityId;
    entry.summary = local.summary;
    if (!m_outbox.enqueue(entry)) {
        result.errorCode = u"cache_write"_s;
        result.error = u"the local cache could not be written: %1"_s.arg(m_records.lastError());
        return result;
    }
    result.opId = id;
    result.changedKinds = kindsOf(touches);
    return result;
}

SubmitResult CommandQueue::submit(const domain::Actor &actor, const Command &command, qint64 now, const QString &opId)
{
    QSqlDatabase &db = m_records.database();
    // The outbox commit must reach the disk before we tell the user it is saved.
    CacheDatabase::setDurable(db, true);
    SubmitResult result;
    if (!CacheDatabase::beginWrite(db)) {
        result.errorCode = u"cache_busy"_s;
        result.error = u"the local cache is busy"_s;
    } else {
        result = applyAndQueue(actor, command, now, opId);
        if (!result.ok() || !CacheDatabase::commit(db)) {
            CacheDatabase::rollback(db);
            if (result.ok()) {
                result = {};
                result.errorCode = u"cache_write"_s;
                result.error = u"the local cache could not be written"_s;
            }
        }
    }
    CacheDatabase::setDurable(db, false);
    return result;
}

SubmitResult CommandQueue::resubmit(const QString &opId, const domain::Actor &actor, const Command &edited, qint64 now)
{
    SubmitResult result;
    const auto old = m_outbox.entry(opId);
    if (!old || old->state == OutboxEntry::State::Pending) {
        result.errorCode = u"not_a_problem"_s;
        result.error = u"only a refused change can be edited"_s;
        return result;
    }
    QSqlDatabase &db = m_records.database();
    CacheDatabase::setDurable(db, true);
    if (!CacheDatabase::beginWrite(db)) {
        result.errorCode = u"cache_busy"_s;
        result.error = u"the local cache is busy"_s;
    } else if (!m_outbox.remove(opId)) {
        CacheDatabase::rollback(db);
        result.errorCode = u"cache_write"_s;
        result.error = u"the local cache could not be written"_s;
    } else {
        result = applyAndQueue(actor, edited, now, {});
        if (!result.ok() || !CacheDatabase::commit(db))
            CacheDatabase::rollback(db);
    }
    CacheDatabase::setDurable(db, false);
    return result;
}

bool CommandQueue::dropSettledShadows(const QStringList &touches, const QString &exceptOp)
{
    // A shadow stays while any other pending command still changes the record.
    QSet<QString> stillPending;
    for (const auto &e : m_outbox.pending()) {
        if (e.opId == exceptOp)
            continue;
        for (const auto &t : e.touches)
            stillPending.insert(t);
    }
    for (const auto &t : touches) {
        if (stillPending.contains(t))
            continue;
        if (!m_records.dropShadow(t.section(u'/', 0, 0), t.section(u'/', 1)))
            return false;
    }
    return true;
}

bool CommandQueue::settleApplied(const QString &opId)
{
    const auto entry = m_outbox.entry(opId);
    if (!entry)
        return true;
    return dropSettledShadows(entry->touches, opId) && m_outbox.remove(opId);
}

bool CommandQueue::reapply(const OutboxEntry &entry, const domain::Actor &actor)
{
    const LocalApplier *applier = localApplier(entry.type);
    if (!applier)
        return true;
    LocalContext ctx{m_records, actor, entry.opId, entry.createdAt, entry.payload, entry.baseVersion};
    m_records.beginTouches();
    (*applier)(ctx);
    m_records.takeTouches();
    return true;
}

bool CommandQueue::settleRefused(const QString &opId, OutboxEntry::State state, const QJsonObject &error,
                                 const domain::Actor &actor)
{
    const auto entry = m_outbox.entry(opId);
    if (!entry)
        return true;
    if (!m_outbox.setState(opId, state, error))
        return false;
    // Back to the server copy of everything this command touched, then replay the user's
    // other pending commands on those records, in their order.
    for (const auto &t : entry->touches) {
        if (!m_records.restoreShadow(t.section(u'/', 0, 0), t.section(u'/', 1)))
            return false;
    }
    const QSet<QString> touched(entry->touches.cbegin(), entry->touches.cend());
    for (const auto &other : m_outbox.pending()) {
        bool overlaps = false;
        for (const auto &t : other.touches)
            overlaps = overlaps || touched.contains(t);
        if (overlaps)
            reapply(other, actor);
    }
    return true;
}

bool CommandQueue::retry(const QString &opId, const domain::Actor &actor, qint64 now)
{
    Q_UNUSED(now);
    const auto entry = m_outbox.entry(opId);
    if (!entry || entry->state == OutboxEntry::State::Pending)
        return false;
    QSqlDatabase &db = m_records.database();
    if (!CacheDatabase::beginWrite(db))
        return false;
    OutboxEntry again = *entry;
    reapply(again, actor);
    if (!m_outbox.setState(opId, OutboxEntry::State::Pending) || !m_outbox.countAttempt(opId)
        || !CacheDatabase::commit(db)) {
        CacheDatabase::rollback(db);
        return false;
    }
    return true;
}

bool CommandQueue::discard(const QString &opId)
{
    const auto entry = m_outbox.entry(opId);
    if (!entry || entry->state == OutboxEntry::State::Pending)
        return false;
    return m_outbox.remove(opId);
}

} // namespace civic::store

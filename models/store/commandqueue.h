#pragma once

#include "outbox.h"
#include "recordstore.h"

#include "domain/permissions.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace civic::store {

// A user's action as the client makes it (ARCHITECTURE.md §Data flow 4).
struct Command
{
    QString type;
    QJsonObject payload;
    std::optional<qint64> baseVersion;
};

struct SubmitResult
{
    QString opId;     // empty when refused
    QString errorCode;
    QString error;
    QStringList changedKinds;
    bool ok() const { return !opId.isEmpty(); }
};

// Applies commands optimistically and queues them, and settles them when the server
// answers: one transaction each, so a crash leaves either both the change and its queued
// command or neither. A refused command is rolled back exactly: the server copy comes back
// and the user's other pending commands on the same records are applied again on top.
class CommandQueue
{
public:
    CommandQueue(RecordStore &records, Outbox &outbox);

    SubmitResult submit(const domain::Actor &actor, const Command &command, qint64 now,
                        const QString &opId = {});
    // applied or duplicate: the command is done.
    bool settleApplied(const QString &opId);
    // rejected or conflict: kept for the user, its change rolled back.
    bool settleRefused(const QString &opId, OutboxEntry::State state, const QJsonObject &error,
                       const domain::Actor &actor);
    // The user's choices in the sync problems panel.
    bool retry(const QString &opId, const domain::Actor &actor, qint64 now);
    bool discard(const QString &opId);
    // Replaces a refused command by an edited one, in one transaction: the old is gone only
    // if the new one is queued.
    SubmitResult resubmit(const QString &opId, const domain::Actor &actor, const Command &edited, qint64 now);

    QString lastError() const { return m_lastError; }

private:
    // Applies and queues inside the caller's transaction.
    SubmitResult applyAndQueue(const domain::Actor &actor, const Command &command, qint64 now, const QString &opId);
    bool reapply(const OutboxEntry &entry, const domain::Actor &actor);
    bool dropSettledShadows(const QStringList &touches, const QString &exceptOp);

    RecordStore &m_records;
    Outbox &m_outbox;
    QString m_lastError;
};

} // namespace civic::store

#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace civic::store {

// A command waiting to be pushed, or refused by the server and kept for the user.
struct OutboxEntry
{
    enum class State { Pending, Rejected, Conflict };

    QString opId;
    qint64 position = 0; // the order commands were made in
    QString type;
    QJsonObject payload;
    std::optional<qint64> baseVersion;
    State state = State::Pending;
    int attempts = 0;
    QJsonObject lastError; // the server's {"code", "message", "field"}
    qint64 createdAt = 0;
    QStringList touches;   // "kind/id" of the records its optimistic apply changed
    QString entityKind;
    QString entityId;
    QString summary;       // the user's own text, shown in the sync problems panel

    // The op as POST /api/v1/sync/push wants it.
    QJsonObject toOp() const;
};

QString outboxStateName(OutboxEntry::State state);

// The outbox table (ARCHITECTURE.md §Data flow 4): commands in the order they were made,
// written in the same transaction as their optimistic change.
class Outbox
{
public:
    explicit Outbox(const QSqlDatabase &db);

    bool enqueue(OutboxEntry &entry);
    QList<OutboxEntry> pending(int limit = 1000);
    QList<OutboxEntry> problems();
    std::optional<OutboxEntry> entry(const QString &opId);
    int pendingCount();
    int problemCount();
    bool remove(const QString &opId);
    bool setState(const QString &opId, OutboxEntry::State state, const QJsonObject &error = {});
    bool countAttempt(const QString &opId);

private:
    QList<OutboxEntry> select(const QString &where, const QVariantList &binds, int limit);
    QSqlDatabase m_db;
};

} // namespace civic::store

#pragma once

#include "apierror.h"
#include "auth.h"
#include "db.h"
#include "pullcache.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace civic::server {

// What a command handler gets: the caller, the op and its payload, inside the op's own
// serialised transaction.
struct CommandContext
{
    Db &db;
    const Session &session;
    QString opId;
    QString type;
    std::optional<qint64> baseVersion;
    JsonFields payload;
    qint64 now;

    const domain::Actor &actor() const { return session.actor; }
    // Throws 409 `conflict` carrying `current` when base_version is given and stale.
    void checkVersion(qint64 currentVersion, const QJsonObject &current) const;
};

struct CommandOutcome
{
    QString entityId;
    qint64 version = 0;
    qint64 seq = 0;
};

using CommandHandler = std::function<CommandOutcome(CommandContext &)>;

// The command types the server knows (API.md §Commands). Each feature registers its own.
class CommandRegistry
{
public:
    void add(const QString &type, CommandHandler handler);
    const CommandHandler *find(const QString &type) const;
    QStringList types() const;

private:
    QHash<QString, CommandHandler> m_handlers;
};

// Throws ApiError(404) when the actor may not see the subject and 403 when it may see but
// not act: the one gate (models/domain permit()) on the server side.
void require(const domain::Actor &actor, domain::Action action, const domain::Subject &subject);

struct SyncLimits
{
    int maxOps = 500;
    int defaultPullLimit = 500;
    int maxPullLimit = 5000;
};

struct PushStats
{
    int applied = 0;
    int duplicate = 0;
    int conflict = 0;
    int rejected = 0;
};

// GET /api/v1/sync/pull: the page as JSON bytes, built without re-parsing stored records,
// or taken from `cache` when the same question was answered at the same head.
PullPage pull(Db &db, const Session &session, qint64 since, int limit, PullCache *cache = nullptr);
// POST /api/v1/sync/push. Validates the whole envelope first (400, nothing applied), then
// applies each op in its own transaction.
QJsonObject push(Db &db, const CommandRegistry &registry, const Session &session,
                 const QJsonObject &body, const SyncLimits &limits, PushStats *stats);

// The visibility condition of change-log rows for `actor` and its binds (for pulls and
// for reads of the log elsewhere).
QString visibilitySql(const domain::Actor &actor, QVariantList *binds);

} // namespace civic::server

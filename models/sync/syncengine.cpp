#include "syncengine.h"

#include "store/cachedatabase.h"
#include "store/outbox.h"
#include "store/recordstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <csignal>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSync, "civic.sync")

namespace civic::sync {

namespace {
constexpr int kMaxBackoffSeconds = 300;

// Fault injection for the durability tests (CIVIC_FAULT="kill-during-page=N" or
// "kill-after-push=N"): the process kills itself at exactly the worst moment, the N-th time
// it gets there. Unset in normal use.
struct Fault
{
    QString point;
    int count = 0;
};

Fault fault()
{
    static const Fault f = [] {
        const QString spec = qEnvironmentVariable("CIVIC_FAULT");
        return Fault{spec.section(u'=', 0, 0), spec.section(u'=', 1).toInt()};
    }();
    return f;
}

void maybeDie(QStringView point, int occurrence)
{
    const Fault f = fault();
    if (f.point == point && f.count == occurrence) {
        qCWarning(lcSync) << "fault injection: killing the process at" << point << occurrence;
        std::raise(SIGKILL);
    }
}
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

SyncEngine::SyncEngine(QObject *parent)
    : QObject(parent)
{
    m_soon.setSingleShot(true);
    m_soon.setInterval(300);
    m_retry.setSingleShot(true);
    connect(&m_periodic, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(&m_soon, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::syncNow);
}

SyncEngine::~SyncEngine()
{
    stop();
}

void SyncEngine::start(const SyncConfig &config)
{
    m_config = config;
    m_connection = u"civic-sync-writer"_s;
    if (auto error = store::CacheDatabase::openWriter(config.cachePath, m_connection)) {
        m_status.errorCode = u"cache"_s;
        m_status.error = error->message;
        Q_EMIT ready(false, error->message);
        publishStatus();
        return;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    {
        // Pulled pages touch every table and index of the cache. SQLite's default cache of
        // 2 MB re-read the same pages from the file over and over during a first sync, and
        // a checkpoint after every 4 MB of WAL wrote them back (and synced) as often. Neither
        // changes what a commit guarantees: each page stays one transaction with its cursor.
        QSqlQuery pragma(db);
        pragma.exec(u"PRAGMA cache_size = -65536"_s); // KiB: 64 MB at most
        pragma.exec(u"PRAGMA wal_autocheckpoint = 16384"_s); // pages: 64 MB of WAL
    }
    m_records = std::make_unique<store::RecordStore>(db);
    m_outbox = std::make_unique<store::Outbox>(db);
    m_queue = std::make_unique<store::CommandQueue>(*m_records, *m_outbox);
    m_network = new QNetworkAccessManager(this);
    m_api = new ApiClient(m_network, this);
    m_api->setBaseUrl(config.serverUrl);
    m_api->setAccessToken(config.accessToken);

    // What a later start without network needs to show this account's world.
    inTransaction([&] {
        if (!config.user.isEmpty())
            m_records->setState(u"user"_s, QString::fromUtf8(QJsonDocument(config.user).toJson(QJsonDocument::Compact)));
        return m_records->setState(u"server"_s, config.serverUrl.toString());
    });
    m_status.ready = true;
    m_status.cursor = m_records->cursor();
    m_status.lastSyncAt = m_records->state(u"last_sync_at"_s, u"0"_s).toLongLong();
    m_status.pending = m_outbox->pendingCount();
    m_status.problems = m_outbox->problemCount();
    setInterval(config.intervalSeconds);
    Q_EMIT ready(true, {});
    publishStatus();
}

void SyncEngine::stop()
{
    m_periodic.stop();
    m_soon.stop();
    m_retry.stop();
    if (m_api)
        m_api->abortAll();
    m_queue.reset();
    m_outbox.reset();
    m_records.reset();
    if (!m_connection.isEmpty()) {
        store::CacheDatabase::close(m_connection);
        m_connection.clear();
    }
    m_status.ready = false;
}

void SyncEngine::setInterval(int seconds)
{
    m_config.intervalSeconds = std::max(10, seconds);
    m_periodic.start(m_config.intervalSeconds * 1000);
}

void SyncEngine::setTokens(const QString &accessToken, const QString &refreshToken)
{
    m_config.accessToken = accessToken;
    m_config.refreshToken = refreshToken;
    m_authFailed = false;
    if (m_api)
        m_api->setAccessToken(accessToken);
}

bool SyncEngine::inTransaction(const std::function<bool()> &work)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!store::CacheDatabase::beginWrite(db))
        return false;
    if (!work() || !store::CacheDatabase::commit(db)) {
        store::CacheDatabase::rollback(db);
        return false;
    }
    return true;
}

void SyncEngine::publishStatus()
{
    Q_EMIT statusChanged(m_status);
}

void SyncEngine::scheduleSoon()
{
    m_soon.start();
}

void SyncEngine::syncNow()
{
    if (!m_records || m_authFailed)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    m_retry.stop();
    m_stats = {};
    m_status.syncing = true;
    m_status.progress = -1;
    publishStatus();
    pushPhase();
}

void SyncEngine::pushPhase()
{
    const QList<store::OutboxEntry> batch = m_outbox->pending(m_config.pushBatch);
    if (batch.isEmpty()) {
        m_pullStart = m_records->cursor();
        pullPhase();
        return;
    }
    QJsonArray ops;
    for (const auto &e : batch)
        ops.append(e.toOp());
    m_api->push(ops, this, [this, batch](const ApiResult &r) { onPushed(batch, r); });
}

void SyncEngine::onPushed(const QList<store::OutboxEntry> &batch, const ApiResult &result)
{
    static int pushes = 0;
    maybeDie(u"kill-after-push", ++pushes);
    if (result.status == 401) {
        refreshThen([this] { pushPhase(); });
        return;
    }
    if (result.unreachable()) {
        finish(false, u"offline"_s, result.errorMessage());
        return;
    }
    QSet<QString> changedKinds;
    int settled = 0;
    const bool ok = inTransaction([&] {
        if (!result.ok()) {
            // The server refused the whole batch (a client bug or an op over the limits):
            // keep every op, with the reason, for the user to see.
            for (const auto &e : batch) {
                if (!m_queue->settleRefused(e.opId, store::OutboxEntry::State::Rejected,
                                            result.json().value(u"error"_s).toObject(), m_config.actor))
                    return false;
                for (const auto &t : e.touches)
                    changedKinds.insert(t.section(u'/', 0, 0));
            }
            return true;
        }
        const QJsonArray results = result.json().value(u"results"_s).toArray();
        for (const auto &value : results) {
            const QJsonObject r = value.toObject();
            const QString opId = r.value(u"op_id"_s).toString();
            const QString status = r.value(u"status"_s).toString();
            if (status == u"applied" || status == u"duplicate") {
                if (!m_queue->settleApplied(opId))
                    return false;
                ++settled;
            } else {
                const auto entry = m_outbox->entry(opId);
                const auto state = status == u"conflict" ? store::OutboxEntry::State::Conflict
                                                          : store::OutboxEntry::State::Rejected;
                if (!m_queue->settleRefused(opId, state, r.value(u"error"_s).toObject(), m_config.actor))
                    return false;
                if (entry) {
                    for (const auto &t : entry->touches)
                        changedKinds.insert(t.section(u'/', 0, 0));
                }
            }
        }
        return true;
    });
    if (!ok) {
        finish(false, u"cache"_s, m_records->lastError());
        return;
    }
    m_stats.pushed += settled;
    m_status.pending = m_outbox->pendingCount();
    m_status.problems = m_outbox->problemCount();
    m_status.online = true;
    if (!changedKinds.isEmpty())
        Q_EMIT cacheChanged(QStringList(changedKinds.cbegin(), changedKinds.cend()));
    Q_EMIT problemsChanged(m_status.problems);
    publishStatus();
    pushPhase();
}

void SyncEngine::pullPhase()
{
    requestPage(m_records->cursor(), m_config.pageSize);
}

void SyncEngine::requestPage(qint64 since, int limit)
{
    m_api->pull(
        since, limit, this, [this, since, generation = m_pullGeneration](const ApiResult &r) {
            if (generation == m_pullGeneration && m_running)
                onPulled(r, since);
        });
}

void SyncEngine::onPulled(const ApiResult &result, qint64 since)
{
    if (since != m_records->cursor()) {
        // Not the page that follows what the cache holds (cannot happen while pages are
        // applied in order): ask again from the cursor rather than leave a gap.
        pullPhase();
        return;
    }
    if (result.status == 401) {
        refreshThen([this] { pullPhase(); });
        return;
    }
    if (result.unreachable()) {
        finish(false, u"offline"_s, result.errorMessage());
        return;
    }
    if (!result.ok()) {
        finish(false, u"server"_s, result.errorMessage());
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(result.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        finish(false, u"server"_s, u"the server sent an unreadable page: %1"_s.arg(parseError.errorString()));
        return;
    }
    const QJsonObject page = doc.object();
    if (page.value(u"reset"_s).toBool()) {
        qCInfo(lcSync) << "the server asks for a full resync";
        if (!inTransaction([this] { return m_records->clearRecords(); })) {
            finish(false, u"cache"_s, m_records->lastError());
            return;
        }
        m_pullStart = 0;
        Q_EMIT cacheChanged(store::knownKinds());
        pullPhase();
        return;
    }
    const QJsonArray changes = page.value(u"changes"_s).toArray();
    const qint64 next = page.value(u"next"_s).toInteger();
    const bool more = page.value(u"has_more"_s).toBool();
    const int catchUp = std::max(m_config.pageSize, m_config.catchUpPageSize);
    // The next page is on its way (the network works on its own thread) while this one is
    // written. It asks from `next`, which this page's transaction makes the cursor; should
    // the transaction fail, the cycle ends and the early answer is dropped.
    if (more)
        requestPage(next, catchUp);
    QSet<QString> kinds;
    static int pages = 0;
    ++pages;
    const bool ok = inTransaction([&] {
        int applied = 0;
        // A first sync has no local change to keep: no look-up per record.
        const bool mayHaveShadow = m_records->anyShadow();
        for (const auto &value : changes) {
            if (++applied == changes.size() / 2 + 1)
                maybeDie(u"kill-during-page", pages);
            const QJsonObject c = value.toObject();
            const QString kind = c.value(u"kind"_s).toString();
            kinds.insert(kind);
            if (!m_records->applyPulled(kind, c.value(u"id"_s).toString(), c.value(u"version"_s).toInteger(),
                                        c.value(u"deleted"_s).toBool(), c.value(u"data"_s).toObject(),
                                        mayHaveShadow))
                return false;
        }
        return m_records->setCursor(next);
    });
    if (!ok) {
        finish(false, u"cache"_s, m_records->lastError());
        return;
    }
    m_stats.pulled += changes.size();
    m_status.cursor = next;
    m_status.online = true;
    const qint64 head = page.value(u"head"_s).toInteger(next);
    m_status.progress = more && head > m_pullStart ? int(100 * (next - m_pullStart) / (head - m_pullStart)) : -1;
    if (!kinds.isEmpty())
        Q_EMIT cacheChanged(QStringList(kinds.cbegin(), kinds.cend()));
    publishStatus();
    if (!more)
        finish(true, {}, {});
}

void SyncEngine::refreshThen(std::function<void()> next)
{
    if (m_config.refreshToken.isEmpty()) {
        m_authFailed = true;
        Q_EMIT authenticationFailed(u"signed out"_s);
        finish(false, u"auth"_s, u"signed out"_s);
        return;
    }
    m_api->refresh(m_config.refreshToken, this, [this, next = std::move(next)](const ApiResult &r) {
        if (r.ok()) {
            const QJsonObject body = r.json();
            setTokens(body.value(u"access_token"_s).toString(), body.value(u"refresh_token"_s).toString());
            Q_EMIT tokensRefreshed(m_config.accessToken, m_config.refreshToken);
            next();
        } else if (r.unreachable()) {
            finish(false, u"offline"_s, r.errorMessage());
        } else {
            m_authFailed = true;
            Q_EMIT authenticationFailed(r.errorMessage());
            finish(false, u"auth"_s, r.errorMessage());
        }
    });
}

void SyncEngine::finish(bool ok, const QString &code, const QString &error)
{
    ++m_pullGeneration;
    m_running = false;
    m_status.syncing = false;
    m_status.progress = -1;
    m_status.errorCode = code;
    m_status.error = error;
    m_status.pending = m_outbox ? m_outbox->pendingCount() : 0;
    m_status.problems = m_outbox ? m_outbox->problemCount() : 0;
    if (ok) {
        m_status.online = true;
        m_status.lastSyncAt = now();
        m_backoffSeconds = 0;
        m_status.nextAttemptAt = 0;
        inTransaction([this] { return m_records->setState(u"last_sync_at"_s, QString::number(m_status.lastSyncAt)); });
    } else if (code == u"offline" || code == u"server" || code == u"cache") {
        m_status.online = code != u"offline" && m_status.online;
        m_backoffSeconds = m_backoffSeconds == 0 ? 2 : std::min(kMaxBackoffSeconds, m_backoffSeconds * 2);
        m_status.nextAttemptAt = now() + qint64(m_backoffSeconds) * 1000;
        m_retry.start(m_backoffSeconds * 1000);
        qCInfo(lcSync).noquote() << "sync failed (" << code << "):" << error << "— next attempt in" << m_backoffSeconds
                                 << "s";
    }
    m_stats.pending = m_status.pending;
    m_stats.problems = m_status.problems;
    m_stats.cursor = m_records ? m_records->cursor() : 0;
    publishStatus();
    Q_EMIT cycleFinished(m_stats, ok, error);
    if (ok && m_again)
        scheduleSoon();
}

void SyncEngine::submit(const store::Command &command, const QString &requestId)
{
    if (!m_queue) {
        store::SubmitResult refused;
        refused.errorCode = u"cache"_s;
        refused.error = u"the local cache is not open"_s;
        Q_EMIT submitted(requestId, refused);
        return;
    }
    const store::SubmitResult result = m_queue->submit(m_config.actor, command, now());
    Q_EMIT submitted(requestId, result);
    if (!result.ok())
        return;
    m_status.pending = m_outbox->pendingCount();
    publishStatus();
    Q_EMIT cacheChanged(result.changedKinds);
    scheduleSoon();
}

void SyncEngine::retry(const QString &opId)
{
    if (!m_queue || !m_queue->retry(opId, m_config.actor, now()))
        return;
    m_status.pending = m_outbox->pendingCount();
    m_status.problems = m_outbox->problemCount();
    Q_EMIT problemsChanged(m_status.problems);
    Q_EMIT cacheChanged(store::knownKinds());
    publishStatus();
    scheduleSoon();
}

void SyncEngine::discard(const QString &opId)
{
    if (!m_queue || !m_queue->discard(opId))
        return;
    m_status.problems = m_outbox->problemCount();
    Q_EMIT problemsChanged(m_status.problems);
    publishStatus();
}

void SyncEngine::resubmit(const QString &opId, const store::Command &edited, const QString &requestId)
{
    if (!m_queue)
        return;
    const store::SubmitResult result = m_queue->resubmit(opId, m_config.actor, edited, now());
    Q_EMIT submitted(requestId, result);
    m_status.pending = m_outbox->pendingCount();
    m_status.problems = m_outbox->problemCount();
    Q_EMIT problemsChanged(m_status.problems);
    publishStatus();
    if (!result.ok())
        return;
    Q_EMIT cacheChanged(result.changedKinds);
    scheduleSoon();
}

void SyncEngine::saveDraft(const QString &key, const QString &value)
{
    if (!m_records)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(u"INSERT OR REPLACE INTO drafts (key, value, updated_at) VALUES (?, ?, ?)"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    q.addBindValue(now());
    q.exec();
}

void SyncEngine::removeDraft(const QString &key)
{
    if (!m_records)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM drafts WHERE key = ?"_s);
    q.addBindValue(key);
    q.exec();
}

} // namespace civic::sync

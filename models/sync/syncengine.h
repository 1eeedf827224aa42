#pragma once

#include "apiclient.h"

#include "domain/permissions.h"
#include "store/commandqueue.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace civic::store {
class RecordStore;
class Outbox;
class CommandQueue;
} // namespace civic::store

namespace civic::sync {

struct SyncConfig
{
    QString cachePath;
    QUrl serverUrl;
    domain::Actor actor;
    QJsonObject user;  // the API's user object, kept in the cache for starting offline
    QString accessToken;
    QString refreshToken;
    int intervalSeconds = 60;
    int pageSize = 1000;
    // The pages after one that said `has_more` (catching up, a first sync): larger pages
    // mean fewer requests and transactions. 5,000 is the server's maximum.
    int catchUpPageSize = 5000;
    int pushBatch = 100;
};

// What the status bar shows.
struct SyncStatus
{
    bool ready = false;
    bool online = false;     // the last contact with the server succeeded
    bool syncing = false;
    qint64 lastSyncAt = 0;   // ms since the epoch; 0 = never
    int pending = 0;
    int problems = 0;
    qint64 cursor = 0;
    int progress = -1;       // 0–100 while a long pull runs, -1 otherwise
    QString errorCode;       // "offline", "auth", "cache", "server" or empty
    QString error;
    qint64 nextAttemptAt = 0;
};

struct SyncStats
{
    qint64 pulled = 0;
    int pushed = 0;
    int pending = 0;
    int problems = 0;
    qint64 cursor = 0;
};

// Keeps the cache and the server in step, on a worker thread with its own database
// connection and network access (ARCHITECTURE.md §Data flow 3–5). A cycle pushes the outbox
// in order, in batches, then pulls pages since the cursor, each page applied in one
// transaction together with the new cursor. Cycles run at start, every interval, on
// demand and shortly after a local change; when the server is unreachable it waits
// 2, 4, 8 … up to 300 seconds. Create it, move it to its thread, then call its slots
// through queued invocations only.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    explicit SyncEngine(QObject *parent = nullptr);
    ~SyncEngine() override;

public Q_SLOTS:
    void start(const civic::sync::SyncConfig &config);
    void stop();
    void syncNow();
    void setTokens(const QString &accessToken, const QString &refreshToken);
    void setInterval(int seconds);
    void submit(const civic::store::Command &command, const QString &requestId);
    void retry(const QString &opId);
    void discard(const QString &opId);
    void resubmit(const QString &opId, const civic::store::Command &edited, const QString &requestId);
    void saveDraft(const QString &key, const QString &value);
    void removeDraft(const QString &key);

Q_SIGNALS:
    void ready(bool ok, const QString &error);
    void statusChanged(const civic::sync::SyncStatus &status);
    void cacheChanged(const QStringList &kinds);
    void submitted(const QString &requestId, const civic::store::SubmitResult &result);
    void cycleFinished(const civic::sync::SyncStats &stats, bool ok, const QString &error);
    void tokensRefreshed(const QString &accessToken, const QString &refreshToken);
    void authenticationFailed(const QString &message);
    void problemsChanged(int count);

private:
    void pushPhase();
    void pullPhase();
    // Requests the page from `since` on; its answer goes to onPulled unless the cycle ended.
    void requestPage(qint64 since, int limit);
    void onPushed(const QList<store::OutboxEntry> &batch, const ApiResult &result);
    void onPulled(const ApiResult &result, qint64 since);
    void finish(bool ok, const QString &code, const QString &error);
    void refreshThen(std::function<void()> next);
    void scheduleSoon();
    void publishStatus();
    bool inTransaction(const std::function<bool()> &work);

    SyncConfig m_config;
    QString m_connection;
    QNetworkAccessManager *m_network = nullptr;
    ApiClient *m_api = nullptr;
    std::unique_ptr<store::RecordStore> m_records;
    std::unique_ptr<store::Outbox> m_outbox;
    std::unique_ptr<store::CommandQueue> m_queue;
    QTimer m_periodic{this};
    QTimer m_soon{this};
    QTimer m_retry{this};
    SyncStatus m_status;
    SyncStats m_stats;
    bool m_running = false;
    bool m_again = false;
    bool m_authFailed = false;
    int m_backoffSeconds = 0;
    qint64 m_pullStart = 0;
    // Bumped when a cycle ends: a page requested ahead for a cycle that has ended is dropped.
    int m_pullGeneration = 0;
};

} // namespace civic::sync

Q_DECLARE_METATYPE(civic::sync::SyncConfig)
Q_DECLARE_METATYPE(civic::sync::SyncStatus)
Q_DECLARE_METATYPE(civic::sync::SyncStats)
Q_DECLARE_METATYPE(civic::store::Command)
Q_DECLARE_METATYPE(civic::store::SubmitResult)

#include "scheduler.h"

#include "feature.h"

#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcJobs, "civic.server.jobs")

namespace civic::server {

void Scheduler::start()
{
    bool any = false;
    for (const auto &feature : features())
        any = any || !feature.jobs.isEmpty();
    if (!any)
        return;
    m_thread = std::thread([this] { loop(); });
}

void Scheduler::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void Scheduler::runAllOnce(Db &db, qint64 now)
{
    for (const auto &feature : features()) {
        for (const auto &job : feature.jobs)
            job.run(db, now);
    }
}

void Scheduler::loop()
{
    QHash<QString, qint64> nextRun;
    std::unique_ptr<Db> db;
    for (;;) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        qint64 wakeAt = now + 60'000;
        for (const auto &feature : features()) {
            for (const auto &job : feature.jobs) {
                const QString key = feature.name + u'/' + job.name;
                const qint64 due = nextRun.value(key, now);
                if (due <= now) {
                    try {
                        if (!db)
                            db = std::make_unique<Db>(m_config);
                        job.run(*db, now);
                    } catch (const DbError &e) {
                        qCWarning(lcJobs) << "job" << key << "failed:" << e.message();
                        if (e.kind() == DbError::Kind::Unavailable)
                            db.reset(); // reconnect next time
                    } catch (const std::exception &e) {
                        qCWarning(lcJobs) << "job" << key << "failed:" << e.what();
                    }
                    nextRun[key] = now + qint64(job.intervalSeconds) * 1000;
                }
                wakeAt = std::min(wakeAt, nextRun.value(key));
            }
        }
        std::unique_lock lock(m_mutex);
        if (m_wake.wait_for(lock, std::chrono::milliseconds(std::max<qint64>(50, wakeAt - now)),
                            [this] { return m_stopping; }))
            return;
    }
}

} // namespace civic::server

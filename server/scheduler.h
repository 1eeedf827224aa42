#pragma once

#include "db.h"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace civic::server {

// Runs every feature's PeriodicJobs on a thread of its own with its own connection, each at
// its interval. A failing job is logged and tried again at its next turn.
class Scheduler
{
public:
    explicit Scheduler(DbConfig config) : m_config(std::move(config)) { }
    ~Scheduler() { stop(); }
    void start();
    void stop();
    // Runs every job once, now (tests and `civicdesk-server run-jobs`).
    static void runAllOnce(Db &db, qint64 now);

private:
    void loop();
    DbConfig m_config;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
};

} // namespace civic::server

#pragma once

#include "syncengine.h"

#include <QObject>
#include <QThread>

#include <functional>

namespace civic::sync {

// Owns the worker thread the SyncEngine lives on. Everything reaches the engine through
// queued invocations; stop() closes its database connection on its own thread.
class SyncThread : public QObject
{
    Q_OBJECT

public:
    explicit SyncThread(QObject *parent = nullptr);
    ~SyncThread() override;

    SyncEngine *engine() const { return m_engine; }
    // Runs `call` on the engine's thread.
    void post(std::function<void(SyncEngine *)> call);
    void stop();

private:
    QThread m_thread;
    SyncEngine *m_engine = nullptr;
};

} // namespace civic::sync

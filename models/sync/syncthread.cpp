#include "syncthread.h"

namespace civic::sync {

SyncThread::SyncThread(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SyncConfig>();
    qRegisterMetaType<SyncStatus>();
    qRegisterMetaType<SyncStats>();
    qRegisterMetaType<store::Command>();
    qRegisterMetaType<store::SubmitResult>();
    m_thread.setObjectName(QStringLiteral("civic-sync"));
    m_engine = new SyncEngine;
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    m_thread.start();
}

SyncThread::~SyncThread()
{
    stop();
}

void SyncThread::post(std::function<void(SyncEngine *)> call)
{
    if (!m_thread.isRunning())
        return;
    SyncEngine *engine = m_engine;
    QMetaObject::invokeMethod(m_engine, [engine, call = std::move(call)] { call(engine); }, Qt::QueuedConnection);
}

void SyncThread::stop()
{
    if (!m_thread.isRunning())
        return;
    SyncEngine *engine = m_engine;
    QMetaObject::invokeMethod(m_engine, [engine] { engine->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace civic::sync

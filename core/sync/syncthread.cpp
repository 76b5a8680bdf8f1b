#include "syncthread.h"

namespace Ledgerlink {

void SyncThread::QuitAndWait::operator()(QThread *thread) const
{
    thread->quit();
    thread->wait();
    delete thread;
}

SyncThread::SyncThread(SyncEngine::Config config)
    : m_thread(new QThread)
{
    SyncEngine::registerMetaTypes();
    m_thread->setObjectName(QStringLiteral("ledgerlink-sync"));
    m_engine = new SyncEngine(std::move(config));
    m_engine->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_engine, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(m_engine, &SyncEngine::initialise, Qt::QueuedConnection);
}

SyncThread::~SyncThread()
{
    m_engine->requestCancel();
    m_thread.reset();
}

void SyncThread::requestRun(const QString &integrationId, const QString &trigger, bool full)
{
    QMetaObject::invokeMethod(
        m_engine,
        [engine = m_engine, integrationId, trigger, full]() { engine->startRun(integrationId, trigger, full); },
        Qt::QueuedConnection);
}

void SyncThread::requestRetryFailed(const QString &integrationId, qint64 runId)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, integrationId, runId]() { engine->retryFailed(integrationId, runId); },
        Qt::QueuedConnection);
}

void SyncThread::requestPreview(const QString &integrationId)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, integrationId]() { engine->preview(integrationId); }, Qt::QueuedConnection);
}

} // namespace Ledgerlink

#pragma once

#include "sync/syncengine.h"

#include <QThread>

#include <memory>

namespace Ledgerlink {

/// Owns the named sync thread and the SyncEngine living on it. The engine is created without a
/// parent, moved to the thread and deleted on the thread's finished(); the thread is held by a
/// unique_ptr whose deleter quits and waits. The GUI and the CLI talk to engine() only through
/// queued calls (requestRun, requestPreview) and its signals.
class SyncThread
{
public:
    explicit SyncThread(SyncEngine::Config config);
    ~SyncThread();
    SyncThread(const SyncThread &) = delete;
    SyncThread &operator=(const SyncThread &) = delete;

    /// Connect to its signals; never call its slots directly from another thread.
    SyncEngine *engine() const { return m_engine; }

    void requestRun(const QString &integrationId, const QString &trigger, bool full = false);
    /// A new run that re-attempts only the records that failed in run `runId` (History's Retry).
    void requestRetryFailed(const QString &integrationId, qint64 runId);
    void requestPreview(const QString &integrationId);
    void requestCancel() { m_engine->requestCancel(); }

private:
    struct QuitAndWait
    {
        void operator()(QThread *thread) const;
    };

    std::unique_ptr<QThread, QuitAndWait> m_thread;
    SyncEngine *m_engine = nullptr;
};

} // namespace Ledgerlink

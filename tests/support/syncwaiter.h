#pragma once

#include "sync/synctypes.h"

#include <QString>

namespace Ledgerlink {

class SyncThread;

/// Drives a SyncThread from a test: both waits listen through a queued connection to this thread,
/// because QSignalSpy::wait() can miss a signal emitted by another thread just before it starts.
class SyncWaiter
{
public:
    /// Initialises the engine on its thread; false (with a warning) when it does not start in 10 s.
    static bool start(SyncThread &sync);
    /// Requests a run and returns its summary, or a Running summary "timed out".
    static RunSummary run(SyncThread &sync, const QString &integrationId, bool full, int timeoutMs);
};

} // namespace Ledgerlink

#include "syncwaiter.h"

#include "sync/syncthread.h"

#include <QTest>

#include <optional>

namespace Ledgerlink {

bool SyncWaiter::start(SyncThread &sync)
{
    int ready = 0;
    QObject context;
    QObject::connect(
        sync.engine(), &SyncEngine::initialised, &context, [&ready](bool ok, const QString &) { ready = ok ? 1 : -1; },
        Qt::QueuedConnection);
    QMetaObject::invokeMethod(sync.engine(), &SyncEngine::initialise, Qt::QueuedConnection);
    if (!QTest::qWaitFor([&ready]() { return ready != 0; }, 10000) || ready != 1) {
        qWarning("sync engine did not start");
        return false;
    }
    return true;
}

RunSummary SyncWaiter::run(SyncThread &sync, const QString &integrationId, bool full, int timeoutMs)
{
    std::optional<RunSummary> summary;
    QObject context;
    QObject::connect(
        sync.engine(), &SyncEngine::runFinished, &context, [&summary](const RunSummary &s) { summary = s; },
        Qt::QueuedConnection);
    sync.requestRun(integrationId, QStringLiteral("test"), full);
    if (!QTest::qWaitFor([&summary]() { return summary.has_value(); }, timeoutMs)) {
        RunSummary timedOut;
        timedOut.result = RunResult::Running;
        timedOut.message = QStringLiteral("timed out");
        return timedOut;
    }
    return *summary;
}

} // namespace Ledgerlink

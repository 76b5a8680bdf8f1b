#pragma once

#include "store/integration.h"
#include "sync/runcontext.h"
#include "sync/synctypes.h"

#include <QCoreApplication>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace Ledgerlink {

class Clock;
class Database;
class ProviderClient;
class SyncLock;
class SyncStep;

/// One run of one integration, start to finish:
///
///   enabled? -> SyncLock (refused: recorded, clear message) -> History run
///   -> recovery -> reference data -> customers -> items -> invoices -> payments in
///   -> local payments out (push_local_payments)
///   -> History result, Last successful poll, notification, lock released -> finished(summary)
///
/// A step's Error stops the run (Auth also marks the integration Needs re-authorisation);
/// record failures are counted and the run goes on. Ends in exactly one `finished`.
class SyncRunner : public QObject
{
    Q_OBJECT

public:
    using Finished = std::function<void(const RunSummary &)>;

    SyncRunner(Database &database, Clock &clock, ProviderClient &client, QString integrationId, QString trigger,
        bool full, RunContext::Observer observer, const std::atomic_bool &cancelled, QObject *parent = nullptr);
    ~SyncRunner() override;

    /// Makes this a retry run: only the records that failed in run `runId` are re-attempted.
    void setRetryOf(qint64 runId) { m_retryOf = runId; }

    /// `started` gets the run id once History has it.
    void start(std::function<void(qint64 runId)> started, Finished finished);

private:
    Result<RunContext::RetryScope> retryScope();
    void nextStep();
    void finish(RunResult result, const QString &message, const QString &detail = {});
    void notify(const RunSummary &summary, bool sticky);

    Database &m_database;
    Clock &m_clock;
    ProviderClient &m_client;
    QString m_integrationId;
    QString m_trigger;
    bool m_full = false;
    qint64 m_retryOf = 0;
    RunContext::Observer m_observer;
    const std::atomic_bool &m_cancelled;
    std::unique_ptr<SyncLock> m_lock;
    std::unique_ptr<RunContext> m_context;
    std::vector<std::unique_ptr<SyncStep>> m_steps;
    size_t m_next = 0;
    Finished m_finished;
    bool m_done = false;
    bool m_authProblem = false; ///< the grant is gone: the notification stays until fixed
};

} // namespace Ledgerlink

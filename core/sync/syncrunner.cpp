#include "syncrunner.h"

#include "logging.h"
#include "providers/providerclient.h"
#include "store/integrationrepository.h"
#include "store/notificationrepository.h"
#include "store/synclock.h"
#include "sync/customersyncstep.h"
#include "sync/invoicepushstep.h"
#include "sync/itemsyncstep.h"
#include "sync/paymentpullstep.h"
#include "sync/paymentpushstep.h"
#include "sync/recoverystep.h"
#include "sync/referencedatastep.h"

#include <optional>

namespace Ledgerlink {

SyncRunner::SyncRunner(Database &database, Clock &clock, ProviderClient &client, QString integrationId, QString trigger,
    bool full, RunContext::Observer observer, const std::atomic_bool &cancelled, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_client(client)
    , m_integrationId(std::move(integrationId))
    , m_trigger(std::move(trigger))
    , m_full(full)
    , m_observer(std::move(observer))
    , m_cancelled(cancelled)
{ }

SyncRunner::~SyncRunner() = default;

void SyncRunner::start(std::function<void(qint64 runId)> started, Finished finished)
{
    m_finished = std::move(finished);
    IntegrationRepository integrations(m_database, m_clock);
    auto integration = integrations.findById(m_integrationId);
    if (!integration) {
        finish(RunResult::Failed, integration.error().userMessage(), integration.error().detail());
        return;
    }
    if (!integration->enabled) {
        // Disabled: nothing moves, and no run is recorded.
        finish(RunResult::Cancelled, tr("The integration is switched off, so nothing was synced."));
        return;
    }
    std::optional<RunContext::RetryScope> scope;
    if (m_retryOf != 0) {
        auto loaded = retryScope();
        if (!loaded) {
            finish(RunResult::Failed, loaded.error().userMessage(), loaded.error().detail());
            return;
        }
        if (loaded->isEmpty()) {
            finish(RunResult::Succeeded, tr("Nothing to retry: run %1 has no failed records.").arg(m_retryOf));
            return;
        }
        scope = loaded.value();
    }
    HistoryRepository history(m_database, m_clock);
    auto runId = history.startRun(m_integrationId, m_trigger);
    if (!runId) {
        finish(RunResult::Failed, runId.error().userMessage(), runId.error().detail());
        return;
    }
    // First activation (never polled successfully) reads everything.
    const bool full = m_full || !integration->lastSuccessfulPollAt.isValid();
    m_context = std::make_unique<RunContext>(
        m_database, m_clock, m_client, integration.value(), runId.value(), full, m_observer, m_cancelled);
    m_context->firstActivation = !integration->lastSuccessfulPollAt.isValid();
    m_context->retry = scope;
    started(runId.value());
    m_lock = std::make_unique<SyncLock>(m_database, m_clock, m_integrationId);
    if (Status locked = m_lock->acquire(); !locked) {
        m_lock.reset();
        finish(RunResult::Failed, locked.error().userMessage(), locked.error().detail());
        return;
    }
    m_steps.push_back(std::make_unique<RecoveryStep>(*m_context));
    m_steps.push_back(std::make_unique<ReferenceDataStep>(*m_context));
    m_steps.push_back(std::make_unique<CustomerSyncStep>(*m_context));
    m_steps.push_back(std::make_unique<ItemSyncStep>(*m_context));
    m_steps.push_back(std::make_unique<InvoicePushStep>(*m_context));
    m_steps.push_back(std::make_unique<PaymentPullStep>(*m_context));
    // After the pull: a local payment that someone also keyed in at the provider is linked there
    // first instead of being sent a second time.
    m_steps.push_back(std::make_unique<PaymentPushStep>(*m_context));
    nextStep();
}

Result<RunContext::RetryScope> SyncRunner::retryScope()
{
    HistoryRepository history(m_database, m_clock);
    auto run = history.run(m_retryOf);
    if (!run || run->integrationId != m_integrationId) {
        return Error(Error::Kind::Config,
            tr("Run %1 is not a run of this integration, so there is nothing to retry. Pick the run in History.")
                .arg(m_retryOf),
            run ? QStringLiteral("run %1 belongs to %2").arg(m_retryOf).arg(run->integrationId) : run.error().detail());
    }
    auto failed = history.items(m_retryOf, true);
    if (!failed) {
        return failed.error();
    }
    RunContext::RetryScope scope;
    scope.runId = m_retryOf;
    for (const SyncItem &item : failed.value()) {
        if (item.outcome != ItemOutcome::Failed) {
            continue;
        }
        if (item.localId != 0) {
            scope.local[item.entity].insert(item.localId);
        }
        if (!item.remoteId.isEmpty()) {
            scope.remote[item.entity].insert(item.remoteId);
        }
    }
    return scope;
}

void SyncRunner::nextStep()
{
    if (m_cancelled.load()) {
        finish(RunResult::Cancelled, tr("The sync was cancelled. What was sent so far is kept."));
        return;
    }
    if (m_next >= m_steps.size()) {
        const RunCounts &c = m_context->counts;
        if (c.failed > 0) {
            finish(RunResult::PartlyFailed,
                tr("%n record(s) could not be synced; see History for the reasons.", nullptr, c.failed));
        } else {
            finish(RunResult::Succeeded, tr("Sync finished: %1 created, %2 updated.").arg(c.created).arg(c.updated));
        }
        return;
    }
    if (m_lock) {
        if (Status beat = m_lock->heartbeat(); !beat) {
            finish(RunResult::Failed, beat.error().userMessage(), beat.error().detail());
            return;
        }
    }
    SyncStep *step = m_steps.at(m_next++).get();
    m_context->progress(step->phase(), 0, 0);
    qCInfo(lcSync) << "run" << m_context->runId << "phase" << step->phase();
    step->run([this, step](const Status &status) {
        if (!status) {
            qCWarning(lcSync) << "run" << m_context->runId << "stopped in" << step->phase()
                              << status.error().toString();
            if (status.error().kind() == Error::Kind::Auth) {
                m_authProblem = true;
                IntegrationRepository(m_database, m_clock)
                    .setState(m_integrationId, IntegrationState::NeedsReauthorisation);
            }
            finish(RunResult::Failed, status.error().userMessage(), status.error().detail());
            return;
        }
        nextStep();
    });
}

void SyncRunner::finish(RunResult result, const QString &message, const QString &detail)
{
    if (m_done) {
        return;
    }
    m_done = true;
    RunSummary summary;
    summary.integrationId = m_integrationId;
    summary.result = result;
    summary.message = message;
    summary.detail = detail;
    if (m_context) {
        summary.runId = m_context->runId;
        summary.counts = m_context->counts;
        HistoryRepository(m_database, m_clock).finishRun(summary.runId, result, summary.counts, message, detail);
        if (result == RunResult::Succeeded || result == RunResult::PartlyFailed) {
            IntegrationRepository(m_database, m_clock)
                .recordSuccessfulPoll(
                    m_integrationId, m_clock.now().toUTC().addSecs(qint64(m_context->settings.pollMinutes) * 60));
            if (m_context->full && !m_context->retry) {
                // The Scheduler asks for the next full pass full_reconcile_hours after this one.
                if (Status recorded = m_context->state.recordFullRun(m_integrationId, m_clock.now().toUTC());
                    !recorded) {
                    qCWarning(lcSync) << "could not record the full run:" << recorded.error().toString();
                }
            }
        }
        notify(summary, m_authProblem);
    }
    if (m_lock) {
        m_lock->release();
        m_lock.reset();
    }
    qCInfo(lcSync) << "run" << summary.runId << "finished" << HistoryRepository::resultText(result) << "created"
                   << summary.counts.created << "updated" << summary.counts.updated << "failed"
                   << summary.counts.failed;
    // Deliver from the event loop: the caller may delete this runner in its handler.
    QMetaObject::invokeMethod(
        this, [this, summary]() { m_finished(summary); }, Qt::QueuedConnection);
}

void SyncRunner::notify(const RunSummary &summary, bool sticky)
{
    Notification n;
    n.integrationId = summary.integrationId;
    n.runId = summary.runId;
    n.sticky = sticky;
    switch (summary.result) {
    case RunResult::Succeeded:
        n.severity = NotificationSeverity::Info;
        n.title = tr("Sync finished");
        break;
    case RunResult::PartlyFailed:
        n.severity = NotificationSeverity::Warning;
        n.title = tr("Sync finished with problems");
        break;
    case RunResult::Failed:
        n.severity = NotificationSeverity::Error;
        n.title = tr("Sync failed");
        break;
    case RunResult::Cancelled:
    case RunResult::Running:
        return;
    }
    n.message = summary.message;
    NotificationRepository(m_database, m_clock).add(n);
}

} // namespace Ledgerlink

#include "syncengine.h"

#include "logging.h"
#include "providers/accesstokensource.h"
#include "providers/keychaintokensource.h"
#include "providers/providerclient.h"
#include "providers/providerclientfactory.h"
#include "store/database.h"
#include "store/integrationrepository.h"
#include "sync/syncpreviewbuilder.h"
#include "sync/syncrunner.h"

#include <QNetworkAccessManager>

namespace Ledgerlink {

SyncEngine::SyncEngine(Config config)
    : m_config(std::move(config))
{ }

SyncEngine::~SyncEngine()
{
    // The runner and clients hold references into the store: they go before it.
    m_runner.reset();
    m_connections.clear();
    m_database.reset();
}

void SyncEngine::registerMetaTypes()
{
    qRegisterMetaType<Ledgerlink::RunProgress>();
    qRegisterMetaType<Ledgerlink::RecordFailure>();
    qRegisterMetaType<Ledgerlink::RunSummary>();
    qRegisterMetaType<Ledgerlink::SyncPreview>();
}

void SyncEngine::initialise()
{
    if (m_database) {
        Q_EMIT initialised(true, {});
        return;
    }
    DatabaseOpenOptions options;
    options.createIfMissing = false;
    auto database = Database::open(m_config.location, m_config.databasePassword, options);
    if (!database) {
        qCWarning(lcSync) << "sync worker could not open the store:" << database.error().toString();
        Q_EMIT initialised(false, database.error().userMessage());
        return;
    }
    m_database = std::move(database).value();
    m_network = new QNetworkAccessManager(this);
    Q_EMIT initialised(true, {});
}

void SyncEngine::startRun(const QString &integrationId, const QString &trigger, bool full)
{
    enqueue({ integrationId, trigger, full, 0 });
}

void SyncEngine::retryFailed(const QString &integrationId, qint64 runId)
{
    enqueue({ integrationId, QStringLiteral("retry"), false, runId });
}

void SyncEngine::enqueue(const Request &request)
{
    for (Request &r : m_queue) {
        // A retry only touches its run's records: it is never folded into a normal run.
        if (r.integrationId == request.integrationId && r.retryOf == request.retryOf) {
            r.full = r.full || request.full; // coalesced with the one already waiting
            return;
        }
    }
    m_queue.append(request);
    startNext();
}

void SyncEngine::refuse(const QString &integrationId, const QString &message, const QString &detail)
{
    RunSummary summary;
    summary.integrationId = integrationId;
    summary.result = RunResult::Failed;
    summary.message = message;
    summary.detail = detail;
    Q_EMIT runFinished(summary);
}

Result<ProviderClient *> SyncEngine::clientFor(const Integration &integration)
{
    auto it = m_connections.find(integration.id);
    if (it != m_connections.end()) {
        return it->second.client.get();
    }
    Connection connection;
    if (m_config.tokenSources) {
        connection.tokens = m_config.tokenSources(integration, m_network, *m_database);
    } else {
        connection.tokens = std::make_unique<KeychainTokenSource>(
            integration, m_config.sandboxBase, *m_database, m_network, *m_config.clock);
    }
    if (!connection.tokens) {
        return Error(Error::Kind::Auth,
            tr("Ledgerlink has no authorisation for this integration on this computer. Authorise it again."));
    }
    if (m_config.clients) {
        connection.client = m_config.clients(integration, m_network, connection.tokens.get());
    } else {
        ProviderClientFactory::Options options;
        options.sandboxBase = m_config.sandboxBase;
        options.pacing = m_config.pacing;
        auto created =
            ProviderClientFactory::create(integration, m_network, connection.tokens.get(), *m_config.clock, options);
        if (!created) {
            return created.error();
        }
        connection.client = std::move(created).value();
    }
    if (!connection.client) {
        return Error(Error::Kind::Config,
            tr("Syncing with %1 is not available in this version of Ledgerlink yet.").arg(integration.provider));
    }
    ProviderClient *client = connection.client.get();
    const QString id = integration.id;
    connect(client, &ProviderClient::waitingForRateLimit, this,
        [this, id](const QDateTime &until, const QString &reason) { Q_EMIT waitingForRateLimit(id, until, reason); });
    m_connections.emplace(integration.id, std::move(connection));
    return client;
}

void SyncEngine::startNext()
{
    if (m_runner || m_queue.isEmpty()) {
        return;
    }
    const Request request = m_queue.takeFirst();
    if (!m_database) {
        refuse(request.integrationId, tr("The sync worker is not ready: its database connection is not open."));
        return;
    }
    auto integration = IntegrationRepository(*m_database, *m_config.clock).findById(request.integrationId);
    if (!integration) {
        refuse(request.integrationId, integration.error().userMessage(), integration.error().detail());
        startNext();
        return;
    }
    auto client = integration->enabled ? clientFor(integration.value()) : Result<ProviderClient *>(nullptr);
    if (!client) {
        refuse(request.integrationId, client.error().userMessage(), client.error().detail());
        startNext();
        return;
    }
    m_cancel.store(false);
    m_runningIntegration = request.integrationId;
    m_lastPhase.clear();
    RunContext::Observer observer;
    observer.progress = [this](const RunProgress &p) {
        if (p.phase != m_lastPhase) {
            m_lastPhase = p.phase;
            Q_EMIT phaseChanged(p);
        }
        Q_EMIT progressChanged(p);
    };
    observer.recordFailed = [this](const RecordFailure &f) { Q_EMIT recordFailed(f); };
    // A disabled integration gets no client; the runner refuses it before touching the provider.
    ProviderClient *providerClient = client.value();
    if (!providerClient) {
        RunSummary summary;
        summary.integrationId = request.integrationId;
        summary.result = RunResult::Cancelled;
        summary.message = tr("The integration is switched off, so nothing was synced.");
        m_runningIntegration.clear();
        Q_EMIT runFinished(summary);
        startNext();
        return;
    }
    m_runner = std::make_unique<SyncRunner>(*m_database, *m_config.clock, *providerClient, request.integrationId,
        request.trigger, request.full, observer, m_cancel);
    m_runner->setRetryOf(request.retryOf);
    const QString id = request.integrationId;
    m_runner->start([this, id](qint64 runId) { Q_EMIT runStarted(id, runId); },
        [this](const RunSummary &summary) {
            // Called from the runner's own queued call: delete it once that call has returned.
            m_runner.release()->deleteLater();
            m_runningIntegration.clear();
            Q_EMIT runFinished(summary);
            startNext();
        });
}

void SyncEngine::preview(const QString &integrationId)
{
    SyncPreview result;
    result.integrationId = integrationId;
    if (!m_database) {
        result.error = tr("The sync worker is not ready: its database connection is not open.");
    } else {
        result = SyncPreviewBuilder(*m_database, *m_config.clock).build(integrationId);
    }
    Q_EMIT previewReady(result);
}

} // namespace Ledgerlink

#pragma once

#include "clock.h"
#include "providers/requestpacer.h"
#include "store/databaselocation.h"
#include "store/integration.h"
#include "sync/synctypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <atomic>
#include <functional>
#include <map>
#include <memory>

class QNetworkAccessManager;

namespace Ledgerlink {

class AccessTokenSource;
class Database;
class ProviderClient;
class SyncRunner;

/// The sync worker. Created without a parent, moved to the sync thread (SyncThread), and used only
/// through queued invocations of its slots; results leave as signals carrying registered value types.
/// initialise() runs on the worker and opens the worker's own store connection and
/// QNetworkAccessManager: neither ever crosses threads. One run at a time; further requests queue
/// (one per integration: a request for an integration already queued is coalesced).
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    /// Builds the access-token source for an integration, on the worker thread with the worker's
    /// store connection. Composition roots pass MainThreadTokenSources::factory(), which keeps
    /// every keychain job on the GUI thread (QtKeychain is not safe across threads). Without a
    /// factory a KeychainTokenSource runs on the worker: only when nothing else in the process
    /// touches the keychain. Tests pass a ClientCredentialsTokenSource for the sandbox.
    using TokenSourceFactory = std::function<std::unique_ptr<AccessTokenSource>(
        const Integration &integration, QNetworkAccessManager *network, Database &database)>;
    /// Builds the provider client; the default builds XeroClient for "xero" and QboClient for "qbo".
    using ClientFactory = std::function<std::unique_ptr<ProviderClient>(
        const Integration &integration, QNetworkAccessManager *network, AccessTokenSource *tokens)>;

    struct Config
    {
        DatabaseLocation location;
        QString databasePassword;
        Clock *clock = &Clock::system();
        QUrl sandboxBase; ///< empty: the real providers
        TokenSourceFactory tokenSources;
        ClientFactory clients;
        RequestPacer::Options pacing;
    };

    explicit SyncEngine(Config config);
    ~SyncEngine() override;

    static void registerMetaTypes();

    /// Thread-safe: the current run stops between records and batches.
    void requestCancel() { m_cancel.store(true); }

public Q_SLOTS:
    void initialise();
    void startRun(const QString &integrationId, const QString &trigger, bool full);
    /// A new run (trigger "retry") that re-attempts only the records that failed in run `runId`,
    /// with the normal rules: a record fixed locally since goes in its current form.
    void retryFailed(const QString &integrationId, qint64 runId);
    /// What a run would send, and what would be refused, without sending anything.
    void preview(const QString &integrationId);

Q_SIGNALS:
    void initialised(bool ok, const QString &message);
    void runStarted(const QString &integrationId, qint64 runId);
    void phaseChanged(const Ledgerlink::RunProgress &progress);
    void progressChanged(const Ledgerlink::RunProgress &progress);
    void waitingForRateLimit(const QString &integrationId, const QDateTime &until, const QString &reason);
    void recordFailed(const Ledgerlink::RecordFailure &failure);
    void runFinished(const Ledgerlink::RunSummary &summary);
    void previewReady(const Ledgerlink::SyncPreview &preview);

private:
    struct Request
    {
        QString integrationId;
        QString trigger;
        bool full = false;
        qint64 retryOf = 0; ///< a retry of this run's failed records
    };
    struct Connection
    {
        std::unique_ptr<AccessTokenSource> tokens;
        std::unique_ptr<ProviderClient> client;
    };

    void enqueue(const Request &request);
    void startNext();
    Result<ProviderClient *> clientFor(const Integration &integration);
    void refuse(const QString &integrationId, const QString &message, const QString &detail = {});

    Config m_config;
    std::unique_ptr<Database> m_database;
    QNetworkAccessManager *m_network = nullptr;
    std::map<QString, Connection> m_connections; // QHash needs copyable values
    QList<Request> m_queue;
    std::unique_ptr<SyncRunner> m_runner;
    QString m_runningIntegration;
    QString m_lastPhase;
    std::atomic_bool m_cancel { false };
};

} // namespace Ledgerlink

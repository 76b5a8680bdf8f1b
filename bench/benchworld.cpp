#include "benchworld.h"

#include "auth/providerendpoints.h"
#include "localrecords.h"
#include "providers/clientcredentialstokensource.h"
#include "providers/xeroclient.h"
#include "sandboxdata.h"
#include "store/customerrepository.h"
#include "store/integrationrepository.h"
#include "store/invoicerepository.h"
#include "store/taxtyperepository.h"
#include "sync/syncengine.h"
#include "syncwaiter.h"

#include <QElapsedTimer>
#include <QTest>

#include <optional>

namespace Ledgerlink {

const QString &BenchWorld::clientId()
{
    static const QString id = QStringLiteral("LEDGERLINK-XERO-CUSTOM");
    return id;
}

const QString &BenchWorld::clientSecret()
{
    // The sandbox's published demo custom connection (docs/sandbox.md), not a real secret.
    static const QString secret = QStringLiteral("xero-custom-secret-0123456789abcdef");
    return secret;
}

BenchWorld::BenchWorld()
    : m_network(std::make_shared<QAtomicPointer<RecordingNetwork>>(nullptr))
{ }

BenchWorld::~BenchWorld()
{
    m_sync.reset();
    m_database.reset();
    m_client.reset();
    m_server.reset();
}

QList<RecordedRequest> BenchWorld::takeRecorded()
{
    RecordingNetwork *network = m_network->loadAcquire();
    return network ? network->takeRecorded() : QList<RecordedRequest>();
}

bool BenchWorld::setUp(QString *error)
{
    if (!m_profile.isValid()) {
        *error = QStringLiteral("no temporary profile");
        return false;
    }
    QString sandboxUrl = m_externalSandbox;
    if (sandboxUrl.isEmpty()) {
        m_server = std::make_unique<SandboxServer>();
        if (m_server->listen() == 0) {
            *error = QStringLiteral("sandbox did not listen");
            return false;
        }
        sandboxUrl = m_server->baseUrl();
    }
    m_client = std::make_unique<SandboxTestClient>(sandboxUrl);
    const DatabaseLocation location = DatabaseLocation::sqliteFile(m_profile.filePath(QStringLiteral("store.db")));
    auto db = Database::open(location);
    if (!db) {
        *error = db.error().toString();
        return false;
    }
    m_database = std::move(db).value();

    Integration integration;
    integration.provider = QStringLiteral("xero");
    integration.appType = QStringLiteral("custom_connection");
    integration.clientId = clientId();
    integration.tenantId = SandboxData::demoTenantId(QStringLiteral("xero"), 0);
    integration.tenantName = QStringLiteral("Demo organisation");
    integration.state = IntegrationState::Active;
    integration.enabled = true;
    auto stored = IntegrationRepository(*m_database, Clock::system()).insert(integration);
    if (!stored) {
        *error = stored.error().toString();
        return false;
    }
    m_integration = stored.value();

    SyncEngine::Config config;
    config.location = location;
    config.sandboxBase = QUrl(sandboxUrl);
    config.pacing.timeoutMs = 60000;
    const QUrl base = config.sandboxBase;
    const auto holder = m_network;
    // Both factories run on the sync thread; the recording network is created there (child of the
    // engine's own network) and used for the token and the API requests alike.
    const bool keepBodies = m_recordBodies;
    auto recordingFor = [holder, keepBodies](QNetworkAccessManager *engineNetwork) {
        RecordingNetwork *network = holder->loadAcquire();
        if (!network) {
            network = new RecordingNetwork(engineNetwork);
            network->setKeepBodies(keepBodies);
            holder->storeRelease(network);
        }
        return network;
    };
    config.tokenSources = [base, recordingFor](const Integration &i, QNetworkAccessManager *network, Database &) {
        using E = ProviderEndpoints::Entity;
        const auto scopes = ProviderEndpoints::scopes(ProviderEndpoints::Provider::Xero,
            E::Customers | E::Invoices | E::Payments | E::Items | E::TaxRates | E::Accounts, true);
        return std::unique_ptr<AccessTokenSource>(new ClientCredentialsTokenSource(recordingFor(network),
            ProviderEndpoints::forProvider(ProviderEndpoints::Provider::Xero, base), i.clientId, clientSecret(), scopes,
            Clock::system()));
    };
    const RequestPacer::Options pacing = config.pacing;
    config.clients = [base, pacing, recordingFor](
                         const Integration &i, QNetworkAccessManager *network, AccessTokenSource *tokens) {
        XeroClient::Config xero;
        xero.apiBaseUrl = ProviderEndpoints::forProvider(ProviderEndpoints::Provider::Xero, base).apiBaseUrl;
        xero.tenantId = i.tenantId;
        xero.pacing = pacing;
        return std::unique_ptr<ProviderClient>(new XeroClient(recordingFor(network), tokens, xero, Clock::system()));
    };
    m_sync = std::make_unique<SyncThread>(config);
    if (!SyncWaiter::start(*m_sync)) {
        *error = QStringLiteral("sync engine did not start");
        return false;
    }
    return true;
}

bool BenchWorld::runSync(RunSummary *summary, qint64 *elapsedMs, int timeoutMs)
{
    std::optional<RunSummary> result;
    QObject context;
    QObject::connect(
        m_sync->engine(), &SyncEngine::runFinished, &context, [&result](const RunSummary &s) { result = s; },
        Qt::QueuedConnection);
    QElapsedTimer timer;
    timer.start();
    m_sync->requestRun(m_integration.id, QStringLiteral("bench"), false);
    const bool done = QTest::qWaitFor([&result]() { return result.has_value(); }, timeoutMs);
    *elapsedMs = timer.elapsed();
    if (done) {
        *summary = *result;
    }
    return done;
}

bool BenchWorld::addCustomersAndInvoices(int count, QString *error)
{
    const qint64 taxType = LocalRecords(*m_database).taxTypeId(QStringLiteral("OUTPUT2"));
    if (taxType == 0) {
        *error = QStringLiteral("tax type OUTPUT2 did not arrive from the sandbox");
        return false;
    }
    CustomerRepository customers(*m_database, Clock::system());
    InvoiceRepository invoices(*m_database, Clock::system());
    for (int n = 1; n <= count; ++n) {
        Customer c;
        c.name = QStringLiteral("Bench Customer %1").arg(n);
        c.email = QStringLiteral("customer%1@bench.example.org").arg(n);
        auto customer = customers.insert(c);
        if (!customer) {
            *error = customer.error().toString();
            return false;
        }
        Invoice inv;
        inv.number = QStringLiteral("BENCH-%1").arg(n, 6, 10, QLatin1Char('0'));
        inv.customerId = customer->id;
        inv.issueDate = QDate::currentDate();
        inv.dueDate = inv.issueDate.addDays(30);
        inv.currency = QStringLiteral("NZD");
        InvoiceLine line;
        line.description = QStringLiteral("Consulting");
        line.quantityE4 = 20000;
        line.unitPriceMinor = 1000 + n;
        line.taxTypeId = taxType;
        inv.lines << line;
        auto stored = invoices.insert(inv);
        if (!stored || !invoices.setStatus(stored->id, InvoiceStatus::PendingPayment)) {
            *error = stored ? QStringLiteral("status change refused") : stored.error().toString();
            return false;
        }
    }
    return true;
}

} // namespace Ledgerlink

#include "tst_syncfixture.h"

#include "auth/providerendpoints.h"
#include "localrecords.h"
#include "providers/clientcredentialstokensource.h"
#include "providers/mainthreadtokensources.h"
#include "sandboxdata.h"
#include "store/customerrepository.h"
#include "store/integrationrepository.h"
#include "store/invoicerepository.h"
#include "store/taxtyperepository.h"
#include "sync/syncengine.h"
#include "syncwaiter.h"

#include <QTest>

#include <optional>

namespace Ledgerlink {

namespace {
const QString kCustomClient = QStringLiteral("LEDGERLINK-XERO-CUSTOM");
const QString kCustomSecret = QStringLiteral("xero-custom-secret-0123456789abcdef");
} // namespace

SyncFixture::SyncFixture() = default;

SyncFixture::~SyncFixture()
{
    m_sync.reset();
    m_tokenSources.reset();
    m_tokenNetwork.reset();
    m_database.reset();
    m_client.reset();
    m_server.reset();
}

QString SyncFixture::tenant() const
{
    return SandboxData::demoTenantId(QStringLiteral("xero"), 0);
}

bool SyncFixture::setUp(const QJsonObject &settings, bool enabled)
{
    if (!m_profile.isValid()) {
        qWarning("no temporary profile");
        return false;
    }
    m_server = std::make_unique<SandboxServer>();
    if (m_server->listen() == 0) {
        qWarning("sandbox did not listen");
        return false;
    }
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    const DatabaseLocation location = DatabaseLocation::sqliteFile(m_profile.filePath(QStringLiteral("store.db")));
    auto db = Database::open(location);
    if (!db) {
        qWarning("%s", qPrintable(db.error().toString()));
        return false;
    }
    m_database = std::move(db).value();

    Integration integration;
    integration.provider = QStringLiteral("xero");
    integration.appType = QStringLiteral("custom_connection");
    integration.clientId = kCustomClient;
    integration.tenantId = tenant();
    integration.tenantName = QStringLiteral("Demo organisation");
    integration.state = enabled ? IntegrationState::Active : IntegrationState::NotEnabled;
    integration.enabled = enabled;
    integration.settings = settings;
    auto stored = IntegrationRepository(*m_database, Clock::system()).insert(integration);
    if (!stored) {
        qWarning("%s", qPrintable(stored.error().toString()));
        return false;
    }
    m_integration = stored.value();

    SyncEngine::Config config;
    config.location = location;
    config.sandboxBase = QUrl(m_server->baseUrl());
    config.pacing.baseBackoffMs = 40;
    config.pacing.maxBackoffMs = 200;
    config.pacing.timeoutMs = m_timeoutMs;
    const QUrl base = config.sandboxBase;
    if (m_keychainTokens) {
        // The production path, with every keychain access on this thread.
        m_tokenNetwork = std::make_unique<QNetworkAccessManager>();
        m_tokenSources = std::make_unique<MainThreadTokenSources>(*m_database, m_tokenNetwork.get(), base);
        config.tokenSources = m_tokenSources->factory();
    } else {
        config.tokenSources = [base](const Integration &i, QNetworkAccessManager *network, Database &) {
            using E = ProviderEndpoints::Entity;
            const auto scopes = ProviderEndpoints::scopes(ProviderEndpoints::Provider::Xero,
                E::Customers | E::Invoices | E::Payments | E::Items | E::TaxRates | E::Accounts, true);
            return std::unique_ptr<AccessTokenSource>(new ClientCredentialsTokenSource(network,
                ProviderEndpoints::forProvider(ProviderEndpoints::Provider::Xero, base), i.clientId, kCustomSecret,
                scopes, Clock::system()));
        };
    }
    m_sync = std::make_unique<SyncThread>(config);
    return SyncWaiter::start(*m_sync);
}

RunSummary SyncFixture::runSync(bool full, int timeoutMs)
{
    return SyncWaiter::run(*m_sync, m_integration.id, full, timeoutMs);
}

QString SyncFixture::xeroToken()
{
    if (m_token.isEmpty()) {
        m_token = m_client->xeroConnect().value(QStringLiteral("access_token")).toString();
    }
    return m_token;
}

QJsonArray SyncFixture::remote(const QString &entity)
{
    QString path = entity;
    if (entity == QLatin1String("Contacts")) {
        path += QStringLiteral("?includeArchived=true");
    }
    return m_client->xeroGet(xeroToken(), path).json().value(entity).toArray();
}

HttpResult SyncFixture::xeroPut(const QString &entity, const QJsonObject &record)
{
    return m_client->xeroWrite("PUT", xeroToken(), entity, QJsonObject { { entity, QJsonArray { record } } });
}

QJsonObject SyncFixture::stats()
{
    return m_client->get(QStringLiteral("/_sandbox/stats")).json();
}

void SyncFixture::resetStats()
{
    m_client->send("DELETE", QStringLiteral("/_sandbox/stats"));
}

int SyncFixture::requests(const QString &method)
{
    return stats().value(QStringLiteral("by_method")).toObject().value(method).toInt();
}

Customer SyncFixture::addCustomer(const QString &name, const QString &email, const QString &account)
{
    return LocalRecords(*m_database).addCustomer(name, email, account);
}

qint64 SyncFixture::taxTypeId(const QString &code)
{
    return LocalRecords(*m_database).taxTypeId(code);
}

Invoice SyncFixture::addInvoice(qint64 customerId, const QString &number, qint64 unitPriceMinor)
{
    return LocalRecords(*m_database)
        .addInvoice(customerId, number, unitPriceMinor, QStringLiteral("NZD"), QStringLiteral("OUTPUT2"));
}

} // namespace Ledgerlink

#include "providerclientfactory.h"

#include "auth/providerendpoints.h"
#include "providers/myobclient.h"
#include "providers/qboclient.h"
#include "providers/sageclient.h"
#include "providers/xeroclient.h"

namespace Ledgerlink {

Result<std::unique_ptr<ProviderClient>> ProviderClientFactory::create(const Integration &integration,
    QNetworkAccessManager *network, AccessTokenSource *tokens, const Clock &clock, const Options &options)
{
    if (integration.provider == QLatin1String("xero")) {
        XeroClient::Config config;
        config.apiBaseUrl =
            ProviderEndpoints::forProvider(ProviderEndpoints::Provider::Xero, options.sandboxBase).apiBaseUrl;
        config.tenantId = integration.tenantId;
        config.pacing = options.pacing;
        return std::unique_ptr<ProviderClient>(std::make_unique<XeroClient>(network, tokens, config, clock));
    }
    if (integration.provider == QLatin1String("qbo")) {
        QboClient::Config config;
        config.apiBaseUrl =
            ProviderEndpoints::forProvider(ProviderEndpoints::Provider::Qbo, options.sandboxBase).apiBaseUrl;
        config.realmId = integration.tenantId;
        config.pacing = options.pacing;
        return std::unique_ptr<ProviderClient>(std::make_unique<QboClient>(network, tokens, config, clock));
    }
    if (integration.provider == QLatin1String("sage")) {
        SageClient::Config config;
        config.apiBaseUrl =
            ProviderEndpoints::forProvider(ProviderEndpoints::Provider::Sage, options.sandboxBase).apiBaseUrl;
        config.businessId = integration.tenantId;
        config.pacing = options.pacing;
        return std::unique_ptr<ProviderClient>(std::make_unique<SageClient>(network, tokens, config, clock));
    }
    if (integration.provider == QLatin1String("myob")) {
        MyobClient::Config config;
        config.apiBaseUrl =
            ProviderEndpoints::forProvider(ProviderEndpoints::Provider::Myob, options.sandboxBase).apiBaseUrl;
        config.businessId = integration.tenantId;
        config.apiKey = integration.clientId;
        config.pacing = options.pacing;
        return std::unique_ptr<ProviderClient>(std::make_unique<MyobClient>(network, tokens, config, clock));
    }
    return Error(Error::Kind::Config,
        tr("Syncing with %1 is not available in this version of Ledgerlink yet.").arg(integration.provider));
}

} // namespace Ledgerlink

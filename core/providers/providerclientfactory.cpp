#include "providerclientfactory.h"

#include "auth/providerendpoints.h"
#include "providers/qboclient.h"
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
    return Error(Error::Kind::Config,
        tr("Syncing with %1 is not available in this version of Ledgerlink yet.").arg(integration.provider));
}

} // namespace Ledgerlink

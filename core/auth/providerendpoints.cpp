#include "providerendpoints.h"

#include <QUrlQuery>

namespace Ledgerlink {

namespace {

struct HostPrefix
{
    const char *host;
    const char *prefix;
};

// Every real host and the ledgerlink-sandbox prefix that imitates it.
constexpr HostPrefix SandboxPrefixes[] = {
    { "login.xero.com", "/xero/login" },
    { "identity.xero.com", "/xero/identity" },
    { "api.xero.com", "/xero/api" },
    { "appcenter.intuit.com", "/qbo/appcenter" },
    { "oauth.platform.intuit.com", "/qbo/oauth" },
    { "developer.api.intuit.com", "/qbo/developer" },
    { "quickbooks.api.intuit.com", "/qbo/api" },
    { "www.sageone.com", "/sage/auth" },
    { "oauth.accounting.sage.com", "/sage/oauth" },
    { "api.accounting.sage.com", "/sage/api" },
    { "secure.myob.com", "/myob/secure" },
    { "api.myob.com", "/myob/api" },
};

QUrl url(const char *text)
{
    return QUrl(QString::fromLatin1(text));
}

ProviderEndpoints realEndpoints(ProviderEndpoints::Provider provider)
{
    ProviderEndpoints e;
    e.provider = provider;
    switch (provider) {
    case ProviderEndpoints::Provider::Xero:
        e.authorizeUrl = url("https://login.xero.com/identity/connect/authorize");
        e.tokenUrl = url("https://identity.xero.com/connect/token");
        e.revokeUrl = url("https://identity.xero.com/connect/revocation");
        e.organisationsUrl = url("https://api.xero.com/connections");
        e.apiBaseUrl = url("https://api.xero.com/api.xro/2.0");
        e.basicAuthForToken = true;
        break;
    case ProviderEndpoints::Provider::Qbo:
        e.authorizeUrl = url("https://appcenter.intuit.com/connect/oauth2");
        e.tokenUrl = url("https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer");
        e.revokeUrl = url("https://developer.api.intuit.com/v2/oauth2/tokens/revoke");
        e.apiBaseUrl = url("https://quickbooks.api.intuit.com/v3/company");
        e.basicAuthForToken = true;
        break;
    case ProviderEndpoints::Provider::Sage:
        e.authorizeUrl = url("https://www.sageone.com/oauth2/auth/central?filter=apiv3.1");
        e.tokenUrl = url("https://oauth.accounting.sage.com/token");
        e.revokeUrl = url("https://oauth.accounting.sage.com/revoke");
        e.organisationsUrl = url("https://api.accounting.sage.com/v3.1/businesses");
        e.apiBaseUrl = url("https://api.accounting.sage.com/v3.1");
        e.basicAuthForToken = false;
        break;
    case ProviderEndpoints::Provider::Myob:
        e.authorizeUrl = url("https://secure.myob.com/oauth2/account/authorize");
        e.tokenUrl = url("https://secure.myob.com/oauth2/v1/authorize");
        e.apiBaseUrl = url("https://api.myob.com/accountright");
        e.basicAuthForToken = false;
        break;
    }
    return e;
}

} // namespace

QUrl ProviderEndpoints::sandboxUrl(const QUrl &real, const QUrl &sandboxBase)
{
    if (real.isEmpty() || !sandboxBase.isValid() || sandboxBase.isEmpty()) {
        return real;
    }
    for (const HostPrefix &entry : SandboxPrefixes) {
        if (real.host().compare(QLatin1String(entry.host), Qt::CaseInsensitive) != 0) {
            continue;
        }
        QUrl rewritten = sandboxBase;
        QString basePath = sandboxBase.path();
        while (basePath.endsWith(QLatin1Char('/'))) {
            basePath.chop(1);
        }
        rewritten.setPath(basePath + QLatin1String(entry.prefix) + real.path());
        rewritten.setQuery(real.query(QUrl::FullyEncoded), QUrl::StrictMode);
        return rewritten;
    }
    return real;
}

ProviderEndpoints ProviderEndpoints::forProvider(Provider provider, const QUrl &sandboxBase)
{
    ProviderEndpoints e = realEndpoints(provider);
    if (sandboxBase.isValid() && !sandboxBase.isEmpty()) {
        for (QUrl *u : { &e.authorizeUrl, &e.tokenUrl, &e.revokeUrl, &e.organisationsUrl, &e.apiBaseUrl }) {
            *u = sandboxUrl(*u, sandboxBase);
        }
    }
    return e;
}

QStringList ProviderEndpoints::scopes(Provider provider, Entities entities, bool customConnection)
{
    QStringList result;
    auto add = [&result](const char *scope) {
        const QString s = QString::fromLatin1(scope);
        if (!result.contains(s)) {
            result.append(s);
        }
    };
    switch (provider) {
    case Provider::Xero:
        // Granular scopes only: apps created after 2 March 2026 are refused the broad
        // accounting.transactions. Invoices reference contacts, tax rates and accounts; payments
        // reference invoices and a bank account (accounting.settings).
        if (entities & Entity::Customers) {
            add("accounting.contacts");
        }
        if (entities & Entity::Invoices) {
            add("accounting.contacts");
            add("accounting.settings");
            add("accounting.invoices");
        }
        if (entities & Entity::Payments) {
            add("accounting.settings");
            add("accounting.invoices");
            add("accounting.payments");
        }
        if (entities & (Entity::Items | Entity::TaxRates | Entity::Accounts)) {
            add("accounting.settings");
        }
        if (!customConnection) {
            add("offline_access");
        }
        break;
    case Provider::Qbo:
        add("com.intuit.quickbooks.accounting");
        break;
    case Provider::Sage:
        // Sage offers only full_access or readonly; Ledgerlink writes.
        add("full_access");
        break;
    case Provider::Myob:
        // MYOB's scope names are only partly documented (PROVIDERS.md: "sme-..."): company file
        // access plus the areas of the enabled entities.
        add("sme-company-file");
        if (entities & Entity::Customers) {
            add("sme-contacts-customer");
        }
        if (entities & (Entity::Invoices | Entity::Payments)) {
            add("sme-sales");
        }
        if (entities & Entity::Items) {
            add("sme-inventory");
        }
        if (entities & (Entity::TaxRates | Entity::Accounts | Entity::Invoices)) {
            add("sme-general-ledger");
        }
        break;
    }
    return result;
}

QString ProviderEndpoints::key(Provider provider)
{
    switch (provider) {
    case Provider::Xero:
        return QStringLiteral("xero");
    case Provider::Qbo:
        return QStringLiteral("qbo");
    case Provider::Sage:
        return QStringLiteral("sage");
    case Provider::Myob:
        return QStringLiteral("myob");
    }
    return {};
}

std::optional<ProviderEndpoints::Provider> ProviderEndpoints::fromKey(const QString &key)
{
    for (Provider p : { Provider::Xero, Provider::Qbo, Provider::Sage, Provider::Myob }) {
        if (key.compare(ProviderEndpoints::key(p), Qt::CaseInsensitive) == 0) {
            return p;
        }
    }
    return std::nullopt;
}

QString ProviderEndpoints::displayName(Provider provider)
{
    switch (provider) {
    case Provider::Xero:
        return QStringLiteral("Xero");
    case Provider::Qbo:
        return QStringLiteral("QuickBooks Online");
    case Provider::Sage:
        return QStringLiteral("Sage Business Cloud Accounting");
    case Provider::Myob:
        return QStringLiteral("MYOB Business");
    }
    return {};
}

} // namespace Ledgerlink

#pragma once

#include <QFlags>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Ledgerlink {

/// Where each provider's OAuth and API endpoints are, and which scopes a set of enabled entities
/// needs (PROVIDERS.md). With a sandbox base URL every real host is rewritten to its prefix on
/// ledgerlink-sandbox (login.xero.com -> BASE/xero/login, ...), path and query kept.
class ProviderEndpoints
{
public:
    enum class Provider { Xero, Qbo, Sage, Myob };
    enum class Entity {
        Customers = 0x1,
        Invoices = 0x2,
        Payments = 0x4,
        Items = 0x8,
        TaxRates = 0x10,
        Accounts = 0x20,
    };
    Q_DECLARE_FLAGS(Entities, Entity)

    /// Real endpoints, or the sandbox's when sandboxBase is valid (e.g. http://127.0.0.1:8080).
    static ProviderEndpoints forProvider(Provider provider, const QUrl &sandboxBase = QUrl());

    /// Minimum scopes for the enabled entities. customConnection: Xero client credentials, which
    /// has no refresh token, so no offline_access.
    static QStringList scopes(Provider provider, Entities entities, bool customConnection = false);

    /// "xero", "qbo", "sage", "myob" (as in the database, the CLI and the sandbox).
    static QString key(Provider provider);
    static std::optional<Provider> fromKey(const QString &key);
    static QString displayName(Provider provider);

    /// The sandbox URL standing in for `real`; `real` itself when the host is not a provider's.
    static QUrl sandboxUrl(const QUrl &real, const QUrl &sandboxBase);

    Provider provider = Provider::Xero;
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QUrl revokeUrl; ///< empty when the provider documents none (MYOB)
    /// Xero GET /connections, Sage GET /businesses; empty where the callback names the company
    /// (QBO realmId, MYOB businessId).
    QUrl organisationsUrl;
    QUrl apiBaseUrl;
    /// Token endpoint authentication: HTTP Basic (Xero web/custom, QBO) or form fields (Sage, MYOB).
    bool basicAuthForToken = true;
};

} // namespace Ledgerlink

Q_DECLARE_OPERATORS_FOR_FLAGS(Ledgerlink::ProviderEndpoints::Entities)

#pragma once

#include "auth/loopbackreplyhandler.h"
#include "auth/providerendpoints.h"
#include "integrationdraft.h" // AppType

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Ledgerlink {

/// Everything one authorisation attempt needs. The secret lives only in memory here; it comes
/// from the keychain or stdin and goes back to the keychain.
struct AuthorizationRequest
{
    ProviderEndpoints::Provider provider = ProviderEndpoints::Provider::Xero;
    AppType appType = AppType::PkceDesktop;
    QString clientId;
    QString clientSecret;
    QStringList scopes;
    /// The registered redirect port; 0 picks a free one (tests only).
    quint16 port = LoopbackReplyHandler::DefaultPort;
    /// ledgerlink-sandbox base URL, empty for the real provider.
    QUrl sandboxBase;
    /// How long to wait for the browser's answer.
    int timeoutMs = 5 * 60 * 1000;
};

/// One organisation (Xero tenant, QBO company, Sage business, MYOB company file) the grant reaches.
struct AuthorizedOrganisation
{
    QString id; ///< tenantId / realmId / business id
    QString name;
    QString connectionId; ///< Xero connection id (for DELETE /connections/{id}), else empty
};

/// What a successful authorisation yields. Tokens stay in memory until written to the keychain.
struct AuthorizationResult
{
    QString accessToken;
    QString refreshToken; ///< empty for client credentials
    QDateTime accessExpiresAt; ///< UTC, from the injected Clock
    QDateTime refreshExpiresAt; ///< UTC when the provider says (QBO, Sage), else invalid
    QStringList grantedScopes;
    QList<AuthorizedOrganisation> organisations;
};

} // namespace Ledgerlink

Q_DECLARE_METATYPE(Ledgerlink::AuthorizationResult)

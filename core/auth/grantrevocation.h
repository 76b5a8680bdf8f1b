#pragma once

#include "auth/authorizationtypes.h"
#include "auth/providerendpoints.h"
#include "error.h"

#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;

namespace Ledgerlink {

class SecretStore;

/// Disconnect: tell the provider, then forget the secrets; local data and links stay.
///
///   Xero with connectionId -> DELETE /connections/{id}   (only this organisation)
///   revokeGrant            -> POST revoke URL: Xero form token=, QBO JSON {"token"}, Sage form
///                             (MYOB documents no revocation: the grant simply is forgotten)
///                          -> SecretStore::removeAll(grantId)
///
/// The keychain entries are removed even when the provider cannot be reached, so the finished()
/// error then only says the provider side may still list Ledgerlink (the admin can remove it
/// there). Ends with exactly one finished().
class GrantRevocation : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        ProviderEndpoints endpoints;
        AppType appType = AppType::PkceDesktop;
        QString clientId;
        QString clientSecret;
        QString refreshToken; ///< revoked when revokeGrant (read it from the keychain first)
        QString accessToken; ///< for Xero DELETE /connections/{id}
        QString connectionId; ///< Xero connection of the organisation being disconnected
        QString grantId; ///< keychain owner whose secrets are removed when revokeGrant
        /// false: other integrations still share the grant - only the connection goes.
        bool revokeGrant = true;
    };

    GrantRevocation(Request request, QNetworkAccessManager *network, SecretStore &secrets, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(const Ledgerlink::Status &status);

private:
    void deleteConnection();
    void revoke();
    void removeSecrets();
    void finish(Status status);
    /// Remembers the first provider-side failure; the remaining steps still run.
    void noteProviderFailure(const QString &step, QNetworkReply *reply);

    Request m_request;
    QNetworkAccessManager *m_network;
    SecretStore &m_secrets;
    QString m_providerFailure;
    bool m_finished = false;
};

} // namespace Ledgerlink

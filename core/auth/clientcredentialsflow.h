#pragma once

#include "auth/providerendpoints.h"
#include "auth/tokenresponse.h"
#include "clock.h"
#include "error.h"

#include <QObject>

class QNetworkAccessManager;

namespace Ledgerlink {

/// Xero custom connection: POST grant_type=client_credentials&scope=... with HTTP Basic client
/// authentication. No browser, no refresh token (a new access token is requested the same way
/// when the 30-minute one expires), one organisation. Qt 6.4 has no flow class for this grant.
/// Ends with exactly one finished().
class ClientCredentialsFlow : public QObject
{
    Q_OBJECT

public:
    ClientCredentialsFlow(QNetworkAccessManager *network, ProviderEndpoints endpoints, QString clientId,
        QString clientSecret, QStringList scopes, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(const Ledgerlink::Result<Ledgerlink::TokenResponse> &result);

private:
    QNetworkAccessManager *m_network;
    ProviderEndpoints m_endpoints;
    QString m_clientId;
    QString m_clientSecret;
    QStringList m_scopes;
    const Clock &m_clock;
};

} // namespace Ledgerlink

Q_DECLARE_METATYPE(Ledgerlink::Result<Ledgerlink::TokenResponse>)

#include "clientcredentialsflow.h"

#include "logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace Ledgerlink {

ClientCredentialsFlow::ClientCredentialsFlow(QNetworkAccessManager *network, ProviderEndpoints endpoints,
    QString clientId, QString clientSecret, QStringList scopes, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoints(std::move(endpoints))
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
    , m_scopes(std::move(scopes))
    , m_clock(clock)
{ }

void ClientCredentialsFlow::start()
{
    QNetworkRequest request(m_endpoints.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    const QByteArray pair = m_clientId.toUtf8() + ':' + m_clientSecret.toUtf8(); // as OAuthNetworkAccessManager
    request.setRawHeader("Authorization", "Basic " + pair.toBase64());
    request.setTransferTimeout(60000);
    const QByteArray body =
        "grant_type=client_credentials&scope=" + QUrl::toPercentEncoding(m_scopes.join(QLatin1Char(' ')));
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        qCInfo(lcAuth) << "Client credentials token request: HTTP" << status;
        emit finished(TokenResponse::fromReply(status, reply->readAll(), reply->errorString(), m_clock.now(),
            ProviderEndpoints::displayName(m_endpoints.provider)));
    });
}

} // namespace Ledgerlink

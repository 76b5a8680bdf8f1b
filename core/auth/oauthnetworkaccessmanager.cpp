#include "oauthnetworkaccessmanager.h"

#include <QNetworkRequest>

namespace Ledgerlink {

OAuthNetworkAccessManager::OAuthNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{ }

void OAuthNetworkAccessManager::setBasicAuth(const QUrl &tokenUrl, const QString &clientId, const QString &clientSecret)
{
    m_tokenUrl = tokenUrl;
    if (clientId.isEmpty()) {
        m_authorization.clear();
        return;
    }
    // base64(id:secret) as Xero and Intuit document it; RFC 6749 2.3.1 would form-encode both first,
    // which these providers do not undo (their ids and secrets are URL-safe anyway).
    const QByteArray pair = clientId.toUtf8() + ':' + clientSecret.toUtf8();
    m_authorization = "Basic " + pair.toBase64();
}

QNetworkReply *OAuthNetworkAccessManager::createRequest(
    Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    if (!m_authorization.isEmpty() && op == PostOperation
        && request.url().adjusted(QUrl::RemoveQuery) == m_tokenUrl.adjusted(QUrl::RemoveQuery)) {
        QNetworkRequest authorized(request);
        authorized.setRawHeader("Authorization", m_authorization);
        authorized.setRawHeader("Accept", "application/json");
        return QNetworkAccessManager::createRequest(op, authorized, outgoingData);
    }
    return QNetworkAccessManager::createRequest(op, request, outgoingData);
}

} // namespace Ledgerlink

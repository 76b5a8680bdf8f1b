#include "grantrevocation.h"

#include "auth/secretstore.h"
#include "logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace Ledgerlink {

GrantRevocation::GrantRevocation(Request request, QNetworkAccessManager *network, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_network(network)
    , m_secrets(secrets)
{ }

void GrantRevocation::start()
{
    // Deferred so that finished() never comes from inside start().
    QTimer::singleShot(0, this, [this] { deleteConnection(); });
}

void GrantRevocation::noteProviderFailure(const QString &step, QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCWarning(lcAuth) << "Disconnect:" << step << "failed: HTTP" << status << reply->error();
    if (m_providerFailure.isEmpty()) {
        m_providerFailure = QStringLiteral("%1: HTTP %2 %3").arg(step).arg(status).arg(reply->errorString());
    }
}

void GrantRevocation::deleteConnection()
{
    const bool xero = m_request.endpoints.provider == ProviderEndpoints::Provider::Xero;
    if (!xero || m_request.connectionId.isEmpty() || m_request.accessToken.isEmpty()) {
        revoke();
        return;
    }
    QUrl url = m_request.endpoints.organisationsUrl;
    url.setPath(url.path() + QLatin1Char('/') + m_request.connectionId);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_request.accessToken.toUtf8());
    request.setTransferTimeout(60000);
    QNetworkReply *reply = m_network->deleteResource(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // 404: the organisation is already gone, which is what we want.
        if (status != 204 && status != 200 && status != 404) {
            noteProviderFailure(QStringLiteral("DELETE connection"), reply);
        }
        revoke();
    });
}

void GrantRevocation::revoke()
{
    const ProviderEndpoints &endpoints = m_request.endpoints;
    if (!m_request.revokeGrant) {
        finish(m_providerFailure.isEmpty() ? Status()
                                           : Status(Error(Error::Kind::Retryable,
                                               tr("Ledgerlink could not tell %1 to remove this organisation's "
                                                  "connection. Remove Ledgerlink in %1's connected apps "
                                                  "settings if it is still listed.")
                                                   .arg(ProviderEndpoints::displayName(endpoints.provider)),
                                               m_providerFailure)));
        return;
    }
    if (endpoints.revokeUrl.isEmpty() || m_request.refreshToken.isEmpty()) {
        removeSecrets();
        return;
    }
    QNetworkRequest request(endpoints.revokeUrl);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(60000);
    const QByteArray basic =
        "Basic " + QByteArray(m_request.clientId.toUtf8() + ':' + m_request.clientSecret.toUtf8()).toBase64();
    QByteArray body;
    if (endpoints.provider == ProviderEndpoints::Provider::Qbo) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", basic);
        body = QJsonDocument(QJsonObject { { QStringLiteral("token"), m_request.refreshToken } })
                   .toJson(QJsonDocument::Compact);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        body = "token=" + QUrl::toPercentEncoding(m_request.refreshToken);
        if (m_request.appType == AppType::PkceDesktop) {
            body += "&client_id=" + QUrl::toPercentEncoding(m_request.clientId);
        } else if (endpoints.basicAuthForToken) {
            request.setRawHeader("Authorization", basic);
        } else {
            body += "&client_id=" + QUrl::toPercentEncoding(m_request.clientId)
                + "&client_secret=" + QUrl::toPercentEncoding(m_request.clientSecret);
        }
    }
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status < 200 || status >= 300) {
            noteProviderFailure(QStringLiteral("revoke"), reply);
        }
        removeSecrets();
    });
}

void GrantRevocation::removeSecrets()
{
    SecretJob *job = m_secrets.removeAll(m_request.grantId);
    connect(job, &SecretJob::finished, this, [this](const Result<QByteArray> &removed) {
        if (!removed) {
            finish(removed.error());
            return;
        }
        if (!m_providerFailure.isEmpty()) {
            finish(Error(Error::Kind::Retryable,
                tr("Ledgerlink removed its stored credentials but could not tell %1 to revoke the access. "
                   "Remove Ledgerlink in %1's connected apps settings if it is still listed.")
                    .arg(ProviderEndpoints::displayName(m_request.endpoints.provider)),
                m_providerFailure));
            return;
        }
        finish(Status());
    });
}

void GrantRevocation::finish(Status status)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    emit finished(status);
}

} // namespace Ledgerlink

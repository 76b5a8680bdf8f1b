#include "organisationdiscovery.h"

#include "logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace Ledgerlink {

OrganisationDiscovery::OrganisationDiscovery(
    QNetworkAccessManager *network, ProviderEndpoints endpoints, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoints(std::move(endpoints))
{ }

void OrganisationDiscovery::finish(Result<QList<AuthorizedOrganisation>> result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    emit finished(result);
}

void OrganisationDiscovery::start(const QString &accessToken, const QVariantMap &callbackValues)
{
    using Provider = ProviderEndpoints::Provider;
    const Provider provider = m_endpoints.provider;
    if (provider == Provider::Qbo || provider == Provider::Myob) {
        const QString idKey = provider == Provider::Qbo ? QStringLiteral("realmId") : QStringLiteral("businessId");
        AuthorizedOrganisation org;
        org.id = callbackValues.value(idKey).toString();
        org.name = callbackValues.value(QStringLiteral("businessName")).toString();
        Result<QList<AuthorizedOrganisation>> result = QList<AuthorizedOrganisation> { org };
        if (org.id.isEmpty()) {
            result = Error(Error::Kind::Fatal,
                tr("%1 did not say which company was connected. Connect again and choose a company.")
                    .arg(ProviderEndpoints::displayName(provider)),
                QStringLiteral("callback without %1").arg(idKey));
        }
        // Deferred: finished() always comes from the event loop.
        QTimer::singleShot(0, this, [this, result] { finish(result); });
        return;
    }
    fetch(accessToken);
}

void OrganisationDiscovery::fetch(const QString &accessToken)
{
    QNetworkRequest request(m_endpoints.organisationsUrl);
    request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(60000);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            qCWarning(lcAuth) << "Organisation discovery failed: HTTP" << status << reply->error();
            finish(Error(status == 0 ? Error::Kind::Retryable : Error::Kind::Fatal,
                tr("Ledgerlink was authorised but could not list the organisations it may access. "
                   "Check the connection to %1 and try again.")
                    .arg(ProviderEndpoints::displayName(m_endpoints.provider)),
                QStringLiteral("GET %1: HTTP %2 %3")
                    .arg(m_endpoints.organisationsUrl.path())
                    .arg(status)
                    .arg(reply->errorString())));
            return;
        }
        finish(parse(m_endpoints.provider, body));
    });
}

Result<QList<AuthorizedOrganisation>> OrganisationDiscovery::parse(
    ProviderEndpoints::Provider provider, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    QJsonArray items;
    if (doc.isArray()) {
        items = doc.array();
    } else if (doc.isObject()) {
        // Sage pages its lists: {"$items": [...]}.
        items = doc.object().value(QStringLiteral("$items")).toArray();
    }
    QList<AuthorizedOrganisation> result;
    for (const QJsonValue &value : std::as_const(items)) {
        const QJsonObject o = value.toObject();
        AuthorizedOrganisation org;
        if (provider == ProviderEndpoints::Provider::Xero) {
            if (o.value(QStringLiteral("tenantType")).toString(QStringLiteral("ORGANISATION"))
                != QLatin1String("ORGANISATION")) {
                continue; // practice-manager tenants have no accounting API
            }
            org.id = o.value(QStringLiteral("tenantId")).toString();
            org.name = o.value(QStringLiteral("tenantName")).toString();
            org.connectionId = o.value(QStringLiteral("id")).toString();
        } else {
            org.id = o.value(QStringLiteral("id")).toString();
            org.name = o.value(QStringLiteral("name")).toString(o.value(QStringLiteral("displayed_as")).toString());
        }
        if (!org.id.isEmpty()) {
            result.append(org);
        }
    }
    if (result.isEmpty()) {
        return Error(Error::Kind::Fatal,
            tr("The authorisation reaches no organisation. Connect again and select at least one "
               "organisation on the consent page."),
            parseError.error == QJsonParseError::NoError ? QStringLiteral("empty organisation list")
                                                         : parseError.errorString());
    }
    return result;
}

} // namespace Ledgerlink

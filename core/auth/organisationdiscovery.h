#pragma once

#include "auth/authorizationtypes.h"
#include "error.h"

#include <QObject>
#include <QVariantMap>

class QNetworkAccessManager;

namespace Ledgerlink {

/// After consent: which organisations does the new grant reach?
///   Xero: GET /connections (one grant may cover several tenants); Sage: GET /businesses;
///   QBO: realmId from the callback; MYOB: businessId/businessName from the callback.
/// Ends with exactly one finished().
class OrganisationDiscovery : public QObject
{
    Q_OBJECT

public:
    OrganisationDiscovery(QNetworkAccessManager *network, ProviderEndpoints endpoints, QObject *parent = nullptr);

    /// callbackValues: the query of the redirect (may be empty for client credentials).
    void start(const QString &accessToken, const QVariantMap &callbackValues);

Q_SIGNALS:
    void finished(const Ledgerlink::Result<QList<Ledgerlink::AuthorizedOrganisation>> &result);

private:
    void finish(Result<QList<AuthorizedOrganisation>> result);
    void fetch(const QString &accessToken);
    static Result<QList<AuthorizedOrganisation>> parse(ProviderEndpoints::Provider provider, const QByteArray &body);

    QNetworkAccessManager *m_network;
    ProviderEndpoints m_endpoints;
    bool m_finished = false;
};

} // namespace Ledgerlink

Q_DECLARE_METATYPE(Ledgerlink::Result<QList<Ledgerlink::AuthorizedOrganisation>>)

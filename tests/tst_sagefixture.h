#pragma once

#include "providers/accesstokensource.h"
#include "providertestworld.h"
#include "sandboxserver.h"
#include "store/customer.h"
#include "store/database.h"
#include "store/integration.h"
#include "store/invoice.h"
#include "sync/syncthread.h"
#include "sync/synctypes.h"
#include "testprofile.h"
#include "tst_sandboxclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Ledgerlink {

/// A Sage web-app grant for tests (client id and secret in the refresh form).
class SageTestTokenSource : public TestRefreshTokenSource
{
public:
    SageTestTokenSource(
        QNetworkAccessManager *network, const QUrl &sandboxBase, QString accessToken, QString refreshToken);
};

/// One Sage sync test's world, like QboFixture: an in-process SandboxServer over real HTTP with
/// Sage's limits lifted, a store in a temporary profile, one Sage integration on the first demo
/// business authorised through the consent -> code -> token flow, and a SyncThread.
class SageFixture
{
public:
    SageFixture();
    ~SageFixture();

    bool setUp();
    RunSummary runSync(bool full = false, int timeoutMs = 60000);

    Customer addCustomer(const QString &name, const QString &email = {}, const QString &accountNumber = {});
    qint64 taxTypeId(const QString &code);
    /// An invoice (GBP, one line of 2 x unitPrice at GB_STANDARD 20 %), status Draft.
    Invoice addInvoice(qint64 customerId, const QString &number, qint64 unitPriceMinor);

    /// The Sage API as another user of the business sees it (test's own token).
    HttpResult api(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    /// POSTs {"singular": record} to /collection; the new record's id or empty.
    QString create(const QString &collection, const QString &singular, const QJsonObject &record);
    /// Live (not deleted) records of a collection (control API).
    QJsonArray remote(const QString &collection);
    QJsonObject stats();
    void resetStats();
    /// Sage API requests whose "METHOD path" contains `fragment` since the last resetStats().
    int requests(const QString &method, const QString &fragment = {});
    /// The link's remote id of a local record, or empty.
    QString remoteIdOf(const QString &entity, qint64 localId);

    static QString business() { return QStringLiteral("a3f1c0d2e4b64a5f8e7d6c5b4a390001"); }
    static QString clientId() { return QStringLiteral("LEDGERLINK-SAGE-WEB"); }
    static QString clientSecret() { return QStringLiteral("sage-web-secret-0123456789abcdef"); }
    /// Full consent flow for the Sage web app; {access_token, refresh_token, ...}.
    static QJsonObject connect(SandboxTestClient &client);

    SandboxServer &server() { return m_world.server(); }
    SandboxTestClient &client() { return m_world.client(); }
    Database &database() { return m_world.database(); }
    SyncThread &sync() { return m_world.sync(); }
    const Integration &integration() const { return m_world.integration(); }

private:
    ProviderTestWorld m_world;
};

} // namespace Ledgerlink

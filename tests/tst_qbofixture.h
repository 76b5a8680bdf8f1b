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

#include <QJsonObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Ledgerlink {

/// A QBO web-app grant for tests (Basic auth on the refresh request).
class QboTestTokenSource : public TestRefreshTokenSource
{
public:
    QboTestTokenSource(
        QNetworkAccessManager *network, const QUrl &sandboxBase, QString accessToken, QString refreshToken);
};

/// One QBO sync test's world, like SyncFixture for Xero: an in-process SandboxServer over real
/// HTTP with QBO's limits lifted, a store in a temporary profile, one QBO integration on the first
/// demo company authorised through the web app's consent -> code -> token flow, and a SyncThread.
class QboFixture
{
public:
    QboFixture();
    ~QboFixture();

    bool setUp();
    RunSummary runSync(bool full = false, int timeoutMs = 60000);

    Customer addCustomer(const QString &name, const QString &email = {});
    qint64 taxTypeId(const QString &code);
    /// An invoice (USD, one line of 2 x unitPrice at QBO's NON tax code), status Draft.
    Invoice addInvoice(qint64 customerId, const QString &number, qint64 unitPriceMinor);

    /// The QBO API as another user sees it (test's own token).
    HttpResult api(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    /// Records the company has (control API, tombstones included).
    QJsonArray remote(const QString &entity);
    QJsonObject stats();
    void resetStats();
    /// Requests whose "METHOD path" contains `fragment` since the last resetStats().
    int requests(const QString &method, const QString &fragment = {});

    static QString realm() { return QStringLiteral("9341453100000001"); }
    /// Full consent flow for the QBO web app; {access_token, refresh_token, ...}.
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

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

/// A MYOB grant for tests (client id and secret in the refresh form).
class MyobTestTokenSource : public TestRefreshTokenSource
{
public:
    MyobTestTokenSource(
        QNetworkAccessManager *network, const QUrl &sandboxBase, QString accessToken, QString refreshToken);
};

/// One MYOB sync test's world, like QboFixture: an in-process SandboxServer over real HTTP with
/// MYOB's limits lifted, a store in a temporary profile, one MYOB integration on the first demo
/// company file authorised through the consent -> code -> token flow, and a SyncThread.
class MyobFixture
{
public:
    MyobFixture();
    ~MyobFixture();

    /// `startEngine` false: only the sandbox and the grants (client-level tests).
    bool setUp(bool startEngine = true);
    RunSummary runSync(bool full = false, int timeoutMs = 60000);

    Customer addCustomer(const QString &name, const QString &email = {}, const QString &accountNumber = {});
    qint64 taxTypeId(const QString &code);
    /// An invoice (AUD, one line of 2 x unitPrice at MYOB's FRE tax code), status Draft.
    Invoice addInvoice(qint64 customerId, const QString &number, qint64 unitPriceMinor);

    /// The MYOB API as another user sees it (the test's own token), path below the company file.
    HttpResult api(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    /// POSTs through api() and answers the new record's UID (empty on failure).
    QString create(const QString &entity, const QJsonObject &body);
    /// Records the company file has (control API).
    QJsonArray remote(const QString &entity);
    /// The UID of the remote record whose `field` is `value`.
    QString remoteUid(const QString &entity, const QString &field, const QString &value);
    QJsonObject stats();
    void resetStats();
    /// MYOB API requests whose "METHOD path" contains `fragment` since the last resetStats().
    int requests(const QString &method, const QString &fragment = {});

    static QString business() { return QStringLiteral("c1d2e3f4-0000-4000-8000-00000000a001"); }
    static QString clientId() { return QStringLiteral("LEDGERLINK-MYOB-WEB"); }
    /// Full consent flow for the MYOB app; {access_token, refresh_token, ...}.
    static QJsonObject connect(SandboxTestClient &client);

    SandboxServer &server() { return m_world.server(); }
    SandboxTestClient &client() { return m_world.client(); }
    Database &database() { return m_world.database(); }
    SyncThread &sync() { return m_world.sync(); }
    const Integration &integration() const { return m_world.integration(); }
    /// The engine's grant, for a client built by the test itself.
    const QJsonObject &engineGrant() const { return m_world.engineGrant(); }

private:
    ProviderTestWorld m_world;
};

} // namespace Ledgerlink

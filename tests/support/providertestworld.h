#pragma once

#include "../tst_sandboxclient.h"
#include "providers/accesstokensource.h"
#include "sandboxserver.h"
#include "store/database.h"
#include "store/integration.h"
#include "sync/syncthread.h"
#include "sync/synctypes.h"
#include "testprofile.h"

#include <QJsonObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Ledgerlink {

/// A provider grant in tests: the token pair from the consent flow, refreshed with
/// grant_type=refresh_token at the provider's token URL (with the given headers and extra form
/// fields - the app's credentials) when the client reports a 401. Lives on the client's thread.
class TestRefreshTokenSource : public AccessTokenSource
{
public:
    TestRefreshTokenSource(QNetworkAccessManager *network, QUrl tokenUrl, HeaderPairs headers,
        QList<QPair<QString, QString>> extraForm, QString accessToken, QString refreshToken);

    void accessToken(QObject *context, Callback callback) override;
    void invalidate(const QString &token) override;
    int refreshes() const { return m_refreshes; }

private:
    QNetworkAccessManager *m_network;
    QUrl m_tokenUrl;
    HeaderPairs m_headers;
    QList<QPair<QString, QString>> m_extraForm;
    QString m_access;
    QString m_refresh;
    int m_refreshes = 0;
    struct Waiting
    {
        QPointer<QObject> context;
        Callback callback;
    };
    QList<Waiting> m_waiting; ///< callers of the refresh in flight
};

/// What the QBO, Sage and MYOB sync fixtures share: an in-process SandboxServer over real HTTP
/// with the provider's limits lifted, two grants from its consent flow (one for the engine, one
/// for the test acting as another user of the organisation), a store in a temporary profile with
/// one integration on the demo organisation, and a SyncThread whose engine uses the first grant.
class ProviderTestWorld
{
public:
    using TokenSourceFactory = std::function<std::unique_ptr<AccessTokenSource>(
        QNetworkAccessManager *network, const QUrl &sandboxBase, const QString &access, const QString &refresh)>;
    struct Spec
    {
        QString provider; ///< "qbo", "sage", "myob"
        QString clientId;
        QString tenantId;
        QString tenantName;
        std::function<QJsonObject(SandboxTestClient &client)> connect; ///< consent flow -> token reply
        TokenSourceFactory tokenSource;
    };

    explicit ProviderTestWorld(Spec spec);
    ~ProviderTestWorld();

    /// Sandbox, lifted limits and both grants; false (with a warning) when something is missing.
    bool startSandbox();
    /// Store, integration and sync thread (after startSandbox()).
    bool startEngine();
    RunSummary runSync(bool full, int timeoutMs);

    QJsonObject stats();
    void resetStats();
    /// Requests to `apiFragment` (e.g. "/qbo/api/") whose "METHOD path" contains `fragment`.
    int requests(const QString &method, const QString &apiFragment, const QString &fragment);

    SandboxServer &server() { return *m_server; }
    SandboxTestClient &client() { return *m_client; }
    Database &database() { return *m_database; }
    SyncThread &sync() { return *m_sync; }
    const Integration &integration() const { return m_integration; }
    /// The test's own access token (the "other user").
    const QString &token() const { return m_token; }
    /// The engine's grant, for a client built by the test itself.
    const QJsonObject &engineGrant() const { return m_engineGrant; }

private:
    Spec m_spec;
    TestProfile m_profile;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SyncThread> m_sync;
    Integration m_integration;
    QJsonObject m_engineGrant;
    QString m_token;
};

} // namespace Ledgerlink

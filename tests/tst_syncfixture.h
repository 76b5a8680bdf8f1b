#pragma once

#include "providers/mainthreadtokensources.h"
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

#include <memory>

namespace Ledgerlink {

/// One sync test's world: an in-process SandboxServer over real HTTP, a store in a temporary
/// profile (the test's connection on this thread, the engine's own on the sync thread), one Xero
/// integration on the sandbox's demo organisation, authorised as the sandbox's demo custom
/// connection (client credentials, the simplest honest grant it offers), and a SyncThread.
class SyncFixture
{
public:
    SyncFixture();
    ~SyncFixture();

    /// Sets everything up; false (with a QTest failure message) when something is missing.
    bool setUp(const QJsonObject &settings = {}, bool enabled = true);
    /// How long the engine waits for one reply (set before setUp).
    void setRequestTimeoutMs(int ms) { m_timeoutMs = ms; }
    /// Leave the engine its default token source (TokenManager + keychain) instead of the
    /// in-memory client-credentials one (set before setUp).
    void useKeychainTokens() { m_keychainTokens = true; }

    /// Runs one sync and waits for its summary.
    RunSummary runSync(bool full = false, int timeoutMs = 60000);

    // Local records for a test (on the test's own store connection).
    Customer addCustomer(const QString &name, const QString &email = {}, const QString &account = {});
    qint64 taxTypeId(const QString &code);
    /// An invoice (NZD, one line of 2 x unitPrice at the OUTPUT2 tax type), status Draft.
    Invoice addInvoice(qint64 customerId, const QString &number, qint64 unitPriceMinor);

    /// Token for direct API calls of the test (the "other user" editing Xero).
    QString xeroToken();
    QJsonArray remote(const QString &entity);
    HttpResult xeroPut(const QString &entity, const QJsonObject &record);
    /// Sandbox request counts (GET /_sandbox/stats) since the last resetStats().
    QJsonObject stats();
    void resetStats();
    int requests(const QString &method);

    SandboxServer &server() { return *m_server; }
    SandboxTestClient &client() { return *m_client; }
    Database &database() { return *m_database; }
    SyncThread &sync() { return *m_sync; }
    const Integration &integration() const { return m_integration; }
    QString tenant() const;
    QString databasePath() const { return m_profile.filePath(QStringLiteral("store.db")); }
    QString profilePath() const { return m_profile.path(); }

private:
    TestProfile m_profile;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QNetworkAccessManager> m_tokenNetwork;
    std::unique_ptr<MainThreadTokenSources> m_tokenSources;
    std::unique_ptr<SyncThread> m_sync;
    Integration m_integration;
    QString m_token;
    int m_timeoutMs = 5000;
    bool m_keychainTokens = false;
};

} // namespace Ledgerlink

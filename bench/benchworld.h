#pragma once

#include "recordingnetwork.h"
#include "sandboxserver.h"
#include "store/database.h"
#include "store/integration.h"
#include "sync/syncthread.h"
#include "sync/synctypes.h"
#include "testprofile.h"
#include "tst_sandboxclient.h"

#include <QAtomicPointer>

#include <memory>

namespace Ledgerlink {

/// The benchmark's world, like the sync tests' SyncFixture but with the engine's HTTP going
/// through a RecordingNetwork: an in-process SandboxServer (same process, GUI thread), a store in
/// a temporary profile, one Xero integration on the demo organisation (client credentials) and
/// a SyncThread with the engine on its own thread.
class BenchWorld
{
public:
    BenchWorld();
    ~BenchWorld();

    /// Talk to this sandbox (e.g. a SandboxThread's) instead of one on the calling thread; before setUp.
    void useSandbox(const QString &baseUrl) { m_externalSandbox = baseUrl; }
    /// False: the engine's requests are counted but their bodies not kept (no replay); before setUp.
    void setRecordBodies(bool record) { m_recordBodies = record; }
    bool setUp(QString *error);
    /// Runs one sync; false on timeout.
    bool runSync(RunSummary *summary, qint64 *elapsedMs, int timeoutMs = 30 * 60 * 1000);
    /// N local customers and N invoices (one each, Awaiting payment), in one pass.
    bool addCustomersAndInvoices(int count, QString *error);

    SandboxServer &server() { return *m_server; }
    SyncThread &sync() { return *m_sync; }
    const Integration &integration() const { return m_integration; }
    QString databasePath() const { return m_profile.filePath(QStringLiteral("store.db")); }
    SandboxTestClient &client() { return *m_client; }
    Database &database() { return *m_database; }
    QList<RecordedRequest> takeRecorded();

    static const QString &clientId();
    static const QString &clientSecret();

private:
    TestProfile m_profile;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SyncThread> m_sync;
    std::shared_ptr<QAtomicPointer<RecordingNetwork>> m_network;
    Integration m_integration;
    QString m_externalSandbox;
    bool m_recordBodies = true;
};

} // namespace Ledgerlink

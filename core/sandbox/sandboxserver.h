#pragma once

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTimer;

namespace Ledgerlink {

class FaultInjector;
class ProviderOAuth;
class QboApi;
class SageApi;
class MyobApi;
class RateLimiter;
class SandboxApps;
class SandboxClock;
class SandboxControl;
class SandboxData;
class SandboxStats;
class TokenIssuer;
class XeroApi;
class XeroOAuth;
struct SandboxReply;
struct SandboxRequest;

/// ledgerlink-sandbox: local imitations of Xero, QuickBooks Online, Sage and MYOB on one
/// loopback port, each real host mapped to a path prefix (see docs/sandbox.md).
///
///   request -> /_sandbox/* control API
///           -> faults (latency, stall, drop, 5xx, HTML) -> provider handler -> reply (maybe mangled)
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Starts listening; returns the port (0 on failure). Port 0 picks a free one.
    quint16 listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost), quint16 port = 0);
    quint16 port() const { return m_port; }
    /// http://127.0.0.1:PORT
    QString baseUrl() const;

    /// Loads the state file when it exists and from then on saves to it after changes.
    /// Returns false (with *error) when an existing file cannot be read.
    bool setStateFile(const QString &path, QString *error);
    /// Writes the state file now (no-op without one).
    bool saveState();

    SandboxClock &clock() { return *m_clock; }
    SandboxData &data() { return *m_data; }
    TokenIssuer &tokens() { return *m_tokens; }
    RateLimiter &limiter() { return *m_limiter; }
    FaultInjector &faults() { return *m_faults; }
    SandboxApps &apps() { return *m_apps; }

    /// Demo records for one tenant ({"customers":N,...}); empty when the provider cannot seed yet.
    QJsonObject seed(const QString &provider, const QString &tenant, const QJsonObject &sizes);

    /// Everything back to the start: demo apps and tenants, no tokens, faults, counters.
    void reset();

private:
    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    SandboxReply route(const QString &provider, const SandboxRequest &request);
    SandboxReply faultReply(const QString &provider, int status, bool html) const;
    void send(QHttpServerResponder &responder, const SandboxReply &reply);
    void saveIfChanged();
    quint64 revision() const;

    std::unique_ptr<SandboxClock> m_clock;
    std::unique_ptr<SandboxApps> m_apps;
    std::unique_ptr<SandboxData> m_data;
    std::unique_ptr<TokenIssuer> m_tokens;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<SandboxStats> m_stats;
    std::unique_ptr<XeroOAuth> m_xeroOAuth;
    std::unique_ptr<XeroApi> m_xeroApi;
    std::unique_ptr<ProviderOAuth> m_qboOAuth;
    std::unique_ptr<QboApi> m_qboApi;
    std::unique_ptr<ProviderOAuth> m_sageOAuth;
    std::unique_ptr<SageApi> m_sageApi;
    std::unique_ptr<ProviderOAuth> m_myobOAuth;
    std::unique_ptr<MyobApi> m_myobApi;
    std::unique_ptr<SandboxControl> m_control;
    // Stalled replies are never written; they live here until reset or shutdown.
    QList<std::shared_ptr<QHttpServerResponder>> m_stalled;
    std::unique_ptr<QHttpServer> m_server;
    QTimer *m_saveTimer = nullptr;
    QString m_statePath;
    quint64 m_savedRevision = 0;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace Ledgerlink

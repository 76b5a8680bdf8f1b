#pragma once

#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;

namespace Ledgerlink {

/// ledgerlink-sandbox: local imitations of Xero, QuickBooks Online, Sage and MYOB on one
/// loopback port, each real host mapped to a path prefix (see docs/sandbox.md).
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

private:
    void registerRoutes();

    std::unique_ptr<QHttpServer> m_server;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace Ledgerlink

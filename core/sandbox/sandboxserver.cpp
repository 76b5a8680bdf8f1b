#include "sandboxserver.h"

#include "logging.h"

#include <QHttpServer>
#include <QJsonObject>

namespace Ledgerlink {

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QHttpServer>())
{
    registerRoutes();
}

SandboxServer::~SandboxServer() = default;

void SandboxServer::registerRoutes()
{
    m_server->route(QStringLiteral("/_sandbox/health"), []() {
        return QJsonObject {{QStringLiteral("status"), QStringLiteral("ok")}};
    });
}

quint16 SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    m_address = address;
    m_port = m_server->listen(address, port);
    if (m_port == 0) {
        qCWarning(lcSandbox) << "could not listen on" << address.toString() << port;
    }
    return m_port;
}

QString SandboxServer::baseUrl() const
{
    return QStringLiteral("http://%1:%2").arg(m_address.toString()).arg(m_port);
}

} // namespace Ledgerlink

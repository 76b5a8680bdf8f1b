#include "sandboxthread.h"

#include "sandboxserver.h"

#include <QMetaObject>

namespace Ledgerlink {

SandboxThread::SandboxThread()
{
    m_thread.setObjectName(QStringLiteral("ledgerlink-sandbox"));
}

SandboxThread::~SandboxThread()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            m_anchor,
            [this] {
                delete m_server;
                m_server = nullptr;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

quint16 SandboxThread::start()
{
    if (m_thread.isRunning()) {
        return 0;
    }
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
    m_thread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_anchor,
        [this, &port] {
            m_server = new SandboxServer;
            port = m_server->listen();
            m_baseUrl = m_server->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    return port;
}

} // namespace Ledgerlink

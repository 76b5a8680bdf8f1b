#pragma once

#include <QString>
#include <QThread>

namespace Ledgerlink {

class SandboxServer;

/// A SandboxServer on a thread of its own, so that serving the providers' side of a sync never
/// runs on the thread being measured or used (the GUI thread in the demo and the benchmarks).
/// The server is created, listens and is destroyed on that thread. Its Xero demo organisation
/// starts with a few look-alikes of the demo business's customers (the wizard's matching table).
class SandboxThread
{
public:
    SandboxThread();
    /// Stops the server on its thread, then quits and waits.
    ~SandboxThread();
    SandboxThread(const SandboxThread &) = delete;
    SandboxThread &operator=(const SandboxThread &) = delete;

    /// Starts the thread and the server on 127.0.0.1; returns the port, 0 on failure. Blocks the
    /// caller only until the server listens (a few milliseconds).
    quint16 start();
    QString baseUrl() const { return m_baseUrl; }

private:
    QThread m_thread;
    QObject *m_anchor = nullptr; ///< lives on m_thread; queued calls run there
    SandboxServer *m_server = nullptr;
    QString m_baseUrl;
};

} // namespace Ledgerlink

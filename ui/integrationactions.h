#pragma once

#include <QObject>

namespace Ledgerlink {

class AppContext;
class MainWindow;
class SyncThread;

/// What the Integration page asks for and the composition root carries out: enable/disable (a full
/// sync on enable), move links to another organisation, disconnect (revoke at the provider, local
/// data kept). Reconnect and Edit settings are IntegrationMaintenance's. Results go back to the
/// window through showIntegrationResult().
class IntegrationActions : public QObject
{
    Q_OBJECT

public:
    IntegrationActions(AppContext &context, SyncThread &sync, MainWindow &window);

private:
    void connectTo(MainWindow *window);

    AppContext &m_context;
    SyncThread &m_sync;
};

} // namespace Ledgerlink

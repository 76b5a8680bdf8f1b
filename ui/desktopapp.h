#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;

namespace Ledgerlink {

class AddAppWizard;
class AppContext;
class IntegrationActions;
class IntegrationBuilder;
class IntegrationMaintenance;
class MainThreadTokenSources;
class MainWindow;
class SandboxThread;
class Scheduler;
class SecretStore;
class SyncThread;
struct AppOptions;

/// The GUI's composition root: parses the command line, opens the store (reading a PostgreSQL
/// password from the keychain first), builds the core objects once and hands them to the windows.
/// `--demo` runs on the demo business and an in-process sandbox on its own thread.
///
/// Members are destroyed in reverse order: the window first, then the scheduler and the sync
/// thread (which quits and waits), then what the worker reaches through queued calls.
class DesktopApp
{
    Q_DECLARE_TR_FUNCTIONS(DesktopApp)

public:
    DesktopApp();
    ~DesktopApp();

    /// Returns the process exit code; enters the event loop.
    int run(const QStringList &arguments);

    MainWindow *mainWindow() const { return m_window.get(); }

private:
    /// The rest of start-up once the store is open; non-zero: exit code.
    int start(const AppOptions &options, bool minimised);
    void startSync();
    void connectWindow();
    void connectWizard(AddAppWizard *wizard);

    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<SandboxThread> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<IntegrationBuilder> m_builder;
    std::unique_ptr<MainThreadTokenSources> m_tokenSources;
    std::unique_ptr<SyncThread> m_sync;
    std::unique_ptr<Scheduler> m_scheduler;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<IntegrationActions> m_actions;
    std::unique_ptr<IntegrationMaintenance> m_maintenance;
};

} // namespace Ledgerlink

#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace Ledgerlink {

class AppContext;
class MainWindow;
class SandboxServer;

/// The GUI's composition root: parses the command line, builds the core objects once and hands
/// them to the windows. `--demo` runs on the demo business and an in-process sandbox.
class DesktopApp
{
    Q_DECLARE_TR_FUNCTIONS(DesktopApp)

public:
    DesktopApp();
    ~DesktopApp();

    /// Returns the process exit code; enters the event loop when the window is shown.
    int run(const QStringList &arguments);

    MainWindow *mainWindow() const { return m_window.get(); }

private:
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Ledgerlink

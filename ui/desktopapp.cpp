#include "desktopapp.h"

#include "appcontext.h"
#include "cli/cli.h"
#include "logging.h"
#include "mainwindow.h"
#include "sandboxserver.h"
#include "translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace Ledgerlink {

DesktopApp::DesktopApp() = default;

DesktopApp::~DesktopApp() = default;

int DesktopApp::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Ledgerlink keeps your business's customers, items, invoices and payments in step with Xero, "
           "QuickBooks Online, Sage Business Cloud Accounting and MYOB."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"), tr("Open the demo business and the local sandbox providers (no account needed)."));
    const QCommandLineOption profile(
        QStringLiteral("profile"), tr("Keep settings and data under <dir> instead of the usual places."), tr("dir"));
    const QCommandLineOption database(QStringLiteral("database"),
        tr("Use the SQLite file <location> or postgresql://user@host:port/name."), tr("location"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
        tr("Talk to a running ledgerlink-sandbox at <url> instead of the real providers."), tr("url"));
    parser.addOptions({ demo, profile, database, sandbox });
    // Unknown commands are reported by the parser; the CLI commands are listed in the help text.
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                            << Qt::endl;
        return 0;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText() << Qt::endl << Cli().commandSummary();
        return 0;
    }

    AppOptions options;
    options.demo = parser.isSet(demo);
    options.profileDir = parser.value(profile);
    options.database = parser.value(database);
    options.sandboxUrl = parser.value(sandbox);

    Result<std::unique_ptr<AppContext>> context = AppContext::create(options);
    if (!context) {
        qCWarning(lcUi) << "start-up failed:" << context.error().detail();
        QMessageBox::critical(nullptr, tr("Ledgerlink cannot start"), context.error().userMessage());
        return 1;
    }
    m_context = std::move(context).value();
    Translator::install(*QCoreApplication::instance(), m_context->settings().language());

    if (options.demo && options.sandboxUrl.isEmpty()) {
        m_sandbox = std::make_unique<SandboxServer>();
        if (m_sandbox->listen() == 0) {
            QMessageBox::critical(nullptr, tr("Ledgerlink cannot start"),
                tr("The demo could not start its local sandbox providers on this computer."));
            return 1;
        }
        m_context->setSandboxUrl(m_sandbox->baseUrl());
    }

    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->show();
    if (qEnvironmentVariableIsSet("LEDGERLINK_EXIT_AFTER_SHOW")) {
        // Start-up smoke test (tests/tst_applaunch.cpp): report once the window is on screen, then quit.
        QTimer::singleShot(0, m_window.get(), [this]() {
            const bool shown = m_window->isVisible();
            QTextStream(stdout) << (shown ? "main window shown: " : "main window NOT shown: ")
                                << m_window->windowTitle() << Qt::endl;
            QCoreApplication::exit(shown ? 0 : 1);
        });
    }
    return QApplication::exec();
}

} // namespace Ledgerlink

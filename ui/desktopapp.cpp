#include "desktopapp.h"

#include "accountchoices.h"
#include "addappwizard.h"
#include "appcontext.h"
#include "auth/secretstore.h"
#include "auth/storeopener.h"
#include "cli/cli.h"
#include "cli/disconnectjob.h"
#include "clock.h"
#include "configurepage.h"
#include "draftpreview.h"
#include "integrationactions.h"
#include "integrationbuilder.h"
#include "integrationdraft.h"
#include "integrationmaintenance.h"
#include "logging.h"
#include "mainwindow.h"
#include "providers/mainthreadtokensources.h"
#include "sandboxthread.h"
#include "store/integrationrepository.h"
#include "store/linkrepository.h"
#include "sync/scheduler.h"
#include "sync/syncthread.h"
#include "sync/synctypes.h"
#include "translator.h"
#include "wizardcontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

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
    const QCommandLineOption minimised(QStringLiteral("minimised"),
        tr("Start in the system tray without opening the window (used when starting at login)."));
    parser.addOptions({ demo, profile, database, sandbox, minimised });
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
    const bool startMinimised = parser.isSet(minimised);

    // The PostgreSQL password is read from the keychain before the store opens, without blocking.
    auto *opener = new StoreOpener(QCoreApplication::instance());
    QObject::connect(
        opener, &StoreOpener::finished, opener, [this, opener, options, startMinimised](const Status &opened) {
            opener->deleteLater();
            if (!opened) {
                qCWarning(lcUi) << "start-up failed:" << opened.error().detail();
                QMessageBox::critical(nullptr, tr("Ledgerlink cannot start"), opened.error().userMessage());
                QCoreApplication::exit(1);
                return;
            }
            m_context = opener->takeContext();
            if (const int failed = start(options, startMinimised); failed != 0) {
                QCoreApplication::exit(failed);
            }
        });
    opener->open(options);
    const int exitCode = QApplication::exec();
    // Stop the worker before the objects it calls into go away.
    m_maintenance.reset();
    m_actions.reset();
    m_window.reset();
    m_scheduler.reset();
    m_sync.reset();
    return exitCode;
}

int DesktopApp::start(const AppOptions &options, bool minimised)
{
    Translator::install(*QCoreApplication::instance(), m_context->settings().language());

    if (options.demo && options.sandboxUrl.isEmpty()) {
        // On a thread of its own: serving the imitation providers never makes the window stutter.
        m_sandbox = std::make_unique<SandboxThread>();
        if (m_sandbox->start() == 0) {
            QMessageBox::critical(nullptr, tr("Ledgerlink cannot start"),
                tr("The demo could not start its local sandbox providers on this computer."));
            return 1;
        }
        m_context->setSandboxUrl(m_sandbox->baseUrl());
    }

    m_network = std::make_unique<QNetworkAccessManager>();
    m_secrets = std::make_unique<SecretStore>(m_context->database());
    m_builder = std::make_unique<IntegrationBuilder>(m_context->database(), Clock::system(), *m_secrets);
    startSync();

    m_window = std::make_unique<MainWindow>(*m_context);
    connectWindow();
    // At login (the autostart entry) only the tray icon appears; without a tray the window opens.
    if (!minimised || !m_window->trayIcon()) {
        m_window->show();
    }
    m_scheduler->start();
    if (qEnvironmentVariableIsSet("LEDGERLINK_EXIT_AFTER_SHOW")) {
        // Start-up smoke test (tests/tst_applaunch.cpp): report once the window is on screen, then quit.
        QTimer::singleShot(0, m_window.get(), [this]() {
            const bool shown = m_window->isVisible();
            QTextStream(stdout) << (shown ? "main window shown: " : "main window NOT shown: ")
                                << m_window->windowTitle() << Qt::endl;
            QCoreApplication::exit(shown ? 0 : 1);
        });
    }
    return 0;
}

void DesktopApp::startSync()
{
    // Keychain access stays on this thread (QtKeychain is not thread-safe); the worker reaches the
    // token sources through queued calls.
    m_tokenSources =
        std::make_unique<MainThreadTokenSources>(m_context->database(), m_network.get(), QUrl(m_context->sandboxUrl()));
    SyncEngine::Config config;
    config.location = m_context->databaseLocation();
    config.databasePassword = m_context->databasePassword();
    config.sandboxBase = QUrl(m_context->sandboxUrl());
    config.tokenSources = m_tokenSources->factory();
    m_sync = std::make_unique<SyncThread>(config);
    m_scheduler = std::make_unique<Scheduler>(m_context->database(), Clock::system(),
        // `full`: the Scheduler's daily full reconciliation (full_reconcile_hours).
        [this](const QString &integrationId, const QString &trigger, bool full) {
            m_sync->requestRun(integrationId, trigger, full);
        });
    QObject::connect(m_sync->engine(), &SyncEngine::runFinished, m_scheduler.get(), &Scheduler::runFinished);
}

void DesktopApp::connectWindow()
{
    MainWindow *window = m_window.get();
    QObject::connect(
        window, &MainWindow::addAppWizardCreated, window, [this](AddAppWizard *wizard) { connectWizard(wizard); });
    QObject::connect(
        window, &MainWindow::syncNowRequested, window, [this](const QString &id) { m_scheduler->syncNow(id); });
    // History's "Retry failed records": a run of only the records that failed in that run.
    QObject::connect(window, &MainWindow::retryRequested, window,
        [this](qint64 runId, const QString &integrationId) { m_sync->requestRetryFailed(integrationId, runId); });
    // The engine's progress feeds the Integration page and the Syncing badge.
    window->followEngine(m_sync->engine());

    // Enable/disable, move links and disconnect act on the store and the sync thread; reconnect and
    // edit settings on the keychain, the store and the scheduler.
    m_actions = std::make_unique<IntegrationActions>(*m_context, *m_sync, *window);
    m_maintenance =
        std::make_unique<IntegrationMaintenance>(*m_context, *m_secrets, *m_scheduler, m_tokenSources.get(), *window);
}

void DesktopApp::connectWizard(AddAppWizard *wizard)
{
    MainWindow *window = m_window.get();
    auto *controller = new WizardController(wizard, *m_builder, QUrl(m_context->sandboxUrl()));
    // Configure step: the local chart of accounts for the sales/payments mapping, and the customer
    // matching table, which the controller fills after sign-in from the provider's contacts and
    // the local customers (CustomerMatchPreview).
    controller->setLocalStore(m_context->database(), Clock::system());
    if (auto *configure = qobject_cast<ConfigurePage *>(wizard->page(AddAppWizard::ConfigurePageId))) {
        const Result<QList<Account>> accounts = AccountChoices::load(m_context->database(), Clock::system());
        if (accounts) {
            configure->setAccounts(accounts.value());
        } else {
            qCWarning(lcUi) << "accounts could not be read for the wizard:" << accounts.error().detail();
        }
    }
    QObject::connect(wizard, &AddAppWizard::previewRequested, wizard, [this, wizard](const IntegrationDraft &draft) {
        const DraftPreview::Counts counts = DraftPreview(m_context->database(), Clock::system()).compute(draft);
        if (counts.error.isEmpty()) {
            wizard->setPreviewCounts(counts.toSend, {});
        } else {
            wizard->setPreviewFailed(counts.error);
        }
    });
    QObject::connect(controller, &WizardController::integrationsSaved, window, [this, window](const QStringList &ids) {
        window->refresh();
        for (const QString &id : ids) {
            m_sync->requestRun(id, QStringLiteral("activation"), true);
        }
    });
    QObject::connect(controller, &WizardController::saveFailed, window, [window](const QString &message) {
        QMessageBox::warning(window, DesktopApp::tr("The integration was not saved"), message);
    });
}

} // namespace Ledgerlink

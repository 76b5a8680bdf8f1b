#include "mainwindow.h"

#include "addappwizard.h"
#include "appcontext.h"
#include "catalogdialog.h"
#include "clock.h"
#include "historypage.h"
#include "integrationlistmodel.h"
#include "integrationpage.h"
#include "integrationspage.h"
#include "notificationmodel.h"
#include "notificationpopup.h"
#include "recordspage.h"
#include "screenshottour.h"
#include "settingspage.h"
#include "sync/syncengine.h"
#include "sync/synctypes.h"
#include "translator.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace Ledgerlink {

namespace {

/// The bell with the unread count in a red badge (the one custom colour: it must stand out).
QIcon bellIcon(int count)
{
    const QIcon bell(QStringLiteral(":/icons/bell.svg"));
    if (count <= 0) {
        return bell;
    }
    QIcon icon;
    for (const int size : { 16, 22, 24, 32, 48 }) {
        QPixmap pixmap = bell.pixmap(QSize(size, size));
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(qMax(7, size * 9 / 20));
        painter.setFont(font);
        const int width = qMax(size * 11 / 20, painter.fontMetrics().horizontalAdvance(text) + size / 6);
        const QRectF badge(size - width, 0, width, size * 11 / 20);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xc6, 0x28, 0x28));
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, text);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    // Idempotent: DesktopApp may have installed the catalogues already; the window's strings need them.
    Translator::install(*QCoreApplication::instance(), m_context.settings().language());
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(m_context.options().demo ? tr("Ledgerlink — demo business") : tr("Ledgerlink"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.ledgerlink.Ledgerlink.svg")));
    buildModels();
    buildNavigation();
    buildActions();
    buildToolBar();
    buildStatusBar();
    buildTray();
    restoreWindowState();
    connect(m_integrationsPage, &IntegrationsPage::addAppRequested, this, &MainWindow::openCatalogue);
    connect(m_integrationsPage, &IntegrationsPage::syncNowRequested, this, &MainWindow::syncNowRequested);
    IntegrationPage *integrationPage = m_integrationsPage->integrationPage();
    connect(integrationPage, &IntegrationPage::enableRequested, this, &MainWindow::enableRequested);
    connect(integrationPage, &IntegrationPage::disableRequested, this, &MainWindow::disableRequested);
    connect(integrationPage, &IntegrationPage::reconnectRequested, this, &MainWindow::reconnectRequested);
    connect(integrationPage, &IntegrationPage::editSettingsRequested, this, &MainWindow::editSettingsRequested);
    connect(integrationPage, &IntegrationPage::disconnectRequested, this, &MainWindow::disconnectRequested);
    connect(integrationPage, &IntegrationPage::moveLinksRequested, this, &MainWindow::moveLinksRequested);
    connect(m_historyPage, &HistoryPage::retryRequested, this, &MainWindow::retryRequested);
    connect(m_integrationModel, &IntegrationListModel::countChanged, this, &MainWindow::integrationsChanged);
    connect(m_integrationModel, &QAbstractItemModel::dataChanged, this, &MainWindow::integrationsChanged);
    connect(m_notificationModel, &NotificationModel::unreadCountChanged, this, &MainWindow::setUnreadCount);
    connect(m_notificationModel, &NotificationModel::notificationArrived, this, &MainWindow::announce);
    connect(m_notificationPopup, &NotificationPopup::runRequested, this, &MainWindow::openRun);
    refresh();
    integrationsChanged();
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(10000);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refresh);
    m_refreshTimer->start();
    ScreenshotTour::startIfRequested(*this);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildNavigation()
{
    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    const QList<QPair<QString, QString>> sections {
        { tr("Integrations"), QStringLiteral(":/icons/nav-integrations.svg") },
        { tr("Records"), QStringLiteral(":/icons/nav-records.svg") },
        { tr("History"), QStringLiteral(":/icons/nav-history.svg") },
        { tr("Settings"), QStringLiteral(":/icons/nav-settings.svg") },
    };
    for (const auto &[text, icon] : sections) {
        m_navigation->addItem(new QListWidgetItem(QIcon(icon), text));
    }
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 24);

    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    m_integrationsPage = new IntegrationsPage(*m_integrationModel, Clock::system());
    m_pages->addWidget(m_integrationsPage);
    m_recordsPage = new RecordsPage(m_context.database(), Clock::system());
    m_pages->addWidget(m_recordsPage);
    m_historyPage = new HistoryPage(m_context.database(), Clock::system());
    m_pages->addWidget(m_historyPage);
    m_settingsPage = new SettingsPage(m_context.settings());
    m_pages->addWidget(m_settingsPage);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *addApp = file->addAction(tr("&Add a New App…"), this, &MainWindow::openCatalogue);
    addApp->setObjectName(QStringLiteral("addAppAction"));
    addApp->setShortcut(QKeySequence::New);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_pageActions = new QActionGroup(this);
    const QStringList names { tr("&Integrations"), tr("&Records"), tr("&History"), tr("&Settings") };
    for (int i = 0; i < names.size(); ++i) {
        QAction *action = view->addAction(names.at(i));
        action->setObjectName(QStringLiteral("showPageAction%1").arg(i + 1));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setChecked(i == m_navigation->currentRow());
        m_pageActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pageActions->actions().size()) {
            m_pageActions->actions().at(row)->setChecked(true);
        }
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Ledgerlink"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setIconSize(QSize(22, 22));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *addApp = findChild<QAction *>(QStringLiteral("addAppAction"));
    addApp->setIcon(QIcon(QStringLiteral(":/icons/nav-integrations.svg")));
    toolBar->addAction(addApp);
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    m_bell = new QToolButton;
    m_bell->setObjectName(QStringLiteral("notificationBell"));
    m_bell->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_bell->setAutoRaise(true);
    connect(m_bell, &QToolButton::clicked, this, &MainWindow::showNotifications);
    toolBar->addWidget(m_bell);
    setUnreadCount(0);
}

void MainWindow::buildStatusBar()
{
    const QString where = m_context.databaseLocation().toDisplayString();
    QString text = tr("Database: %1").arg(where);
    if (!m_context.sandboxUrl().isEmpty()) {
        text += QStringLiteral("   ·   ") + tr("Providers: local sandbox at %1").arg(m_context.sandboxUrl());
    }
    auto *label = new QLabel(text);
    label->setObjectName(QStringLiteral("statusLocation"));
    statusBar()->addWidget(label, 1);
    m_syncStatus = new QLabel(tr("No sync running"));
    m_syncStatus->setObjectName(QStringLiteral("statusSync"));
    statusBar()->addPermanentWidget(m_syncStatus);
}

void MainWindow::setUnreadCount(int count)
{
    m_unreadCount = qMax(0, count);
    m_bell->setIcon(bellIcon(m_unreadCount));
    m_bell->setText(m_unreadCount > 0 ? tr("%n unread", nullptr, m_unreadCount) : tr("Notifications"));
    const QString description = tr("Notifications: %n unread", nullptr, m_unreadCount);
    m_bell->setToolTip(description);
    m_bell->setAccessibleName(description);
}

void MainWindow::setIntegrationCount(int count)
{
    m_integrationCount = qMax(0, count);
}

CatalogDialog *MainWindow::createCatalogDialog()
{
    Settings &settings = m_context.settings();
    return new CatalogDialog(settings.value(Settings::Key::AllowedProviders).toStringList(),
        settings.value(Settings::Key::MaxIntegrations).toInt(), m_integrationCount, this);
}

AddAppWizard *MainWindow::createAddAppWizard(const QString &provider)
{
    Settings &settings = m_context.settings();
    auto *wizard = new AddAppWizard(
        settings.value(Settings::Key::AllowedProviders).toStringList(), provider, settings.defaultPollMinutes(), this);
    Q_EMIT addAppWizardCreated(wizard);
    return wizard;
}

void MainWindow::followEngine(SyncEngine *engine)
{
    // Queued across threads: the engine lives on the sync thread, the slots run here.
    connect(engine, &SyncEngine::runStarted, this, &MainWindow::showRunStarted);
    connect(engine, &SyncEngine::phaseChanged, this, &MainWindow::showRunPhase);
    connect(engine, &SyncEngine::progressChanged, this, &MainWindow::showRunProgress);
    connect(engine, &SyncEngine::waitingForRateLimit, this, &MainWindow::showRateLimitWait);
    connect(engine, &SyncEngine::runFinished, this, &MainWindow::showRunFinished);
}

void MainWindow::openCatalogue()
{
    CatalogDialog *dialog = createCatalogDialog();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { openAddAppWizard(dialog->selectedProvider()); });
    dialog->open();
}

void MainWindow::openAddAppWizard(const QString &provider)
{
    AddAppWizard *wizard = createAddAppWizard(provider);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Ledgerlink"),
        tr("<h3>Ledgerlink %1</h3><p>Keeps your business's customers, items, invoices and payments in "
           "step with Xero, QuickBooks Online, Sage Business Cloud Accounting and MYOB.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_context.settings().value(Settings::Key::WindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        resize(960, 640);
    }
    restoreState(m_context.settings().value(Settings::Key::WindowState).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_context.settings().setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_context.settings().setValue(Settings::Key::WindowState, saveState());
    m_context.settings().sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::buildModels()
{
    m_integrationModel = new IntegrationListModel(m_context.database(), Clock::system(), this);
    m_integrationModel->setObjectName(QStringLiteral("integrationModel"));
    m_notificationModel = new NotificationModel(m_context.database(), Clock::system(), this);
    m_notificationModel->setObjectName(QStringLiteral("notificationModel"));
    m_notificationPopup = new NotificationPopup(*m_notificationModel, this);
}

void MainWindow::buildTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        return;
    }
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setToolTip(windowTitle());
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
            showNormal();
            raise();
            activateWindow();
        }
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        showNormal();
        raise();
        activateWindow();
        if (m_trayRunId > 0) {
            openRun(m_trayRunId);
        }
    });
    m_tray->show();
}

void MainWindow::refresh()
{
    m_integrationModel->refresh();
    m_notificationModel->refresh();
}

void MainWindow::integrationsChanged()
{
    setIntegrationCount(m_integrationModel->rowCount());
    const QList<QPair<QString, QString>> names = m_integrationModel->displayNames();
    m_historyPage->setIntegrations(names);
    m_recordsPage->setIntegrations(names);
}

void MainWindow::setIntegrationSyncing(const QString &integrationId, bool syncing)
{
    m_integrationModel->setSyncing(integrationId, syncing);
    m_syncStatus->setText(syncing ? tr("Syncing…") : tr("No sync running"));
    if (!syncing) {
        refresh();
        m_historyPage->reload();
    }
}

void MainWindow::openRun(qint64 runId)
{
    showPage(Page::History);
    m_historyPage->openRun(runId);
}

void MainWindow::showNotifications()
{
    m_notificationModel->refresh();
    m_notificationPopup->showBelow(m_bell);
    Q_EMIT notificationsRequested();
}

void MainWindow::announce(const Notification &notification)
{
    // The bell covers a visible window; a hidden or minimised one gets a tray message.
    if (!m_tray || (isVisible() && !isMinimized())) {
        return;
    }
    m_trayRunId = notification.runId;
    QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information;
    if (notification.severity == NotificationSeverity::Warning) {
        icon = QSystemTrayIcon::Warning;
    } else if (notification.severity == NotificationSeverity::Error) {
        icon = QSystemTrayIcon::Critical;
    }
    m_tray->showMessage(notification.title, notification.message, icon);
}

void MainWindow::openIntegration(const QString &integrationId)
{
    showPage(Page::Integrations);
    m_integrationsPage->openIntegration(integrationId);
}

void MainWindow::showRunStarted(const QString &integrationId, qint64 runId)
{
    setIntegrationSyncing(integrationId, true);
    m_integrationsPage->integrationPage()->showRunStarted(integrationId, runId);
}

void MainWindow::showRunPhase(const RunProgress &progress)
{
    m_integrationsPage->integrationPage()->showPhase(progress);
}

void MainWindow::showRunProgress(const RunProgress &progress)
{
    m_integrationsPage->integrationPage()->showProgress(progress);
}

void MainWindow::showRateLimitWait(const QString &integrationId, const QDateTime &until, const QString &reason)
{
    m_integrationsPage->integrationPage()->showRateLimitWait(integrationId, until, reason);
}

void MainWindow::showRunFinished(const RunSummary &summary)
{
    m_integrationsPage->integrationPage()->showRunFinished(summary);
    setIntegrationSyncing(summary.integrationId, false);
}

void MainWindow::showIntegrationResult(const QString &integrationId, bool isError, const QString &message)
{
    refresh();
    m_integrationsPage->integrationPage()->showMessage(
        integrationId, isError ? MessageBar::Kind::Error : MessageBar::Kind::Information, message);
}

} // namespace Ledgerlink

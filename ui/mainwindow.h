#pragma once

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;
class QTimer;
class QToolButton;

namespace Ledgerlink {

class AddAppWizard;
class AppContext;
class CatalogDialog;
class HistoryPage;
class IntegrationListModel;
class IntegrationsPage;
class NotificationModel;
class NotificationPopup;
class RecordsPage;
class SettingsPage;
class SyncEngine;
struct Notification;
struct RunProgress;
struct RunSummary;

/// The main window: a navigation list (Integrations, Records, History, Settings), the pages, a
/// toolbar with the notification bell and a status bar. Remembers its geometry.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page {
        Integrations,
        Records,
        History,
        Settings,
    };
    Q_ENUM(Page)

    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    int unreadCount() const { return m_unreadCount; }
    int integrationCount() const { return m_integrationCount; }

    AppContext &context() const { return m_context; }
    IntegrationListModel *integrationModel() const { return m_integrationModel; }
    NotificationModel *notificationModel() const { return m_notificationModel; }
    NotificationPopup *notificationPopup() const { return m_notificationPopup; }
    HistoryPage *historyPage() const { return m_historyPage; }
    RecordsPage *recordsPage() const { return m_recordsPage; }
    IntegrationsPage *integrationsPage() const { return m_integrationsPage; }
    /// Null unless the desktop has a system tray.
    QSystemTrayIcon *trayIcon() const { return m_tray; }

    /// The "Add a new app" catalogue for the plan in the settings (not shown yet).
    CatalogDialog *createCatalogDialog();
    /// The wizard for `provider` (not shown yet); emits addAppWizardCreated() so the composition
    /// root can wire it to core.
    AddAppWizard *createAddAppWizard(const QString &provider);
    /// Shows the engine's runs on the window (progress, rate-limit waits, the Syncing badge). The one
    /// place these connections are made, so the app (DesktopApp) and bench/benchui wire the same.
    void followEngine(SyncEngine *engine);

public Q_SLOTS:
    /// The bell's number; the notifications model sets it.
    void setUnreadCount(int count);
    /// How many integrations exist, for the plan limit in the catalogue.
    void setIntegrationCount(int count);
    /// Opens the catalogue (window-modal, without blocking); choosing an app opens the wizard.
    void openCatalogue();
    void openAddAppWizard(const QString &provider);
    /// Re-reads integrations and notifications from the store (a run finished, an integration
    /// was saved). Also runs every few seconds, since the sync worker writes on its own connection.
    void refresh();
    /// Shows the Syncing badge while a run of the integration is under way.
    void setIntegrationSyncing(const QString &integrationId, bool syncing);
    /// Switches to History and opens the run.
    void openRun(qint64 runId);
    /// Opens the bell's list below the bell.
    void showNotifications();
    /// Switches to Integrations and opens the integration's page.
    void openIntegration(const QString &integrationId);
    // The sync engine's progress, for the Integration page's live progress area.
    void showRunStarted(const QString &integrationId, qint64 runId);
    void showRunPhase(const Ledgerlink::RunProgress &progress);
    void showRunProgress(const Ledgerlink::RunProgress &progress);
    void showRateLimitWait(const QString &integrationId, const QDateTime &until, const QString &reason);
    void showRunFinished(const Ledgerlink::RunSummary &summary);
    /// The outcome of enable/disable/disconnect/move on the Integration page (error: isError).
    void showIntegrationResult(const QString &integrationId, bool isError, const QString &message);

Q_SIGNALS:
    void notificationsRequested();
    /// The admin clicked Sync now on an integration's card.
    void syncNowRequested(const QString &integrationId);
    /// The admin asked History to retry the failed records of a run.
    void retryRequested(qint64 runId, const QString &integrationId);
    // From the Integration page; the composition root performs them and then calls refresh().
    void enableRequested(const QString &integrationId);
    void disableRequested(const QString &integrationId);
    void reconnectRequested(const QString &integrationId);
    void editSettingsRequested(const QString &integrationId);
    void disconnectRequested(const QString &integrationId);
    void moveLinksRequested(const QString &fromIntegrationId, const QString &toIntegrationId);
    /// A wizard was created: connect its authorizationRequested/previewRequested/draftAccepted.
    void addAppWizardCreated(Ledgerlink::AddAppWizard *wizard);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildNavigation();
    void buildActions();
    void buildToolBar();
    void buildStatusBar();
    void restoreWindowState();
    void showAbout();
    void buildModels();
    void buildTray();
    void integrationsChanged();
    void announce(const Ledgerlink::Notification &notification);

    AppContext &m_context;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QToolButton *m_bell = nullptr;
    QActionGroup *m_pageActions = nullptr;
    QLabel *m_syncStatus = nullptr;
    IntegrationsPage *m_integrationsPage = nullptr;
    RecordsPage *m_recordsPage = nullptr;
    HistoryPage *m_historyPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    IntegrationListModel *m_integrationModel = nullptr;
    NotificationModel *m_notificationModel = nullptr;
    NotificationPopup *m_notificationPopup = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_refreshTimer = nullptr;
    qint64 m_trayRunId = 0;
    int m_unreadCount = 0;
    int m_integrationCount = 0;
};

} // namespace Ledgerlink

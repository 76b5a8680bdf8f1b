#pragma once

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;
class QToolButton;

namespace Ledgerlink {

class AddAppWizard;
class AppContext;
class CatalogDialog;
class IntegrationsPage;
class SettingsPage;

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

    /// The "Add a new app" catalogue for the plan in the settings (not shown yet).
    CatalogDialog *createCatalogDialog();
    /// The wizard for `provider` (not shown yet); emits addAppWizardCreated() so the composition
    /// root can wire it to core.
    AddAppWizard *createAddAppWizard(const QString &provider);

public Q_SLOTS:
    /// The bell's number; the notifications model sets it.
    void setUnreadCount(int count);
    /// How many integrations exist, for the plan limit in the catalogue.
    void setIntegrationCount(int count);
    /// Opens the catalogue (window-modal, without blocking); choosing an app opens the wizard.
    void openCatalogue();
    void openAddAppWizard(const QString &provider);

Q_SIGNALS:
    void notificationsRequested();
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

    AppContext &m_context;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QToolButton *m_bell = nullptr;
    QActionGroup *m_pageActions = nullptr;
    QLabel *m_syncStatus = nullptr;
    IntegrationsPage *m_integrationsPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    int m_unreadCount = 0;
    int m_integrationCount = 0;
};

} // namespace Ledgerlink

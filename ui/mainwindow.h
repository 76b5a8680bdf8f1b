#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QToolButton;

namespace Ledgerlink {

class AppContext;
class IntegrationsPage;

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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildNavigation();
    void buildToolBar();
    void buildStatusBar();
    void restoreWindowState();

    AppContext &m_context;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QToolButton *m_bell = nullptr;
    IntegrationsPage *m_integrationsPage = nullptr;
};

} // namespace Ledgerlink

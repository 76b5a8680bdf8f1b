#include "mainwindow.h"

#include "addappwizard.h"
#include "appcontext.h"
#include "catalogdialog.h"
#include "integrationspage.h"
#include "screenshottour.h"
#include "settingspage.h"
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
#include <QToolBar>
#include <QToolButton>

namespace Ledgerlink {

namespace {

QWidget *placeholderPage(const QString &title, const QString &text, const QString &objectName)
{
    auto *page = new QWidget;
    page->setObjectName(objectName);
    auto *layout = new QVBoxLayout(page);
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()));
    auto *body = new QLabel(text);
    body->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch();
    return page;
}

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
    buildNavigation();
    buildActions();
    buildToolBar();
    buildStatusBar();
    restoreWindowState();
    connect(m_integrationsPage, &IntegrationsPage::addAppRequested, this, &MainWindow::openCatalogue);
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
    m_integrationsPage = new IntegrationsPage;
    m_pages->addWidget(m_integrationsPage);
    m_pages->addWidget(placeholderPage(tr("Records"),
        tr("The business's customers, items, invoices, tax types and payments."), QStringLiteral("recordsPage")));
    m_pages->addWidget(placeholderPage(
        tr("History"), tr("Every sync run, with its records and messages."), QStringLiteral("historyPage")));
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
    connect(m_bell, &QToolButton::clicked, this, &MainWindow::notificationsRequested);
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

} // namespace Ledgerlink

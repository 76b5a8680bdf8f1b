#include "mainwindow.h"

#include "appcontext.h"
#include "integrationspage.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
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

} // namespace

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(m_context.options().demo ? tr("Ledgerlink — demo business") : tr("Ledgerlink"));
    buildNavigation();
    buildToolBar();
    buildStatusBar();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildNavigation()
{
    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->addItems({tr("Integrations"), tr("Records"), tr("History"), tr("Settings")});
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 48);

    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    m_integrationsPage = new IntegrationsPage;
    m_pages->addWidget(m_integrationsPage);
    m_pages->addWidget(placeholderPage(tr("Records"),
                                       tr("The business's customers, items, invoices, tax types and payments."),
                                       QStringLiteral("recordsPage")));
    m_pages->addWidget(placeholderPage(tr("History"), tr("Every sync run, with its records and messages."),
                                       QStringLiteral("historyPage")));
    m_pages->addWidget(placeholderPage(tr("Settings"), tr("Poll interval, database location and language."),
                                       QStringLiteral("settingsPage")));

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::buildToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    m_bell = new QToolButton;
    m_bell->setObjectName(QStringLiteral("notificationBell"));
    m_bell->setText(tr("Notifications (%1)").arg(0));
    m_bell->setAccessibleName(tr("Notifications"));
    toolBar->addWidget(m_bell);
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

#include "screenshottour.h"

#include "addappwizard.h"
#include "appcontext.h"
#include "catalogdialog.h"
#include "clock.h"
#include "configurepage.h"
#include "editsettingsdialog.h"
#include "historypage.h"
#include "integrationpage.h"
#include "integrationspage.h"
#include "logging.h"
#include "mainwindow.h"
#include "notificationpopup.h"
#include "reconnectdialog.h"
#include "recordspage.h"
#include "screenshotdata.h"
#include "settingsdraft.h"
#include "store/integrationrepository.h"
#include "store/providertaxraterepository.h"
#include "taxmappingdialog.h"
#include "translator.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>

namespace Ledgerlink {

namespace {

// Long enough for the window system to lay out and paint a newly shown window.
constexpr int kSettleMs = 600;

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow &window, const QString &directory)
    : QObject(&window)
    , m_window(window)
    , m_directory(directory)
{ }

void ScreenshotTour::startIfRequested(MainWindow &window)
{
    const QString directory = qEnvironmentVariable("LEDGERLINK_SCREENSHOT_DIR");
    if (directory.isEmpty()) {
        return;
    }
    auto *tour = new ScreenshotTour(window, directory);
    connect(tour, &ScreenshotTour::finished, &window, [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
    QTimer::singleShot(0, tour, &ScreenshotTour::start);
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_directory);
    m_window.resize(960, 640);
    m_steps = {
        [this] { shoot(&m_window, QStringLiteral("main-window")); },
        [this] {
            CatalogDialog *catalogue = m_window.createCatalogDialog();
            catalogue->setAttribute(Qt::WA_DeleteOnClose);
            catalogue->show();
        },
        [this] {
            auto *catalogue = m_window.findChild<CatalogDialog *>(QStringLiteral("catalogDialog"));
            shoot(catalogue, QStringLiteral("catalogue"));
            catalogue->close();
            m_wizard = m_window.createAddAppWizard(QStringLiteral("xero"));
            m_wizard->restart(); // from the first page, with Xero preselected
            m_wizard->show();
        },
        [this] {
            shoot(m_wizard, QStringLiteral("wizard-1-select"));
            clickNext();
        },
        [this] {
            m_wizard->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))
                ->setText(QStringLiteral("8A1F0C3E5D6B4E2F9C7A1B3D5E7F9A0B"));
            shoot(m_wizard, QStringLiteral("wizard-2-credentials"));
            clickNext();
        },
        [this] {
            shoot(m_wizard, QStringLiteral("wizard-3-authorise"));
            // Nothing is wired to the request here: the page just shows its spinner and Cancel.
            m_wizard->findChild<QPushButton *>(QStringLiteral("signInButton"))->click();
        },
        [this] { shoot(m_wizard, QStringLiteral("wizard-3-authorise-waiting")); },
        [this] {
            m_wizard->setConnected({ QStringLiteral("Demo Company (NZ)"), QStringLiteral("Harbour Plumbing Ltd") },
                { QStringLiteral("tenant-1"), QStringLiteral("tenant-2") });
        },
        [this] {
            shoot(m_wizard, QStringLiteral("wizard-3-authorise-connected"));
            auto *organisations = m_wizard->findChild<QListWidget *>(QStringLiteral("organisationList"));
            organisations->item(0)->setCheckState(Qt::Checked);
            clickNext();
        },
        [this] {
            // What WizardController shows after reading the organisation's contacts (the tour signs
            // in by hand, so nothing is read): two local customers with their likely twins.
            auto *configure = qobject_cast<ConfigurePage *>(m_wizard->page(AddAppWizard::ConfigurePageId));
            configure->setCustomerMatches({ { 1, QStringLiteral("Harbour Plumbing Ltd"), QStringLiteral("c-1"),
                                                QStringLiteral("Harbour Plumbing Limited") },
                { 2, QStringLiteral("Bayside Dental"), QStringLiteral("c-2"),
                    QStringLiteral("Bayside Dental Care") } });
        },
        [this] {
            // Laid out by now: scroll the matching table into view.
            auto *scroll = m_wizard->findChild<QScrollArea *>(QStringLiteral("configureScrollArea"));
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
            shoot(m_wizard, QStringLiteral("wizard-4-configure"));
            clickNext();
        },
        [this] {
            m_wizard->setPreviewCounts({ { QStringLiteral("customers"), 142 }, { QStringLiteral("items"), 56 },
                                           { QStringLiteral("invoices"), 38 } },
                { { QStringLiteral("customers"), 12 }, { QStringLiteral("items"), 3 },
                    { QStringLiteral("taxRates"), 5 }, { QStringLiteral("accounts"), 24 },
                    { QStringLiteral("payments"), 17 } });
        },
        [this] {
            shoot(m_wizard, QStringLiteral("wizard-5-review"));
            m_wizard->reject();
            m_window.showPage(MainWindow::Page::Settings);
        },
        [this] {
            shoot(&m_window, QStringLiteral("settings"));
            // A few days later: integrations, history with a failing invoice, notifications.
            m_failedRun = ScreenshotData::seed(m_window.context().database(), Clock::system());
            m_window.refresh();
            m_window.showPage(MainWindow::Page::Integrations);
        },
        [this] {
            shoot(&m_window, QStringLiteral("integrations"));
            m_window.openIntegration(integrationOf(QStringLiteral("xero")));
        },
        [this] {
            shoot(&m_window, QStringLiteral("integration-page"));
            Q_EMIT m_window.editSettingsRequested(integrationOf(QStringLiteral("xero")));
        },
        [this] {
            shootDialog<EditSettingsDialog>(QStringLiteral("edit-settings"));
            openTaxMapping();
        },
        [this] {
            shootDialog<TaxMappingDialog>(QStringLiteral("tax-mapping"));
            Q_EMIT m_window.reconnectRequested(integrationOf(QStringLiteral("qbo")));
        },
        [this] {
            shootDialog<ReconnectDialog>(QStringLiteral("reconnect"));
            m_window.showPage(MainWindow::Page::Records);
            m_window.recordsPage()->showKind(RecordsModel::Kind::Customers);
        },
        [this] {
            shoot(&m_window, QStringLiteral("records"));
            m_window.openRun(m_failedRun);
            if (auto *failedOnly = m_window.findChild<QAbstractButton *>(QStringLiteral("historyFailedItemsOnly"))) {
                failedOnly->setChecked(true);
            }
        },
        [this] {
            shoot(&m_window, QStringLiteral("history"));
            m_window.showNotifications();
        },
        [this] {
            shoot(m_window.notificationPopup(), QStringLiteral("notifications"));
            m_window.notificationPopup()->hide();
        },
    };
    m_window.show();
    m_window.raise();
    QTimer::singleShot(kSettleMs, this, &ScreenshotTour::runNext);
}

void ScreenshotTour::runNext()
{
    if (m_steps.isEmpty()) {
        qCInfo(lcUi) << "screenshot tour wrote" << m_written.size() << "files to" << m_directory;
        Q_EMIT finished(m_ok);
        return;
    }
    const std::function<void()> step = m_steps.takeFirst();
    step();
    QTimer::singleShot(kSettleMs, this, &ScreenshotTour::runNext);
}

bool ScreenshotTour::shoot(QWidget *widget, const QString &name)
{
    QString language = Translator::installedLanguage();
    if (language.isEmpty()) {
        language = QStringLiteral("en");
    }
    const QString file = QDir(m_directory).filePath(name + QLatin1Char('_') + language + QStringLiteral(".png"));
    if (!widget || !widget->grab().save(file)) {
        qCWarning(lcUi) << "could not write screenshot" << file;
        m_ok = false;
        return false;
    }
    m_written.append(file);
    return true;
}

QString ScreenshotTour::integrationOf(const QString &provider) const
{
    const auto all = IntegrationRepository(m_window.context().database(), Clock::system()).all();
    if (all) {
        for (const Integration &integration : all.value()) {
            if (integration.provider == provider) {
                return integration.id;
            }
        }
    }
    return {};
}

template <typename Dialog> void ScreenshotTour::shootDialog(const QString &name)
{
    const QList<Dialog *> dialogs = m_window.findChildren<Dialog *>();
    Dialog *dialog = dialogs.isEmpty() ? nullptr : dialogs.last();
    shoot(dialog, name);
    if (dialog) {
        dialog->reject();
    }
}

void ScreenshotTour::openTaxMapping()
{
    // Xero's rates as a first sync would have read them, and one choice of the admin's: the demo's
    // tax types then show a mapped, an automatic and an unmatched row.
    const QString xero = integrationOf(QStringLiteral("xero"));
    Database &database = m_window.context().database();
    auto rate = [](const QString &code, const QString &name, qint64 rateE4) {
        TaxType t;
        t.code = code;
        t.name = name;
        t.rateE4 = rateE4;
        return t;
    };
    const Status stored = ProviderTaxRateRepository(database, Clock::system())
                              .replaceAll(xero,
                                  { rate(QStringLiteral("OUTPUT2"), QStringLiteral("15% GST on Income"), 150000),
                                      rate(QStringLiteral("INPUT2"), QStringLiteral("15% GST on Expenses"), 150000),
                                      rate(QStringLiteral("NONE"), QStringLiteral("No GST"), 0),
                                      rate(QStringLiteral("ZERORATED"), QStringLiteral("Zero Rated"), 0) });
    const auto saved = SettingsDraft::saveTaxMapping(
        database, Clock::system(), xero, { { QStringLiteral("STD"), QStringLiteral("OUTPUT2") } });
    if (!stored || !saved) {
        qCWarning(lcUi) << "screenshot tour: sample tax rates not stored";
    }
    Q_EMIT m_window.integrationsPage()->integrationPage()->taxMappingRequested(xero);
}

void ScreenshotTour::clickNext()
{
    m_wizard->button(QWizard::NextButton)->click();
}

} // namespace Ledgerlink

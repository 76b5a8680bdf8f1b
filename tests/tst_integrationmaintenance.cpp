#include "appcontext.h"
#include "auth/secretstore.h"
#include "clock.h"
#include "editsettingsdialog.h"
#include "integrationmaintenance.h"
#include "integrationpage.h"
#include "integrationspage.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "providers/mainthreadtokensources.h"
#include "reconnectdialog.h"
#include "sandboxapps.h"
#include "sandboxdata.h"
#include "sandboxserver.h"
#include "store/integrationrepository.h"
#include "store/notificationrepository.h"
#include "sync/scheduler.h"
#include "sync/syncsettings.h"
#include "testprofile.h"
#include "tst_sandboxbrowser.h"

#include <QDesktopServices>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Ledgerlink;

// The Integration page's Reconnect and Edit settings as the desktop app wires them: MainWindow's
// requests -> IntegrationMaintenance -> dialog -> store, keychain, scheduler. Offscreen, with an
// in-process sandbox and a real Secret Service (tests/fixtures/with-keyring.sh).
class tst_IntegrationMaintenance : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void openUrl(const QUrl &url) { m_opened = url; }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void reconnectRenewsAndStartsSync();
    void editSettingsSavesAndReschedules();

private:
    QString addIntegration(IntegrationState state);
    Integration stored(const QString &id);
    template <typename T> T *waitForDialog();

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MainThreadTokenSources> m_tokenSources;
    std::unique_ptr<Scheduler> m_scheduler;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<IntegrationMaintenance> m_maintenance;
    SandboxBrowser m_browser;
    QStringList m_requested; ///< "<integration>/<trigger>" the scheduler asked the sync engine for
    QUrl m_opened;
};

void tst_IntegrationMaintenance::initTestCase()
{
    QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "openUrl");
}

void tst_IntegrationMaintenance::init()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QSKIP("needs a Secret Service (run through tests/fixtures/with-keyring.sh)");
    }
    m_opened.clear();
    m_requested.clear();
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY(m_sandbox->listen() > 0);
    m_profile = std::make_unique<TestProfile>();
    AppOptions options;
    options.profileDir = m_profile->path();
    options.sandboxUrl = m_sandbox->baseUrl();
    auto context = AppContext::create(options);
    QVERIFY2(context.ok(), qPrintable(context.ok() ? QString() : context.error().toString()));
    m_context = std::move(context).value();
    m_secrets = std::make_unique<SecretStore>(m_context->database());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_tokenSources =
        std::make_unique<MainThreadTokenSources>(m_context->database(), m_network.get(), QUrl(m_context->sandboxUrl()));
    m_scheduler = std::make_unique<Scheduler>(m_context->database(), Clock::system(),
        [this](const QString &id, const QString &trigger) { m_requested << id + QLatin1Char('/') + trigger; });
    m_window = std::make_unique<MainWindow>(*m_context);
    m_maintenance =
        std::make_unique<IntegrationMaintenance>(*m_context, *m_secrets, *m_scheduler, m_tokenSources.get(), *m_window);
    m_window->resize(1000, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_IntegrationMaintenance::cleanup()
{
    m_maintenance.reset();
    m_window.reset();
    m_scheduler.reset();
    m_tokenSources.reset();
    m_network.reset();
    m_secrets.reset();
    m_context.reset();
    m_profile.reset();
    m_sandbox.reset();
}

QString tst_IntegrationMaintenance::addIntegration(IntegrationState state)
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress(QHostAddress::LocalHost), 0)) {
        return {};
    }
    const quint16 port = probe.serverPort();
    probe.close();
    SandboxApp app;
    app.provider = QStringLiteral("xero");
    app.clientId = QStringLiteral("MAINTENANCE-TEST");
    app.name = QStringLiteral("Ledgerlink maintenance test");
    app.type = SandboxApp::Type::Pkce;
    app.redirectUris = { LoopbackReplyHandler::redirectUriForPort(port) };
    if (!m_sandbox->apps().add(app).ok()) {
        return {};
    }
    Integration integration;
    integration.provider = app.provider;
    integration.appType = QStringLiteral("pkce");
    integration.clientId = app.clientId;
    integration.grantId = QStringLiteral("maintenance-grant");
    integration.tenantId = SandboxData::demoTenantId(QStringLiteral("xero"), 0);
    integration.tenantName = QStringLiteral("Demo Company (Ledgerlink)");
    integration.state = state;
    integration.enabled = true;
    integration.redirectPort = port;
    integration.settings = QJsonObject { { QStringLiteral("poll_minutes"), 15 } };
    integration.lastSuccessfulPollAt = QDateTime::currentDateTimeUtc().addSecs(-300);
    auto added = IntegrationRepository(m_context->database(), Clock::system()).insert(integration);
    if (!added) {
        return {};
    }
    m_window->refresh();
    m_window->openIntegration(added->id);
    return added->id;
}

Integration tst_IntegrationMaintenance::stored(const QString &id)
{
    return IntegrationRepository(m_context->database(), Clock::system()).findById(id).value();
}

template <typename T> T *tst_IntegrationMaintenance::waitForDialog()
{
    T *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = m_window->findChild<T *>();
            return dialog && dialog->isVisible();
        },
        5000);
    if (!shown) {
        return nullptr;
    }
    return dialog;
}

void tst_IntegrationMaintenance::reconnectRenewsAndStartsSync()
{
    const QString id = addIntegration(IntegrationState::NeedsReauthorisation);
    QVERIFY(!id.isEmpty());
    Notification sticky;
    sticky.integrationId = id;
    sticky.title = QStringLiteral("Sign in again");
    sticky.message = QStringLiteral("Demo Company stopped syncing until you reconnect.");
    sticky.sticky = true;
    QVERIFY(NotificationRepository(m_context->database(), Clock::system()).add(sticky).ok());
    IntegrationPage *page = m_window->integrationsPage()->integrationPage();
    auto *reconnect = page->findChild<QPushButton *>(QStringLiteral("reconnectButton"));
    QTRY_VERIFY(reconnect->isVisible());

    QTest::mouseClick(reconnect, Qt::LeftButton);
    auto *dialog = waitForDialog<ReconnectDialog>();
    QVERIFY(dialog);
    QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reconnectSignInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_opened.isValid(), 10000);
    m_browser.consent(m_opened, QStringLiteral("allow"));

    QTRY_COMPARE_WITH_TIMEOUT(stored(id).state, IntegrationState::Active, 15000);
    QTRY_COMPARE(m_requested, QStringList { id + QStringLiteral("/manual") });
    QCOMPARE(NotificationRepository(m_context->database(), Clock::system()).unreadCount().value(), 0);
    QTRY_VERIFY(page->messageBar()->text().contains(QLatin1String("Reconnected to Demo Company (Ledgerlink)")));
    QCOMPARE(page->messageBar()->kind(), MessageBar::Kind::Information);
    QTRY_VERIFY(!reconnect->isVisible());
    QTRY_VERIFY(!m_window->findChild<ReconnectDialog *>()); // closed and deleted
}

void tst_IntegrationMaintenance::editSettingsSavesAndReschedules()
{
    const QString id = addIntegration(IntegrationState::Active);
    QVERIFY(!id.isEmpty());
    const Integration before = stored(id);
    IntegrationPage *page = m_window->integrationsPage()->integrationPage();
    auto *edit = page->findChild<QPushButton *>(QStringLiteral("editSettingsButton"));
    QVERIFY(edit);
    QTRY_VERIFY(edit->isVisible() && edit->isEnabled());

    QTest::mouseClick(edit, Qt::LeftButton);
    auto *dialog = waitForDialog<EditSettingsDialog>();
    QVERIFY(dialog);
    auto *poll = dialog->findChild<QSpinBox *>(QStringLiteral("pollMinutesSpin"));
    QCOMPARE(poll->value(), 15);
    poll->setValue(45);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("editSettingsSaveButton")), Qt::LeftButton);

    QTRY_COMPARE(SyncSettings::fromJson(stored(id).settings).pollMinutes, 45);
    QCOMPARE(stored(id).nextPollAt, before.lastSuccessfulPollAt.addSecs(45 * 60));
    QTRY_VERIFY(page->messageBar()->text().contains(QLatin1String("Settings saved")));
    QTRY_VERIFY(!m_window->findChild<EditSettingsDialog *>());
    QVERIFY(m_requested.isEmpty()); // saving settings does not sync by itself
}

QTEST_MAIN(tst_IntegrationMaintenance)
#include "tst_integrationmaintenance.moc"

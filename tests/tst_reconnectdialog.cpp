#include "auth/grantrenewal.h"
#include "auth/secretjob.h"
#include "auth/secretstore.h"
#include "messagebar.h"
#include "mockclock.h"
#include "reconnectdialog.h"
#include "sandboxapps.h"
#include "sandboxdata.h"
#include "sandboxserver.h"
#include "store/database.h"
#include "store/integrationrepository.h"
#include "store/notificationrepository.h"
#include "testprofile.h"
#include "tst_sandboxbrowser.h"

#include <QApplication>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Ledgerlink;

// The Reconnect dialog, offscreen, with core's GrantRenewal against an in-process sandbox and a
// real Secret Service (tests/fixtures/with-keyring.sh). The "browser" is a URL handler that records
// the address; the test then answers the consent page like the admin would.
class tst_ReconnectDialog : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void openUrl(const QUrl &url) { m_opened = url; }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void looksLikeAuthorisePage();
    void signInRenewsAndCloses();
    void otherOrganisationKeepsDialogOpen();
    void cancelAllowsSigningInAgain();
    void closingWhileWaitingCancels();
    void customConnectionNeedsNoBrowser();

private:
    QString addIntegration(const QString &tenantId);
    std::unique_ptr<ReconnectDialog> createDialog(const QString &integrationId);
    IntegrationState stateOf(const QString &id);

    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<GrantRenewal> m_renewal;
    SandboxBrowser m_browser;
    MockClock m_clock;
    QUrl m_opened;
    quint16 m_port = 0;
    int m_counter = 0;
};

void tst_ReconnectDialog::initTestCase()
{
    QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "openUrl");
}

void tst_ReconnectDialog::init()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QSKIP("needs a Secret Service (run through tests/fixtures/with-keyring.sh)");
    }
    m_opened.clear();
    m_profile = std::make_unique<TestProfile>();
    auto db = Database::open(DatabaseLocation::sqliteFile(m_profile->filePath(QStringLiteral("store.sqlite"))));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_secrets = std::make_unique<SecretStore>(*m_db, m_clock);
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY(m_sandbox->listen() > 0);
    m_renewal = std::make_unique<GrantRenewal>(*m_db, m_clock, *m_secrets);
}

void tst_ReconnectDialog::cleanup()
{
    m_renewal.reset();
    m_sandbox.reset();
    m_secrets.reset();
    m_db.reset();
    m_profile.reset();
}

// A Xero PKCE integration that needs re-authorisation, its app registered for a free port.
QString tst_ReconnectDialog::addIntegration(const QString &tenantId)
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress(QHostAddress::LocalHost), 0)) {
        return {};
    }
    m_port = probe.serverPort();
    probe.close();
    SandboxApp app;
    app.provider = QStringLiteral("xero");
    app.clientId = QStringLiteral("RECONNECT-UI-%1").arg(++m_counter);
    app.name = QStringLiteral("Ledgerlink reconnect test");
    app.type = SandboxApp::Type::Pkce;
    app.redirectUris = { LoopbackReplyHandler::redirectUriForPort(m_port) };
    if (!m_sandbox->apps().add(app).ok()) {
        return {};
    }
    Integration integration;
    integration.provider = app.provider;
    integration.appType = QStringLiteral("pkce");
    integration.clientId = app.clientId;
    integration.grantId = QStringLiteral("reconnect-grant-%1").arg(m_counter);
    integration.tenantId = tenantId;
    integration.tenantName = QStringLiteral("Demo Company (Ledgerlink)");
    integration.state = IntegrationState::NeedsReauthorisation;
    integration.enabled = true;
    integration.redirectPort = m_port;
    auto stored = IntegrationRepository(*m_db, m_clock).insert(integration);
    return stored ? stored->id : QString();
}

std::unique_ptr<ReconnectDialog> tst_ReconnectDialog::createDialog(const QString &integrationId)
{
    GrantRenewal::Options options;
    options.sandboxBase = QUrl(m_sandbox->baseUrl());
    options.timeoutMs = 20000;
    Result<Integration> integration = IntegrationRepository(*m_db, m_clock).findById(integrationId);
    return integration ? std::make_unique<ReconnectDialog>(*m_renewal, integration.value(), options) : nullptr;
}

IntegrationState tst_ReconnectDialog::stateOf(const QString &id)
{
    Result<Integration> found = IntegrationRepository(*m_db, m_clock).findById(id);
    return found ? found->state : IntegrationState::Error;
}

void tst_ReconnectDialog::looksLikeAuthorisePage()
{
    const QString id = addIntegration(SandboxData::demoTenantId(QStringLiteral("xero"), 0));
    auto dialog = createDialog(id);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    auto *signIn = dialog->findChild<QPushButton *>(QStringLiteral("reconnectSignInButton"));
    QVERIFY(signIn);
    QVERIFY(signIn->isDefault());
    QCOMPARE(signIn->text(), QStringLiteral("&Sign in to Xero"));
    QVERIFY(dialog->windowTitle().contains(QLatin1String("Demo Company (Ledgerlink)")));
    auto *spinner = dialog->findChild<QProgressBar *>(QStringLiteral("reconnectSpinner"));
    QVERIFY(spinner);
    QVERIFY(!spinner->isVisible());
    QVERIFY(!spinner->accessibleName().isEmpty());
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("reconnectUrlEdit"))->accessibleName().isEmpty());
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("reconnectUrlEdit"))->isVisible());
    // Enter signs in: the browser opens with the provider's page.
    QTest::keyClick(dialog.get(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_opened.isValid(), 10000);
    QVERIFY(dialog->isWaiting());
    QVERIFY(spinner->isVisible());
    QVERIFY(!signIn->isEnabled());
    dialog->cancelSignIn();
}

void tst_ReconnectDialog::signInRenewsAndCloses()
{
    const QString id = addIntegration(SandboxData::demoTenantId(QStringLiteral("xero"), 0));
    QVERIFY(!id.isEmpty());
    auto dialog = createDialog(id);
    QSignalSpy renewed(dialog.get(), &ReconnectDialog::renewed);
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reconnectSignInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_opened.isValid(), 10000);
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("reconnectUrlEdit"));
    QVERIFY(url->isVisible());
    QCOMPARE(QUrl(url->text()), m_opened);
    QCOMPARE(m_opened.port(), QUrl(m_sandbox->baseUrl()).port());

    m_browser.consent(m_opened, QStringLiteral("allow"));
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 15000);
    QCOMPARE(renewed.count(), 1);
    const auto outcome = renewed.first().first().value<GrantRenewal::Outcome>();
    QCOMPARE(outcome.integrationId, id);
    QCOMPARE(outcome.renewedIds, QStringList { id });
    QCOMPARE(stateOf(id), IntegrationState::Active);
    QVERIFY(!dialog->isVisible());
}

void tst_ReconnectDialog::otherOrganisationKeepsDialogOpen()
{
    const QString id = addIntegration(QStringLiteral("tenant-not-reached"));
    QVERIFY(!id.isEmpty());
    auto dialog = createDialog(id);
    QSignalSpy renewed(dialog.get(), &ReconnectDialog::renewed);
    dialog->show();
    dialog->startSignIn();
    QTRY_VERIFY_WITH_TIMEOUT(m_opened.isValid(), 10000);
    m_browser.consent(m_opened, QStringLiteral("allow"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isWaiting(), 15000);
    QCOMPARE(renewed.count(), 0);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY(dialog->messageBar()->text().contains(QLatin1String("Demo Company (Ledgerlink)")));
    QVERIFY(!dialog->messageBar()->text().contains(QLatin1Char('{')));
    QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("reconnectSignInButton"))->text(),
        QStringLiteral("&Sign in Again"));
    QCOMPARE(stateOf(id), IntegrationState::NeedsReauthorisation);
}

void tst_ReconnectDialog::cancelAllowsSigningInAgain()
{
    const QString id = addIntegration(SandboxData::demoTenantId(QStringLiteral("xero"), 0));
    auto dialog = createDialog(id);
    dialog->show();
    dialog->startSignIn();
    QTRY_VERIFY_WITH_TIMEOUT(m_opened.isValid(), 10000);
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("reconnectCancelButton"));
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!dialog->isWaiting());
    QVERIFY(!m_renewal->isRunning());
    QCOMPARE(dialog->messageBar()->kind(), MessageBar::Kind::Information);
    QVERIFY(!dialog->messageBar()->text().isEmpty());
    QVERIFY(dialog->isVisible());
    // Signing in again works after a cancel.
    m_opened.clear();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reconnectSignInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_opened.isValid(), 10000);
    m_browser.consent(m_opened, QStringLiteral("allow"));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), IntegrationState::Active, 15000);
}

void tst_ReconnectDialog::closingWhileWaitingCancels()
{
    const QString id = addIntegration(SandboxData::demoTenantId(QStringLiteral("xero"), 0));
    auto dialog = createDialog(id);
    QSignalSpy rejected(dialog.get(), &QDialog::rejected);
    dialog->show();
    dialog->startSignIn();
    QTRY_VERIFY_WITH_TIMEOUT(m_opened.isValid(), 10000);
    QVERIFY(m_renewal->isRunning());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reconnectCloseButton")), Qt::LeftButton);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!m_renewal->isRunning());
    // The loopback listener is closed: the browser's answer no longer changes anything.
    m_browser.consent(m_opened, QStringLiteral("allow"));
    QCOMPARE(stateOf(id), IntegrationState::NeedsReauthorisation);
}

void tst_ReconnectDialog::customConnectionNeedsNoBrowser()
{
    Integration integration;
    integration.id = QStringLiteral("custom-1");
    integration.provider = QStringLiteral("xero");
    integration.appType = QStringLiteral("custom_connection");
    integration.tenantName = QStringLiteral("Demo Company (Ledgerlink)");
    ReconnectDialog dialog(*m_renewal, integration);
    const QString button = dialog.findChild<QPushButton *>(QStringLiteral("reconnectSignInButton"))->text();
    QCOMPARE(button, QStringLiteral("&Connect to Xero"));
    const QString intro = dialog.findChild<QLabel *>(QStringLiteral("reconnectIntro"))->text();
    QVERIFY2(!intro.contains(QLatin1String("browser")), qPrintable(intro));
}

QTEST_MAIN(tst_ReconnectDialog)
#include "tst_reconnectdialog.moc"

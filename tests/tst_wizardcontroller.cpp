#include "addappwizard.h"
#include "auth/loopbackreplyhandler.h"
#include "auth/secretjob.h"
#include "auth/secretstore.h"
#include "integrationbuilder.h"
#include "sandboxapps.h"
#include "sandboxserver.h"
#include "store/integrationrepository.h"
#include "tst_sandboxbrowser.h"
#include "tst_ui2fixture.h"
#include "wizardcontroller.h"

#include <QAbstractButton>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>

using namespace Ledgerlink;

/// Stands in for the system browser: remembers what the app asked to open.
class BrowserCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

// End to end, offscreen: the real wizard, WizardController, AuthorizationFlow against an
// in-process ledgerlink-sandbox (the test plays the browser over HTTP), IntegrationBuilder with
// the real keychain (tests/fixtures/with-keyring.sh) and a fresh store.
class tst_WizardController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void signInConfigureReviewSaveMakesActiveIntegrations();
    void deniedConsentIsShownOnAuthorisePage();
    void customConnectionNeedsNoBrowser();

private:
    void goToAuthorise(quint16 port, const QString &clientId);
    static quint16 freePort();
    QString registerApp(quint16 port);

    BrowserCatcher m_browser;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<Ui2Fixture> m_fx;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<IntegrationBuilder> m_builder;
    QPointer<AddAppWizard> m_wizard;
    QPointer<WizardController> m_controller;
    int m_apps = 0;
};

void tst_WizardController::initTestCase()
{
    for (const char *scheme : { "http", "https" }) {
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &m_browser, "open");
    }
}

void tst_WizardController::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

void tst_WizardController::init()
{
    m_browser.opened.clear();
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY(m_sandbox->listen() > 0);
    m_fx = std::make_unique<Ui2Fixture>();
    QVERIFY(m_fx->ok());
    SecretStoreOptions options;
    options.jobTimeoutMs = 8000;
    options.noBackendRetryDelayMs = 50;
    m_secrets = std::make_unique<SecretStore>(m_fx->db(), options, m_fx->clock());
    m_builder = std::make_unique<IntegrationBuilder>(m_fx->db(), m_fx->clock(), *m_secrets);
    const QStringList all { QStringLiteral("xero"), QStringLiteral("qbo"), QStringLiteral("sage"),
        QStringLiteral("myob") };
    m_wizard = new AddAppWizard(all, QStringLiteral("xero"), 15);
    m_controller = new WizardController(m_wizard, *m_builder, QUrl(m_sandbox->baseUrl()));
    m_controller->setAuthorizationTimeout(30000);
    m_wizard->show();
}

void tst_WizardController::cleanup()
{
    delete m_wizard;
    delete m_controller;
    m_builder.reset();
    m_secrets.reset();
    m_fx.reset();
    m_sandbox.reset();
}

quint16 tst_WizardController::freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress(QHostAddress::LocalHost), 0) ? probe.serverPort() : 0;
}

QString tst_WizardController::registerApp(quint16 port)
{
    SandboxApp app;
    app.provider = QStringLiteral("xero");
    app.clientId = QStringLiteral("UI2-APP-%1").arg(++m_apps);
    app.name = QStringLiteral("Ledgerlink wizard test");
    app.type = SandboxApp::Type::Pkce;
    app.redirectUris = { LoopbackReplyHandler::redirectUriForPort(port) };
    return m_sandbox->apps().add(app).ok() ? app.clientId : QString();
}

void tst_WizardController::goToAuthorise(quint16 port, const QString &clientId)
{
    QCOMPARE(m_wizard->currentId(), int(AddAppWizard::CredentialsPageId));
    m_wizard->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->setText(clientId);
    m_wizard->findChild<QSpinBox *>(QStringLiteral("redirectPortSpin"))->setValue(port);
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(AddAppWizard::AuthorizePageId));
    QTest::mouseClick(m_wizard->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_COMPARE(m_browser.opened.size(), 1); // the Authorise page opened "the browser"
}

void tst_WizardController::signInConfigureReviewSaveMakesActiveIntegrations()
{
    const quint16 port = freePort();
    const QString clientId = registerApp(port);
    QVERIFY(!clientId.isEmpty());
    goToAuthorise(port, clientId);

    SandboxBrowser browser;
    const SandboxBrowser::Page landing = browser.consent(m_browser.opened.constFirst(), QStringLiteral("allow"));
    QVERIFY2(landing.status == 200, landing.body.left(600).constData());
    auto *organisations = m_wizard->findChild<QListWidget *>(QStringLiteral("organisationList"));
    QTRY_VERIFY(organisations->count() >= 2); // the sandbox's Xero grant reaches two organisations
    QVERIFY(
        m_wizard->findChild<QLabel *>(QStringLiteral("connectedLabel"))->text().contains(QLatin1String("Connected")));
    for (int row = 0; row < organisations->count(); ++row) {
        organisations->item(row)->setCheckState(Qt::Checked);
    }
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(AddAppWizard::ConfigurePageId));

    // The review counts come from the sync engine's preview; here the test answers in its place.
    QSignalSpy preview(m_wizard.data(), &AddAppWizard::previewRequested);
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(AddAppWizard::ReviewPageId));
    QCOMPARE(preview.count(), 1);
    m_wizard->setPreviewCounts({ { QStringLiteral("customers"), 3 } }, { { QStringLiteral("taxRates"), 2 } });

    QSignalSpy saved(m_controller.data(), &WizardController::integrationsSaved);
    QSignalSpy failed(m_controller.data(), &WizardController::saveFailed);
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(saved.wait(20000));
    QCOMPARE(failed.count(), 0);
    const QStringList ids = saved.at(0).at(0).toStringList();
    QCOMPARE(ids.size(), organisations->count());

    IntegrationRepository repository(m_fx->db(), m_fx->clock());
    const auto stored = repository.findById(ids.constFirst());
    QVERIFY(stored.ok());
    QCOMPARE(stored->state, IntegrationState::Active);
    QVERIFY(stored->enabled);
    QCOMPARE(stored->clientId, clientId);
    QCOMPARE(stored->redirectPort, int(port));
    // The sandbox's refresh token went to the keychain under the grant, and only there.
    const auto names = m_secrets->names(stored->grantId);
    QVERIFY(names.ok());
    QCOMPARE(names.value(), QStringList { IntegrationBuilder::refreshTokenName() });
}

void tst_WizardController::deniedConsentIsShownOnAuthorisePage()
{
    const quint16 port = freePort();
    goToAuthorise(port, registerApp(port));
    SandboxBrowser browser;
    browser.consent(m_browser.opened.constFirst(), QStringLiteral("deny"));
    auto *message = m_wizard->findChild<QWidget *>(QStringLiteral("authorizeMessage"));
    QTRY_VERIFY(message->isVisible());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(IntegrationRepository(m_fx->db(), m_fx->clock()).all()->size(), 0);
}

void tst_WizardController::customConnectionNeedsNoBrowser()
{
    // The sandbox's pre-registered Xero custom connection (client credentials, one organisation).
    m_wizard->findChild<QAbstractButton *>(QStringLiteral("appType%1").arg(int(AppType::CustomConnection)))->click();
    m_wizard->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->setText(QStringLiteral("LEDGERLINK-XERO-CUSTOM"));
    m_wizard->findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"))
        ->setText(QStringLiteral("xero-custom-secret-0123456789abcdef"));
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(AddAppWizard::AuthorizePageId));
    QTest::mouseClick(m_wizard->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    auto *organisations = m_wizard->findChild<QListWidget *>(QStringLiteral("organisationList"));
    QTRY_COMPARE(organisations->count(), 1);
    QVERIFY(m_browser.opened.isEmpty()); // no browser for a custom connection
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(AddAppWizard::ReviewPageId));
    m_wizard->setPreviewCounts({ { QStringLiteral("customers"), 1 } }, {});
    QSignalSpy saved(m_controller.data(), &WizardController::integrationsSaved);
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(saved.wait(20000));
    const auto stored =
        IntegrationRepository(m_fx->db(), m_fx->clock()).findById(saved.at(0).at(0).toStringList().value(0));
    QVERIFY(stored.ok());
    QCOMPARE(stored->appType, QStringLiteral("custom_connection"));
    QCOMPARE(stored->redirectPort, 0);
    // A custom connection has no refresh token: only the client secret is kept, in the keychain.
    QCOMPARE(m_secrets->names(stored->grantId).value(), QStringList { IntegrationBuilder::clientSecretName() });
}

QTEST_MAIN(tst_WizardController)
#include "tst_wizardcontroller.moc"

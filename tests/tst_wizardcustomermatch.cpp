// Issue #7: the wizard's customer matching table filled from the provider's contacts, end to end
// and offscreen - the real wizard and WizardController, the sign-in against an in-process
// ledgerlink-sandbox (the test plays the browser over HTTP), CustomerMatchPreview reading the
// organisation's contacts with the sign-in's access token, IntegrationBuilder with the real
// keychain (tests/fixtures/with-keyring.sh), and the first sync through SyncThread.
#include "addappwizard.h"
#include "auth/loopbackreplyhandler.h"
#include "auth/secretstore.h"
#include "configurepage.h"
#include "customermatchtable.h"
#include "faultinjector.h"
#include "integrationbuilder.h"
#include "messagebar.h"
#include "providers/mainthreadtokensources.h"
#include "sandboxapps.h"
#include "sandboxdata.h"
#include "sandboxserver.h"
#include "store/customerrepository.h"
#include "store/integrationrepository.h"
#include "store/linkrepository.h"
#include "sync/syncthread.h"
#include "syncwaiter.h"
#include "testdatabase.h"
#include "testprofile.h"
#include "tst_sandboxbrowser.h"
#include "wizardcontroller.h"

#include <QDesktopServices>
#include <QGroupBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>

using namespace Ledgerlink;

/// Stands in for the system browser: remembers what the app asked to open.
class MatchBrowserCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class tst_WizardCustomerMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void xeroSuggestionsByRuleThenLinkAndSkipOnFirstSync();
    void sageSuggestionsByRule();
    void readFailureIsShownAndNextStillWorks();
    void closingTheWizardWhileReadingIsSafe();

private:
    void openWizard(const QString &provider);
    /// Credentials -> Authorise -> consent in "the browser" -> the organisation list is filled.
    QListWidget *signIn(const QString &provider);
    qint64 addCustomer(const QString &name, const QString &email = {}, const QString &accountNumber = {});
    void seedContacts(const QString &provider, const QJsonObject &sizes);
    ConfigurePage *configurePage() const;
    static quint16 freePort();

    MatchBrowserCatcher m_browser;
    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<IntegrationBuilder> m_builder;
    QPointer<AddAppWizard> m_wizard;
    QPointer<WizardController> m_controller;
    int m_apps = 0;
};

void tst_WizardCustomerMatch::initTestCase()
{
    for (const char *scheme : { "http", "https" }) {
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &m_browser, "open");
    }
}

void tst_WizardCustomerMatch::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

void tst_WizardCustomerMatch::init()
{
    m_browser.opened.clear();
    m_profile = std::make_unique<TestProfile>();
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY(m_sandbox->listen() > 0);
    auto db = TestDatabase::openFresh(*m_profile);
    LEDGERLINK_VERIFY_OK(db);
    m_db = std::move(db).value();
    SecretStoreOptions options;
    options.jobTimeoutMs = 8000;
    options.noBackendRetryDelayMs = 50;
    m_secrets = std::make_unique<SecretStore>(*m_db, options);
    m_builder = std::make_unique<IntegrationBuilder>(*m_db, Clock::system(), *m_secrets);
}

void tst_WizardCustomerMatch::cleanup()
{
    delete m_wizard;
    delete m_controller;
    m_builder.reset();
    m_secrets.reset();
    m_db.reset();
    m_sandbox.reset();
    m_profile.reset();
}

quint16 tst_WizardCustomerMatch::freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress(QHostAddress::LocalHost), 0) ? probe.serverPort() : 0;
}

void tst_WizardCustomerMatch::openWizard(const QString &provider)
{
    const QStringList all { QStringLiteral("xero"), QStringLiteral("qbo"), QStringLiteral("sage"),
        QStringLiteral("myob") };
    m_wizard = new AddAppWizard(all, provider, 15);
    m_controller = new WizardController(m_wizard, *m_builder, QUrl(m_sandbox->baseUrl()));
    m_controller->setAuthorizationTimeout(30000);
    m_controller->setLocalStore(*m_db, Clock::system());
    m_wizard->show();
}

QListWidget *tst_WizardCustomerMatch::signIn(const QString &provider)
{
    const quint16 port = freePort();
    SandboxApp app;
    app.provider = provider;
    app.clientId = QStringLiteral("WMATCH-APP-%1").arg(++m_apps);
    app.name = QStringLiteral("Ledgerlink matching test");
    app.type = provider == QLatin1String("xero") ? SandboxApp::Type::Pkce : SandboxApp::Type::Web;
    if (app.type == SandboxApp::Type::Web) {
        app.clientSecret = QStringLiteral("wmatch-secret-0123456789abcdef");
    }
    app.redirectUris = { LoopbackReplyHandler::redirectUriForPort(port) };
    if (!m_sandbox->apps().add(app).ok()) {
        qWarning("the sandbox refused the test app");
        return nullptr;
    }
    openWizard(provider);
    m_wizard->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->setText(app.clientId);
    if (!app.clientSecret.isEmpty()) {
        m_wizard->findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"))->setText(app.clientSecret);
    }
    m_wizard->findChild<QSpinBox *>(QStringLiteral("redirectPortSpin"))->setValue(port);
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    if (m_wizard->currentId() != AddAppWizard::AuthorizePageId) {
        qWarning("the credentials page did not accept the app");
        return nullptr;
    }
    QTest::mouseClick(m_wizard->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    if (!QTest::qWaitFor([this] { return !m_browser.opened.isEmpty(); }, 10000)) {
        qWarning("the authorise page opened no browser");
        return nullptr;
    }
    SandboxBrowser browser;
    const SandboxBrowser::Page landing = browser.consent(m_browser.opened.constFirst(), QStringLiteral("allow"));
    if (landing.status != 200) {
        qWarning("consent failed: %s", landing.body.left(400).constData());
        return nullptr;
    }
    auto *organisations = m_wizard->findChild<QListWidget *>(QStringLiteral("organisationList"));
    if (!QTest::qWaitFor([organisations] { return organisations->count() > 0; }, 10000)) {
        qWarning("no organisation after the sign-in");
        return nullptr;
    }
    return organisations;
}

qint64 tst_WizardCustomerMatch::addCustomer(const QString &name, const QString &email, const QString &accountNumber)
{
    Customer c;
    c.name = name;
    c.email = email;
    c.accountNumber = accountNumber;
    auto stored = CustomerRepository(*m_db, Clock::system()).insert(c);
    return stored ? stored->id : 0;
}

void tst_WizardCustomerMatch::seedContacts(const QString &provider, const QJsonObject &sizes)
{
    // Both demo organisations alike: whichever the consent lists first holds the look-alikes.
    for (int index : { 0, 1 }) {
        m_sandbox->seed(provider, SandboxData::demoTenantId(provider, index), sizes);
    }
}

ConfigurePage *tst_WizardCustomerMatch::configurePage() const
{
    return qobject_cast<ConfigurePage *>(m_wizard->page(AddAppWizard::ConfigurePageId));
}

void tst_WizardCustomerMatch::xeroSuggestionsByRuleThenLinkAndSkipOnFirstSync()
{
    const auto contact = [](const char *name, const char *email, const char *number) {
        QJsonObject c { { QStringLiteral("Name"), QString::fromUtf8(name) },
            { QStringLiteral("EmailAddress"), QString::fromUtf8(email) } };
        if (*number) {
            c.insert(QStringLiteral("ContactNumber"), QString::fromUtf8(number));
        }
        return c;
    };
    seedContacts(QStringLiteral("xero"),
        { { QStringLiteral("customers"), 0 }, { QStringLiteral("items"), 0 }, { QStringLiteral("invoices"), 0 },
            { QStringLiteral("contacts"),
                QJsonArray { contact("Keyholder Trading", "keys@keyholder.example", "ACC-1"),
                    contact("Mail Order Co", "orders@bravo.example", ""),
                    contact("Acme Limited", "info@acme.example", "") } } });
    const qint64 keyed =
        addCustomer(QStringLiteral("Alpha Keys"), QStringLiteral("a@alpha.example"), QStringLiteral("ACC-1"));
    const qint64 mailed = addCustomer(QStringLiteral("Bravo Mail"), QStringLiteral("Orders@Bravo.example"));
    const qint64 named = addCustomer(QStringLiteral("ACME Ltd"), QStringLiteral("hello@acme-ltd.example"));
    const qint64 lonely = addCustomer(QStringLiteral("Delta Unmatched"), QStringLiteral("d@delta.example"));

    QListWidget *organisations = signIn(QStringLiteral("xero"));
    QVERIFY(organisations);
    QCOMPARE(organisations->count(), 2); // the sandbox's Xero grant reaches two organisations
    for (int row = 0; row < organisations->count(); ++row) {
        organisations->item(row)->setCheckState(Qt::Checked);
    }
    const QString firstOrganisation = organisations->item(0)->text();
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(AddAppWizard::ConfigurePageId));

    // Several organisations: the read starts for the first ticked one as Configure opens.
    ConfigurePage *configure = configurePage();
    CustomerMatchTable *table = configure->customerMatchTable();
    QVERIFY(!configure->findChild<QGroupBox *>(QStringLiteral("customerMatchBox"))->isHidden());
    QCOMPARE(table->caption(), QStringLiteral("Reading Xero's contacts…"));
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 3, 15000);
    QVERIFY2(table->caption().contains(firstOrganisation), qPrintable(table->caption()));
    QVERIFY2(table->summary().startsWith(QLatin1String("1 other customer")), qPrintable(table->summary()));

    // One row per rule, sorted by local name, each with its suggested contact and Link preselected.
    const QList<CustomerMatchSuggestion> rows = table->suggestions();
    QCOMPARE(rows.at(0).localId, named);
    QCOMPARE(rows.at(0).remoteName, QStringLiteral("Acme Limited")); // name
    QCOMPARE(rows.at(1).localId, keyed);
    QCOMPARE(rows.at(1).remoteName, QStringLiteral("Keyholder Trading")); // ContactNumber
    QCOMPARE(rows.at(2).localId, mailed);
    QCOMPARE(rows.at(2).remoteName, QStringLiteral("Mail Order Co")); // e-mail
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(table->action(row), CustomerMatchTable::Action::Link);
    }
    // ACME Ltd is another company than Acme Limited; Bravo Mail stays out of Xero.
    table->setAction(0, CustomerMatchTable::Action::Create);
    table->setAction(2, CustomerMatchTable::Action::Skip);

    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(AddAppWizard::ReviewPageId));
    m_wizard->setPreviewCounts({ { QStringLiteral("customers"), 2 } }, {});
    QSignalSpy saved(m_controller.data(), &WizardController::integrationsSaved);
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(saved.wait(20000));
    const QStringList ids = saved.at(0).at(0).toStringList();
    QCOMPARE(ids.size(), 2);
    const auto integration = IntegrationRepository(*m_db, Clock::system()).findById(ids.constFirst());
    LEDGERLINK_VERIFY_OK(integration);
    QCOMPARE(integration->tenantName, firstOrganisation);
    // The answers belong to the organisation the table was read from only.
    QVERIFY(integration->settings.contains(QStringLiteral("customer_matching")));
    const auto second = IntegrationRepository(*m_db, Clock::system()).findById(ids.at(1));
    QVERIFY(!second->settings.contains(QStringLiteral("customer_matching")));

    // The first sync, as DesktopApp runs it: keychain tokens on this thread, the engine on its own.
    QNetworkAccessManager network;
    MainThreadTokenSources tokens(*m_db, &network, QUrl(m_sandbox->baseUrl()));
    SyncEngine::Config config;
    auto location = TestDatabase::location(*m_profile);
    LEDGERLINK_VERIFY_OK(location);
    config.location = location.value();
    config.sandboxBase = QUrl(m_sandbox->baseUrl());
    config.tokenSources = tokens.factory();
    SyncThread sync(config);
    QVERIFY(SyncWaiter::start(sync));
    const RunSummary summary = SyncWaiter::run(sync, integration->id, true, 60000);
    QVERIFY2(summary.result == RunResult::Succeeded || summary.result == RunResult::PartlyFailed,
        qPrintable(summary.message + QLatin1Char(' ') + summary.detail));

    const QList<QJsonObject> contacts =
        m_sandbox->data().records(QStringLiteral("xero"), integration->tenantId, QStringLiteral("Contacts"));
    QHash<QString, QString> idByName;
    for (const QJsonObject &c : contacts) {
        idByName.insert(c.value(QStringLiteral("Name")).toString(), c.value(QStringLiteral("ContactID")).toString());
    }
    LinkRepository links(*m_db, Clock::system());
    const auto linkOf = [&](qint64 localId) {
        auto link = links.findByLocal(integration->id, QStringLiteral("customer"), localId);
        return link && link->has_value() ? link->value().remoteId : QString();
    };
    // Linked as answered - and no second contact made for it.
    QVERIFY(!linkOf(keyed).isEmpty());
    QCOMPARE(linkOf(keyed), idByName.value(QStringLiteral("Keyholder Trading")));
    QVERIFY(!idByName.contains(QStringLiteral("Alpha Keys")));
    // "Create new" despite the suggestion: a contact of its own; the look-alike comes in as
    // another local customer instead of being matched to it.
    QVERIFY(idByName.contains(QStringLiteral("ACME Ltd")));
    QCOMPARE(linkOf(named), idByName.value(QStringLiteral("ACME Ltd")));
    // Skipped: neither linked nor sent, and its look-alike is not pulled in as another customer.
    QVERIFY(linkOf(mailed).isEmpty());
    QVERIFY(!idByName.contains(QStringLiteral("Bravo Mail")));
    auto local = CustomerRepository(*m_db, Clock::system()).page(0, 100);
    LEDGERLINK_VERIFY_OK(local);
    QStringList localNames;
    for (const Customer &c : local.value()) {
        localNames << c.name;
    }
    QCOMPARE(localNames.size(), 5);
    QVERIFY(localNames.contains(QStringLiteral("Acme Limited")));
    QVERIFY(!localNames.contains(QStringLiteral("Mail Order Co")));
    // Without a row: created in Xero by the first sync.
    QVERIFY(idByName.contains(QStringLiteral("Delta Unmatched")));
    QCOMPARE(linkOf(lonely), idByName.value(QStringLiteral("Delta Unmatched")));
    QCOMPARE(contacts.size(), 5);
}

void tst_WizardCustomerMatch::sageSuggestionsByRule()
{
    // Sage's demo contacts: "Customer N Ltd", reference CUST00N, ap<N>@example.co.uk.
    seedContacts(QStringLiteral("sage"),
        { { QStringLiteral("customers"), 3 }, { QStringLiteral("items"), 0 }, { QStringLiteral("invoices"), 0 } });
    const qint64 keyed =
        addCustomer(QStringLiteral("Key Holder"), QStringLiteral("kh@example.com"), QStringLiteral("CUST001"));
    const qint64 mailed = addCustomer(QStringLiteral("Mailed Person"), QStringLiteral("ap2@example.co.uk"));
    const qint64 named = addCustomer(QStringLiteral("Customer 3 Limited"));
    addCustomer(QStringLiteral("Nobody Alike"));
    addCustomer(QStringLiteral("Nobody Either"));

    QListWidget *organisations = signIn(QStringLiteral("sage"));
    QVERIFY(organisations);
    if (organisations->item(0)->checkState() != Qt::Checked) {
        organisations->item(0)->setCheckState(Qt::Checked);
    }
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(AddAppWizard::ConfigurePageId));
    CustomerMatchTable *table = configurePage()->customerMatchTable();
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 3, 15000);
    const QList<CustomerMatchSuggestion> rows = table->suggestions();
    QCOMPARE(rows.at(0).localId, named);
    QCOMPARE(rows.at(0).remoteName, QStringLiteral("Customer 3 Ltd"));
    QCOMPARE(rows.at(1).localId, keyed);
    QCOMPARE(rows.at(1).remoteName, QStringLiteral("Customer 1 Ltd"));
    QCOMPARE(rows.at(2).localId, mailed);
    QCOMPARE(rows.at(2).remoteName, QStringLiteral("Customer 2 Ltd"));
    QVERIFY2(table->summary().startsWith(QLatin1String("2 other customer")), qPrintable(table->summary()));
}

void tst_WizardCustomerMatch::readFailureIsShownAndNextStillWorks()
{
    addCustomer(QStringLiteral("Acme Ltd"));
    SandboxFault fault;
    fault.provider = QStringLiteral("xero");
    fault.pathPattern = QStringLiteral("*Contacts*");
    fault.kind = SandboxFault::Kind::HttpError;
    fault.status = 503;
    m_sandbox->faults().add(fault);

    QListWidget *organisations = signIn(QStringLiteral("xero"));
    QVERIFY(organisations);
    organisations->item(0)->setCheckState(Qt::Checked);
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(AddAppWizard::ConfigurePageId));
    ConfigurePage *configure = configurePage();
    auto *message = configure->findChild<MessageBar *>(QStringLiteral("customerMatchMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 20000);
    const QString text = message->text();
    QVERIFY2(text.startsWith(QLatin1String("Ledgerlink could not read Xero's contacts: ")), qPrintable(text));
    QVERIFY2(text.endsWith(QLatin1String("The customers will be matched automatically on the first sync.")),
        qPrintable(text));
    QVERIFY(configure->findChild<QGroupBox *>(QStringLiteral("customerMatchBox"))->isHidden());

    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(AddAppWizard::ReviewPageId));
    QVERIFY(m_wizard->draft().customerLinks.isEmpty());
}

void tst_WizardCustomerMatch::closingTheWizardWhileReadingIsSafe()
{
    addCustomer(QStringLiteral("Acme Ltd"));
    // Xero never answers the contact read: the wizard is closed while the request is open.
    SandboxFault stall;
    stall.provider = QStringLiteral("xero");
    stall.pathPattern = QStringLiteral("*Contacts*");
    stall.kind = SandboxFault::Kind::Stall;
    stall.remaining = 1;
    m_sandbox->faults().add(stall);

    QListWidget *organisations = signIn(QStringLiteral("xero"));
    QVERIFY(organisations);
    organisations->item(0)->setCheckState(Qt::Checked);
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    CustomerMatchTable *table = configurePage()->customerMatchTable();
    QCOMPARE(table->caption(), QStringLiteral("Reading Xero's contacts…"));
    // The request reaches the sandbox (and stalls there: the one-shot fault is used up) before the
    // wizard goes.
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->faults().isEmpty(), 5000);
    m_wizard->reject();
    delete m_wizard.data();
    QVERIFY(m_controller.isNull()); // went with its wizard, the read with it
    QTest::qWait(50); // anything still queued for the gone objects runs now and must not crash
}

QTEST_MAIN(tst_WizardCustomerMatch)
#include "tst_wizardcustomermatch.moc"

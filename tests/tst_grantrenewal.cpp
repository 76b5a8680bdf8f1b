#include "auth/grantrenewal.h"
#include "auth/secretjob.h"
#include "auth/secretstore.h"
#include "auth/tokenmanager.h"
#include "mockclock.h"
#include "sandboxapps.h"
#include "sandboxdata.h"
#include "sandboxserver.h"
#include "store/database.h"
#include "store/integrationrepository.h"
#include "store/notificationrepository.h"
#include "testprofile.h"
#include "tst_sandboxbrowser.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

using namespace Ledgerlink;
using Provider = ProviderEndpoints::Provider;

namespace {

// Every log line of the process during a renewal, to prove no token or secret is written out.
QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_logLines << message;
    if (g_previousHandler) {
        g_previousHandler(type, context, message);
    }
}

} // namespace

// Reconnect in place against an in-process ledgerlink-sandbox and a real Secret Service
// (tests/fixtures/with-keyring.sh): the test plays the admin's browser with SandboxBrowser.
class tst_GrantRenewal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void renewsGrantInPlace_data();
    void renewsGrantInPlace();
    void otherOrganisationChangesNothing();
    void missingClientSecretIsReported();
    void cancelEndsRenewal();
    void reachedSharerIsRenewedToo();
    void unreachedSharerKeepsOldGrant();

private:
    struct Setup
    {
        QString integrationId;
        QString grantId;
        quint16 port = 0;
    };
    Setup addIntegration(Provider provider, AppType type, const QString &tenantId, const QString &grantId = {});
    QString addSharer(const Setup &of, const QString &tenantId, IntegrationState state);
    std::optional<Result<GrantRenewal::Outcome>> renew(
        const Setup &setup, const QString &decision = QStringLiteral("allow"));
    Result<QByteArray> readSecret(const QString &owner, const QString &name);
    bool writeSecret(const QString &owner, const QString &name, const QByteArray &value);
    Integration integration(const QString &id);
    static quint16 freePort();

    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<SandboxServer> m_sandbox;
    QNetworkAccessManager m_network;
    SandboxBrowser m_browser;
    MockClock m_clock;
    int m_counter = 0;
};

static const QByteArray kOldRefreshToken = QByteArrayLiteral("old-refresh-token-rejected-by-provider");

void tst_GrantRenewal::init()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QSKIP("needs a Secret Service (run through tests/fixtures/with-keyring.sh)");
    }
    m_profile = std::make_unique<TestProfile>();
    auto db = Database::open(DatabaseLocation::sqliteFile(m_profile->filePath(QStringLiteral("store.sqlite"))));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_secrets = std::make_unique<SecretStore>(*m_db, m_clock);
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY(m_sandbox->listen() > 0);
}

void tst_GrantRenewal::cleanup()
{
    m_sandbox.reset();
    m_secrets.reset();
    m_db.reset();
    m_profile.reset();
}

quint16 tst_GrantRenewal::freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress(QHostAddress::LocalHost), 0) ? probe.serverPort() : 0;
}

Result<QByteArray> tst_GrantRenewal::readSecret(const QString &owner, const QString &name)
{
    std::optional<Result<QByteArray>> read;
    SecretJob *job = m_secrets->read(owner, name);
    connect(job, &SecretJob::finished, this, [&read](const Result<QByteArray> &r) { read = r; });
    if (!QTest::qWaitFor([&] { return read.has_value(); }, 10000)) {
        return Error(Error::Kind::Fatal, QStringLiteral("keychain read timed out"));
    }
    return *read;
}

bool tst_GrantRenewal::writeSecret(const QString &owner, const QString &name, const QByteArray &value)
{
    std::optional<Result<QByteArray>> written;
    SecretJob *job = m_secrets->write(owner, name, value);
    connect(job, &SecretJob::finished, this, [&written](const Result<QByteArray> &r) { written = r; });
    return QTest::qWaitFor([&] { return written.has_value(); }, 10000) && written->ok();
}

Integration tst_GrantRenewal::integration(const QString &id)
{
    Result<Integration> found = IntegrationRepository(*m_db, m_clock).findById(id);
    return found ? found.value() : Integration();
}

// An integration that lost its grant: registered app, stale refresh token in the keychain, state
// Needs re-authorisation and the sticky notification the sync engine leaves.
tst_GrantRenewal::Setup tst_GrantRenewal::addIntegration(
    Provider provider, AppType type, const QString &tenantId, const QString &grantId)
{
    Setup setup;
    setup.port = freePort();
    SandboxApp app;
    app.provider = ProviderEndpoints::key(provider);
    app.clientId = QStringLiteral("RENEW-TEST-%1").arg(++m_counter);
    app.name = QStringLiteral("Ledgerlink renewal test");
    app.type = type == AppType::PkceDesktop ? SandboxApp::Type::Pkce : SandboxApp::Type::Web;
    app.clientSecret = type == AppType::PkceDesktop ? QString() : QStringLiteral("renew-test-secret");
    app.redirectUris = { LoopbackReplyHandler::redirectUriForPort(setup.port) };
    if (!m_sandbox->apps().add(app).ok()) {
        return {};
    }
    Integration integration;
    integration.provider = app.provider;
    integration.appType = type == AppType::PkceDesktop ? QStringLiteral("pkce") : QStringLiteral("web");
    integration.clientId = app.clientId;
    integration.grantId = grantId.isEmpty() ? QStringLiteral("renew-grant-%1").arg(m_counter) : grantId;
    integration.tenantId = tenantId;
    integration.tenantName = QStringLiteral("Demo Company (Ledgerlink)");
    integration.state = IntegrationState::NeedsReauthorisation;
    integration.enabled = true;
    integration.redirectPort = setup.port;
    auto stored = IntegrationRepository(*m_db, m_clock).insert(integration);
    if (!stored) {
        return {};
    }
    setup.integrationId = stored->id;
    setup.grantId = integration.grantId;
    if (!writeSecret(setup.grantId, QStringLiteral("refresh_token"), kOldRefreshToken)) {
        return {};
    }
    if (type != AppType::PkceDesktop
        && !writeSecret(setup.grantId, QStringLiteral("client_secret"), app.clientSecret.toUtf8())) {
        return {};
    }
    Notification sticky;
    sticky.integrationId = setup.integrationId;
    sticky.severity = NotificationSeverity::Error;
    sticky.title = QStringLiteral("Sign in again");
    sticky.message = QStringLiteral("stopped syncing until you reconnect");
    sticky.sticky = true;
    if (!NotificationRepository(*m_db, m_clock).add(sticky)) {
        return {};
    }
    return setup;
}

QString tst_GrantRenewal::addSharer(const Setup &of, const QString &tenantId, IntegrationState state)
{
    Integration sharer = integration(of.integrationId);
    sharer.id.clear();
    sharer.tenantId = tenantId;
    sharer.tenantName = QStringLiteral("Sharer %1").arg(tenantId);
    sharer.state = state;
    auto stored = IntegrationRepository(*m_db, m_clock).insert(sharer);
    return stored ? stored->id : QString();
}

std::optional<Result<GrantRenewal::Outcome>> tst_GrantRenewal::renew(const Setup &setup, const QString &decision)
{
    GrantRenewal renewal(*m_db, m_clock, *m_secrets);
    QSignalSpy finished(&renewal, &GrantRenewal::finished);
    std::optional<Result<GrantRenewal::Outcome>> outcome;
    connect(
        &renewal, &GrantRenewal::finished, this, [&outcome](const Result<GrantRenewal::Outcome> &r) { outcome = r; });
    QUrl authorizeUrl;
    connect(&renewal, &GrantRenewal::authorizeUrlReady, this, [&authorizeUrl](const QUrl &url) { authorizeUrl = url; });
    GrantRenewal::Options options;
    options.sandboxBase = QUrl(m_sandbox->baseUrl());
    options.timeoutMs = 20000;
    if (!renewal.start(setup.integrationId, options)) {
        return std::nullopt;
    }
    if (!QTest::qWaitFor([&] { return authorizeUrl.isValid() || finished.count() > 0; }, 10000)) {
        return std::nullopt;
    }
    if (authorizeUrl.isValid()) {
        m_browser.consent(authorizeUrl, decision);
    }
    if (!QTest::qWaitFor([&] { return finished.count() > 0; }, 15000)) {
        return std::nullopt;
    }
    QTest::qWait(50); // a second finished() would show up here
    if (finished.count() != 1) {
        return std::nullopt;
    }
    return outcome;
}

void tst_GrantRenewal::renewsGrantInPlace_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<AppType>("type");
    QTest::newRow("xero pkce") << Provider::Xero << AppType::PkceDesktop;
    QTest::newRow("xero web (secret from keychain)") << Provider::Xero << AppType::WebApp;
    QTest::newRow("qbo web") << Provider::Qbo << AppType::WebApp;
    QTest::newRow("sage web") << Provider::Sage << AppType::WebApp;
    QTest::newRow("myob web") << Provider::Myob << AppType::WebApp;
}

void tst_GrantRenewal::renewsGrantInPlace()
{
    QFETCH(Provider, provider);
    QFETCH(AppType, type);
    const Setup setup = addIntegration(provider, type, SandboxData::demoTenantId(ProviderEndpoints::key(provider), 0));
    QVERIFY(!setup.integrationId.isEmpty());
    QCOMPARE(NotificationRepository(*m_db, m_clock).unreadCount().value(), 1);

    QLoggingCategory::setFilterRules(QStringLiteral("ledgerlink.*.debug=true"));
    g_logLines.clear();
    g_previousHandler = qInstallMessageHandler(captureLog);
    const auto result = renew(setup);
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().toString()));
    QCOMPARE(result->value().renewedIds, QStringList { setup.integrationId });
    QCOMPARE(result->value().grantId, setup.grantId);

    const Integration renewed = integration(setup.integrationId);
    QCOMPARE(renewed.state, IntegrationState::Active);
    QCOMPARE(renewed.grantId, setup.grantId);
    QCOMPARE(NotificationRepository(*m_db, m_clock).unreadCount().value(), 0);

    // The new refresh token is under the integration's existing key name, and the provider takes it.
    const Result<QByteArray> token = readSecret(setup.grantId, QStringLiteral("refresh_token"));
    QVERIFY(token.ok());
    QVERIFY(!token.value().isEmpty());
    QVERIFY(token.value() != kOldRefreshToken);
    QVERIFY(!g_logLines.isEmpty());
    for (const QString &line : std::as_const(g_logLines)) {
        QVERIFY2(!line.contains(QString::fromUtf8(token.value())), "the new refresh token was logged");
        QVERIFY2(!line.contains(QLatin1String("renew-test-secret")), "the client secret was logged");
    }
    TokenManager::Config config;
    config.endpoints = ProviderEndpoints::forProvider(provider, QUrl(m_sandbox->baseUrl()));
    config.appType = type;
    config.clientId = renewed.clientId;
    config.clientSecret = type == AppType::PkceDesktop ? QString() : QStringLiteral("renew-test-secret");
    config.grantId = setup.grantId;
    TokenManager manager(config, *m_secrets, &m_network, m_clock);
    std::optional<Result<QString>> access;
    manager.accessToken(this, [&access](const Result<QString> &r) { access = r; });
    QTRY_VERIFY_WITH_TIMEOUT(access.has_value(), 10000);
    QVERIFY2(access->ok(), qPrintable(access->ok() ? QString() : access->error().toString()));
}

void tst_GrantRenewal::otherOrganisationChangesNothing()
{
    const Setup setup =
        addIntegration(Provider::Xero, AppType::PkceDesktop, QStringLiteral("tenant-the-sign-in-does-not-reach"));
    QVERIFY(!setup.integrationId.isEmpty());
    const auto result = renew(setup);
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QVERIFY(result->error().userMessage().contains(QLatin1String("Demo Company (Ledgerlink)")));
    QVERIFY(result->error().userMessage().contains(QLatin1String("nothing was changed")));
    QVERIFY(!result->error().userMessage().contains(QLatin1Char('{'))); // no raw JSON
    QCOMPARE(integration(setup.integrationId).state, IntegrationState::NeedsReauthorisation);
    QCOMPARE(readSecret(setup.grantId, QStringLiteral("refresh_token")).value(), kOldRefreshToken);
    QCOMPARE(NotificationRepository(*m_db, m_clock).unreadCount().value(), 1);
}

void tst_GrantRenewal::missingClientSecretIsReported()
{
    const Setup setup =
        addIntegration(Provider::Xero, AppType::WebApp, SandboxData::demoTenantId(QStringLiteral("xero"), 0));
    QVERIFY(!setup.integrationId.isEmpty());
    std::optional<Result<QByteArray>> removed;
    SecretJob *job = m_secrets->remove(setup.grantId, QStringLiteral("client_secret"));
    connect(job, &SecretJob::finished, this, [&removed](const Result<QByteArray> &r) { removed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10000);

    const auto result = renew(setup);
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QVERIFY(result->error().userMessage().contains(QLatin1String("client secret")));
    QCOMPARE(integration(setup.integrationId).state, IntegrationState::NeedsReauthorisation);
}

void tst_GrantRenewal::cancelEndsRenewal()
{
    const Setup setup =
        addIntegration(Provider::Xero, AppType::PkceDesktop, SandboxData::demoTenantId(QStringLiteral("xero"), 0));
    QVERIFY(!setup.integrationId.isEmpty());
    GrantRenewal renewal(*m_db, m_clock, *m_secrets);
    QSignalSpy finished(&renewal, &GrantRenewal::finished);
    std::optional<Result<GrantRenewal::Outcome>> result;
    connect(&renewal, &GrantRenewal::finished, this, [&result](const Result<GrantRenewal::Outcome> &r) { result = r; });
    QSignalSpy urlReady(&renewal, &GrantRenewal::authorizeUrlReady);
    GrantRenewal::Options options;
    options.sandboxBase = QUrl(m_sandbox->baseUrl());
    QVERIFY(renewal.start(setup.integrationId, options));
    QVERIFY(!renewal.start(setup.integrationId, options)); // one at a time
    QVERIFY(urlReady.wait(10000));
    renewal.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!renewal.isRunning());
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QVERIFY(GrantRenewal::isCancellation(result->error()));
    // The listener is closed: a late browser answer reaches nobody.
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(integration(setup.integrationId).state, IntegrationState::NeedsReauthorisation);
}

void tst_GrantRenewal::reachedSharerIsRenewedToo()
{
    const Setup setup =
        addIntegration(Provider::Xero, AppType::PkceDesktop, SandboxData::demoTenantId(QStringLiteral("xero"), 0));
    QVERIFY(!setup.integrationId.isEmpty());
    const QString sharer =
        addSharer(setup, SandboxData::demoTenantId(QStringLiteral("xero"), 1), IntegrationState::NeedsReauthorisation);
    QVERIFY(!sharer.isEmpty());
    const auto result = renew(setup);
    QVERIFY(result.has_value());
    QVERIFY(result->ok());
    QCOMPARE(result->value().renewedIds, (QStringList { setup.integrationId, sharer }));
    QCOMPARE(integration(sharer).state, IntegrationState::Active);
    QCOMPARE(integration(sharer).grantId, setup.grantId);
}

void tst_GrantRenewal::unreachedSharerKeepsOldGrant()
{
    const Setup setup =
        addIntegration(Provider::Xero, AppType::WebApp, SandboxData::demoTenantId(QStringLiteral("xero"), 0));
    QVERIFY(!setup.integrationId.isEmpty());
    const QString sharer = addSharer(setup, QStringLiteral("tenant-elsewhere"), IntegrationState::Active);
    QVERIFY(!sharer.isEmpty());
    const auto result = renew(setup);
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().toString()));
    const QString newGrant = result->value().grantId;
    QVERIFY(newGrant != setup.grantId);
    QCOMPARE(integration(setup.integrationId).grantId, newGrant);
    QCOMPARE(integration(setup.integrationId).state, IntegrationState::Active);
    // The sharer keeps the old grant and its secrets; the new grant has its own copies.
    QCOMPARE(integration(sharer).grantId, setup.grantId);
    QCOMPARE(readSecret(setup.grantId, QStringLiteral("refresh_token")).value(), kOldRefreshToken);
    QCOMPARE(m_secrets->names(newGrant).value(),
        (QStringList { QStringLiteral("client_secret"), QStringLiteral("refresh_token") }));
    QCOMPARE(readSecret(newGrant, QStringLiteral("client_secret")).value(), QByteArrayLiteral("renew-test-secret"));
}

QTEST_GUILESS_MAIN(tst_GrantRenewal)
#include "tst_grantrenewal.moc"

#include "auth/grantrevocation.h"
#include "auth/tokenmanager.h"
#include "mockclock.h"
#include "store/database.h"
#include "testprofile.h"
#include "tst_sandboxconnect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

using namespace Ledgerlink;
using Provider = ProviderEndpoints::Provider;

// Disconnect against an in-process ledgerlink-sandbox and a real Secret Service
// (tests/fixtures/with-keyring.sh).
class tst_GrantRevocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void revokeEndsGrantAndForgetsSecrets_data();
    void revokeEndsGrantAndForgetsSecrets();
    void xeroDeleteConnectionOnlyKeepsGrant();
    void unreachableProviderStillForgetsSecrets();

private:
    std::optional<Status> run(const GrantRevocation::Request &request);
    GrantRevocation::Request requestFor(
        Provider provider, AppType type, const SandboxGrantForTest &grant, const QUrl &base);
    Result<QString> refreshWith(Provider provider, AppType type, const SandboxGrantForTest &grant);
    QStringList xeroConnections(const QString &accessToken);

    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<SandboxServer> m_sandbox;
    QNetworkAccessManager m_network;
    SandboxBrowser m_browser;
    MockClock m_clock;
    QString m_grantId;
    int m_counter = 0;
};

void tst_GrantRevocation::init()
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
    m_grantId = QStringLiteral("revoke-grant-%1").arg(++m_counter);
}

void tst_GrantRevocation::cleanup()
{
    m_sandbox.reset();
    m_secrets.reset();
    m_db.reset();
    m_profile.reset();
}

std::optional<Status> tst_GrantRevocation::run(const GrantRevocation::Request &request)
{
    GrantRevocation revocation(request, &m_network, *m_secrets);
    std::optional<Status> status;
    int count = 0;
    connect(&revocation, &GrantRevocation::finished, this, [&](const Status &s) {
        status = s;
        ++count;
    });
    revocation.start();
    if (!QTest::qWaitFor([&] { return status.has_value(); }, 15000) || count != 1) {
        return std::nullopt;
    }
    return status;
}

GrantRevocation::Request tst_GrantRevocation::requestFor(
    Provider provider, AppType type, const SandboxGrantForTest &grant, const QUrl &base)
{
    GrantRevocation::Request request;
    request.endpoints = ProviderEndpoints::forProvider(provider, base);
    request.appType = type;
    request.clientId = grant.clientId;
    request.clientSecret = grant.clientSecret;
    request.refreshToken = grant.result.refreshToken;
    request.accessToken = grant.result.accessToken;
    request.grantId = m_grantId;
    return request;
}

// What a later refresh with the old refresh token gets from the provider.
Result<QString> tst_GrantRevocation::refreshWith(Provider provider, AppType type, const SandboxGrantForTest &grant)
{
    TokenManager::Config config;
    config.endpoints = ProviderEndpoints::forProvider(provider, QUrl(m_sandbox->baseUrl()));
    config.appType = type;
    config.clientId = grant.clientId;
    config.clientSecret = grant.clientSecret;
    config.grantId = m_grantId;
    TokenManager manager(config, *m_secrets, &m_network, m_clock);
    manager.setRefreshToken(grant.result.refreshToken);
    std::optional<Result<QString>> result;
    manager.accessToken(this, [&result](const Result<QString> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000)) {
        return Error(Error::Kind::Fatal, QStringLiteral("no answer"));
    }
    return *result;
}

QStringList tst_GrantRevocation::xeroConnections(const QString &accessToken)
{
    QNetworkRequest request(QUrl(m_sandbox->baseUrl() + QStringLiteral("/xero/api/connections")));
    request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    const auto page = m_browser.fetch(request);
    if (page.status != 200) {
        return { QStringLiteral("HTTP %1").arg(page.status) };
    }
    QStringList ids;
    const QJsonArray list = QJsonDocument::fromJson(page.body).array();
    for (const QJsonValue &v : list) {
        ids << v.toObject().value(QStringLiteral("id")).toString();
    }
    return ids;
}

void tst_GrantRevocation::revokeEndsGrantAndForgetsSecrets_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<AppType>("type");
    QTest::addColumn<bool>("providerRevokes"); // MYOB documents no revocation endpoint
    QTest::newRow("xero pkce") << Provider::Xero << AppType::PkceDesktop << true;
    QTest::newRow("xero web") << Provider::Xero << AppType::WebApp << true;
    QTest::newRow("qbo (JSON body)") << Provider::Qbo << AppType::WebApp << true;
    QTest::newRow("sage (form body)") << Provider::Sage << AppType::WebApp << true;
    QTest::newRow("myob (nothing to revoke)") << Provider::Myob << AppType::WebApp << false;
}

void tst_GrantRevocation::revokeEndsGrantAndForgetsSecrets()
{
    QFETCH(Provider, provider);
    QFETCH(AppType, type);
    QFETCH(bool, providerRevokes);
    const auto grant =
        connectThroughSandbox(*m_sandbox, m_browser, m_secrets.get(), m_grantId, provider, type, m_clock);
    QVERIFY2(grant.has_value(), "could not authorise against the sandbox");
    QCOMPARE(m_secrets->names(m_grantId).value(), QStringList { QStringLiteral("refresh_token") });

    const auto status = run(requestFor(provider, type, *grant, QUrl(m_sandbox->baseUrl())));
    QVERIFY(status.has_value());
    QVERIFY2(status->ok(), qPrintable(status->ok() ? QString() : status->error().toString()));
    QCOMPARE(m_secrets->names(m_grantId).value(), QStringList());

    const Result<QString> refreshed = refreshWith(provider, type, *grant);
    if (providerRevokes) {
        QVERIFY(!refreshed.ok());
        QCOMPARE(refreshed.error().kind(), Error::Kind::Auth);
        QVERIFY(refreshed.error().detail().contains(QLatin1String("invalid_grant")));
    } else {
        QVERIFY(refreshed.ok());
    }
    if (provider == Provider::Xero) {
        QVERIFY(
            !xeroConnections(grant->result.accessToken).startsWith(grant->result.organisations.first().connectionId));
    }
}

void tst_GrantRevocation::xeroDeleteConnectionOnlyKeepsGrant()
{
    const auto grant = connectThroughSandbox(
        *m_sandbox, m_browser, m_secrets.get(), m_grantId, Provider::Xero, AppType::PkceDesktop, m_clock);
    QVERIFY2(grant.has_value(), "could not authorise against the sandbox");
    QCOMPARE(grant->result.organisations.size(), 2);
    // Two integrations share the grant; disconnecting one removes only its organisation.
    GrantRevocation::Request request =
        requestFor(Provider::Xero, AppType::PkceDesktop, *grant, QUrl(m_sandbox->baseUrl()));
    request.revokeGrant = false;
    request.connectionId = grant->result.organisations.first().connectionId;
    const auto status = run(request);
    QVERIFY(status.has_value());
    QVERIFY(status->ok());
    QCOMPARE(
        xeroConnections(grant->result.accessToken), QStringList { grant->result.organisations.last().connectionId });
    QCOMPARE(m_secrets->names(m_grantId).value(), QStringList { QStringLiteral("refresh_token") });
    QVERIFY(refreshWith(Provider::Xero, AppType::PkceDesktop, *grant).ok());
}

void tst_GrantRevocation::unreachableProviderStillForgetsSecrets()
{
    const auto grant = connectThroughSandbox(
        *m_sandbox, m_browser, m_secrets.get(), m_grantId, Provider::Xero, AppType::PkceDesktop, m_clock);
    QVERIFY2(grant.has_value(), "could not authorise against the sandbox");
    // Port 9 (discard) on loopback: nothing answers.
    const auto status =
        run(requestFor(Provider::Xero, AppType::PkceDesktop, *grant, QUrl(QStringLiteral("http://127.0.0.1:9"))));
    QVERIFY(status.has_value());
    QVERIFY(!status->ok());
    QVERIFY(status->error().isRetryable());
    QVERIFY(status->error().userMessage().contains(QLatin1String("removed its stored credentials")));
    QCOMPARE(m_secrets->names(m_grantId).value(), QStringList());
}

QTEST_GUILESS_MAIN(tst_GrantRevocation)
#include "tst_grantrevocation.moc"

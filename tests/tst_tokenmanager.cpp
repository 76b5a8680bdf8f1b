#include "auth/authorizationflow.h"
#include "auth/secretstore.h"
#include "auth/tokenmanager.h"
#include "faultinjector.h"
#include "mockclock.h"
#include "sandboxapps.h"
#include "sandboxserver.h"
#include "store/database.h"
#include "testprofile.h"
#include "tst_sandboxconnect.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

using namespace Ledgerlink;
using Provider = ProviderEndpoints::Provider;

// Against an in-process ledgerlink-sandbox (Xero) and a real Secret Service
// (tests/fixtures/with-keyring.sh). Each test starts from a fresh consent in the "browser".
class tst_TokenManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void validTokenNeedsNoRequest();
    void refreshesAheadOfExpiry();
    void twentyConcurrentCallersCauseOneRefresh();
    void rotatedTokenIsPersistedBeforeUse();
    void invalidGrantNeedsReauthorisation();
    void rejectedRefreshRereadsKeychainOnce();
    void lostReplyIsRetriedOnce();
    void repeated401CausesOneRefresh();
    void startUpReadsRefreshTokenFromKeychain();
    void customConnectionRequestsNewToken();
    void refreshOfOtherProviders_data();
    void refreshOfOtherProviders();
    void crashBeforePersistRecoversWithinGrace();
    // Locks the keyring for good: keep it last.
    void failedRotationSaveWithholdsToken();

private:
    std::optional<AuthorizationResult> connectPkceApp() { return connectApp(Provider::Xero, AppType::PkceDesktop); }
    std::optional<AuthorizationResult> connectApp(Provider provider, AppType type);
    std::unique_ptr<TokenManager> makeManager(Provider provider = Provider::Xero, AppType type = AppType::PkceDesktop);
    std::optional<Result<QString>> token(TokenManager &manager);
    QString storedRefreshToken();
    int tokenRequests();
    int connectionsStatus(const QString &accessToken);

    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<SandboxServer> m_sandbox;
    QNetworkAccessManager m_network;
    SandboxBrowser m_browser;
    MockClock m_clock;
    QString m_clientId;
    QString m_clientSecret;
    QString m_grantId;
    int m_counter = 0;
};

void tst_TokenManager::init()
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
    m_grantId = QStringLiteral("grant-%1").arg(++m_counter);
}

void tst_TokenManager::cleanup()
{
    m_sandbox.reset();
    m_secrets.reset();
    m_db.reset();
    m_profile.reset();
}

std::optional<AuthorizationResult> tst_TokenManager::connectApp(Provider provider, AppType type)
{
    const auto grant =
        connectThroughSandbox(*m_sandbox, m_browser, m_secrets.get(), m_grantId, provider, type, m_clock);
    if (!grant) {
        return std::nullopt;
    }
    m_clientId = grant->clientId;
    m_clientSecret = grant->clientSecret;
    return grant->result;
}

std::unique_ptr<TokenManager> tst_TokenManager::makeManager(Provider provider, AppType type)
{
    TokenManager::Config config;
    config.endpoints = ProviderEndpoints::forProvider(provider, QUrl(m_sandbox->baseUrl()));
    config.appType = type;
    config.clientId = m_clientId;
    config.clientSecret = m_clientSecret;
    config.grantId = m_grantId;
    return std::make_unique<TokenManager>(config, *m_secrets, &m_network, m_clock);
}

std::optional<Result<QString>> tst_TokenManager::token(TokenManager &manager)
{
    std::optional<Result<QString>> result;
    manager.accessToken(this, [&result](const Result<QString> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000)) {
        return std::nullopt;
    }
    return result;
}

QString tst_TokenManager::storedRefreshToken()
{
    std::optional<Result<QByteArray>> read;
    SecretJob *job = m_secrets->read(m_grantId, TokenManager::refreshTokenName());
    connect(job, &SecretJob::finished, this, [&read](const Result<QByteArray> &r) { read = r; });
    if (!QTest::qWaitFor([&] { return read.has_value(); }, 10000) || !read->ok()) {
        return QStringLiteral("<unreadable>");
    }
    return QString::fromUtf8(read->value());
}

int tst_TokenManager::tokenRequests()
{
    const auto stats = m_browser.get(QUrl(m_sandbox->baseUrl() + QStringLiteral("/_sandbox/stats")));
    return QJsonDocument::fromJson(stats.body)
        .object()
        .value(QStringLiteral("by_path"))
        .toObject()
        .value(QStringLiteral("POST /xero/identity/connect/token"))
        .toInt();
}

int tst_TokenManager::connectionsStatus(const QString &accessToken)
{
    QNetworkRequest request(QUrl(m_sandbox->baseUrl() + QStringLiteral("/xero/api/connections")));
    request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    return m_browser.fetch(request).status;
}

#define CONNECT_OR_FAIL(grant)                                                                                         \
    const std::optional<AuthorizationResult> grant = connectPkceApp();                                                 \
    QVERIFY2(grant.has_value(), "could not authorise against the sandbox")

#define VERIFY_TOKEN(r)                                                                                                \
    QVERIFY2((r) && (r)->ok(), (r) ? qPrintable((r)->ok() ? QString() : (r)->error().toString()) : "no answer")

void tst_TokenManager::validTokenNeedsNoRequest()
{
    CONNECT_OR_FAIL(grant);
    auto manager = makeManager();
    manager->setAccessToken(grant->accessToken, grant->accessExpiresAt);
    const int before = tokenRequests();
    const auto result = token(*manager);
    VERIFY_TOKEN(result);
    QCOMPARE(result->value(), grant->accessToken);
    QCOMPARE(tokenRequests(), before);
}

void tst_TokenManager::refreshesAheadOfExpiry()
{
    CONNECT_OR_FAIL(grant);
    auto manager = makeManager();
    manager->setAccessToken(grant->accessToken, grant->accessExpiresAt);
    // 29 minutes later the 30-minute token is inside the refresh margin.
    m_clock.advance(29 * 60 * 1000);
    const int before = tokenRequests();
    const auto result = token(*manager);
    VERIFY_TOKEN(result);
    QVERIFY(result->value() != grant->accessToken);
    QCOMPARE(tokenRequests(), before + 1);
    QCOMPARE(connectionsStatus(result->value()), 200);
    // Xero rotates the refresh token; the keychain holds the new one.
    const QString stored = storedRefreshToken();
    QVERIFY(!stored.isEmpty());
    QVERIFY(stored != grant->refreshToken);
    QVERIFY(manager->accessExpiresAt() > m_clock.now().addSecs(25 * 60));
}

void tst_TokenManager::twentyConcurrentCallersCauseOneRefresh()
{
    CONNECT_OR_FAIL(grant);
    auto manager = makeManager();
    manager->setAccessToken(grant->accessToken, grant->accessExpiresAt);
    m_clock.advance(31 * 60 * 1000);
    const int before = tokenRequests();
    QList<Result<QString>> results;
    for (int i = 0; i < 20; ++i) {
        manager->accessToken(this, [&results](const Result<QString> &r) { results.append(r); });
    }
    QCOMPARE(manager->state(), TokenManager::State::Refreshing);
    QTRY_COMPARE(results.size(), 20);
    for (const Result<QString> &r : std::as_const(results)) {
        QVERIFY(r.ok());
        QCOMPARE(r.value(), results.first().value());
    }
    QVERIFY(results.first().value() != grant->accessToken);
    QCOMPARE(tokenRequests(), before + 1);
}

void tst_TokenManager::rotatedTokenIsPersistedBeforeUse()
{
    CONNECT_OR_FAIL(grant);
    auto manager = makeManager();
    manager->setAccessToken(grant->accessToken, grant->accessExpiresAt);
    m_clock.advance(31 * 60 * 1000);
    QStringList events;
    connect(manager.get(), &TokenManager::refreshTokenPersisted, this,
        [&events] { events << QStringLiteral("persisted"); });
    QString storedWhenUsed;
    manager->accessToken(this, [&](const Result<QString> &r) {
        events << (r.ok() ? QStringLiteral("token") : QStringLiteral("error"));
        // At the moment the new access token is first seen, the keychain already has the rotation.
        storedWhenUsed = storedRefreshToken();
    });
    QTRY_COMPARE(events.size(), 2);
    QCOMPARE(events, (QStringList { QStringLiteral("persisted"), QStringLiteral("token") }));
    QVERIFY(!storedWhenUsed.isEmpty());
    QVERIFY(storedWhenUsed != grant->refreshToken);

    // A "next start" (new manager, nothing in memory) works with what the keychain holds.
    auto restarted = makeManager();
    const auto result = token(*restarted);
    VERIFY_TOKEN(result);
    QCOMPARE(connectionsStatus(result->value()), 200);
}

void tst_TokenManager::invalidGrantNeedsReauthorisation()
{
    CONNECT_OR_FAIL(grant);
    // The admin disconnected the app at Xero: the refresh token is revoked.
    const auto revoked = m_browser.postForm(
        QUrl(m_sandbox->baseUrl() + QStringLiteral("/xero/identity/connect/revocation")),
        "token=" + QUrl::toPercentEncoding(grant->refreshToken) + "&client_id=" + QUrl::toPercentEncoding(m_clientId));
    QCOMPARE(revoked.status, 200);
    auto manager = makeManager();
    QSignalSpy reauth(manager.get(), &TokenManager::reauthorisationNeeded);
    manager->setAccessToken(grant->accessToken, grant->accessExpiresAt);
    m_clock.advance(31 * 60 * 1000);
    const auto result = token(*manager);
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind(), Error::Kind::Auth);
    QVERIFY(result->error().userMessage().contains(QLatin1String("Connect the integration again")));
    QCOMPARE(manager->state(), TokenManager::State::NeedsReauthorisation);
    QCOMPARE(reauth.size(), 1);
    // No loop: later callers fail at once without asking the provider again.
    const int before = tokenRequests();
    const auto again = token(*manager);
    QVERIFY(again.has_value() && !again->ok());
    QCOMPARE(tokenRequests(), before);
    QCOMPARE(reauth.size(), 1);
}

void tst_TokenManager::rejectedRefreshRereadsKeychainOnce()
{
    CONNECT_OR_FAIL(grant);
    auto manager = makeManager();
    // Another process rotated the token; this one still holds an outdated value in memory.
    manager->setRefreshToken(QStringLiteral("outdated-refresh-token"));
    const int before = tokenRequests();
    const auto result = token(*manager);
    VERIFY_TOKEN(result);
    QCOMPARE(tokenRequests(), before + 2);
    QCOMPARE(manager->state(), TokenManager::State::Ready);
}

void tst_TokenManager::lostReplyIsRetriedOnce()
{
    CONNECT_OR_FAIL(grant);
    SandboxFault drop;
    drop.provider = QStringLiteral("xero");
    drop.pathPattern = QStringLiteral("/xero/identity/connect/token");
    drop.kind = SandboxFault::Kind::Drop;
    drop.remaining = 1;
    m_sandbox->faults().add(drop);
    auto manager = makeManager();
    const int before = tokenRequests();
    const auto result = token(*manager);
    VERIFY_TOKEN(result);
    QCOMPARE(tokenRequests(), before + 2);
    QCOMPARE(connectionsStatus(result->value()), 200);
}

void tst_TokenManager::repeated401CausesOneRefresh()
{
    CONNECT_OR_FAIL(grant);
    auto manager = makeManager();
    manager->setAccessToken(grant->accessToken, grant->accessExpiresAt);
    const int before = tokenRequests();
    // Three parallel API calls all got 401 with the same token.
    for (int i = 0; i < 3; ++i) {
        manager->invalidate(grant->accessToken);
    }
    QList<Result<QString>> results;
    for (int i = 0; i < 3; ++i) {
        manager->accessToken(this, [&results](const Result<QString> &r) { results.append(r); });
    }
    QTRY_COMPARE(results.size(), 3);
    QCOMPARE(tokenRequests(), before + 1);
    // A late 401 for the old token changes nothing.
    manager->invalidate(grant->accessToken);
    const auto result = token(*manager);
    VERIFY_TOKEN(result);
    QCOMPARE(result->value(), results.first().value());
    QCOMPARE(tokenRequests(), before + 1);
}

void tst_TokenManager::startUpReadsRefreshTokenFromKeychain()
{
    CONNECT_OR_FAIL(grant);
    auto manager = makeManager();
    const auto result = token(*manager);
    VERIFY_TOKEN(result);
    QCOMPARE(connectionsStatus(result->value()), 200);
}

void tst_TokenManager::customConnectionRequestsNewToken()
{
    TokenManager::Config config;
    config.endpoints = ProviderEndpoints::forProvider(Provider::Xero, QUrl(m_sandbox->baseUrl()));
    config.appType = AppType::CustomConnection;
    config.clientId = QStringLiteral("LEDGERLINK-XERO-CUSTOM");
    config.clientSecret = QStringLiteral("xero-custom-secret-0123456789abcdef");
    config.scopes = { QStringLiteral("accounting.contacts") };
    config.grantId = m_grantId;
    TokenManager manager(config, *m_secrets, &m_network, m_clock);
    const int before = tokenRequests();
    const auto first = token(manager);
    VERIFY_TOKEN(first);
    QCOMPARE(connectionsStatus(first->value()), 200);
    m_clock.advance(31 * 60 * 1000);
    const auto second = token(manager);
    VERIFY_TOKEN(second);
    QVERIFY(second->value() != first->value());
    QCOMPARE(tokenRequests(), before + 2);
}

void tst_TokenManager::refreshOfOtherProviders_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QString>("tokenPath");
    QTest::addColumn<bool>("refreshLifetime");
    QTest::newRow("qbo (Basic auth, x_refresh_token_expires_in)")
        << Provider::Qbo << QStringLiteral("POST /qbo/oauth/oauth2/v1/tokens/bearer") << true;
    QTest::newRow("sage (secret in form, 5-minute tokens)")
        << Provider::Sage << QStringLiteral("POST /sage/oauth/token") << true;
    QTest::newRow("myob (string expires_in)")
        << Provider::Myob << QStringLiteral("POST /myob/secure/oauth2/v1/authorize") << false;
}

void tst_TokenManager::refreshOfOtherProviders()
{
    QFETCH(Provider, provider);
    QFETCH(QString, tokenPath);
    QFETCH(bool, refreshLifetime);
    const std::optional<AuthorizationResult> grant = connectApp(provider, AppType::WebApp);
    QVERIFY2(grant.has_value(), "could not authorise against the sandbox");
    auto manager = makeManager(provider, AppType::WebApp);
    manager->setAccessToken(grant->accessToken, grant->accessExpiresAt);
    const auto requests = [this, &tokenPath] {
        const auto stats = m_browser.get(QUrl(m_sandbox->baseUrl() + QStringLiteral("/_sandbox/stats")));
        return QJsonDocument::fromJson(stats.body)
            .object()
            .value(QStringLiteral("by_path"))
            .toObject()
            .value(tokenPath)
            .toInt();
    };
    const int before = requests();
    QVERIFY(before >= 1); // the code exchange went to this provider's token endpoint
    m_clock.advance(qint64(grant->accessExpiresAt.toSecsSinceEpoch() - m_clock.now().toSecsSinceEpoch()) * 1000);
    const auto result = token(*manager);
    VERIFY_TOKEN(result);
    QVERIFY(result->value() != grant->accessToken);
    QCOMPARE(requests(), before + 1);
    QVERIFY(manager->accessExpiresAt() > m_clock.now());
    QCOMPARE(manager->refreshExpiresAt().isValid(), refreshLifetime);
    const QString stored = storedRefreshToken();
    QVERIFY(!stored.isEmpty());
    QVERIFY(stored != grant->refreshToken);
}

void tst_TokenManager::crashBeforePersistRecoversWithinGrace()
{
    CONNECT_OR_FAIL(grant);
    // A refresh whose result never reached the keychain (the process died in between): the
    // provider has rotated, the keychain still holds the previous refresh token.
    const auto lost = m_browser.postForm(QUrl(m_sandbox->baseUrl() + QStringLiteral("/xero/identity/connect/token")),
        "grant_type=refresh_token&refresh_token=" + QUrl::toPercentEncoding(grant->refreshToken)
            + "&client_id=" + QUrl::toPercentEncoding(m_clientId));
    QCOMPARE(lost.status, 200);
    QCOMPARE(storedRefreshToken(), grant->refreshToken);
    // Next start, within Xero's 30-minute grace: the old token still works and the new rotation is saved.
    m_clock.advance(10 * 60 * 1000);
    auto restarted = makeManager();
    const auto result = token(*restarted);
    VERIFY_TOKEN(result);
    QCOMPARE(connectionsStatus(result->value()), 200);
    QVERIFY(storedRefreshToken() != grant->refreshToken);
}

void tst_TokenManager::failedRotationSaveWithholdsToken()
{
    CONNECT_OR_FAIL(grant);
    auto manager = makeManager();
    manager->setAccessToken(grant->accessToken, grant->accessExpiresAt);
    // In memory already: a locked collection reads as "entry not found" (QT-NOTES section 3).
    manager->setRefreshToken(grant->refreshToken);
    m_clock.advance(31 * 60 * 1000);
    QSignalSpy persisted(manager.get(), &TokenManager::refreshTokenPersisted);
    // Lock the keyring: writes now fail with AccessDenied.
    QProcess gdbus;
    gdbus.start(QStringLiteral("gdbus"),
        { QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
            QStringLiteral("org.freedesktop.secrets"), QStringLiteral("--object-path"),
            QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("--method"),
            QStringLiteral("org.freedesktop.Secret.Service.Lock"),
            QStringLiteral("[objectpath '/org/freedesktop/secrets/collection/login']") });
    QVERIFY(gdbus.waitForFinished(10000));
    QCOMPARE(gdbus.exitCode(), 0);

    const int before = tokenRequests();
    const auto result = token(*manager);
    QVERIFY(result.has_value());
    QVERIFY(!result->ok()); // the new access token is not handed out while its rotation is unsaved
    QCOMPARE(result->error().kind(), Error::Kind::Config);
    QCOMPARE(persisted.size(), 0);
    QCOMPARE(tokenRequests(), before + 1);
    // The next caller tries to save the rotation again instead of rotating once more.
    const auto again = token(*manager);
    QVERIFY(again.has_value());
    QVERIFY(!again->ok());
    QCOMPARE(tokenRequests(), before + 1);
}

QTEST_GUILESS_MAIN(tst_TokenManager)
#include "tst_tokenmanager.moc"

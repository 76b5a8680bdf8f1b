#include "auth/authorizationflow.h"
#include "sandboxapps.h"
#include "sandboxserver.h"
#include "tst_sandboxbrowser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace Ledgerlink;
using Provider = ProviderEndpoints::Provider;

// End to end against an in-process ledgerlink-sandbox over real HTTP. The test plays the browser
// with QNetworkAccessManager: GET the authorize URL, submit the consent form as the page does,
// follow the 302 to the loopback listener.
class tst_AuthorizationFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void xeroPkceAppConnects();
    void xeroWebAppWithSecretConnects();
    void xeroCustomConnectionConnects();
    void webAppOfOtherProvidersConnects_data();
    void webAppOfOtherProvidersConnects();
    void accessDeniedIsRefused();
    void wrongStateIsRefused();
    void replayedCallbackIsRefused();
    void wrongSecretIsReported();
    void timeoutEndsAttempt();
    void cancelEndsAttempt();
    void takenPortIsReported();
    void authorizeUrlOfEveryProvider_data();
    void authorizeUrlOfEveryProvider();
    void noSecretInLogOutput();

private:
    using Browser = SandboxBrowser::Page;
    Browser fetch(const QNetworkRequest &request) { return m_browser.fetch(request); }
    Browser consent(const QUrl &authorizeUrl, const QString &decision, const QString &replaceState = {})
    {
        return m_browser.consent(authorizeUrl, decision, replaceState);
    }
    QString registerApp(SandboxApp::Type type, quint16 port, const QString &secret = {});
    AuthorizationRequest requestFor(SandboxApp::Type type, quint16 port);
    static quint16 freePort();
    int tokenRequests();

    std::unique_ptr<SandboxServer> m_sandbox;
    SandboxBrowser m_browser;
    int m_appCounter = 0;
};

void tst_AuthorizationFlow::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY(m_sandbox->listen() > 0);
}

void tst_AuthorizationFlow::cleanup()
{
    m_sandbox.reset();
}

quint16 tst_AuthorizationFlow::freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress(QHostAddress::LocalHost), 0) ? probe.serverPort() : 0;
}

QString tst_AuthorizationFlow::registerApp(SandboxApp::Type type, quint16 port, const QString &secret)
{
    SandboxApp app;
    app.provider = QStringLiteral("xero");
    app.clientId = QStringLiteral("TEST-APP-%1").arg(++m_appCounter);
    app.clientSecret = secret;
    app.name = QStringLiteral("Ledgerlink test app");
    app.type = type;
    app.redirectUris = { LoopbackReplyHandler::redirectUriForPort(port) };
    const auto added = m_sandbox->apps().add(app);
    return added.ok() ? app.clientId : QString();
}

AuthorizationRequest tst_AuthorizationFlow::requestFor(SandboxApp::Type type, quint16 port)
{
    AuthorizationRequest r;
    r.provider = Provider::Xero;
    r.port = port;
    r.sandboxBase = QUrl(m_sandbox->baseUrl());
    r.scopes = ProviderEndpoints::scopes(
        Provider::Xero, ProviderEndpoints::Entity::Customers | ProviderEndpoints::Entity::Invoices);
    if (type == SandboxApp::Type::Pkce) {
        r.appType = AppType::PkceDesktop;
        r.clientId = registerApp(type, port);
    } else {
        r.appType = AppType::WebApp;
        r.clientSecret = QStringLiteral("web+secret/with=odd&chars");
        r.clientId = registerApp(type, port, r.clientSecret);
    }
    return r;
}

int tst_AuthorizationFlow::tokenRequests()
{
    const Browser stats = fetch(QNetworkRequest(QUrl(m_sandbox->baseUrl() + QStringLiteral("/_sandbox/stats"))));
    const QJsonObject byPath = QJsonDocument::fromJson(stats.body).object().value(QStringLiteral("by_path")).toObject();
    return byPath.value(QStringLiteral("POST /xero/identity/connect/token")).toInt();
}

#define START_FLOW(flow, authorizeUrl, result)                                                                         \
    std::optional<Result<AuthorizationResult>> result;                                                                 \
    QUrl authorizeUrl;                                                                                                 \
    connect(                                                                                                           \
        &flow, &AuthorizationFlow::finished, this, [&result](const Result<AuthorizationResult> &r) { result = r; });   \
    connect(&flow, &AuthorizationFlow::authorizeUrlReady, this, [&authorizeUrl](const QUrl &u) { authorizeUrl = u; }); \
    flow.start()

void tst_AuthorizationFlow::xeroPkceAppConnects()
{
    const quint16 port = freePort();
    AuthorizationFlow flow(requestFor(SandboxApp::Type::Pkce, port));
    START_FLOW(flow, authorizeUrl, result);
    QTRY_VERIFY(authorizeUrl.isValid());
    QVERIFY(flow.isListening());
    const QUrlQuery query(authorizeUrl);
    QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
        QStringLiteral("http://localhost:%1/callback").arg(port));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QCOMPARE(query.queryItemValue(QStringLiteral("state")).size(), 43);
    QVERIFY(
        query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded).contains(QLatin1String("offline_access")));

    const Browser landing = consent(authorizeUrl, QStringLiteral("allow"));
    QCOMPARE(landing.status, 200);
    QCOMPARE(landing.finalUrl.port(), int(port));
    QVERIFY2(landing.body.contains("Authorisation received"), landing.body.constData());

    QTRY_VERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().toString()));
    const AuthorizationResult &r = result->value();
    QVERIFY(!r.accessToken.isEmpty());
    QVERIFY(!r.refreshToken.isEmpty());
    QVERIFY(r.accessExpiresAt.isValid());
    QCOMPARE(r.organisations.size(), 2); // both demo organisations were ticked on the consent page
    for (const AuthorizedOrganisation &org : r.organisations) {
        QVERIFY(!org.id.isEmpty());
        QVERIFY(!org.name.isEmpty());
        QVERIFY(!org.connectionId.isEmpty());
    }
    QVERIFY(!flow.isListening());
    QCOMPARE(tokenRequests(), 1);
}

void tst_AuthorizationFlow::xeroWebAppWithSecretConnects()
{
    // The secret has characters that break naive form encoding; it must travel as HTTP Basic.
    AuthorizationFlow flow(requestFor(SandboxApp::Type::Web, freePort()));
    START_FLOW(flow, authorizeUrl, result);
    QTRY_VERIFY(authorizeUrl.isValid());
    QCOMPARE(consent(authorizeUrl, QStringLiteral("allow")).status, 200);
    QTRY_VERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().toString()));
    QVERIFY(!result->value().refreshToken.isEmpty());
    QVERIFY(!result->value().organisations.isEmpty());
}

void tst_AuthorizationFlow::xeroCustomConnectionConnects()
{
    AuthorizationRequest request;
    request.provider = Provider::Xero;
    request.appType = AppType::CustomConnection;
    request.clientId = QStringLiteral("LEDGERLINK-XERO-CUSTOM");
    request.clientSecret = QStringLiteral("xero-custom-secret-0123456789abcdef");
    request.scopes = ProviderEndpoints::scopes(Provider::Xero, ProviderEndpoints::Entity::Customers, true);
    request.sandboxBase = QUrl(m_sandbox->baseUrl());
    AuthorizationFlow flow(request);
    START_FLOW(flow, authorizeUrl, result);
    QTRY_VERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().toString()));
    QVERIFY(!authorizeUrl.isValid()); // no browser for a custom connection
    QVERIFY(result->value().refreshToken.isEmpty());
    QCOMPARE(result->value().organisations.size(), 1);
    QCOMPARE(result->value().grantedScopes, QStringList { QStringLiteral("accounting.contacts") });
}

void tst_AuthorizationFlow::webAppOfOtherProvidersConnects_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<bool>("refreshLifetime"); // the token reply says when the refresh token dies
    QTest::newRow("qbo") << Provider::Qbo << true;
    QTest::newRow("sage") << Provider::Sage << true;
    QTest::newRow("myob") << Provider::Myob << false;
}

void tst_AuthorizationFlow::webAppOfOtherProvidersConnects()
{
    QFETCH(Provider, provider);
    QFETCH(bool, refreshLifetime);
    const quint16 port = freePort();
    SandboxApp app;
    app.provider = ProviderEndpoints::key(provider);
    app.clientId = QStringLiteral("TEST-%1-%2").arg(app.provider).arg(++m_appCounter);
    app.clientSecret = QStringLiteral("%1-secret-abc").arg(app.provider);
    app.name = QStringLiteral("Ledgerlink test app");
    app.type = SandboxApp::Type::Web;
    app.redirectUris = { LoopbackReplyHandler::redirectUriForPort(port) };
    QVERIFY(m_sandbox->apps().add(app).ok());
    AuthorizationRequest request;
    request.provider = provider;
    request.appType = AppType::WebApp;
    request.clientId = app.clientId;
    request.clientSecret = app.clientSecret;
    request.port = port;
    request.sandboxBase = QUrl(m_sandbox->baseUrl());
    request.scopes = ProviderEndpoints::scopes(provider, ProviderEndpoints::Entity::Customers);
    AuthorizationFlow flow(request);
    START_FLOW(flow, authorizeUrl, result);
    QTRY_VERIFY(authorizeUrl.isValid());
    const Browser landing = consent(authorizeUrl, QStringLiteral("allow"));
    if (landing.status == 404) {
        QSKIP("the sandbox does not imitate this provider's OAuth yet");
    }
    QCOMPARE(landing.status, 200);
    QTRY_VERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().toString()));
    QVERIFY(!result->value().accessToken.isEmpty());
    QVERIFY(!result->value().refreshToken.isEmpty());
    QVERIFY(result->value().accessExpiresAt.isValid()); // MYOB sends expires_in as a string
    QCOMPARE(result->value().refreshExpiresAt.isValid(), refreshLifetime);
    QCOMPARE(result->value().organisations.size(), 1);
    QVERIFY(!result->value().organisations.first().id.isEmpty());
    QVERIFY(!flow.isListening());
}

void tst_AuthorizationFlow::accessDeniedIsRefused()
{
    AuthorizationFlow flow(requestFor(SandboxApp::Type::Pkce, freePort()));
    START_FLOW(flow, authorizeUrl, result);
    QTRY_VERIFY(authorizeUrl.isValid());
    const Browser landing = consent(authorizeUrl, QStringLiteral("deny"));
    QVERIFY(landing.body.contains("Access was not granted"));
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->ok());
    QVERIFY(result->error().userMessage().contains(QLatin1String("not granted")));
    QVERIFY(!flow.isListening());
    QCOMPARE(tokenRequests(), 0);
}

void tst_AuthorizationFlow::wrongStateIsRefused()
{
    AuthorizationFlow flow(requestFor(SandboxApp::Type::Pkce, freePort()));
    START_FLOW(flow, authorizeUrl, result);
    QTRY_VERIFY(authorizeUrl.isValid());
    // A forged/foreign answer: valid code, but not our state.
    const Browser landing = consent(authorizeUrl, QStringLiteral("allow"), QStringLiteral("forged-state"));
    QVERIFY(landing.body.contains("not valid"));
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->ok());
    QVERIFY(result->error().userMessage().contains(QLatin1String("does not belong")));
    QVERIFY(!flow.isListening());
    QCOMPARE(tokenRequests(), 0); // the code was never exchanged
}

void tst_AuthorizationFlow::replayedCallbackIsRefused()
{
    const quint16 port = freePort();
    AuthorizationRequest request = requestFor(SandboxApp::Type::Pkce, port);
    AuthorizationFlow first(request);
    START_FLOW(first, authorizeUrl, result);
    QTRY_VERIFY(authorizeUrl.isValid());
    const Browser landing = consent(authorizeUrl, QStringLiteral("allow"));
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->ok());
    const QUrl callback = landing.finalUrl;
    QVERIFY(QUrlQuery(callback).hasQueryItem(QStringLiteral("code")));

    // Replayed while the attempt is over: nobody listens any more.
    QCOMPARE(fetch(QNetworkRequest(callback)).error, QNetworkReply::ConnectionRefusedError);

    // Replayed into a new attempt on the same port: its state is not the new attempt's.
    AuthorizationFlow second(request);
    START_FLOW(second, secondUrl, secondResult);
    QTRY_VERIFY(secondUrl.isValid());
    const Browser replay = fetch(QNetworkRequest(callback));
    QVERIFY(replay.body.contains("not valid"));
    QTRY_VERIFY(secondResult.has_value());
    QVERIFY(!secondResult->ok());
    QVERIFY(!second.isListening());
    QCOMPARE(tokenRequests(), 1);
}

void tst_AuthorizationFlow::wrongSecretIsReported()
{
    AuthorizationRequest request = requestFor(SandboxApp::Type::Web, freePort());
    request.clientSecret = QStringLiteral("not-the-secret");
    AuthorizationFlow flow(request);
    START_FLOW(flow, authorizeUrl, result);
    QTRY_VERIFY(authorizeUrl.isValid());
    QCOMPARE(consent(authorizeUrl, QStringLiteral("allow")).status, 200);
    // Qt 6.4 emits nothing for a failed token request; the reply handler must catch it.
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind(), Error::Kind::Config);
    QVERIFY(result->error().detail().contains(QLatin1String("invalid_client")));
    QVERIFY(!result->error().userMessage().contains(QLatin1String("not-the-secret")));
    QVERIFY(!flow.isListening());
}

void tst_AuthorizationFlow::timeoutEndsAttempt()
{
    AuthorizationRequest request = requestFor(SandboxApp::Type::Pkce, freePort());
    request.timeoutMs = 300;
    AuthorizationFlow flow(request);
    START_FLOW(flow, authorizeUrl, result);
    QTRY_VERIFY(authorizeUrl.isValid());
    QVERIFY(flow.isListening());
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->ok());
    QVERIFY(result->error().userMessage().contains(QLatin1String("No answer arrived")));
    QVERIFY(!flow.isListening());
    // The browser arriving late finds no listener.
    QCOMPARE(consent(authorizeUrl, QStringLiteral("allow")).error, QNetworkReply::ConnectionRefusedError);
}

void tst_AuthorizationFlow::cancelEndsAttempt()
{
    AuthorizationFlow flow(requestFor(SandboxApp::Type::Pkce, freePort()));
    int finishedCount = 0;
    connect(&flow, &AuthorizationFlow::finished, this, [&finishedCount] { ++finishedCount; });
    START_FLOW(flow, authorizeUrl, result);
    QTRY_VERIFY(authorizeUrl.isValid());
    flow.cancel();
    flow.cancel();
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->ok());
    QVERIFY(result->error().userMessage().contains(QLatin1String("cancelled")));
    QVERIFY(!flow.isListening());
    QTest::qWait(20);
    QCOMPARE(finishedCount, 1);
}

void tst_AuthorizationFlow::takenPortIsReported()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress(QHostAddress::LocalHost), 0));
    AuthorizationFlow flow(requestFor(SandboxApp::Type::Pkce, squatter.serverPort()));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Could not listen")));
    START_FLOW(flow, authorizeUrl, result);
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->ok());
    QVERIFY(result->error().userMessage().contains(QString::number(squatter.serverPort())));
    QVERIFY(!authorizeUrl.isValid());
}

void tst_AuthorizationFlow::authorizeUrlOfEveryProvider_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("extra"); // name=value that must also be there
    QTest::newRow("xero") << Provider::Xero << "/xero/login/identity/connect/authorize"
                          << "accounting.contacts offline_access"
                          << "response_type=code";
    QTest::newRow("qbo") << Provider::Qbo << "/qbo/appcenter/connect/oauth2"
                         << "com.intuit.quickbooks.accounting"
                         << "response_type=code";
    QTest::newRow("sage") << Provider::Sage << "/sage/auth/oauth2/auth/central"
                          << "full_access"
                          << "filter=apiv3.1";
    QTest::newRow("myob") << Provider::Myob << "/myob/secure/oauth2/account/authorize"
                          << "sme-company-file sme-contacts-customer"
                          << "prompt=consent";
}

void tst_AuthorizationFlow::authorizeUrlOfEveryProvider()
{
    QFETCH(Provider, provider);
    QFETCH(QString, path);
    QFETCH(QString, scope);
    QFETCH(QString, extra);
    AuthorizationRequest request;
    request.provider = provider;
    request.appType = AppType::WebApp;
    request.clientId = QStringLiteral("client-1");
    request.clientSecret = QStringLiteral("s");
    request.port = 0;
    request.sandboxBase = QUrl(m_sandbox->baseUrl());
    request.scopes = ProviderEndpoints::scopes(provider, ProviderEndpoints::Entity::Customers);
    AuthorizationFlow flow(request);
    START_FLOW(flow, authorizeUrl, result);
    QTRY_VERIFY(authorizeUrl.isValid());
    QCOMPARE(authorizeUrl.path(), path);
    const QUrlQuery query(authorizeUrl);
    QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), QStringLiteral("client-1"));
    QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), scope);
    QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), flow.redirectUri());
    QVERIFY(flow.redirectUri().startsWith(QLatin1String("http://localhost:")));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(query.queryItemValue(extra.section(QLatin1Char('='), 0, 0)), extra.section(QLatin1Char('='), 1));
    QVERIFY(!authorizeUrl.toString().contains(QLatin1String("client_secret")));
    flow.cancel();
    QTRY_VERIFY(result.has_value());
}

namespace {
QStringList *s_captured = nullptr;
QtMessageHandler s_previous = nullptr;
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (s_captured) {
        s_captured->append(qFormatLogMessage(type, context, message));
    }
    s_previous(type, context, message);
}
} // namespace

void tst_AuthorizationFlow::noSecretInLogOutput()
{
    // Everything the app side logs during a full connect with a secret app, at every level, before
    // the product's masking handler: Ledgerlink and Qt's OAuth code must not log secrets at all.
    // (qt.httpserver is the in-process sandbox, i.e. the provider's side.)
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.httpserver*=false"));
    QStringList log;
    s_captured = &log;
    s_previous = qInstallMessageHandler(capture);
    AuthorizationRequest request = requestFor(SandboxApp::Type::Web, freePort());
    AuthorizationFlow flow(request);
    START_FLOW(flow, authorizeUrl, result);
    QTRY_VERIFY(authorizeUrl.isValid());
    const Browser landing = consent(authorizeUrl, QStringLiteral("allow"));
    QTRY_VERIFY(result.has_value());
    qInstallMessageHandler(s_previous);
    s_captured = nullptr;
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(result->ok());
    QVERIFY(!log.isEmpty());
    const QString code = QUrlQuery(landing.finalUrl).queryItemValue(QStringLiteral("code"));
    QVERIFY(!code.isEmpty());
    for (const QString &secret :
        { result->value().accessToken, result->value().refreshToken, code, request.clientSecret }) {
        for (const QString &line : std::as_const(log)) {
            QVERIFY2(!line.contains(secret), qPrintable(line.section(QLatin1Char(':'), 0, 0))); // category only
        }
    }
}

QTEST_GUILESS_MAIN(tst_AuthorizationFlow)
#include "tst_authorizationflow.moc"

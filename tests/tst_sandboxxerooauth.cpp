// Xero identity over real HTTP: consent page, code exchange (Basic and PKCE), refresh rotation and
// grace, idle expiry, client credentials, revocation, connections, token expiry on the API.
#include "sandboxclock.h"
#include "sandboxserver.h"
#include "tst_sandboxclient.h"

#include <QTest>

#include <memory>

using namespace Ledgerlink;

class tst_SandboxXeroOAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void consentPageIsARealForm();
    void allowRedirectsWithCodeAndState();
    void denyRedirectsWithAccessDenied();
    void consentFormEncodedAsABrowserDoes();
    void rejectsUnknownClientAndRedirect_data();
    void rejectsUnknownClientAndRedirect();
    void rejectsBroadScopeForNewApp();
    void legacyAppMayAskForTransactions();
    void webAppNeedsCorrectSecret();
    void codeWorksOnceAndForTenMinutes();
    void pkceVerifierIsChecked();
    void refreshRotatesWithGrace();
    void refreshTokenExpiresAfterSixtyIdleDays();
    void noRefreshTokenWithoutOfflineAccess();
    void clientCredentialsForCustomConnection();
    void revocationRemovesConnections();
    void connectionsListAndDelete();
    void accessTokenExpiresAfterThirtyMinutes();
    void expireTokensFaultAndRevokeGrantFault();
    void deletedOrganisationAnswers403();

private:
    HttpResult exchange(
        const QString &code, const QString &clientId, const QString &secret, const QString &verifier = {});
    HttpResult refresh(const QString &refreshToken);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void tst_SandboxXeroOAuth::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen() != 0);
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
}

void tst_SandboxXeroOAuth::cleanup()
{
    m_client.reset();
    m_server.reset();
}

HttpResult tst_SandboxXeroOAuth::exchange(
    const QString &code, const QString &clientId, const QString &secret, const QString &verifier)
{
    QList<QPair<QString, QString>> fields { { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
        { QStringLiteral("code"), code }, { QStringLiteral("redirect_uri"), SandboxTestClient::defaultRedirect() } };
    HeaderPairs headers;
    if (secret.isEmpty()) {
        fields.append({ QStringLiteral("client_id"), clientId });
    } else {
        headers.append({ "Authorization", SandboxTestClient::basic(clientId, secret) });
    }
    if (!verifier.isEmpty()) {
        fields.append({ QStringLiteral("code_verifier"), verifier });
    }
    return m_client->postForm(QStringLiteral("/xero/identity/connect/token"), fields, headers);
}

HttpResult tst_SandboxXeroOAuth::refresh(const QString &refreshToken)
{
    return m_client->postForm(QStringLiteral("/xero/identity/connect/token"),
        { { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
            { QStringLiteral("refresh_token"), refreshToken } },
        { { "Authorization",
            SandboxTestClient::basic(SandboxTestClient::webClient(), SandboxTestClient::webSecret()) } });
}

void tst_SandboxXeroOAuth::consentPageIsARealForm()
{
    const HttpResult page = m_client->get(
        QStringLiteral("/xero/login/identity/connect/authorize?response_type=code&client_id=LEDGERLINK-XERO-WEB"
                       "&redirect_uri=http%3A%2F%2Flocalhost%3A53682%2Fcallback&scope=openid%20offline_access%20"
                       "accounting.contacts&state=xyz"));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("content-type").startsWith("text/html"));
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(QLatin1String("<form method=\"post\" action=\"/xero/login/identity/connect/consent\">")));
    QVERIFY(
        html.contains(QLatin1String("type=\"checkbox\" name=\"tenant\" value=\"") + SandboxTestClient::xeroTenant(0)));
    QVERIFY(
        html.contains(QLatin1String("type=\"checkbox\" name=\"tenant\" value=\"") + SandboxTestClient::xeroTenant(1)));
    QVERIFY(html.contains(QLatin1String("name=\"decision\" value=\"allow\"")));
    QVERIFY(html.contains(QLatin1String("name=\"decision\" value=\"deny\"")));
    QVERIFY(html.contains(QLatin1String("name=\"state\" value=\"xyz\"")));
    // Scopes joined by '+' (form style) are read as spaces.
    const HttpResult plus = m_client->get(QStringLiteral(
        "/xero/login/identity/connect/authorize?response_type=code&client_id=LEDGERLINK-XERO-WEB"
        "&redirect_uri=http%3A%2F%2Flocalhost%3A53682%2Fcallback&scope=openid+offline_access+accounting.contacts"
        "&state=a%2Bb"));
    QCOMPARE(plus.status, 200);
    QVERIFY(plus.body.contains("value=\"openid offline_access accounting.contacts\""));
    QVERIFY(plus.body.contains("name=\"state\" value=\"a+b\""));
}

void tst_SandboxXeroOAuth::allowRedirectsWithCodeAndState()
{
    const QByteArray location = m_client->xeroConsent(
        SandboxTestClient::webClient(), SandboxTestClient::defaultScope(), { SandboxTestClient::xeroTenant(0) });
    QVERIFY2(location.startsWith("http://localhost:53682/callback?"), location.constData());
    QCOMPARE(SandboxTestClient::queryValue(location, QStringLiteral("state")), QStringLiteral("st4te"));
    QVERIFY(!SandboxTestClient::queryValue(location, QStringLiteral("code")).isEmpty());
    const HttpResult token = exchange(SandboxTestClient::queryValue(location, QStringLiteral("code")),
        SandboxTestClient::webClient(), SandboxTestClient::webSecret());
    QCOMPARE(token.status, 200);
    const QJsonObject json = token.json();
    QCOMPARE(json.value(QStringLiteral("expires_in")).toInt(), 1800);
    QCOMPARE(json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QVERIFY(!json.value(QStringLiteral("refresh_token")).toString().isEmpty());
    QCOMPARE(json.value(QStringLiteral("access_token")).toString().count(QLatin1Char('.')), 2); // JWT shape
}

void tst_SandboxXeroOAuth::consentFormEncodedAsABrowserDoes()
{
    // Browsers send spaces as '+' and include only the clicked button and the ticked boxes.
    const QByteArray body =
        "client_id=LEDGERLINK-XERO-WEB&redirect_uri=http%3A%2F%2Flocalhost%3A53682%2Fcallback"
        "&scope=offline_access+accounting.contacts&state=a+b%2Bc&code_challenge=&code_challenge_method="
        "&tenant="
        + SandboxTestClient::xeroTenant(1).toLatin1() + "&decision=allow";
    const HttpResult r = m_client->send("POST", QStringLiteral("/xero/login/identity/connect/consent"), body,
        { { "Content-Type", "application/x-www-form-urlencoded" } });
    QCOMPARE(r.status, 302);
    const QByteArray location = r.header("location");
    QCOMPARE(SandboxTestClient::queryValue(location, QStringLiteral("state")), QStringLiteral("a b+c"));
    QCOMPARE(SandboxTestClient::queryValue(location, QStringLiteral("scope")),
        QStringLiteral("offline_access accounting.contacts"));
    const HttpResult token = exchange(SandboxTestClient::queryValue(location, QStringLiteral("code")),
        SandboxTestClient::webClient(), SandboxTestClient::webSecret());
    const HttpResult connections = m_client->get(QStringLiteral("/xero/api/connections"),
        { { "Authorization", "Bearer " + token.json().value(QStringLiteral("access_token")).toString().toLatin1() } });
    QCOMPARE(connections.array().size(), 1);
    QCOMPARE(connections.array().at(0).toObject().value(QStringLiteral("tenantId")).toString(),
        SandboxTestClient::xeroTenant(1));
    // No organisation ticked: the page comes back with a message instead of a redirect.
    const QByteArray none = "client_id=LEDGERLINK-XERO-WEB&redirect_uri=http%3A%2F%2Flocalhost%3A53682%2Fcallback"
                            "&scope=offline_access&state=s&decision=allow";
    const HttpResult again = m_client->send("POST", QStringLiteral("/xero/login/identity/connect/consent"), none,
        { { "Content-Type", "application/x-www-form-urlencoded" } });
    QCOMPARE(again.status, 400);
    QVERIFY(again.body.contains("Choose at least one organisation."));
}

void tst_SandboxXeroOAuth::denyRedirectsWithAccessDenied()
{
    const QByteArray location = m_client->xeroConsent(SandboxTestClient::webClient(), SandboxTestClient::defaultScope(),
        { SandboxTestClient::xeroTenant(0) }, {}, SandboxTestClient::defaultRedirect(), QStringLiteral("deny"));
    QCOMPARE(SandboxTestClient::queryValue(location, QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(SandboxTestClient::queryValue(location, QStringLiteral("state")), QStringLiteral("st4te"));
    QVERIFY(SandboxTestClient::queryValue(location, QStringLiteral("code")).isEmpty());
}

void tst_SandboxXeroOAuth::rejectsUnknownClientAndRedirect_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("redirect");
    QTest::newRow("unknown client") << QStringLiteral("NOPE") << SandboxTestClient::defaultRedirect();
    QTest::newRow("other port") << SandboxTestClient::webClient() << QStringLiteral("http://localhost:53683/callback");
    QTest::newRow("127.0.0.1") << SandboxTestClient::webClient() << QStringLiteral("http://127.0.0.1:53682/callback");
    QTest::newRow("other path") << SandboxTestClient::webClient() << QStringLiteral("http://localhost:53682/");
    QTest::newRow("custom connection") << QStringLiteral("LEDGERLINK-XERO-CUSTOM")
                                       << SandboxTestClient::defaultRedirect();
}

void tst_SandboxXeroOAuth::rejectsUnknownClientAndRedirect()
{
    QFETCH(QString, clientId);
    QFETCH(QString, redirect);
    const HttpResult page = m_client->get(
        QStringLiteral("/xero/login/identity/connect/authorize?response_type=code&client_id=%1&redirect_uri=%2"
                       "&scope=offline_access&state=s")
            .arg(clientId, QString::fromLatin1(QUrl::toPercentEncoding(redirect))));
    // No redirect to an untrusted URI: Xero shows its own error page.
    QCOMPARE(page.status, 400);
    QVERIFY(page.header("location").isEmpty());
    QVERIFY(page.body.contains("Error"));
}

void tst_SandboxXeroOAuth::rejectsBroadScopeForNewApp()
{
    const QByteArray location = m_client->xeroConsent(
        SandboxTestClient::webClient(), QStringLiteral("offline_access accounting.transactions"), {});
    QCOMPARE(SandboxTestClient::queryValue(location, QStringLiteral("error")), QStringLiteral("invalid_scope"));
    const QByteArray unknown =
        m_client->xeroConsent(SandboxTestClient::webClient(), QStringLiteral("offline_access no.such"), {});
    QCOMPARE(SandboxTestClient::queryValue(unknown, QStringLiteral("error")), QStringLiteral("invalid_scope"));
}

void tst_SandboxXeroOAuth::legacyAppMayAskForTransactions()
{
    const QByteArray location = m_client->xeroConsent(QStringLiteral("LEDGERLINK-XERO-LEGACY"),
        QStringLiteral("offline_access accounting.transactions"), { SandboxTestClient::xeroTenant(0) });
    QVERIFY(!SandboxTestClient::queryValue(location, QStringLiteral("code")).isEmpty());
}

void tst_SandboxXeroOAuth::webAppNeedsCorrectSecret()
{
    const QByteArray location = m_client->xeroConsent(
        SandboxTestClient::webClient(), SandboxTestClient::defaultScope(), { SandboxTestClient::xeroTenant(0) });
    const QString code = SandboxTestClient::queryValue(location, QStringLiteral("code"));
    const HttpResult wrong = exchange(code, SandboxTestClient::webClient(), QStringLiteral("wrong"));
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    const HttpResult none = exchange(code, SandboxTestClient::webClient(), QString());
    QCOMPARE(none.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    // A failed client authentication does not burn the code.
    QCOMPARE(exchange(code, SandboxTestClient::webClient(), SandboxTestClient::webSecret()).status, 200);
}

void tst_SandboxXeroOAuth::codeWorksOnceAndForTenMinutes()
{
    QByteArray location = m_client->xeroConsent(
        SandboxTestClient::webClient(), SandboxTestClient::defaultScope(), { SandboxTestClient::xeroTenant(0) });
    QString code = SandboxTestClient::queryValue(location, QStringLiteral("code"));
    QCOMPARE(exchange(code, SandboxTestClient::webClient(), SandboxTestClient::webSecret()).status, 200);
    const HttpResult again = exchange(code, SandboxTestClient::webClient(), SandboxTestClient::webSecret());
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));

    location = m_client->xeroConsent(
        SandboxTestClient::webClient(), SandboxTestClient::defaultScope(), { SandboxTestClient::xeroTenant(0) });
    code = SandboxTestClient::queryValue(location, QStringLiteral("code"));
    QCOMPARE(
        m_client->postJson(QStringLiteral("/_sandbox/clock"), { { QStringLiteral("advance_seconds"), 601 } }).status,
        200);
    const HttpResult late = exchange(code, SandboxTestClient::webClient(), SandboxTestClient::webSecret());
    QCOMPARE(late.status, 400);
    QCOMPARE(late.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
}

void tst_SandboxXeroOAuth::pkceVerifierIsChecked()
{
    const QString verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    const QString pkceClient = QStringLiteral("LEDGERLINK-XERO-PKCE");
    // A PKCE app must send a challenge.
    const QByteArray noChallenge = m_client->xeroConsent(pkceClient, SandboxTestClient::defaultScope(), {});
    QCOMPARE(SandboxTestClient::queryValue(noChallenge, QStringLiteral("error")), QStringLiteral("invalid_request"));

    QByteArray location = m_client->xeroConsent(pkceClient, SandboxTestClient::defaultScope(),
        { SandboxTestClient::xeroTenant(0) }, SandboxTestClient::pkceChallenge(verifier));
    QString code = SandboxTestClient::queryValue(location, QStringLiteral("code"));
    const HttpResult bad = exchange(code, pkceClient, QString(), verifier + QLatin1Char('x'));
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));

    location = m_client->xeroConsent(pkceClient, SandboxTestClient::defaultScope(),
        { SandboxTestClient::xeroTenant(0) }, SandboxTestClient::pkceChallenge(verifier));
    code = SandboxTestClient::queryValue(location, QStringLiteral("code"));
    const HttpResult good = exchange(code, pkceClient, QString(), verifier);
    QCOMPARE(good.status, 200);
    // A PKCE app refreshes with its client_id only.
    const HttpResult refreshed = m_client->postForm(QStringLiteral("/xero/identity/connect/token"),
        { { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
            { QStringLiteral("client_id"), pkceClient },
            { QStringLiteral("refresh_token"), good.json().value(QStringLiteral("refresh_token")).toString() } });
    QCOMPARE(refreshed.status, 200);
}

void tst_SandboxXeroOAuth::refreshRotatesWithGrace()
{
    const QJsonObject first = m_client->xeroConnect();
    const QString rt1 = first.value(QStringLiteral("refresh_token")).toString();
    const HttpResult second = refresh(rt1);
    QCOMPARE(second.status, 200);
    const QString rt2 = second.json().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!rt2.isEmpty());
    QVERIFY(rt2 != rt1);
    // The old one still works within 30 minutes (the reply may have been lost).
    m_server->clock().advance(29 * 60);
    QCOMPARE(refresh(rt1).status, 200);
    m_server->clock().advance(2 * 60);
    const HttpResult late = refresh(rt1);
    QCOMPARE(late.status, 400);
    QCOMPARE(late.json(), QJsonObject({ { QStringLiteral("error"), QStringLiteral("invalid_grant") } }));
    QCOMPARE(refresh(rt2).status, 200);
    QCOMPARE(refresh(QStringLiteral("garbage")).json().value(QStringLiteral("error")).toString(),
        QStringLiteral("invalid_grant"));
}

void tst_SandboxXeroOAuth::refreshTokenExpiresAfterSixtyIdleDays()
{
    const QString rt = m_client->xeroConnect().value(QStringLiteral("refresh_token")).toString();
    m_server->clock().advance(59LL * 24 * 3600);
    const HttpResult used = refresh(rt);
    QCOMPARE(used.status, 200);
    const QString next = used.json().value(QStringLiteral("refresh_token")).toString();
    m_server->clock().advance(60LL * 24 * 3600 + 1);
    QCOMPARE(refresh(next).status, 400);
}

void tst_SandboxXeroOAuth::noRefreshTokenWithoutOfflineAccess()
{
    const QJsonObject token = m_client->xeroConnect(QStringLiteral("accounting.contacts"));
    QVERIFY(!token.value(QStringLiteral("access_token")).toString().isEmpty());
    QVERIFY(!token.contains(QStringLiteral("refresh_token")));
}

void tst_SandboxXeroOAuth::clientCredentialsForCustomConnection()
{
    const HeaderPairs auth { { "Authorization",
        SandboxTestClient::basic(
            QStringLiteral("LEDGERLINK-XERO-CUSTOM"), QStringLiteral("xero-custom-secret-0123456789abcdef")) } };
    const HttpResult token = m_client->postForm(QStringLiteral("/xero/identity/connect/token"),
        { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
            { QStringLiteral("scope"), QStringLiteral("accounting.contacts accounting.settings") } },
        auth);
    QCOMPARE(token.status, 200);
    QVERIFY(!token.json().contains(QStringLiteral("refresh_token")));
    QCOMPARE(token.json().value(QStringLiteral("expires_in")).toInt(), 1800);
    const QString access = token.json().value(QStringLiteral("access_token")).toString();
    const HttpResult connections =
        m_client->get(QStringLiteral("/xero/api/connections"), { { "Authorization", "Bearer " + access.toLatin1() } });
    QCOMPARE(connections.array().size(), 1);
    QCOMPARE(connections.array().at(0).toObject().value(QStringLiteral("tenantId")).toString(),
        SandboxTestClient::xeroTenant(0));
    QCOMPARE(m_client->xeroGet(access, QStringLiteral("Contacts")).status, 200);
    // A web app may not use client_credentials.
    const HttpResult web = m_client->postForm(QStringLiteral("/xero/identity/connect/token"),
        { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
            { QStringLiteral("scope"), QStringLiteral("accounting.contacts") } },
        { { "Authorization",
            SandboxTestClient::basic(SandboxTestClient::webClient(), SandboxTestClient::webSecret()) } });
    QCOMPARE(web.json().value(QStringLiteral("error")).toString(), QStringLiteral("unauthorized_client"));
}

void tst_SandboxXeroOAuth::revocationRemovesConnections()
{
    const QJsonObject token = m_client->xeroConnect();
    const QString access = token.value(QStringLiteral("access_token")).toString();
    const HttpResult revoked = m_client->postForm(QStringLiteral("/xero/identity/connect/revocation"),
        { { QStringLiteral("token"), token.value(QStringLiteral("refresh_token")).toString() } },
        { { "Authorization",
            SandboxTestClient::basic(SandboxTestClient::webClient(), SandboxTestClient::webSecret()) } });
    QCOMPARE(revoked.status, 200);
    QCOMPARE(refresh(token.value(QStringLiteral("refresh_token")).toString()).status, 400);
    QCOMPARE(m_client->xeroGet(access, QStringLiteral("Contacts")).status, 403);
}

void tst_SandboxXeroOAuth::connectionsListAndDelete()
{
    const QJsonObject token = m_client->xeroConnect(
        SandboxTestClient::defaultScope(), { SandboxTestClient::xeroTenant(0), SandboxTestClient::xeroTenant(1) });
    const HeaderPairs bearer { { "Authorization",
        "Bearer " + token.value(QStringLiteral("access_token")).toString().toLatin1() } };
    HttpResult list = m_client->get(QStringLiteral("/xero/api/connections"), bearer);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.array().size(), 2);
    const QJsonObject first = list.array().at(0).toObject();
    for (const auto &field :
        { "id", "authEventId", "tenantId", "tenantType", "tenantName", "createdDateUtc", "updatedDateUtc" }) {
        QVERIFY2(first.contains(QLatin1String(field)), field);
    }
    QCOMPARE(first.value(QStringLiteral("tenantType")).toString(), QStringLiteral("ORGANISATION"));
    const QString id = first.value(QStringLiteral("id")).toString();
    QCOMPARE(m_client->send("DELETE", QStringLiteral("/xero/api/connections/") + id, {}, bearer).status, 204);
    QCOMPARE(m_client->send("DELETE", QStringLiteral("/xero/api/connections/") + id, {}, bearer).status, 404);
    list = m_client->get(QStringLiteral("/xero/api/connections"), bearer);
    QCOMPARE(list.array().size(), 1);
    QCOMPARE(m_client->get(QStringLiteral("/xero/api/connections")).status, 401);
}

void tst_SandboxXeroOAuth::accessTokenExpiresAfterThirtyMinutes()
{
    const QString access = m_client->xeroConnect().value(QStringLiteral("access_token")).toString();
    QCOMPARE(m_client->xeroGet(access, QStringLiteral("Organisation")).status, 200);
    m_server->clock().advance(30 * 60 + 1);
    const HttpResult expired = m_client->xeroGet(access, QStringLiteral("Organisation"));
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.json().value(QStringLiteral("Title")).toString(), QStringLiteral("Unauthorized"));
    QVERIFY(expired.json().value(QStringLiteral("Detail")).toString().startsWith(QLatin1String("TokenExpired")));
    QCOMPARE(m_client->xeroGet(QStringLiteral("bogus"), QStringLiteral("Organisation")).status, 401);
}

void tst_SandboxXeroOAuth::expireTokensFaultAndRevokeGrantFault()
{
    const QJsonObject token = m_client->xeroConnect();
    const QString access = token.value(QStringLiteral("access_token")).toString();
    m_client->postJson(QStringLiteral("/_sandbox/faults"),
        { { QStringLiteral("kind"), QStringLiteral("expire_tokens") },
            { QStringLiteral("provider"), QStringLiteral("xero") } });
    QCOMPARE(m_client->xeroGet(access, QStringLiteral("Organisation")).status, 401);
    const HttpResult refreshed = refresh(token.value(QStringLiteral("refresh_token")).toString());
    QCOMPARE(refreshed.status, 200);
    const QString access2 = refreshed.json().value(QStringLiteral("access_token")).toString();
    QCOMPARE(m_client->xeroGet(access2, QStringLiteral("Organisation")).status, 200);
    m_client->postJson(QStringLiteral("/_sandbox/faults"),
        { { QStringLiteral("kind"), QStringLiteral("revoke_grant") },
            { QStringLiteral("provider"), QStringLiteral("xero") } });
    QCOMPARE(m_client->xeroGet(access2, QStringLiteral("Organisation")).status, 403);
    QCOMPARE(refresh(refreshed.json().value(QStringLiteral("refresh_token")).toString()).status, 400);
}

void tst_SandboxXeroOAuth::deletedOrganisationAnswers403()
{
    const QString access = m_client->xeroConnect().value(QStringLiteral("access_token")).toString();
    m_client->postJson(QStringLiteral("/_sandbox/faults"),
        { { QStringLiteral("kind"), QStringLiteral("delete_organisation") },
            { QStringLiteral("provider"), QStringLiteral("xero") },
            { QStringLiteral("tenant"), SandboxTestClient::xeroTenant(0) } });
    const HttpResult r = m_client->xeroGet(access, QStringLiteral("Contacts"));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json().value(QStringLiteral("Detail")).toString(), QStringLiteral("AuthenticationUnsuccessful"));
    // Not connected to the second organisation either: same answer.
    QCOMPARE(m_client
                 ->send("GET", QStringLiteral("/xero/api/api.xro/2.0/Contacts"), {},
                     m_client->xeroHeaders(access, SandboxTestClient::xeroTenant(1)))
                 .status,
        403);
}

QTEST_GUILESS_MAIN(tst_SandboxXeroOAuth)
#include "tst_sandboxxerooauth.moc"

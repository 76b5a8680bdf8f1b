#pragma once

// Test helper for the auth tests (header only): one complete authorisation against an in-process
// ledgerlink-sandbox - a test app registered for a free loopback port, AuthorizationFlow, consent
// in the SandboxBrowser - and the refresh token written to the keychain as the integration
// builder does after consent.

#include "auth/authorizationflow.h"
#include "auth/secretstore.h"
#include "sandboxapps.h"
#include "sandboxserver.h"
#include "tst_sandboxbrowser.h"

#include <QTcpServer>
#include <QTest>

#include <optional>

namespace Ledgerlink {

struct SandboxGrantForTest
{
    QString clientId;
    QString clientSecret;
    AuthorizationResult result;
};

inline std::optional<SandboxGrantForTest> connectThroughSandbox(SandboxServer &sandbox, SandboxBrowser &browser,
    SecretStore *secrets, const QString &grantId, ProviderEndpoints::Provider provider, AppType type,
    const Clock &clock)
{
    static int counter = 0;
    QTcpServer probe;
    if (!probe.listen(QHostAddress(QHostAddress::LocalHost), 0)) {
        return std::nullopt;
    }
    const quint16 port = probe.serverPort();
    probe.close();
    SandboxApp app;
    app.provider = ProviderEndpoints::key(provider);
    app.clientId = QStringLiteral("AUTH-TEST-%1").arg(++counter);
    app.name = QStringLiteral("Ledgerlink auth test");
    app.type = type == AppType::PkceDesktop ? SandboxApp::Type::Pkce : SandboxApp::Type::Web;
    app.clientSecret = type == AppType::PkceDesktop ? QString() : QStringLiteral("auth-test-secret");
    app.redirectUris = { LoopbackReplyHandler::redirectUriForPort(port) };
    if (!sandbox.apps().add(app).ok()) {
        return std::nullopt;
    }
    AuthorizationRequest request;
    request.provider = provider;
    request.appType = type;
    request.clientId = app.clientId;
    request.clientSecret = app.clientSecret;
    request.port = port;
    request.sandboxBase = QUrl(sandbox.baseUrl());
    request.scopes = ProviderEndpoints::scopes(provider, ProviderEndpoints::Entity::Customers);
    AuthorizationFlow flow(request, clock);
    std::optional<Result<AuthorizationResult>> result;
    QUrl authorizeUrl;
    QObject context;
    QObject::connect(
        &flow, &AuthorizationFlow::finished, &context, [&result](const Result<AuthorizationResult> &r) { result = r; });
    QObject::connect(
        &flow, &AuthorizationFlow::authorizeUrlReady, &context, [&authorizeUrl](const QUrl &u) { authorizeUrl = u; });
    flow.start();
    if (!QTest::qWaitFor([&] { return authorizeUrl.isValid(); }, 5000)) {
        return std::nullopt;
    }
    browser.consent(authorizeUrl, QStringLiteral("allow"));
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000) || !result->ok()) {
        return std::nullopt;
    }
    if (secrets) {
        std::optional<Result<QByteArray>> written;
        SecretJob *job =
            secrets->write(grantId, QStringLiteral("refresh_token"), result->value().refreshToken.toUtf8());
        QObject::connect(job, &SecretJob::finished, &context, [&written](const Result<QByteArray> &r) { written = r; });
        if (!QTest::qWaitFor([&] { return written.has_value(); }, 10000) || !written->ok()) {
            return std::nullopt;
        }
    }
    return SandboxGrantForTest { app.clientId, app.clientSecret, result->value() };
}

} // namespace Ledgerlink

#pragma once

// Test helper for the sandbox tests (header only): one connected session per provider (consent ->
// code -> token over real HTTP with its demo app) and calls to that provider's API root with the
// headers it requires.

#include "tst_sandboxclient.h"

#include <QUrl>

namespace Ledgerlink {

inline QString sandboxStr(const char *text)
{
    return QString::fromLatin1(text);
}

inline QString sandboxEncoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

inline const QString kSandboxQboRealm = QStringLiteral("9341453100000001");
inline const QString kSandboxSageBusiness = QStringLiteral("a3f1c0d2e4b64a5f8e7d6c5b4a390001");
inline const QString kSandboxMyobBusiness = QStringLiteral("c1d2e3f4-0000-4000-8000-00000000a001");

struct SandboxSession
{
    QString provider;
    QString tenant;
    QString token;
};

inline QString sandboxConsentToken(SandboxTestClient &client, const QString &authorize, const QString &consent,
    const QString &token, const QString &clientId, const QString &secret, const QString &scope, const QString &company,
    bool basicAuth)
{
    const QString redirect = SandboxTestClient::defaultRedirect();
    const HttpResult page = client.get(authorize
        + sandboxStr("client_id=%1&redirect_uri=%2&response_type=code&scope=%3&state=p1")
              .arg(clientId, sandboxEncoded(redirect), sandboxEncoded(scope)));
    if (page.status != 200) {
        return {};
    }
    const QByteArray location =
        client
            .postForm(consent,
                { { sandboxStr("client_id"), clientId }, { sandboxStr("redirect_uri"), redirect },
                    { sandboxStr("scope"), scope }, { sandboxStr("state"), sandboxStr("p1") },
                    { sandboxStr("company"), company }, { sandboxStr("decision"), sandboxStr("allow") } })
            .header("location");
    QList<QPair<QString, QString>> form { { sandboxStr("grant_type"), sandboxStr("authorization_code") },
        { sandboxStr("code"), SandboxTestClient::queryValue(location, sandboxStr("code")) },
        { sandboxStr("redirect_uri"), redirect } };
    HeaderPairs headers { { "Accept", "application/json" } };
    if (basicAuth) {
        headers.append({ "Authorization", SandboxTestClient::basic(clientId, secret) });
    } else {
        form.append({ sandboxStr("client_id"), clientId });
        form.append({ sandboxStr("client_secret"), secret });
    }
    return client.postForm(token, form, headers).json().value(sandboxStr("access_token")).toString();
}

inline SandboxSession sandboxConnect(SandboxTestClient &client, const QString &provider)
{
    SandboxSession session { provider, {}, {} };
    if (provider == QLatin1String("xero")) {
        session.tenant = SandboxTestClient::xeroTenant(0);
        session.token = client.xeroConnect().value(sandboxStr("access_token")).toString();
    } else if (provider == QLatin1String("qbo")) {
        session.tenant = kSandboxQboRealm;
        session.token = sandboxConsentToken(client, sandboxStr("/qbo/appcenter/connect/oauth2?"),
            sandboxStr("/qbo/appcenter/connect/oauth2/consent"), sandboxStr("/qbo/oauth/oauth2/v1/tokens/bearer"),
            sandboxStr("LEDGERLINK-QBO-WEB"), sandboxStr("qbo-web-secret-0123456789abcdef"),
            sandboxStr("com.intuit.quickbooks.accounting"), kSandboxQboRealm, true);
    } else if (provider == QLatin1String("sage")) {
        session.tenant = kSandboxSageBusiness;
        session.token = sandboxConsentToken(client, sandboxStr("/sage/auth/oauth2/auth/central?filter=apiv3.1&"),
            sandboxStr("/sage/auth/oauth2/auth/central/consent"), sandboxStr("/sage/oauth/token"),
            sandboxStr("LEDGERLINK-SAGE-WEB"), sandboxStr("sage-web-secret-0123456789abcdef"),
            sandboxStr("full_access"), kSandboxSageBusiness, false);
    } else {
        session.tenant = kSandboxMyobBusiness;
        session.token = sandboxConsentToken(client, sandboxStr("/myob/secure/oauth2/account/authorize?prompt=consent&"),
            sandboxStr("/myob/secure/oauth2/account/authorize/consent"), sandboxStr("/myob/secure/oauth2/v1/authorize"),
            sandboxStr("LEDGERLINK-MYOB-WEB"), sandboxStr("myob-web-secret-0123456789abcdef"),
            sandboxStr("sme-company-file sme-sales"), kSandboxMyobBusiness, false);
    }
    return session;
}

inline HttpResult sandboxApi(SandboxTestClient &client, const SandboxSession &session, const QByteArray &method,
    const QString &path, const QJsonObject &body, int timeoutMs)
{
    HeaderPairs headers { { "Authorization", "Bearer " + session.token.toLatin1() }, { "Accept", "application/json" } };
    QString root;
    if (session.provider == QLatin1String("xero")) {
        root = sandboxStr("/xero/api/api.xro/2.0/");
        headers.append({ "xero-tenant-id", session.tenant.toLatin1() });
    } else if (session.provider == QLatin1String("qbo")) {
        root = sandboxStr("/qbo/api/v3/company/%1/").arg(session.tenant);
    } else if (session.provider == QLatin1String("sage")) {
        root = sandboxStr("/sage/api/v3.1/");
        headers.append({ "X-Business", session.tenant.toLatin1() });
    } else {
        root = sandboxStr("/myob/api/accountright/%1/").arg(session.tenant);
        headers.append(qMakePair(QByteArray("x-myobapi-key"), QByteArray("LEDGERLINK-MYOB-WEB")));
        headers.append(qMakePair(QByteArray("x-myobapi-version"), QByteArray("v2")));
    }
    return client.send(method, root + path,
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), headers, timeoutMs);
}

inline QJsonArray sandboxRecords(
    SandboxTestClient &client, const QString &provider, const QString &tenant, const QString &entity)
{
    return client.get(sandboxStr("/_sandbox/data/%1/%2/%3").arg(provider, tenant, sandboxEncoded(entity)))
        .json()
        .value(sandboxStr("records"))
        .toArray();
}

} // namespace Ledgerlink

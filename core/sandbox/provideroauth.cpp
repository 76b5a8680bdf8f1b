#include "provideroauth.h"

#include "sandboxapps.h"
#include "sandboxdata.h"
#include "tokenissuer.h"

#include <QUrl>

namespace Ledgerlink {

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

QUrl withQuery(const QString &redirectUri, const QList<QPair<QString, QString>> &items)
{
    QUrl url(redirectUri);
    QUrlQuery q(url);
    for (const auto &item : items) {
        q.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    }
    url.setQuery(q);
    return url;
}

SandboxReply errorPage(const QString &provider, const QString &message)
{
    return SandboxReply::html(s("<!DOCTYPE html><html><head><title>%1 | Error</title></head><body><h1>Something went "
                                "wrong</h1><p>%2</p></body></html>")
                                  .arg(provider.toHtmlEscaped(), message.toHtmlEscaped()),
        400);
}

} // namespace

ProviderOAuth::ProviderOAuth(const SandboxContext &context, Config config)
    : m_context(context)
    , m_config(std::move(config))
{ }

ProviderOAuth::Config ProviderOAuth::qbo()
{
    Config c;
    c.provider = s("qbo");
    c.displayName = s("Intuit QuickBooks");
    c.authorizePath = s("/qbo/appcenter/connect/oauth2");
    c.consentPath = s("/qbo/appcenter/connect/oauth2/consent");
    c.tokenPath = s("/qbo/oauth/oauth2/v1/tokens/bearer");
    c.revokePath = s("/qbo/developer/v2/oauth2/tokens/revoke");
    c.clientAuth = ClientAuth::Basic;
    c.revokeTakesJson = true;
    c.scopes = { s("com.intuit.quickbooks.accounting"), s("com.intuit.quickbooks.payment"), s("openid"), s("profile"),
        s("email"), s("phone"), s("address") };
    c.refreshExpiresField = s("x_refresh_token_expires_in");
    return c;
}

ProviderOAuth::Config ProviderOAuth::sage()
{
    Config c;
    c.provider = s("sage");
    c.displayName = s("Sage Accounting");
    c.authorizePath = s("/sage/auth/oauth2/auth/central");
    c.consentPath = s("/sage/auth/oauth2/auth/central/consent");
    c.tokenPath = s("/sage/oauth/token");
    c.revokePath = s("/sage/oauth/revoke");
    c.clientAuth = ClientAuth::FormBody;
    c.scopes = { s("full_access"), s("readonly") };
    c.refreshExpiresField = s("refresh_token_expires_in");
    return c;
}

ProviderOAuth::Config ProviderOAuth::myob()
{
    Config c;
    c.provider = s("myob");
    c.displayName = s("MYOB");
    c.authorizePath = s("/myob/secure/oauth2/account/authorize");
    c.consentPath = s("/myob/secure/oauth2/account/authorize/consent");
    c.tokenPath = s("/myob/secure/oauth2/v1/authorize");
    c.clientAuth = ClientAuth::FormBody;
    c.scopes = { s("sme-company-file"), s("sme-company-settings"), s("sme-contacts-customer"), s("sme-sales"),
        s("sme-inventory"), s("sme-general-ledger"), s("sme-banking"), s("offline_access"), s("openid"),
        s("CompanyFile"), s("la.global") };
    c.expiresInAsString = true;
    return c;
}

bool ProviderOAuth::handle(const SandboxRequest &request, SandboxReply *reply)
{
    if (request.path == m_config.authorizePath && request.method == "GET") {
        *reply = authorize(request);
    } else if (request.path == m_config.consentPath && request.method == "POST") {
        *reply = consent(request);
    } else if (request.path == m_config.tokenPath && request.method == "POST") {
        *reply = token(request);
    } else if (!m_config.revokePath.isEmpty() && request.path == m_config.revokePath && request.method == "POST") {
        *reply = revoke(request);
    } else {
        return false;
    }
    return true;
}

SandboxReply ProviderOAuth::errorReply(const QString &error, int status) const
{
    if (m_config.provider == QLatin1String("qbo") && error == QLatin1String("invalid_client")) {
        status = 401; // Intuit answers a bad client with 401
    }
    return SandboxReply::json(QJsonObject { { s("error"), error } }, status);
}

SandboxReply ProviderOAuth::authorize(const SandboxRequest &request)
{
    const SandboxApp *app = m_context.apps->find(m_config.provider, request.queryValue(s("client_id")));
    const QString redirectUri = request.queryValue(s("redirect_uri"));
    if (!app) {
        return errorPage(m_config.displayName, s("invalid_client: unknown client_id"));
    }
    if (!app->redirectUris.contains(redirectUri)) {
        return errorPage(m_config.displayName, s("invalid_request: the redirect_uri does not match a registered one"));
    }
    const QString state = request.queryValue(s("state"));
    if (request.queryValue(s("response_type")) != QLatin1String("code")) {
        return SandboxReply::redirect(
            withQuery(redirectUri, { { s("error"), s("unsupported_response_type") }, { s("state"), state } }));
    }
    const QStringList scopes = request.queryValue(s("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const auto &scope : scopes) {
        if (!m_config.scopes.contains(scope) || (!app->scopes.isEmpty() && !app->scopes.contains(scope))) {
            return SandboxReply::redirect(
                withQuery(redirectUri, { { s("error"), s("invalid_scope") }, { s("state"), state } }));
        }
    }
    if (scopes.isEmpty()) {
        return SandboxReply::redirect(
            withQuery(redirectUri, { { s("error"), s("invalid_scope") }, { s("state"), state } }));
    }
    QUrlQuery decoded; // '+' read as a space, as in a form
    for (const auto &name : { s("client_id"), s("redirect_uri"), s("scope"), s("state") }) {
        decoded.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(request.queryValue(name))));
    }
    return consentPage(*app, decoded);
}

SandboxReply ProviderOAuth::consentPage(const SandboxApp &app, const QUrlQuery &params) const
{
    QString hidden;
    for (const auto &name : { s("client_id"), s("redirect_uri"), s("scope"), s("state") }) {
        hidden += s("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
                      .arg(name, params.queryItemValue(name, QUrl::FullyDecoded).toHtmlEscaped());
    }
    QString companies;
    bool first = true;
    const auto tenants = m_context.data->tenants(m_config.provider);
    for (const auto &t : tenants) {
        if (t.deleted) {
            continue;
        }
        companies += s("<li><label><input type=\"radio\" name=\"company\" value=\"%1\"%2> %3</label></li>\n")
                         .arg(t.id.toHtmlEscaped(), first ? s(" checked") : QString(), t.name.toHtmlEscaped());
        first = false;
    }
    return SandboxReply::html(s(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1 | Connect %2</title></head>\n"
        "<body><h1>Connect %2 to %1</h1>\n<form method=\"post\" action=\"%3\">\n%4"
        "<fieldset><legend>Company</legend><ul>\n%5</ul></fieldset>\n"
        "<button type=\"submit\" name=\"decision\" value=\"allow\" id=\"allow\">Connect</button>\n"
        "<button type=\"submit\" name=\"decision\" value=\"deny\" id=\"deny\">Cancel</button>\n</form></body></html>\n")
                                  .arg(m_config.displayName.toHtmlEscaped(), app.name.toHtmlEscaped(),
                                      m_config.consentPath, hidden, companies));
}

SandboxReply ProviderOAuth::consent(const SandboxRequest &request)
{
    const QUrlQuery form = request.form();
    auto value = [&form](const char *name) { return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded); };
    const SandboxApp *app = m_context.apps->find(m_config.provider, value("client_id"));
    const QString redirectUri = value("redirect_uri");
    if (!app || !app->redirectUris.contains(redirectUri)) {
        return errorPage(m_config.displayName, s("invalid_request"));
    }
    const QString state = value("state");
    if (value("decision") != QLatin1String("allow")) {
        return SandboxReply::redirect(
            withQuery(redirectUri, { { s("error"), s("access_denied") }, { s("state"), state } }));
    }
    const SandboxTenant *company = m_context.data->tenant(m_config.provider, value("company"));
    if (!company || company->deleted) {
        return errorPage(m_config.displayName, s("Choose a company."));
    }
    TokenIssuer::AuthCode code;
    code.provider = m_config.provider;
    code.clientId = app->clientId;
    code.redirectUri = redirectUri;
    code.scopes = value("scope").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    code.tenantIds = { company->id };
    QList<QPair<QString, QString>> items { { s("code"), m_context.tokens->createCode(code) }, { s("state"), state } };
    if (m_config.provider == QLatin1String("qbo")) {
        items.append({ s("realmId"), company->id });
    } else if (m_config.provider == QLatin1String("sage")) {
        items.append({ s("country"), s("GB") });
    } else if (m_config.provider == QLatin1String("myob")) {
        items.append({ s("businessId"), company->id });
        items.append({ s("businessName"), company->name });
    }
    return SandboxReply::redirect(withQuery(redirectUri, items));
}

const SandboxApp *ProviderOAuth::authenticate(
    const SandboxRequest &request, const QUrlQuery &form, SandboxReply *failure) const
{
    QString id;
    QString secret;
    if (m_config.clientAuth == ClientAuth::Basic) {
        request.basicAuth(&id, &secret);
    } else {
        id = form.queryItemValue(s("client_id"), QUrl::FullyDecoded);
        secret = form.queryItemValue(s("client_secret"), QUrl::FullyDecoded);
    }
    const SandboxApp *app = m_context.apps->find(m_config.provider, id);
    if (!app || secret.isEmpty() || secret != app->clientSecret) {
        *failure = errorReply(s("invalid_client"));
        return nullptr;
    }
    return app;
}

QJsonObject ProviderOAuth::tokenJson(const QString &accessToken, const QString &refreshToken, int expiresIn,
    qint64 refreshExpiresIn, const QStringList &scopes) const
{
    QJsonObject o { { s("access_token"), accessToken }, { s("refresh_token"), refreshToken },
        { s("token_type"), s("bearer") }, { s("scope"), scopes.join(QLatin1Char(' ')) } };
    o.insert(
        s("expires_in"), m_config.expiresInAsString ? QJsonValue(QString::number(expiresIn)) : QJsonValue(expiresIn));
    if (!m_config.refreshExpiresField.isEmpty()) {
        o.insert(m_config.refreshExpiresField, double(refreshExpiresIn));
    }
    if (m_config.provider == QLatin1String("myob")) {
        o.insert(s("user"),
            QJsonObject {
                { s("uid"), s("5c7a1a4f-0000-4000-8000-00000000u001") }, { s("username"), s("demo@example.com") } });
    }
    return o;
}

SandboxReply ProviderOAuth::token(const SandboxRequest &request)
{
    const QUrlQuery form = request.form();
    SandboxReply failure;
    const SandboxApp *app = authenticate(request, form, &failure);
    if (!app) {
        return failure;
    }
    const QString grantType = form.queryItemValue(s("grant_type"), QUrl::FullyDecoded);
    if (grantType == QLatin1String("authorization_code")) {
        TokenIssuer::AuthCode code;
        if (!m_context.tokens->redeemCode(form.queryItemValue(s("code"), QUrl::FullyDecoded), &code)
            || code.provider != m_config.provider || code.clientId != app->clientId
            || code.redirectUri != form.queryItemValue(s("redirect_uri"), QUrl::FullyDecoded)) {
            return errorReply(s("invalid_grant"));
        }
        const QString grantId =
            m_context.tokens->createGrant(m_config.provider, app->clientId, code.scopes, code.tenantIds)->id;
        const SandboxTokenSet set = m_context.tokens->issue(grantId, true);
        return SandboxReply::json(
            tokenJson(set.accessToken, set.refreshToken, set.accessExpiresIn, set.refreshExpiresIn, code.scopes));
    }
    if (grantType == QLatin1String("refresh_token")) {
        QString error;
        const SandboxTokenSet set = m_context.tokens->refresh(
            m_config.provider, app->clientId, form.queryItemValue(s("refresh_token"), QUrl::FullyDecoded), &error);
        if (set.accessToken.isEmpty()) {
            return errorReply(error);
        }
        return SandboxReply::json(
            tokenJson(set.accessToken, set.refreshToken, set.accessExpiresIn, set.refreshExpiresIn, set.grant->scopes));
    }
    return errorReply(s("unsupported_grant_type"));
}

SandboxReply ProviderOAuth::revoke(const SandboxRequest &request)
{
    const QUrlQuery form = request.form();
    SandboxReply failure;
    if (!authenticate(request, form, &failure)) {
        return failure;
    }
    QString token = form.queryItemValue(s("token"), QUrl::FullyDecoded);
    if (m_config.revokeTakesJson) {
        token = QJsonDocument::fromJson(request.body).object().value(s("token")).toString();
    }
    const bool known = m_context.tokens->revokeToken(m_config.provider, token);
    if (m_config.provider == QLatin1String("sage")) {
        return SandboxReply::json(QJsonObject { { s("success"), s("ok") } });
    }
    return known ? SandboxReply::empty(200) : errorReply(s("invalid_request"));
}

} // namespace Ledgerlink

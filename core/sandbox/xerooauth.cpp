#include "xerooauth.h"

#include "sandboxapps.h"
#include "sandboxclock.h"
#include "sandboxdata.h"
#include "tokenissuer.h"
#include "xeroformat.h"

#include <QCryptographicHash>
#include <QUrl>
#include <QUuid>

namespace Ledgerlink {

namespace {

const QString kProvider = QStringLiteral("xero");

SandboxReply oauthError(const QString &error, int status = 400)
{
    return SandboxReply::json(QJsonObject { { QStringLiteral("error"), error } }, status);
}

QString escapeHtml(const QString &s)
{
    return s.toHtmlEscaped();
}

QUrl redirectWith(const QString &redirectUri, const QList<QPair<QString, QString>> &items)
{
    QUrl url(redirectUri);
    QUrlQuery q(url);
    for (const auto &item : items) {
        q.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    }
    url.setQuery(q);
    return url;
}

QStringList knownScopes()
{
    QStringList scopes { QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
        QStringLiteral("offline_access"), QStringLiteral("accounting.reports.read") };
    for (const auto &s : { QStringLiteral("accounting.contacts"), QStringLiteral("accounting.settings"),
             QStringLiteral("accounting.invoices"), QStringLiteral("accounting.payments"),
             QStringLiteral("accounting.transactions"), QStringLiteral("accounting.attachments") }) {
        scopes << s << s + QStringLiteral(".read");
    }
    return scopes;
}

QJsonObject tokenJson(const SandboxTokenSet &set, const QStringList &scopes)
{
    QJsonObject o { { QStringLiteral("access_token"), set.accessToken },
        { QStringLiteral("expires_in"), set.accessExpiresIn },
        { QStringLiteral("token_type"), QStringLiteral("Bearer") },
        { QStringLiteral("scope"), scopes.join(QLatin1Char(' ')) } };
    if (!set.refreshToken.isEmpty()) {
        o.insert(QStringLiteral("refresh_token"), set.refreshToken);
    }
    if (scopes.contains(QStringLiteral("openid"))) {
        o.insert(QStringLiteral("id_token"), TokenIssuer::randomToken(48));
    }
    return o;
}

} // namespace

XeroOAuth::XeroOAuth(const SandboxContext &context)
    : m_context(context)
{ }

bool XeroOAuth::handle(const SandboxRequest &request, SandboxReply *reply)
{
    const QString &path = request.path;
    if (path == QLatin1String("/xero/login/identity/connect/authorize") && request.method == "GET") {
        *reply = authorize(request);
    } else if (path == QLatin1String("/xero/login/identity/connect/consent") && request.method == "POST") {
        *reply = consent(request);
    } else if (path == QLatin1String("/xero/identity/connect/token") && request.method == "POST") {
        *reply = token(request);
    } else if (path == QLatin1String("/xero/identity/connect/revocation") && request.method == "POST") {
        *reply = revocation(request);
    } else if (path.compare(QLatin1String("/xero/api/connections"), Qt::CaseInsensitive) == 0
        || path.startsWith(QLatin1String("/xero/api/connections/"), Qt::CaseInsensitive)) {
        *reply = connections(request);
    } else {
        return false;
    }
    return true;
}

QString XeroOAuth::scopeError(const SandboxApp &app, const QStringList &scopes) const
{
    if (scopes.isEmpty()) {
        return QStringLiteral("invalid_scope");
    }
    static const QStringList known = knownScopes();
    for (const auto &s : scopes) {
        if (!known.contains(s)) {
            return QStringLiteral("invalid_scope");
        }
        if (app.granularScopes && s.startsWith(QLatin1String("accounting.transactions"))) {
            return QStringLiteral("invalid_scope");
        }
        if (!app.scopes.isEmpty() && !app.scopes.contains(s)) {
            return QStringLiteral("invalid_scope");
        }
    }
    return {};
}

SandboxReply XeroOAuth::authorize(const SandboxRequest &request)
{
    const QString clientId = request.queryValue(QStringLiteral("client_id"));
    const QString redirectUri = request.queryValue(QStringLiteral("redirect_uri"));
    const QString state = request.queryValue(QStringLiteral("state"));
    const SandboxApp *app = m_context.apps->find(kProvider, clientId);
    // Xero shows its own error page (no redirect) when it cannot trust the client or redirect URI.
    if (!app || app->type == SandboxApp::Type::CustomConnection) {
        return SandboxReply::html(QStringLiteral("<!DOCTYPE html><html><head><title>Xero | Error</title></head><body>"
                                                 "<h1>Sorry, something went wrong</h1><p>Error: unauthorized_client</p>"
                                                 "<p>Invalid client_id</p></body></html>"),
            400);
    }
    if (!app->redirectUris.contains(redirectUri)) {
        return SandboxReply::html(QStringLiteral("<!DOCTYPE html><html><head><title>Xero | Error</title></head><body>"
                                                 "<h1>Sorry, something went wrong</h1><p>Error: invalid_request</p>"
                                                 "<p>Invalid redirect_uri</p></body></html>"),
            400);
    }
    if (request.queryValue(QStringLiteral("response_type")) != QLatin1String("code")) {
        return SandboxReply::redirect(redirectWith(redirectUri,
            { { QStringLiteral("error"), QStringLiteral("unsupported_response_type") },
                { QStringLiteral("state"), state } }));
    }
    const QStringList scopes = request.queryValue(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString scopeProblem = scopeError(*app, scopes);
    if (!scopeProblem.isEmpty()) {
        return SandboxReply::redirect(redirectWith(
            redirectUri, { { QStringLiteral("error"), scopeProblem }, { QStringLiteral("state"), state } }));
    }
    if (app->type == SandboxApp::Type::Pkce
        && (request.queryValue(QStringLiteral("code_challenge")).isEmpty()
            || request.queryValue(QStringLiteral("code_challenge_method")) != QLatin1String("S256"))) {
        return SandboxReply::redirect(redirectWith(redirectUri,
            { { QStringLiteral("error"), QStringLiteral("invalid_request") }, { QStringLiteral("state"), state } }));
    }
    // Hand the page the decoded values ('+' read as a space, as in a form).
    QUrlQuery decoded;
    for (const auto &name : { QStringLiteral("client_id"), QStringLiteral("redirect_uri"), QStringLiteral("scope"),
             QStringLiteral("state"), QStringLiteral("code_challenge"), QStringLiteral("code_challenge_method") }) {
        decoded.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(request.queryValue(name))));
    }
    return consentPage(*app, decoded, QString());
}

SandboxReply XeroOAuth::consentPage(const SandboxApp &app, const QUrlQuery &params, const QString &message) const
{
    QString hidden;
    for (const auto &name : { QStringLiteral("client_id"), QStringLiteral("redirect_uri"), QStringLiteral("scope"),
             QStringLiteral("state"), QStringLiteral("code_challenge"), QStringLiteral("code_challenge_method") }) {
        hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
                      .arg(name, escapeHtml(params.queryItemValue(name, QUrl::FullyDecoded)));
    }
    QString orgs;
    const auto tenants = m_context.data->tenants(kProvider);
    for (const auto &t : tenants) {
        if (t.deleted) {
            continue;
        }
        orgs += QStringLiteral(
            "<li><label><input type=\"checkbox\" name=\"tenant\" value=\"%1\" checked> %2</label></li>\n")
                    .arg(escapeHtml(t.id), escapeHtml(t.name));
    }
    const QString scopes = escapeHtml(params.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded));
    const QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Xero | Authorise %1</title></head>\n"
        "<body><h1>%1 wants access to your Xero organisations</h1>\n<p class=\"error\">%2</p>\n"
        "<p>Requested permissions: <code>%3</code></p>\n"
        "<form method=\"post\" action=\"/xero/login/identity/connect/consent\">\n%4"
        "<fieldset><legend>Organisations</legend><ul>\n%5</ul></fieldset>\n"
        "<button type=\"submit\" name=\"decision\" value=\"allow\" id=\"allow\">Allow access</button>\n"
        "<button type=\"submit\" name=\"decision\" value=\"deny\" id=\"deny\">Cancel</button>\n"
        "</form></body></html>\n")
                             .arg(escapeHtml(app.name), escapeHtml(message), scopes, hidden, orgs);
    return SandboxReply::html(html, message.isEmpty() ? 200 : 400);
}

SandboxReply XeroOAuth::consent(const SandboxRequest &request)
{
    const QUrlQuery form = request.form();
    auto value = [&form](const char *name) { return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded); };
    const SandboxApp *app = m_context.apps->find(kProvider, value("client_id"));
    const QString redirectUri = value("redirect_uri");
    if (!app || !app->redirectUris.contains(redirectUri)) {
        return SandboxReply::html(QStringLiteral("<html><body><p>Error: invalid_request</p></body></html>"), 400);
    }
    const QString state = value("state");
    if (value("decision") != QLatin1String("allow")) {
        return SandboxReply::redirect(redirectWith(redirectUri,
            { { QStringLiteral("error"), QStringLiteral("access_denied") }, { QStringLiteral("state"), state } }));
    }
    QStringList tenants;
    const auto chosen = form.allQueryItemValues(QStringLiteral("tenant"), QUrl::FullyDecoded);
    for (const auto &t : chosen) {
        const SandboxTenant *tenant = m_context.data->tenant(kProvider, t);
        if (tenant && !tenant->deleted && !tenants.contains(t)) {
            tenants << t;
        }
    }
    if (tenants.isEmpty()) {
        return consentPage(*app, form, QStringLiteral("Choose at least one organisation."));
    }
    TokenIssuer::AuthCode code;
    code.provider = kProvider;
    code.clientId = app->clientId;
    code.redirectUri = redirectUri;
    code.scopes = value("scope").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    code.tenantIds = tenants;
    code.codeChallenge = value("code_challenge");
    const QString issued = m_context.tokens->createCode(code);
    return SandboxReply::redirect(redirectWith(redirectUri,
        { { QStringLiteral("code"), issued }, { QStringLiteral("scope"), code.scopes.join(QLatin1Char(' ')) },
            { QStringLiteral("state"), state }, { QStringLiteral("session_state"), TokenIssuer::randomToken(16) } }));
}

const SandboxApp *XeroOAuth::authenticateClient(
    const SandboxRequest &request, const QUrlQuery &form, SandboxReply *failure) const
{
    QString id;
    QString secret;
    if (!request.basicAuth(&id, &secret)) {
        id = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
        secret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
    }
    const SandboxApp *app = m_context.apps->find(kProvider, id);
    if (!app) {
        *failure = oauthError(QStringLiteral("invalid_client"));
        return nullptr;
    }
    // PKCE apps have no secret; every other app must prove it has one.
    if (app->type != SandboxApp::Type::Pkce && (secret.isEmpty() || secret != app->clientSecret)) {
        *failure = oauthError(QStringLiteral("invalid_client"));
        return nullptr;
    }
    return app;
}

SandboxReply XeroOAuth::token(const SandboxRequest &request)
{
    const QUrlQuery form = request.form();
    SandboxReply failure;
    const SandboxApp *app = authenticateClient(request, form, &failure);
    if (!app) {
        return failure;
    }
    const QString grantType = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    if (grantType == QLatin1String("authorization_code")) {
        return tokenFromCode(*app, form);
    }
    if (grantType == QLatin1String("refresh_token")) {
        return tokenFromRefresh(*app, form);
    }
    if (grantType == QLatin1String("client_credentials")) {
        return tokenFromClientCredentials(*app, form);
    }
    return oauthError(QStringLiteral("unsupported_grant_type"));
}

SandboxReply XeroOAuth::tokenFromCode(const SandboxApp &app, const QUrlQuery &form)
{
    if (app.type == SandboxApp::Type::CustomConnection) {
        return oauthError(QStringLiteral("unauthorized_client"));
    }
    TokenIssuer::AuthCode code;
    if (!m_context.tokens->redeemCode(form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), &code)
        || code.provider != kProvider || code.clientId != app.clientId
        || code.redirectUri != form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)) {
        return oauthError(QStringLiteral("invalid_grant"));
    }
    if (!code.codeChallenge.isEmpty() || app.type == SandboxApp::Type::Pkce) {
        const QByteArray verifier = form.queryItemValue(QStringLiteral("code_verifier"), QUrl::FullyDecoded).toLatin1();
        const QByteArray computed = QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (verifier.isEmpty() || QString::fromLatin1(computed) != code.codeChallenge) {
            return oauthError(QStringLiteral("invalid_grant"));
        }
    }
    const SandboxGrant *grant = m_context.tokens->createGrant(kProvider, app.clientId, code.scopes, code.tenantIds);
    const QString grantId = grant->id;
    const SandboxTokenSet set =
        m_context.tokens->issue(grantId, code.scopes.contains(QStringLiteral("offline_access")));
    return SandboxReply::json(tokenJson(set, code.scopes));
}

SandboxReply XeroOAuth::tokenFromRefresh(const SandboxApp &app, const QUrlQuery &form)
{
    QString error;
    const SandboxTokenSet set = m_context.tokens->refresh(
        kProvider, app.clientId, form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded), &error);
    if (set.accessToken.isEmpty()) {
        return oauthError(error);
    }
    return SandboxReply::json(tokenJson(set, set.grant->scopes));
}

SandboxReply XeroOAuth::tokenFromClientCredentials(const SandboxApp &app, const QUrlQuery &form)
{
    if (app.type != SandboxApp::Type::CustomConnection) {
        return oauthError(QStringLiteral("unauthorized_client"));
    }
    const QStringList scopes =
        form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!scopeError(app, scopes).isEmpty() || scopes.contains(QStringLiteral("offline_access"))) {
        return oauthError(QStringLiteral("invalid_scope"));
    }
    const SandboxTenant *tenant = m_context.data->tenant(kProvider, app.customTenantId);
    if (!tenant || tenant->deleted) {
        return oauthError(QStringLiteral("unauthorized_client"));
    }
    const QString grantId = m_context.tokens->createGrant(kProvider, app.clientId, scopes, { tenant->id })->id;
    const SandboxTokenSet set = m_context.tokens->issue(grantId, false);
    return SandboxReply::json(tokenJson(set, scopes));
}

SandboxReply XeroOAuth::revocation(const SandboxRequest &request)
{
    const QUrlQuery form = request.form();
    SandboxReply failure;
    if (!authenticateClient(request, form, &failure)) {
        return failure;
    }
    // RFC 7009: an unknown token is not an error.
    m_context.tokens->revokeToken(kProvider, form.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded));
    return SandboxReply::empty(200);
}

SandboxReply XeroOAuth::problem(int status, const QString &title, const QString &detail)
{
    return SandboxReply::json(
        QJsonObject { { QStringLiteral("Type"), QJsonValue::Null }, { QStringLiteral("Title"), title },
            { QStringLiteral("Status"), status }, { QStringLiteral("Detail"), detail },
            { QStringLiteral("Instance"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral("Extensions"), QJsonObject() } },
        status);
}

bool XeroOAuth::checkBearer(const SandboxRequest &request, const SandboxGrant **grant, SandboxReply *reply) const
{
    const QString token = request.bearerToken();
    const auto state = m_context.tokens->checkAccess(kProvider, token, grant);
    switch (state) {
    case TokenIssuer::AccessState::Valid:
        return true;
    case TokenIssuer::AccessState::Expired: {
        const QDateTime expiry = QDateTime::fromMSecsSinceEpoch(m_context.tokens->accessExpiryMs(token), Qt::UTC);
        *reply = problem(401, QStringLiteral("Unauthorized"),
            QStringLiteral("TokenExpired: token expired at %1")
                .arg(expiry.toString(QStringLiteral("MM/dd/yyyy HH:mm:ss"))));
        reply->setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return false;
    }
    case TokenIssuer::AccessState::Revoked:
        *reply = problem(403, QStringLiteral("Forbidden"), QStringLiteral("AuthenticationUnsuccessful"));
        return false;
    case TokenIssuer::AccessState::Unknown:
        break;
    }
    *reply = problem(401, QStringLiteral("Unauthorized"), QStringLiteral("AuthenticationUnsuccessful"));
    reply->setHeader("WWW-Authenticate", "Bearer");
    return false;
}

SandboxReply XeroOAuth::connections(const SandboxRequest &request)
{
    const SandboxGrant *grant = nullptr;
    SandboxReply failure;
    if (!checkBearer(request, &grant, &failure)) {
        return failure;
    }
    const QString prefix = QStringLiteral("/xero/api/connections/");
    const bool isList = request.path.compare(QLatin1String("/xero/api/connections"), Qt::CaseInsensitive) == 0;
    if (request.method == "DELETE" && !isList) {
        const QString id = request.path.mid(prefix.size());
        if (!m_context.tokens->removeConnection(grant->id, id)) {
            return SandboxReply::text("The resource you're looking for cannot be found", 404);
        }
        return SandboxReply::empty(204);
    }
    if (request.method != "GET" || !isList) {
        return SandboxReply::text("The resource you're looking for cannot be found", 404);
    }
    const QString authEventId = request.queryValue(QStringLiteral("authEventId"));
    QJsonArray list;
    for (const auto &c : grant->connections) {
        const SandboxTenant *tenant = m_context.data->tenant(kProvider, c.tenantId);
        if (!tenant || (!authEventId.isEmpty() && authEventId != grant->authEventId)) {
            continue;
        }
        const QString created = XeroFormat::isoDate(c.createdMs);
        list.append(QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("authEventId"), grant->authEventId },
            { QStringLiteral("tenantId"), c.tenantId },
            { QStringLiteral("tenantType"), QStringLiteral("ORGANISATION") },
            { QStringLiteral("tenantName"), tenant->name }, { QStringLiteral("createdDateUtc"), created },
            { QStringLiteral("updatedDateUtc"), created } });
    }
    return SandboxReply::json(list);
}

} // namespace Ledgerlink

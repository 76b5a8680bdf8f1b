#include "authorizationflow.h"

#include "auth/clientcredentialsflow.h"
#include "auth/oauthnetworkaccessmanager.h"
#include "auth/oauthstate.h"
#include "auth/organisationdiscovery.h"
#include "auth/tokenresponse.h"
#include "logging.h"

#include <QOAuth2AuthorizationCodeFlow>
#include <QUrlQuery>

namespace Ledgerlink {

AuthorizationFlow::AuthorizationFlow(AuthorizationRequest request, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_clock(clock)
    , m_endpoints(ProviderEndpoints::forProvider(m_request.provider, m_request.sandboxBase))
    , m_network(new OAuthNetworkAccessManager(this))
    , m_pkce(PkceChallenge::generate())
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const int minutes = qMax(1, m_request.timeoutMs / 60000);
        finish(Error(Error::Kind::Config,
            tr("No answer arrived from the browser within %n minute(s). Start the connection again and "
               "finish the sign-in in the browser.",
                nullptr, minutes),
            QStringLiteral("authorisation timed out after %1 ms").arg(m_request.timeoutMs)));
    });
}

AuthorizationFlow::~AuthorizationFlow() = default;

QString AuthorizationFlow::redirectUri() const
{
    return m_handler ? m_handler->callback() : LoopbackReplyHandler::redirectUriForPort(m_request.port);
}

bool AuthorizationFlow::isListening() const
{
    return m_handler && m_handler->isListening();
}

void AuthorizationFlow::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    m_timeout.start(m_request.timeoutMs);
    if (m_endpoints.basicAuthForToken && m_request.appType != AppType::PkceDesktop) {
        m_network->setBasicAuth(m_endpoints.tokenUrl, m_request.clientId, m_request.clientSecret);
    }
    if (m_request.appType == AppType::CustomConnection) {
        startClientCredentials();
        return;
    }

    m_handler = new LoopbackReplyHandler(m_request.port, this);
    if (Status listening = m_handler->status(); !listening) {
        finish(listening.error());
        return;
    }
    connect(m_handler, &LoopbackReplyHandler::callbackClassified, this, &AuthorizationFlow::onCallback);
    connect(m_handler, &LoopbackReplyHandler::tokenRequestFailed, this, &AuthorizationFlow::onTokenFailed);
    // Before setReplyHandler(): the flow's own slot emits granted() synchronously, and onGranted()
    // needs the raw token response (expires_in, refresh token lifetime) by then.
    connect(m_handler, &QAbstractOAuthReplyHandler::tokensReceived, this,
        [this](const QVariantMap &tokens) { m_tokenResponse = tokens; });

    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    // Qt 6.4 replaces the authorization URL's query (Sage: ?filter=apiv3.1); added back in modifyParameters().
    m_flow->setAuthorizationUrl(m_endpoints.authorizeUrl.adjusted(QUrl::RemoveQuery));
    m_flow->setAccessTokenUrl(m_endpoints.tokenUrl);
    m_flow->setClientIdentifier(m_request.clientId);
    m_flow->setScope(m_request.scopes.join(QLatin1Char(' ')));
    m_flow->setReplyHandler(m_handler);
    m_flow->setModifyParametersFunction([this](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
        modifyParameters(stage, parameters);
    });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &AuthorizationFlow::authorizeUrlReady);
    connect(m_flow, &QAbstractOAuth::granted, this, &AuthorizationFlow::onGranted);

    // Qt 6.4 generates a state once per flow object and reuses it: always set a fresh one.
    m_state = OAuthState::generate();
    m_handler->setExpectedState(m_state);
    m_flow->setState(m_state);
    qCInfo(lcAuth) << "Authorising" << ProviderEndpoints::key(m_request.provider) << "via" << m_handler->callback();
    m_flow->grant();
}

void AuthorizationFlow::modifyParameters(QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *p)
{
    const bool formSecret = !m_endpoints.basicAuthForToken && m_request.appType == AppType::WebApp;
    auto setSecret = [&] {
        // Qt adds client_secret only sometimes (always, even empty, on refresh) and unencoded;
        // Basic-auth providers must not get it in the body at all.
        p->remove(QStringLiteral("client_secret"));
        if (formSecret) {
            p->insert(QStringLiteral("client_secret"), QUrl::toPercentEncoding(m_request.clientSecret));
        }
    };
    switch (stage) {
    case QAbstractOAuth::Stage::RequestingAuthorization: {
        const auto fixed = QUrlQuery(m_endpoints.authorizeUrl).queryItems(QUrl::FullyDecoded);
        for (const auto &item : fixed) {
            p->insert(item.first, item.second);
        }
        p->insert(QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge()));
        p->insert(QStringLiteral("code_challenge_method"), PkceChallenge::method());
        if (m_request.provider == ProviderEndpoints::Provider::Myob) {
            // Without it MYOB silently reuses an earlier consent and skips the company file choice.
            p->insert(QStringLiteral("prompt"), QStringLiteral("consent"));
        }
        break;
    }
    case QAbstractOAuth::Stage::RequestingAccessToken:
        // Qt 6.4 double-encodes the code: undo one level.
        p->replace(QStringLiteral("code"), QUrl::fromPercentEncoding(p->value(QStringLiteral("code")).toByteArray()));
        p->insert(QStringLiteral("code_verifier"), QString::fromLatin1(m_pkce.verifier()));
        setSecret();
        break;
    case QAbstractOAuth::Stage::RefreshingAccessToken:
        // Not used for refreshing (TokenManager posts itself), kept correct in case it is.
        p->remove(QStringLiteral("redirect_uri"));
        p->replace(QStringLiteral("refresh_token"),
            QUrl::toPercentEncoding(p->value(QStringLiteral("refresh_token")).toString()));
        setSecret();
        break;
    case QAbstractOAuth::Stage::RequestingTemporaryCredentials:
        break;
    }
}

void AuthorizationFlow::onCallback(LoopbackReplyHandler::CallbackKind kind, const QVariantMap &values)
{
    using Kind = LoopbackReplyHandler::CallbackKind;
    const QString provider = ProviderEndpoints::displayName(m_request.provider);
    switch (kind) {
    case Kind::Code:
        // Qt's flow now checks the state again and exchanges the code.
        m_callbackValues = values;
        return;
    case Kind::ProviderError: {
        const QString error = values.value(QStringLiteral("error")).toString();
        const QString description = values.value(QStringLiteral("error_description")).toString();
        const QString detail = QStringLiteral("authorize: %1 %2").arg(error, description).trimmed();
        if (error == QLatin1String("access_denied")) {
            finish(Error(Error::Kind::Config,
                tr("Access to %1 was not granted in the browser. Connect again and choose Allow when you "
                   "are ready.")
                    .arg(provider),
                detail));
        } else {
            finish(TokenResponse::errorFor(400, error, description, provider));
        }
        return;
    }
    case Kind::WrongState:
        finish(Error(Error::Kind::Config,
            tr("The answer from the browser does not belong to this connection attempt (it may be an old "
               "or forged link), so it was refused. Start the connection again."),
            QStringLiteral("callback with missing or wrong state")));
        return;
    case Kind::Duplicate:
        finish(Error(Error::Kind::Config,
            tr("A second answer arrived for the same connection attempt, so the attempt was stopped for "
               "safety. Start the connection again."),
            QStringLiteral("duplicate callback")));
        return;
    case Kind::Malformed:
        finish(Error(Error::Kind::Config,
            tr("The answer from %1 was incomplete. Start the connection again.").arg(provider),
            QStringLiteral("callback without code or error")));
        return;
    }
}

void AuthorizationFlow::onTokenFailed(int httpStatus, const QString &error, const QString &description)
{
    finish(TokenResponse::errorFor(httpStatus, error, description, ProviderEndpoints::displayName(m_request.provider)));
}

void AuthorizationFlow::onGranted()
{
    if (m_finished || m_discovery) {
        return;
    }
    Result<TokenResponse> tokens =
        TokenResponse::fromMap(m_tokenResponse, m_clock.now(), ProviderEndpoints::displayName(m_request.provider));
    m_tokenResponse.clear();
    if (!tokens) {
        finish(tokens.error());
        return;
    }
    m_result.accessToken = tokens->accessToken;
    m_result.refreshToken = tokens->refreshToken;
    m_result.accessExpiresAt = tokens->accessExpiresAt;
    m_result.refreshExpiresAt = tokens->refreshExpiresAt;
    m_result.grantedScopes = tokens->scopes.isEmpty() ? m_request.scopes : tokens->scopes;
    if (m_handler) {
        m_handler->close();
    }
    discover(m_result.accessToken);
}

void AuthorizationFlow::startClientCredentials()
{
    auto *flow = new ClientCredentialsFlow(
        m_network, m_endpoints, m_request.clientId, m_request.clientSecret, m_request.scopes, m_clock, this);
    connect(flow, &ClientCredentialsFlow::finished, this, [this, flow](const Result<TokenResponse> &tokens) {
        flow->deleteLater();
        if (!tokens) {
            finish(tokens.error());
            return;
        }
        m_result.accessToken = tokens->accessToken;
        m_result.accessExpiresAt = tokens->accessExpiresAt;
        m_result.grantedScopes = tokens->scopes.isEmpty() ? m_request.scopes : tokens->scopes;
        discover(m_result.accessToken);
    });
    flow->start();
}

void AuthorizationFlow::discover(const QString &accessToken)
{
    if (m_finished) {
        return;
    }
    m_discovery = new OrganisationDiscovery(m_network, m_endpoints, this);
    connect(m_discovery, &OrganisationDiscovery::finished, this,
        [this](const Result<QList<AuthorizedOrganisation>> &organisations) {
            if (!organisations) {
                finish(organisations.error());
                return;
            }
            m_result.organisations = organisations.value();
            finish(m_result);
        });
    m_discovery->start(accessToken, m_callbackValues);
}

void AuthorizationFlow::cancel()
{
    finish(Error(Error::Kind::Config, tr("The connection was cancelled."), QStringLiteral("cancelled")));
}

void AuthorizationFlow::finish(Result<AuthorizationResult> result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_timeout.stop();
    if (m_handler) {
        // Runs inside the handler's callback signal: disconnecting now also keeps Qt's flow from
        // acting on a refused callback (Qt skips connections removed during an emission).
        if (m_flow) {
            disconnect(m_handler, nullptr, m_flow, nullptr);
        }
        m_handler->close();
    }
    if (result) {
        qCInfo(lcAuth) << "Authorisation finished:" << result->organisations.size() << "organisation(s)";
    } else {
        qCInfo(lcAuth) << "Authorisation failed:" << result.error().detail();
    }
    m_result = AuthorizationResult();
    // Queued: the receiver may delete this object, and we may be inside the handler's signal.
    QMetaObject::invokeMethod(
        this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
}

} // namespace Ledgerlink

#include "tokenmanager.h"

#include "auth/clientcredentialsflow.h"
#include "auth/secretstore.h"
#include "auth/tokenresponse.h"
#include "logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace Ledgerlink {

TokenManager::TokenManager(
    Config config, SecretStore &secrets, QNetworkAccessManager *network, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_secrets(secrets)
    , m_network(network)
    , m_clock(clock)
{ }

TokenManager::~TokenManager() = default;

void TokenManager::setAccessToken(const QString &accessToken, const QDateTime &expiresAt)
{
    m_accessToken = accessToken;
    m_accessExpiresAt = expiresAt.toUTC();
    if (m_state == State::NeedsReauthorisation) {
        m_rereadStore = false;
        m_refreshToken.clear(); // the new authorisation's refresh token is read from the keychain
        setState(State::Ready);
    }
}

bool TokenManager::accessTokenValid() const
{
    if (m_accessToken.isEmpty()) {
        return false;
    }
    if (!m_accessExpiresAt.isValid()) {
        return true; // the provider gave no lifetime: use it until a 401 says otherwise
    }
    return m_clock.now() < m_accessExpiresAt.addSecs(-m_config.refreshMarginSeconds);
}

void TokenManager::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        emit stateChanged(state);
    }
}

void TokenManager::accessToken(QObject *context, Callback callback)
{
    Waiter waiter { context ? context : this, std::move(callback) };
    if (m_state == State::NeedsReauthorisation) {
        QTimer::singleShot(0, waiter.context, [cb = waiter.callback, error = m_reauthError] { cb(error); });
        return;
    }
    if (m_state != State::Refreshing && accessTokenValid() && m_unsavedRefreshToken.isEmpty()) {
        QTimer::singleShot(0, waiter.context, [cb = waiter.callback, token = m_accessToken] { cb(token); });
        return;
    }
    m_waiters.append(std::move(waiter));
    if (m_state != State::Refreshing) {
        startRefresh();
    }
}

void TokenManager::invalidate(const QString &token)
{
    if (!token.isEmpty() && token == m_accessToken) {
        m_accessToken.clear();
    }
}

void TokenManager::startRefresh()
{
    setState(State::Refreshing);
    m_retriedLostReply = false;
    m_rereadStore = false;
    if (!m_unsavedRefreshToken.isEmpty()) {
        // The last rotation could not be saved: save it before anything else.
        persistThenDeliver();
        return;
    }
    if (m_config.appType == AppType::CustomConnection) {
        auto *flow = new ClientCredentialsFlow(
            m_network, m_config.endpoints, m_config.clientId, m_config.clientSecret, m_config.scopes, m_clock, this);
        connect(flow, &ClientCredentialsFlow::finished, this, [this, flow](const Result<TokenResponse> &tokens) {
            flow->deleteLater();
            onClientCredentials(tokens);
        });
        flow->start();
        return;
    }
    if (m_refreshToken.isEmpty()) {
        loadRefreshTokenThenRefresh();
    } else {
        postRefresh();
    }
}

void TokenManager::loadRefreshTokenThenRefresh()
{
    SecretJob *job = m_secrets.read(m_config.grantId, refreshTokenName());
    connect(job, &SecretJob::finished, this, [this, job](const Result<QByteArray> &value) {
        if (value.ok() && !value.value().isEmpty()) {
            m_refreshToken = QString::fromUtf8(value.value());
            postRefresh();
        } else if (job->notFound() || value.ok()) {
            rereadAfterRejection(
                value.ok() ? Error(Error::Kind::Auth, tr("The stored authorisation is empty.")) : value.error());
        } else {
            setState(State::Ready);
            completeAll(value.error());
        }
    });
}

void TokenManager::postRefresh()
{
    const ProviderEndpoints &endpoints = m_config.endpoints;
    QNetworkRequest request(endpoints.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_config.requestTimeoutMs);
    QByteArray body = "grant_type=refresh_token&refresh_token=" + QUrl::toPercentEncoding(m_refreshToken);
    if (m_config.appType == AppType::PkceDesktop) {
        body += "&client_id=" + QUrl::toPercentEncoding(m_config.clientId);
    } else if (endpoints.basicAuthForToken) {
        request.setRawHeader("Authorization",
            "Basic " + QByteArray(m_config.clientId.toUtf8() + ':' + m_config.clientSecret.toUtf8()).toBase64());
    } else {
        body += "&client_id=" + QUrl::toPercentEncoding(m_config.clientId)
            + "&client_secret=" + QUrl::toPercentEncoding(m_config.clientSecret);
    }
    qCInfo(lcAuth) << "Refreshing the access token of grant" << m_config.grantId;
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        onRefreshReply(
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply->errorString());
    });
}

void TokenManager::onRefreshReply(int httpStatus, const QByteArray &body, const QString &networkError)
{
    qCInfo(lcAuth) << "Refresh of grant" << m_config.grantId << "answered HTTP" << httpStatus;
    Result<TokenResponse> tokens = TokenResponse::fromReply(
        httpStatus, body, networkError, m_clock.now(), ProviderEndpoints::displayName(m_config.endpoints.provider));
    if (!tokens) {
        if (tokens.error().kind() == Error::Kind::Auth) {
            rereadAfterRejection(tokens.error());
        } else if (tokens.error().isRetryable() && !m_retriedLostReply) {
            // The reply may have been lost after the provider rotated the token; the old one stays
            // valid for the grace period, so one retry with it is safe.
            m_retriedLostReply = true;
            qCInfo(lcAuth) << "Refresh reply lost or failed; retrying once:" << tokens.error().detail();
            postRefresh();
        } else {
            setState(State::Ready);
            completeAll(tokens.error());
        }
        return;
    }
    m_pendingAccessToken = tokens->accessToken;
    m_pendingAccessExpiresAt = tokens->accessExpiresAt;
    if (tokens->refreshExpiresAt.isValid()) {
        m_refreshExpiresAt = tokens->refreshExpiresAt;
    }
    if (!tokens->refreshToken.isEmpty() && tokens->refreshToken != m_refreshToken) {
        m_unsavedRefreshToken = tokens->refreshToken;
        persistThenDeliver();
        return;
    }
    m_accessToken = m_pendingAccessToken;
    m_accessExpiresAt = m_pendingAccessExpiresAt;
    m_pendingAccessToken.clear();
    setState(State::Ready);
    completeAll(m_accessToken);
}

void TokenManager::persistThenDeliver()
{
    SecretJob *job = m_secrets.write(m_config.grantId, refreshTokenName(), m_unsavedRefreshToken.toUtf8());
    connect(job, &SecretJob::finished, this, [this](const Result<QByteArray> &written) {
        if (!written) {
            // Not handed out: a crash now would leave the keychain with the old refresh token,
            // which only works for the provider's grace period. The next call saves again first.
            qCWarning(lcAuth) << "Could not save the rotated refresh token of grant" << m_config.grantId;
            setState(State::Ready);
            completeAll(written.error());
            return;
        }
        m_refreshToken = m_unsavedRefreshToken;
        m_unsavedRefreshToken.clear();
        emit refreshTokenPersisted();
        m_accessToken = m_pendingAccessToken;
        m_accessExpiresAt = m_pendingAccessExpiresAt;
        m_pendingAccessToken.clear();
        setState(State::Ready);
        completeAll(m_accessToken);
    });
}

void TokenManager::rereadAfterRejection(const Error &rejection)
{
    if (!m_rereadStore) {
        // Another Ledgerlink process (CLI, second window) may have rotated the token already.
        m_rereadStore = true;
        SecretJob *job = m_secrets.read(m_config.grantId, refreshTokenName());
        connect(job, &SecretJob::finished, this, [this, rejection](const Result<QByteArray> &value) {
            const QString stored = value.ok() ? QString::fromUtf8(value.value()) : QString();
            if (!stored.isEmpty() && stored != m_refreshToken) {
                qCInfo(lcAuth) << "Refresh token of grant" << m_config.grantId << "changed in the keychain; retrying";
                m_refreshToken = stored;
                postRefresh();
            } else {
                rereadAfterRejection(rejection);
            }
        });
        return;
    }
    qCWarning(lcAuth) << "Grant" << m_config.grantId << "needs re-authorisation:" << rejection.detail();
    m_reauthError = Error(Error::Kind::Auth, rejection.userMessage(), rejection.detail());
    m_accessToken.clear();
    setState(State::NeedsReauthorisation);
    emit reauthorisationNeeded(m_reauthError);
    completeAll(m_reauthError);
}

void TokenManager::onClientCredentials(const Result<TokenResponse> &tokens)
{
    if (!tokens) {
        if (tokens.error().kind() == Error::Kind::Auth || tokens.error().kind() == Error::Kind::Config) {
            // Custom connection disabled or its secret changed: only the admin can fix it.
            m_rereadStore = true;
            rereadAfterRejection(tokens.error());
            return;
        }
        setState(State::Ready);
        completeAll(tokens.error());
        return;
    }
    m_accessToken = tokens->accessToken;
    m_accessExpiresAt = tokens->accessExpiresAt;
    setState(State::Ready);
    completeAll(m_accessToken);
}

void TokenManager::completeAll(const Result<QString> &result)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context) {
            QTimer::singleShot(0, waiter.context.data(), [cb = waiter.callback, result] { cb(result); });
        }
    }
}

} // namespace Ledgerlink

#pragma once

#include "auth/authorizationtypes.h"
#include "auth/providerendpoints.h"
#include "clock.h"
#include "error.h"
#include "providers/accesstokensource.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace Ledgerlink {

class SecretStore;
class TokenResponse;

/// The AccessTokenSource the provider clients use for authorisation-code grants.
/// Hands out a valid access token for one grant (one provider authorisation, possibly shared by
/// several integrations).
///
///   accessToken(cb) -> valid and not near expiry? -> cb(token)
///                   -> else queue cb; one refresh in flight at most:
///                      POST refresh_token -> new pair -> keychain write of the rotated refresh token
///                      -> write finished OK -> only now every queued cb(token)
///   invalid_grant  -> re-read the keychain once (another process may have rotated it), retry;
///                     still rejected -> NeedsReauthorisation, reauthorisationNeeded(), all cbs fail
///   lost reply     -> one retry with the same refresh token (providers keep the old one valid
///                     for a grace period: Xero 30 min, QBO 24 h)
///   custom connection (client credentials): a new token is requested the same way, no refresh token.
class TokenManager : public QObject, public AccessTokenSource
{
    Q_OBJECT

public:
    enum class State { Ready, Refreshing, NeedsReauthorisation };
    Q_ENUM(State)

    struct Config
    {
        ProviderEndpoints endpoints;
        AppType appType = AppType::PkceDesktop;
        QString clientId;
        QString clientSecret;
        /// Requested again for a custom connection (client credentials); unused otherwise.
        QStringList scopes;
        /// Keychain owner of this grant's secrets; the refresh token is "<grantId>/refresh_token".
        QString grantId;
        /// Refresh this long before the access token expires.
        int refreshMarginSeconds = 120;
        int requestTimeoutMs = 60000;
    };

    TokenManager(Config config, SecretStore &secrets, QNetworkAccessManager *network,
        const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~TokenManager() override;

    static QString refreshTokenName() { return QStringLiteral("refresh_token"); }

    /// The access token of a fresh authorisation (its refresh token is already in the keychain),
    /// or nothing at start-up: the first accessToken() then refreshes from the keychain.
    void setAccessToken(const QString &accessToken, const QDateTime &expiresAt);
    /// Replaces the in-memory refresh token (normally it is read from the keychain on demand).
    void setRefreshToken(const QString &refreshToken) { m_refreshToken = refreshToken; }

    /// Calls `callback` exactly once, from the event loop, unless `context` is destroyed first.
    void accessToken(QObject *context, Callback callback) override;
    /// After a 401 with `token`: the next accessToken() refreshes. Does nothing when the token has
    /// already been replaced, so N parallel 401s cause one refresh, and a caller retries once only.
    void invalidate(const QString &token) override;

    State state() const { return m_state; }
    QDateTime accessExpiresAt() const { return m_accessExpiresAt; }
    /// When the provider says the refresh token dies (QBO x_refresh_token_expires_in, Sage).
    QDateTime refreshExpiresAt() const { return m_refreshExpiresAt; }

Q_SIGNALS:
    void stateChanged(Ledgerlink::TokenManager::State state);
    /// invalid_grant: the integration needs re-authorisation; its syncs must stop.
    void reauthorisationNeeded(const Ledgerlink::Error &error);
    /// The rotated refresh token is safely in the keychain (emitted before the new access token is used).
    void refreshTokenPersisted();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };

    bool accessTokenValid() const;
    void setState(State state);
    void startRefresh();
    void loadRefreshTokenThenRefresh();
    void postRefresh();
    void onRefreshReply(int httpStatus, const QByteArray &body, const QString &networkError);
    void onClientCredentials(const Result<TokenResponse> &tokens);
    void persistThenDeliver();
    void rereadAfterRejection(const Error &rejection);
    void completeAll(const Result<QString> &result);

    Config m_config;
    SecretStore &m_secrets;
    QNetworkAccessManager *m_network;
    const Clock &m_clock;
    State m_state = State::Ready;
    QString m_accessToken;
    QDateTime m_accessExpiresAt;
    QDateTime m_refreshExpiresAt;
    QString m_refreshToken;
    QString m_unsavedRefreshToken; ///< rotated, not yet confirmed in the keychain
    QString m_pendingAccessToken; ///< held back until the rotation is persisted
    QDateTime m_pendingAccessExpiresAt;
    QList<Waiter> m_waiters;
    bool m_retriedLostReply = false;
    bool m_rereadStore = false;
    Error m_reauthError;
};

} // namespace Ledgerlink

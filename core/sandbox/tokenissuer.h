#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ledgerlink {

class SandboxClock;

/// One authorisation a user gave an app, with the organisations it covers (Xero "connections").
struct SandboxGrant
{
    struct Connection
    {
        QString id;
        QString tenantId;
        qint64 createdMs = 0;
    };
    QString id;
    QString provider;
    QString clientId;
    QStringList scopes;
    QList<Connection> connections;
    QString authEventId;
    qint64 createdMs = 0;
    bool revoked = false;
};

/// A just-issued token pair with lifetimes in seconds (refresh empty for client_credentials).
struct SandboxTokenSet
{
    QString accessToken;
    QString refreshToken;
    int accessExpiresIn = 0;
    qint64 refreshExpiresIn = 0;
    const SandboxGrant *grant = nullptr;
};

/// Issues and checks authorisation codes, access tokens and refresh tokens with each provider's
/// lifetimes, rotation and grace, all measured on the SandboxClock.
///
///   authorize -> createCode --(10 min, once)--> redeemCode -> createGrant + issue
///   refresh   -> rotate: new pair; the old refresh token lives on for the provider's grace
class TokenIssuer
{
public:
    struct Lifetimes
    {
        int accessSeconds = 1800;
        qint64 refreshSeconds = 60LL * 24 * 3600; ///< idle (Xero) or rolling (QBO, Sage) expiry
        int graceSeconds = 1800; ///< how long a rotated refresh token keeps working
        int codeSeconds = 600;
    };
    struct AuthCode
    {
        QString provider;
        QString clientId;
        QString redirectUri;
        QStringList scopes;
        QStringList tenantIds;
        QString codeChallenge; ///< S256 challenge for PKCE apps
        qint64 expiresMs = 0;
        bool used = false;
    };
    enum class AccessState { Valid, Expired, Unknown, Revoked };

    explicit TokenIssuer(const SandboxClock *clock);

    static Lifetimes lifetimes(const QString &provider);

    QString createCode(const AuthCode &code);
    /// The code's data when it exists, has not expired and was not used; marks it used.
    bool redeemCode(const QString &code, AuthCode *out);

    /// The returned pointer (and SandboxTokenSet::grant) is only valid until the next grant is made.
    const SandboxGrant *createGrant(
        const QString &provider, const QString &clientId, const QStringList &scopes, const QStringList &tenantIds);
    SandboxTokenSet issue(const QString &grantId, bool withRefresh);
    /// Rotates a refresh token; empty accessToken (and *error set) when it is unknown, expired,
    /// revoked, superseded past its grace, or belongs to another client.
    SandboxTokenSet refresh(
        const QString &provider, const QString &clientId, const QString &refreshToken, QString *error);

    AccessState checkAccess(const QString &provider, const QString &accessToken, const SandboxGrant **grant) const;
    qint64 accessExpiryMs(const QString &accessToken) const;
    /// Revokes the grant behind a refresh or access token (removes all its connections).
    bool revokeToken(const QString &provider, const QString &token);
    void revokeGrants(const QString &provider, const QString &clientId);
    /// Makes every access token of the provider (all when empty) expire now.
    void expireAllAccess(const QString &provider);
    bool removeConnection(const QString &grantId, const QString &connectionId);
    const SandboxGrant *grant(const QString &grantId) const;

    QJsonArray tokensJson() const;
    QJsonObject toJson() const;
    void fromJson(const QJsonObject &object);
    void clear();
    quint64 revision() const { return m_revision; }

    static QString randomToken(int bytes);

private:
    struct Access
    {
        QString grantId;
        qint64 issuedMs = 0;
        qint64 expiresMs = 0;
    };
    struct Refresh
    {
        QString grantId;
        qint64 issuedMs = 0;
        qint64 lastUsedMs = 0;
        qint64 supersededMs = 0; // 0 while it is the current one
    };
    QString makeAccessToken(const SandboxGrant &grant, qint64 expiresMs) const;

    const SandboxClock *m_clock;
    QHash<QString, AuthCode> m_codes;
    QHash<QString, SandboxGrant> m_grants;
    QHash<QString, Access> m_access;
    QHash<QString, Refresh> m_refresh;
    quint64 m_revision = 0;
};

} // namespace Ledgerlink

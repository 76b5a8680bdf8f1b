#pragma once

#include "sandboxcontext.h"
#include "sandboxmessage.h"

namespace Ledgerlink {

struct SandboxApp;
struct SandboxGrant;

/// Authorization-code OAuth of QuickBooks Online, Sage and MYOB (Xero has its own XeroOAuth):
///
///   GET authorizePath  -> consent page (one company, Allow / Deny)
///   POST consentPath   -> 302 redirect_uri?code&state[&realmId | &country | &businessId&businessName]
///   POST tokenPath     -> authorization_code | refresh_token, rotation with the provider's grace
///   POST revokePath    -> grant revoked
///
/// The differences (client authentication, field types, extra redirect parameters) are in Config.
class ProviderOAuth
{
public:
    enum class ClientAuth { Basic, FormBody };
    struct Config
    {
        QString provider; // qbo, sage, myob
        QString displayName; // "QuickBooks", ...
        QString authorizePath;
        QString consentPath;
        QString tokenPath;
        QString revokePath; // empty: none
        ClientAuth clientAuth = ClientAuth::Basic;
        bool revokeTakesJson = false; // QBO: {"token": ...}
        QStringList scopes; // accepted scope values
        bool expiresInAsString = false; // MYOB: "1200"
        QString refreshExpiresField; // x_refresh_token_expires_in | refresh_token_expires_in
    };

    ProviderOAuth(const SandboxContext &context, Config config);

    static Config qbo();
    static Config sage();
    static Config myob();

    bool handle(const SandboxRequest &request, SandboxReply *reply);
    const Config &config() const { return m_config; }

private:
    SandboxReply authorize(const SandboxRequest &request);
    SandboxReply consent(const SandboxRequest &request);
    SandboxReply token(const SandboxRequest &request);
    SandboxReply revoke(const SandboxRequest &request);
    const SandboxApp *authenticate(const SandboxRequest &request, const QUrlQuery &form, SandboxReply *failure) const;
    SandboxReply consentPage(const SandboxApp &app, const QUrlQuery &params) const;
    SandboxReply errorReply(const QString &error, int status = 400) const;
    QJsonObject tokenJson(const QString &accessToken, const QString &refreshToken, int expiresIn,
        qint64 refreshExpiresIn, const QStringList &scopes) const;

    SandboxContext m_context;
    Config m_config;
};

} // namespace Ledgerlink

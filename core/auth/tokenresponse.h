#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Ledgerlink {

/// A parsed token-endpoint answer, the same for every provider: numeric or string expires_in
/// (MYOB sends "1200"), the refresh token's own lifetime where given (QBO
/// x_refresh_token_expires_in, Sage refresh_token_expires_in), and the provider's error body
/// turned into an Error an administrator can act on.
class TokenResponse
{
    Q_DECLARE_TR_FUNCTIONS(TokenResponse)

public:
    QString accessToken;
    QString refreshToken; ///< empty when the provider did not rotate it (or client credentials)
    QStringList scopes;
    QDateTime accessExpiresAt; ///< UTC; invalid when the provider gave no expires_in
    QDateTime refreshExpiresAt; ///< UTC; invalid when the provider does not say

    /// From a parsed JSON object (QOAuth's tokensReceived map, or a JSON body).
    static Result<TokenResponse> fromMap(const QVariantMap &map, const QDateTime &now, const QString &providerName);
    /// From a raw reply: status 0 = network error (networkError holds Qt's text).
    static Result<TokenResponse> fromReply(int httpStatus, const QByteArray &body, const QString &networkError,
        const QDateTime &now, const QString &providerName);
    /// The Error for a failed token request. invalid_grant -> Kind::Auth (needs re-authorisation).
    static Error errorFor(
        int httpStatus, const QString &error, const QString &description, const QString &providerName);
};

} // namespace Ledgerlink

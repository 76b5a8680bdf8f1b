#pragma once

#include "clock.h"
#include "providers/accesstokensource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Ledgerlink {

/// Serves the access token of a sign-in that is not stored yet (the wizard's Configure step reads
/// the provider's contacts before anything exists in the keychain). Never refreshes: refreshing
/// would rotate the refresh token the wizard is about to store. Once the token has expired or the
/// provider refused it, every request fails with an Auth error and the caller says so. The token
/// lives in memory only and is never logged.
class SignInTokenSource : public AccessTokenSource
{
    Q_DECLARE_TR_FUNCTIONS(SignInTokenSource)

public:
    /// `expiresAt` invalid: no known expiry (the provider's 401 then ends it).
    SignInTokenSource(QString accessToken, QDateTime expiresAt, const Clock &clock = Clock::system());
    ~SignInTokenSource() override;

    void accessToken(QObject *context, Callback callback) override;
    void invalidate(const QString &token) override;

private:
    QString m_token;
    QDateTime m_expiresAt;
    const Clock &m_clock;
};

} // namespace Ledgerlink

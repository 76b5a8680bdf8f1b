#include "signintokensource.h"

#include <QPointer>
#include <QTimer>

namespace Ledgerlink {

namespace {

/// Leaves room for the request itself: a token that dies in flight only costs a failed read.
constexpr int kExpiryMarginSeconds = 30;

} // namespace

SignInTokenSource::SignInTokenSource(QString accessToken, QDateTime expiresAt, const Clock &clock)
    : m_token(std::move(accessToken))
    , m_expiresAt(std::move(expiresAt))
    , m_clock(clock)
{ }

SignInTokenSource::~SignInTokenSource() = default;

void SignInTokenSource::accessToken(QObject *context, Callback callback)
{
    const bool expired = m_expiresAt.isValid() && m_clock.now().addSecs(kExpiryMarginSeconds) >= m_expiresAt;
    Result<QString> answer = m_token;
    if (m_token.isEmpty() || expired) {
        answer = Error(Error::Kind::Auth, tr("The sign-in has expired; sign in again to see the suggestions."),
            m_token.isEmpty() ? QStringLiteral("sign-in access token refused or missing")
                              : QStringLiteral("sign-in access token expired"));
    }
    // From the event loop, as the interface promises, and never after `context` is gone.
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, context, [guard, callback, answer] {
        if (guard) {
            callback(answer);
        }
    });
}

void SignInTokenSource::invalidate(const QString &token)
{
    if (token == m_token) {
        m_token.clear();
    }
}

} // namespace Ledgerlink

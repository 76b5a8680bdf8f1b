#pragma once

#include <QString>

namespace Ledgerlink {

/// The OAuth `state` of one authorisation attempt. Qt 6.4 generates a state only once per flow
/// object and reuses it for every later grant(), so AuthorizationFlow sets a fresh one each time.
class OAuthState
{
public:
    /// 32 random bytes, base64url (43 characters): unguessable and safe in a URL.
    static QString generate();
    /// Constant-time comparison, so a wrong state reveals nothing through timing.
    static bool matches(const QString &expected, const QString &received);
};

} // namespace Ledgerlink

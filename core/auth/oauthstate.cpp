#include "oauthstate.h"

#include "auth/pkcechallenge.h"

namespace Ledgerlink {

QString OAuthState::generate()
{
    return QString::fromLatin1(PkceChallenge::randomToken(32));
}

bool OAuthState::matches(const QString &expected, const QString &received)
{
    if (expected.isEmpty() || expected.size() != received.size()) {
        return false;
    }
    ushort difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        difference |= expected.at(i).unicode() ^ received.at(i).unicode();
    }
    return difference == 0;
}

} // namespace Ledgerlink

#pragma once

#include <QByteArray>
#include <QString>

namespace Ledgerlink {

/// PKCE (RFC 7636) for one authorisation attempt: a verifier of 43 base64url characters made
/// from 32 random bytes, and its S256 challenge base64url(SHA-256(verifier)) without padding.
/// Qt 6.4 has no built-in PKCE; AuthorizationFlow adds these through setModifyParametersFunction.
class PkceChallenge
{
public:
    /// A fresh verifier from the system's cryptographic random generator.
    static PkceChallenge generate();
    /// For tests (RFC 7636 Appendix B) only.
    static PkceChallenge fromVerifier(const QByteArray &verifier);

    const QByteArray &verifier() const { return m_verifier; }
    const QByteArray &challenge() const { return m_challenge; }
    static QString method() { return QStringLiteral("S256"); }

    /// base64url without padding of `bytes` random bytes (also used for `state`).
    static QByteArray randomToken(int bytes);

private:
    explicit PkceChallenge(QByteArray verifier);

    QByteArray m_verifier;
    QByteArray m_challenge;
};

} // namespace Ledgerlink

#include "pkcechallenge.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Ledgerlink {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

PkceChallenge::PkceChallenge(QByteArray verifier)
    : m_verifier(std::move(verifier))
    , m_challenge(QCryptographicHash::hash(m_verifier, QCryptographicHash::Sha256).toBase64(Base64Url))
{ }

QByteArray PkceChallenge::randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    // QRandomGenerator::system() is the OS's cryptographic source, unlike global().
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < bytes; ++i) {
        raw[i] = char(random->bounded(256));
    }
    return raw.toBase64(Base64Url);
}

PkceChallenge PkceChallenge::generate()
{
    return PkceChallenge(randomToken(32));
}

PkceChallenge PkceChallenge::fromVerifier(const QByteArray &verifier)
{
    return PkceChallenge(verifier);
}

} // namespace Ledgerlink

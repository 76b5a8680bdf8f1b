#include "auth/oauthstate.h"
#include "auth/pkcechallenge.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Ledgerlink;

class tst_PkceChallenge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc7636AppendixB();
    void generatedVerifierShape();
    void challengeMatchesVerifier();
    void verifiersDiffer();
    void statesAreFreshAndUrlSafe();
    void stateMatching_data();
    void stateMatching();
};

void tst_PkceChallenge::rfc7636AppendixB()
{
    const PkceChallenge pkce =
        PkceChallenge::fromVerifier(QByteArrayLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    QCOMPARE(pkce.challenge(), QByteArrayLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    QCOMPARE(PkceChallenge::method(), QStringLiteral("S256"));
}

void tst_PkceChallenge::generatedVerifierShape()
{
    const PkceChallenge pkce = PkceChallenge::generate();
    // RFC 7636 4.1: 43..128 characters of [A-Z a-z 0-9 - . _ ~]; 32 bytes give exactly 43.
    QCOMPARE(pkce.verifier().size(), 43);
    static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    QVERIFY(unreserved.match(QString::fromLatin1(pkce.verifier())).hasMatch());
    QVERIFY(!pkce.challenge().contains('='));
    QCOMPARE(pkce.challenge().size(), 43);
}

void tst_PkceChallenge::challengeMatchesVerifier()
{
    const PkceChallenge pkce = PkceChallenge::generate();
    const QByteArray expected = QCryptographicHash::hash(pkce.verifier(), QCryptographicHash::Sha256)
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QCOMPARE(pkce.challenge(), expected);
}

void tst_PkceChallenge::verifiersDiffer()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 50; ++i) {
        seen.insert(PkceChallenge::generate().verifier());
    }
    QCOMPARE(seen.size(), 50);
}

void tst_PkceChallenge::statesAreFreshAndUrlSafe()
{
    QSet<QString> seen;
    static const QRegularExpression urlSafe(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    for (int i = 0; i < 50; ++i) {
        const QString state = OAuthState::generate();
        QVERIFY2(urlSafe.match(state).hasMatch(), qPrintable(state));
        seen.insert(state);
    }
    QCOMPARE(seen.size(), 50);
}

void tst_PkceChallenge::stateMatching_data()
{
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("received");
    QTest::addColumn<bool>("matches");
    QTest::newRow("same") << QStringLiteral("abcDEF123") << QStringLiteral("abcDEF123") << true;
    QTest::newRow("different") << QStringLiteral("abcDEF123") << QStringLiteral("abcDEF124") << false;
    QTest::newRow("prefix") << QStringLiteral("abcDEF123") << QStringLiteral("abcDEF12") << false;
    QTest::newRow("missing") << QStringLiteral("abcDEF123") << QString() << false;
    QTest::newRow("nothing expected") << QString() << QString() << false;
}

void tst_PkceChallenge::stateMatching()
{
    QFETCH(QString, expected);
    QFETCH(QString, received);
    QFETCH(bool, matches);
    QCOMPARE(OAuthState::matches(expected, received), matches);
}

QTEST_GUILESS_MAIN(tst_PkceChallenge)
#include "tst_pkcechallenge.moc"

#include "auth/tokenresponse.h"

#include <QTest>

using namespace Ledgerlink;

class tst_TokenResponse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lifetimes_data();
    void lifetimes();
    void errors_data();
    void errors();
    void missingAccessTokenIsAnError();
    void networkFailureIsRetryable();
};

static const QDateTime Now(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);

void tst_TokenResponse::lifetimes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("accessSeconds");
    QTest::addColumn<qint64>("refreshSeconds"); // -1: not given
    QTest::newRow("xero") << QByteArray(
        R"({"access_token":"a","refresh_token":"r","expires_in":1800,"token_type":"Bearer","scope":"accounting.contacts offline_access"})")
                          << qint64(1800) << qint64(-1);
    QTest::newRow("myob string expires_in")
        << QByteArray(R"({"access_token":"a","refresh_token":"r","expires_in":"1200"})") << qint64(1200) << qint64(-1);
    QTest::newRow("qbo") << QByteArray(
        R"({"access_token":"a","refresh_token":"r","expires_in":3600,"x_refresh_token_expires_in":8726400})")
                         << qint64(3600) << qint64(8726400);
    QTest::newRow("sage") << QByteArray(
        R"({"access_token":"a","refresh_token":"r","expires_in":300,"refresh_token_expires_in":2678400})")
                          << qint64(300) << qint64(2678400);
}

void tst_TokenResponse::lifetimes()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, accessSeconds);
    QFETCH(qint64, refreshSeconds);
    const Result<TokenResponse> r = TokenResponse::fromReply(200, body, {}, Now, QStringLiteral("X"));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->accessToken, QStringLiteral("a"));
    QCOMPARE(r->refreshToken, QStringLiteral("r"));
    QCOMPARE(r->accessExpiresAt, Now.addSecs(accessSeconds));
    QCOMPARE(r->accessExpiresAt.timeSpec(), Qt::UTC);
    if (refreshSeconds < 0) {
        QVERIFY(!r->refreshExpiresAt.isValid());
    } else {
        QCOMPARE(r->refreshExpiresAt, Now.addSecs(refreshSeconds));
    }
}

void tst_TokenResponse::errors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("userText");
    QTest::newRow("invalid_grant") << 400 << QByteArray(R"({"error":"invalid_grant"})") << Error::Kind::Auth
                                   << QStringLiteral("expired or was revoked");
    QTest::newRow("invalid_client") << 400 << QByteArray(R"({"error":"invalid_client"})") << Error::Kind::Config
                                    << QStringLiteral("client ID or client secret");
    QTest::newRow("invalid_scope") << 400 << QByteArray(R"({"error":"invalid_scope","error_description":"nope"})")
                                   << Error::Kind::Config << QStringLiteral("X said: nope");
    QTest::newRow("server error html") << 503 << QByteArray("<html>down</html>") << Error::Kind::Retryable
                                       << QStringLiteral("could not reach");
    QTest::newRow("other") << 400 << QByteArray(R"({"error":"invalid_request"})") << Error::Kind::Fatal
                           << QStringLiteral("refused the sign-in");
}

void tst_TokenResponse::errors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, userText);
    const Result<TokenResponse> r = TokenResponse::fromReply(status, body, {}, Now, QStringLiteral("X"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), kind);
    QVERIFY2(r.error().userMessage().contains(userText), qPrintable(r.error().userMessage()));
    QVERIFY(r.error().detail().contains(QString::number(status)));
}

void tst_TokenResponse::missingAccessTokenIsAnError()
{
    const Result<TokenResponse> r =
        TokenResponse::fromReply(200, QByteArray(R"({"token_type":"Bearer"})"), {}, Now, QStringLiteral("X"));
    QVERIFY(!r.ok());
    QVERIFY(r.error().isRetryable());
}

void tst_TokenResponse::networkFailureIsRetryable()
{
    const Result<TokenResponse> r =
        TokenResponse::fromReply(0, {}, QStringLiteral("Connection refused"), Now, QStringLiteral("X"));
    QVERIFY(!r.ok());
    QVERIFY(r.error().isRetryable());
    QVERIFY(r.error().detail().contains(QLatin1String("Connection refused")));
}

QTEST_GUILESS_MAIN(tst_TokenResponse)
#include "tst_tokenresponse.moc"

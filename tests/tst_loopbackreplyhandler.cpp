#include "auth/loopbackreplyhandler.h"

#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Ledgerlink;
using Kind = LoopbackReplyHandler::CallbackKind;

class tst_LoopbackReplyHandler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listensOnLoopbackWithLocalhostRedirect();
    void usesTheFixedPort();
    void takenPortIsReported();
    void notReachableOnOtherAddresses();
    void callbacks_data();
    void callbacks();
    void closesAfterFirstCallback();
    void secondCallbackIsDuplicate();
    void failedTokenRequestIsReported();

private:
    struct Page
    {
        int status = 0;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
    };
    Page get(const QUrl &url);
    static quint16 freePort();

    QNetworkAccessManager m_nam;
};

tst_LoopbackReplyHandler::Page tst_LoopbackReplyHandler::get(const QUrl &url)
{
    std::unique_ptr<QNetworkReply> reply(m_nam.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(5000)) {
        return { -1, {}, QNetworkReply::TimeoutError };
    }
    return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply->error() };
}

quint16 tst_LoopbackReplyHandler::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress(QHostAddress::LocalHost), 0)) {
        return 0;
    }
    return probe.serverPort();
}

void tst_LoopbackReplyHandler::listensOnLoopbackWithLocalhostRedirect()
{
    LoopbackReplyHandler handler(0);
    QVERIFY(handler.isListening());
    QVERIFY(handler.status().ok());
    QVERIFY(handler.port() > 0);
    QCOMPARE(handler.callback(), QStringLiteral("http://localhost:%1/callback").arg(handler.port()));
    QCOMPARE(LoopbackReplyHandler::redirectUriForPort(53682), QStringLiteral("http://localhost:53682/callback"));
}

void tst_LoopbackReplyHandler::usesTheFixedPort()
{
    const quint16 port = freePort();
    QVERIFY(port > 0);
    LoopbackReplyHandler handler(port);
    QVERIFY(handler.isListening());
    QCOMPARE(handler.port(), port);
    // The 3-argument constructor must not have turned LocalHost into port 2 on every interface.
    QTcpServer onAny;
    QVERIFY2(onAny.listen(QHostAddress::Any, 2) || onAny.serverError() != QAbstractSocket::AddressInUseError,
        "port 2 is taken: the LocalHost/port overload trap");
}

void tst_LoopbackReplyHandler::takenPortIsReported()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress(QHostAddress::LocalHost), 0));
    LoopbackReplyHandler handler(squatter.serverPort());
    QVERIFY(!handler.isListening());
    const Status status = handler.status();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().kind(), Error::Kind::Config);
    QVERIFY(status.error().userMessage().contains(QString::number(squatter.serverPort())));
    QVERIFY(status.error().userMessage().contains(
        QStringLiteral("http://localhost:%1/callback").arg(squatter.serverPort())));
}

void tst_LoopbackReplyHandler::notReachableOnOtherAddresses()
{
    LoopbackReplyHandler handler(0);
    QVERIFY(handler.isListening());
    QList<QHostAddress> others;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol) {
            others.append(address);
        }
    }
    if (others.isEmpty()) {
        QSKIP("this machine has no non-loopback IPv4 address");
    }
    for (const QHostAddress &address : others) {
        QTcpSocket socket;
        socket.connectToHost(address, handler.port());
        QTRY_VERIFY2(socket.state() == QAbstractSocket::UnconnectedState, qPrintable(address.toString()));
        QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
    }
    // ... while 127.0.0.1 answers.
    QTcpSocket local;
    local.connectToHost(QHostAddress(QHostAddress::LocalHost), handler.port());
    QVERIFY(local.waitForConnected(5000));
}

void tst_LoopbackReplyHandler::callbacks_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QByteArray>("pageText");
    QTest::newRow("code") << "code=abc&state=STATE" << Kind::Code << QByteArray("Authorisation received");
    QTest::newRow("access denied") << "error=access_denied&error_description=no&state=STATE" << Kind::ProviderError
                                   << QByteArray("Access was not granted");
    QTest::newRow("other provider error")
        << "error=server_error&state=STATE" << Kind::ProviderError << QByteArray("reported a problem");
    QTest::newRow("wrong state") << "code=abc&state=OTHER" << Kind::WrongState << QByteArray("not valid");
    QTest::newRow("missing state") << "code=abc" << Kind::WrongState << QByteArray("not valid");
    QTest::newRow("denied with wrong state")
        << "error=access_denied&state=OTHER" << Kind::WrongState << QByteArray("not valid");
    QTest::newRow("neither") << "state=STATE" << Kind::Malformed << QByteArray("not valid");
}

void tst_LoopbackReplyHandler::callbacks()
{
    QFETCH(QString, query);
    QFETCH(Kind, kind);
    QFETCH(QByteArray, pageText);
    LoopbackReplyHandler handler(0);
    handler.setExpectedState(QStringLiteral("STATE"));
    QSignalSpy classified(&handler, &LoopbackReplyHandler::callbackClassified);
    QUrl url(handler.callback());
    url.setQuery(query);
    const Page page = get(url);
    QCOMPARE(page.status, 200);
    QVERIFY2(page.body.contains(pageText), page.body.constData());
    QVERIFY(!page.body.contains("abc")); // the page never echoes the code
    QCOMPARE(classified.size(), 1);
    QCOMPARE(classified.at(0).at(0).value<Kind>(), kind);
}

void tst_LoopbackReplyHandler::closesAfterFirstCallback()
{
    LoopbackReplyHandler handler(0);
    const quint16 port = handler.port();
    handler.setExpectedState(QStringLiteral("S"));
    QUrl url(handler.callback());
    url.setQuery(QStringLiteral("code=abc&state=S"));
    QCOMPARE(get(url).status, 200);
    QTRY_VERIFY(!handler.isListening());
    // A replay of the same callback finds nobody listening.
    QUrl replay(QStringLiteral("http://127.0.0.1:%1/callback?code=abc&state=S").arg(port));
    QCOMPARE(get(replay).error, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(handler.callbackCount(), 1);
}

void tst_LoopbackReplyHandler::secondCallbackIsDuplicate()
{
    LoopbackReplyHandler handler(0);
    handler.setExpectedState(QStringLiteral("S"));
    // A connection opened before the first callback survives close(): its request must still be refused.
    QTcpSocket early;
    early.connectToHost(QHostAddress(QHostAddress::LocalHost), handler.port());
    QVERIFY(early.waitForConnected(5000));
    QSignalSpy classified(&handler, &LoopbackReplyHandler::callbackClassified);
    QUrl url(handler.callback());
    url.setQuery(QStringLiteral("code=abc&state=S"));
    QCOMPARE(get(url).status, 200);
    QTRY_VERIFY(!handler.isListening());
    early.write("GET /callback?code=abc&state=S HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QTRY_COMPARE(classified.size(), 2);
    QCOMPARE(classified.at(0).at(0).value<Kind>(), Kind::Code);
    QCOMPARE(classified.at(1).at(0).value<Kind>(), Kind::Duplicate);
    QTRY_VERIFY(early.bytesAvailable() > 0 || early.state() == QAbstractSocket::UnconnectedState);
    QVERIFY(early.readAll().contains("not valid"));
}

void tst_LoopbackReplyHandler::failedTokenRequestIsReported()
{
    // Nothing listens on this port: the token request fails at the network level.
    LoopbackReplyHandler handler(0);
    QSignalSpy failed(&handler, &LoopbackReplyHandler::tokenRequestFailed);
    QSignalSpy tokens(&handler, &QAbstractOAuthReplyHandler::tokensReceived);
    QNetworkReply *reply =
        m_nam.post(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(freePort()))),
            QByteArray("grant_type=authorization_code"));
    connect(reply, &QNetworkReply::finished, &handler, [&handler, reply] {
        handler.networkReplyFinished(reply);
        reply->deleteLater();
    });
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toInt(), 0);
    QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("network_error"));
    QCOMPARE(tokens.size(), 0);
}

QTEST_GUILESS_MAIN(tst_LoopbackReplyHandler)
#include "tst_loopbackreplyhandler.moc"

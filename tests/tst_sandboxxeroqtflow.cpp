// The real client stack - QOAuth2AuthorizationCodeFlow with a QOAuthHttpServerReplyHandler and PKCE
// done as QT-NOTES describes - against the sandbox's Xero identity endpoints, over real HTTP.
#include "sandboxserver.h"
#include "tst_sandboxclient.h"

#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Ledgerlink;

namespace {

// Xero only accepts http://localhost:PORT/callback; Qt 6.4's handler says 127.0.0.1 (QT-NOTES).
class LocalhostReplyHandler : public QOAuthHttpServerReplyHandler
{
public:
    LocalhostReplyHandler(quint16 port, QObject *parent)
        : QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), port, parent)
    { }
    QString callback() const override
    {
        return QStringLiteral("http://localhost:%1/%2").arg(port()).arg(callbackPath());
    }
};

} // namespace

class tst_SandboxXeroQtFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void qtOAuthFlowWithPkceWorks();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void tst_SandboxXeroQtFlow::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen() != 0);
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
}

void tst_SandboxXeroQtFlow::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void tst_SandboxXeroQtFlow::qtOAuthFlowWithPkceWorks()
{
    // The real client stack (QOAuth2AuthorizationCodeFlow + reply handler) against the sandbox.
    std::unique_ptr<LocalhostReplyHandler> handler;
    for (int port : { 17170, 17171, 17172, 17173, 17174, 17175, 17176, 17177, 17178, 17179 }) {
        handler = std::make_unique<LocalhostReplyHandler>(quint16(port), nullptr);
        if (handler->isListening()) {
            break;
        }
    }
    QVERIFY(handler && handler->isListening());
    handler->setCallbackPath(QStringLiteral("callback"));
    QOAuth2AuthorizationCodeFlow flow;
    flow.setAuthorizationUrl(QUrl(m_server->baseUrl() + QStringLiteral("/xero/login/identity/connect/authorize")));
    flow.setAccessTokenUrl(QUrl(m_server->baseUrl() + QStringLiteral("/xero/identity/connect/token")));
    flow.setClientIdentifier(QStringLiteral("LEDGERLINK-XERO-PKCE"));
    flow.setScope(QStringLiteral("offline_access accounting.contacts"));
    flow.setReplyHandler(handler.get());
    const QByteArray verifier = QByteArray("qt-flow-verifier-0123456789-abcdefghijklmnopq");
    const QString challenge = SandboxTestClient::pkceChallenge(QString::fromLatin1(verifier));
    flow.setModifyParametersFunction([&](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *p) {
        if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
            p->insert(QStringLiteral("code_challenge"), challenge);
            p->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
            p->insert(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
        }
    });
    QUrl authorizeUrl;
    connect(
        &flow, &QAbstractOAuth::authorizeWithBrowser, this, [&authorizeUrl](const QUrl &url) { authorizeUrl = url; });
    QSignalSpy granted(&flow, &QAbstractOAuth::granted);
    flow.grant();
    QTRY_VERIFY(authorizeUrl.isValid());
    // Play the browser: consent page, Allow, then follow the redirect to the reply handler.
    const HttpResult page =
        m_client->get(authorizeUrl.path() + QLatin1Char('?') + authorizeUrl.query(QUrl::FullyEncoded));
    QCOMPARE(page.status, 200);
    const QString state = QUrlQuery(authorizeUrl).queryItemValue(QStringLiteral("state"));
    const HttpResult allowed = m_client->postForm(QStringLiteral("/xero/login/identity/connect/consent"),
        { { QStringLiteral("client_id"), QStringLiteral("LEDGERLINK-XERO-PKCE") },
            { QStringLiteral("redirect_uri"), handler->callback() },
            { QStringLiteral("scope"), QStringLiteral("offline_access accounting.contacts") },
            { QStringLiteral("state"), state }, { QStringLiteral("code_challenge"), challenge },
            { QStringLiteral("code_challenge_method"), QStringLiteral("S256") },
            { QStringLiteral("tenant"), SandboxTestClient::xeroTenant(0) },
            { QStringLiteral("decision"), QStringLiteral("allow") } });
    const QUrl callback = QUrl::fromEncoded(allowed.header("location"));
    QCOMPARE(callback.host(), QStringLiteral("localhost"));
    QNetworkAccessManager browser;
    QNetworkRequest request(callback);
    QNetworkReply *reply = browser.get(request);
    QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000) || reply->isFinished());
    reply->deleteLater();
    QVERIFY(granted.count() == 1 || granted.wait(10000));
    QCOMPARE(flow.status(), QAbstractOAuth::Status::Granted);
    QVERIFY(!flow.refreshToken().isEmpty());
    QCOMPARE(m_client->xeroGet(flow.token(), QStringLiteral("Contacts")).status, 200);
    // And Qt's refresh (it also sends redirect_uri and an empty client_secret) is accepted.
    QSignalSpy refreshed(&flow, &QAbstractOAuth2::refreshTokenChanged);
    flow.refreshAccessToken();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(flow.status(), QAbstractOAuth::Status::Granted);
}

QTEST_GUILESS_MAIN(tst_SandboxXeroQtFlow)
#include "tst_sandboxxeroqtflow.moc"

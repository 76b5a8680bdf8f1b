// A real browser does the consent: `ledgerlink connect xero --no-browser` prints the authorize
// URL, headless Chromium (Debian's `chromium`) opens it, the test presses Allow through the
// DevTools protocol (a click on the page's own button, exactly what a user does), Chromium submits
// the form, follows the sandbox's 302 to http://localhost:PORT/callback, and the CLI ends connected.
#include "auth/loopbackreplyhandler.h"
#include "sandboxapps.h"
#include "sandboxserver.h"
#include "testprofile.h"
#include "tst_clirunner.h"
#include "tst_sandboxbrowser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <optional>

using namespace Ledgerlink;

class tst_BrowserConnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chromiumConsentConnectsXero();
    void cleanup();

private:
    QUrl devToolsPageUrl(const QString &userDataDir);
    /// Runtime.evaluate in the page; the string result, or nothing on timeout.
    std::optional<QString> evaluate(const QString &expression);

    std::unique_ptr<QProcess> m_chromium;
    QWebSocket m_devTools;
    int m_messageId = 0;
};

void tst_BrowserConnect::cleanup()
{
    m_devTools.close();
    if (m_chromium && m_chromium->state() != QProcess::NotRunning) {
        m_chromium->terminate();
        if (!m_chromium->waitForFinished(10000)) {
            m_chromium->kill();
            m_chromium->waitForFinished(5000);
        }
    }
    m_chromium.reset();
}

QUrl tst_BrowserConnect::devToolsPageUrl(const QString &userDataDir)
{
    // With --remote-debugging-port=0 Chromium writes the port it chose to DevToolsActivePort.
    QString port;
    if (!QTest::qWaitFor(
            [&] {
                QFile file(userDataDir + QStringLiteral("/DevToolsActivePort"));
                if (file.open(QIODevice::ReadOnly)) {
                    port = QString::fromUtf8(file.readLine()).trimmed();
                }
                return !port.isEmpty() || m_chromium->state() == QProcess::NotRunning;
            },
            60000)
        || port.isEmpty()) {
        return {};
    }
    SandboxBrowser http;
    QUrl page;
    [[maybe_unused]] const bool found = QTest::qWaitFor(
        [&] {
            const auto list = http.get(QUrl(QStringLiteral("http://127.0.0.1:%1/json/list").arg(port)));
            for (const QJsonValue &target : QJsonDocument::fromJson(list.body).array()) {
                if (target.toObject().value(QStringLiteral("type")).toString() == QLatin1String("page")) {
                    page = QUrl(target.toObject().value(QStringLiteral("webSocketDebuggerUrl")).toString());
                }
            }
            return page.isValid();
        },
        30000);
    return page;
}

std::optional<QString> tst_BrowserConnect::evaluate(const QString &expression)
{
    const int id = ++m_messageId;
    std::optional<QString> result;
    QMetaObject::Connection received =
        connect(&m_devTools, &QWebSocket::textMessageReceived, this, [&result, id](const QString &message) {
            const QJsonObject reply = QJsonDocument::fromJson(message.toUtf8()).object();
            if (reply.value(QStringLiteral("id")).toInt() == id) {
                result = reply.value(QStringLiteral("result"))
                             .toObject()
                             .value(QStringLiteral("result"))
                             .toObject()
                             .value(QStringLiteral("value"))
                             .toString();
            }
        });
    const QJsonObject call { { QStringLiteral("id"), id },
        { QStringLiteral("method"), QStringLiteral("Runtime.evaluate") },
        { QStringLiteral("params"),
            QJsonObject { { QStringLiteral("expression"), expression }, { QStringLiteral("returnByValue"), true } } } };
    m_devTools.sendTextMessage(QString::fromUtf8(QJsonDocument(call).toJson(QJsonDocument::Compact)));
    [[maybe_unused]] const bool answered = QTest::qWaitFor([&] { return result.has_value(); }, 10000);
    disconnect(received);
    return result;
}

void tst_BrowserConnect::chromiumConsentConnectsXero()
{
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (chromium.isEmpty()) {
        QSKIP("Debian's chromium is not installed (apt-get install chromium)");
    }
    SandboxServer sandbox;
    QVERIFY(sandbox.listen() > 0);
    TestProfile profile;
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const quint16 port = probe.serverPort();
    probe.close();
    SandboxApp app;
    app.provider = QStringLiteral("xero");
    app.clientId = QStringLiteral("BROWSER-TEST-PKCE");
    app.name = QStringLiteral("Ledgerlink browser test");
    app.type = SandboxApp::Type::Pkce;
    app.redirectUris = { LoopbackReplyHandler::redirectUriForPort(port) };
    QVERIFY(sandbox.apps().add(app).ok());

    CliRun connectRun({ QStringLiteral("connect"), QStringLiteral("xero"), QStringLiteral("--client-id"), app.clientId,
        QStringLiteral("--no-browser"), QStringLiteral("--port"), QString::number(port), QStringLiteral("--tenant"),
        QStringLiteral("Demo Company (Ledgerlink)"), QStringLiteral("--sandbox"), sandbox.baseUrl(),
        QStringLiteral("--profile"), profile.path() });
    const QUrl authorize = connectRun.waitForAuthorizeUrl();
    QVERIFY2(authorize.isValid(), connectRun.transcript());

    QTemporaryDir userData;
    QVERIFY(userData.isValid());
    m_chromium = std::make_unique<QProcess>();
    m_chromium->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_chromium->start(chromium,
        { QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
            QStringLiteral("--disable-quic"), QStringLiteral("--no-first-run"),
            QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-component-update"),
            QStringLiteral("--disable-sync"), QStringLiteral("--user-data-dir=") + userData.path(),
            QStringLiteral("--remote-debugging-address=127.0.0.1"), QStringLiteral("--remote-debugging-port=0"),
            QStringLiteral("--remote-allow-origins=*"), authorize.toString(QUrl::FullyEncoded) });
    QVERIFY2(m_chromium->waitForStarted(30000), qPrintable(m_chromium->errorString()));
    const QUrl page = devToolsPageUrl(userData.path());
    QVERIFY2(page.isValid(), "Chromium's DevTools endpoint did not appear");
    m_devTools.open(page);
    QTRY_COMPARE_WITH_TIMEOUT(m_devTools.state(), QAbstractSocket::ConnectedState, 15000);

    // Press the consent page's own Allow button once the page has loaded.
    const QString clickAllow = QStringLiteral(
        "(() => { const b = document.querySelector('button[name=\"decision\"][value=\"allow\"]');"
        " if (!b || document.readyState !== 'complete') return 'waiting'; b.click(); return 'clicked'; })()");
    QString clicked;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     clicked = evaluate(clickAllow).value_or(QString());
                     return clicked == QLatin1String("clicked");
                 },
                 30000),
        qPrintable(clicked));

    QVERIFY2(connectRun.wait(60000) == 0, connectRun.transcript());
    QVERIFY(connectRun.out().contains(QLatin1String("Connected to Demo Company (Ledgerlink)")));
    // The browser itself followed the 302 to the loopback listener.
    QString landed;
    QVERIFY(QTest::qWaitFor(
        [&] {
            landed = evaluate(QStringLiteral("location.href")).value_or(QString());
            return landed.startsWith(QStringLiteral("http://localhost:%1/callback?code=").arg(port));
        },
        15000));

    CliRun list(
        { QStringLiteral("integrations"), QStringLiteral("--json"), QStringLiteral("--profile"), profile.path() });
    QVERIFY2(list.wait() == 0, list.transcript());
    const QJsonArray integrations = QJsonDocument::fromJson(list.out().toUtf8()).array();
    QCOMPARE(integrations.size(), 1);
    QCOMPARE(integrations.first().toObject().value(QStringLiteral("connected")).toBool(), true);
    QCOMPARE(integrations.first().toObject().value(QStringLiteral("organisation")).toString(),
        QStringLiteral("Demo Company (Ledgerlink)"));
}

QTEST_GUILESS_MAIN(tst_BrowserConnect)
#include "tst_browserconnect.moc"

// `ledgerlink connect`, `disconnect` and `integrations` run as the real binary against an
// in-process ledgerlink-sandbox over real HTTP; the test plays the browser (SandboxBrowser).
// Runs under fixtures/with-keyring.sh: secrets go to a real, throwaway Secret Service.
#include "auth/loopbackreplyhandler.h"
#include "sandboxapps.h"
#include "sandboxserver.h"
#include "testprofile.h"
#include "tst_clirunner.h"
#include "tst_sandboxbrowser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Ledgerlink;

class tst_CliConnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void xeroPkceAppConnectsChosenOrganisation();
    void webAppReadsSecretFromStdin_data();
    void webAppReadsSecretFromStdin();
    void customConnectionNeedsNoBrowser();
    void severalOrganisationsAskForTenant();
    void accessDeniedEndsWithMessage();
    void disconnectRevokesAndKeepsIntegration();
    void disconnectOfSharedGrantKeepsTheOther();
    void noKeychainRefusesBeforeContactingProvider();

private:
    struct App
    {
        QString clientId;
        QString secret;
        quint16 port = 0;
    };
    App registerApp(const QString &provider, SandboxApp::Type type);
    QStringList common() const;
    QJsonArray integrations();
    QStringList secretKeyNames(const QString &grantId);
    int requests(const QString &prefix);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<TestProfile> m_profile;
    SandboxBrowser m_browser;
    int m_counter = 0;
};

void tst_CliConnect::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY(m_sandbox->listen() > 0);
    m_profile = std::make_unique<TestProfile>();
    QVERIFY(m_profile->isValid());
}

void tst_CliConnect::cleanup()
{
    m_sandbox.reset();
    m_profile.reset();
}

tst_CliConnect::App tst_CliConnect::registerApp(const QString &provider, SandboxApp::Type type)
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress(QHostAddress::LocalHost), 0)) {
        return {};
    }
    App result { QStringLiteral("CLI-TEST-%1").arg(++m_counter),
        type == SandboxApp::Type::Pkce ? QString() : QStringLiteral("cli-secret-%1-Zq9").arg(m_counter),
        probe.serverPort() };
    probe.close();
    SandboxApp app;
    app.provider = provider;
    app.clientId = result.clientId;
    app.clientSecret = result.secret;
    app.name = QStringLiteral("Ledgerlink CLI test");
    app.type = type;
    app.redirectUris = { LoopbackReplyHandler::redirectUriForPort(result.port) };
    return m_sandbox->apps().add(app).ok() ? result : App();
}

QStringList tst_CliConnect::common() const
{
    return { QStringLiteral("--profile"), m_profile->path(), QStringLiteral("--sandbox"), m_sandbox->baseUrl() };
}

QJsonArray tst_CliConnect::integrations()
{
    CliRun run(
        { QStringLiteral("integrations"), QStringLiteral("--json"), QStringLiteral("--profile"), m_profile->path() });
    if (run.wait() != 0) {
        qWarning() << run.transcript();
        return {};
    }
    return QJsonDocument::fromJson(run.out().toUtf8()).array();
}

QStringList tst_CliConnect::secretKeyNames(const QString &grantId)
{
    QStringList names;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(m_profile->filePath(QStringLiteral("data/ledgerlink.sqlite")));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT key_name FROM secret_keys WHERE owner_id = ? ORDER BY key_name"));
            query.addBindValue(grantId);
            query.exec();
            while (query.next()) {
                names.append(query.value(0).toString());
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    return names;
}

int tst_CliConnect::requests(const QString &prefix)
{
    const auto stats = m_browser.get(QUrl(m_sandbox->baseUrl() + QStringLiteral("/_sandbox/stats")));
    const QJsonObject byPath = QJsonDocument::fromJson(stats.body).object().value(QStringLiteral("by_path")).toObject();
    int count = 0;
    for (auto it = byPath.begin(); it != byPath.end(); ++it) {
        if (it.key().startsWith(prefix)) {
            count += it.value().toInt();
        }
    }
    return count;
}

void tst_CliConnect::xeroPkceAppConnectsChosenOrganisation()
{
    const App app = registerApp(QStringLiteral("xero"), SandboxApp::Type::Pkce);
    QVERIFY(app.port);
    CliRun run(QStringList { QStringLiteral("connect"), QStringLiteral("xero"), QStringLiteral("--client-id"),
                   app.clientId, QStringLiteral("--no-browser"), QStringLiteral("--port"), QString::number(app.port),
                   QStringLiteral("--tenant"), QStringLiteral("Second Street Trading") }
        + common());
    const QUrl authorize = run.waitForAuthorizeUrl();
    QVERIFY2(authorize.isValid(), run.transcript());
    QVERIFY(run.out().contains(QStringLiteral("http://localhost:%1/callback").arg(app.port)));
    const auto page = m_browser.consent(authorize, QStringLiteral("allow"));
    QCOMPARE(page.status, 200);
    QVERIFY2(run.wait() == 0, run.transcript());
    QVERIFY(run.out().contains(QLatin1String("Connected to Second Street Trading")));

    const QJsonArray list = integrations();
    QCOMPARE(list.size(), 1);
    const QJsonObject integration = list.first().toObject();
    QCOMPARE(integration.value(QStringLiteral("provider")).toString(), QStringLiteral("xero"));
    QCOMPARE(integration.value(QStringLiteral("organisation")).toString(), QStringLiteral("Second Street Trading"));
    QCOMPARE(integration.value(QStringLiteral("state")).toString(), QStringLiteral("NOT_ENABLED"));
    QCOMPARE(integration.value(QStringLiteral("enabled")).toBool(), false);
    QCOMPARE(integration.value(QStringLiteral("connected")).toBool(), true);
}

void tst_CliConnect::webAppReadsSecretFromStdin_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("organisation");
    // --tenant takes a name or an id; QBO's callback names only the realm, so ids throughout.
    QTest::newRow("qbo") << QStringLiteral("qbo") << QStringLiteral("9341453100000001");
    QTest::newRow("sage") << QStringLiteral("sage") << QStringLiteral("a3f1c0d2e4b64a5f8e7d6c5b4a390001");
    QTest::newRow("myob") << QStringLiteral("myob") << QStringLiteral("c1d2e3f4-0000-4000-8000-00000000a001");
    QTest::newRow("xero") << QStringLiteral("xero") << QStringLiteral("6a0c7e3d-1b52-4f3a-9d1e-0a7c5e2b1f01");
}

void tst_CliConnect::webAppReadsSecretFromStdin()
{
    QFETCH(QString, provider);
    QFETCH(QString, organisation);
    const App app = registerApp(provider, SandboxApp::Type::Web);
    QVERIFY(app.port);
    CliRun run(QStringList { QStringLiteral("connect"), provider, QStringLiteral("--client-id"), app.clientId,
                   QStringLiteral("--client-secret-stdin"), QStringLiteral("--no-browser"), QStringLiteral("--port"),
                   QString::number(app.port), QStringLiteral("--tenant"), organisation }
            + common(),
        app.secret.toUtf8() + '\n');
    const QUrl authorize = run.waitForAuthorizeUrl();
    QVERIFY2(authorize.isValid(), run.transcript());
    m_browser.consent(authorize, QStringLiteral("allow"));
    QVERIFY2(run.wait() == 0, run.transcript());

    const QJsonArray list = integrations();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QStringLiteral("provider")).toString(), provider);
    QCOMPARE(list.first().toObject().value(QStringLiteral("organisation_id")).toString(), organisation);
    QCOMPARE(list.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("NOT_ENABLED"));
    QVERIFY(!run.rawOutput().contains(app.secret.toUtf8()));
}

void tst_CliConnect::customConnectionNeedsNoBrowser()
{
    CliRun run(
        QStringList { QStringLiteral("connect"), QStringLiteral("xero"), QStringLiteral("--client-id"),
            QStringLiteral("LEDGERLINK-XERO-CUSTOM"), QStringLiteral("--client-secret-stdin"),
            QStringLiteral("--custom-connection"), QStringLiteral("--scopes"), QStringLiteral("accounting.contacts") }
            + common(),
        QByteArrayLiteral("xero-custom-secret-0123456789abcdef\n"));
    QVERIFY2(run.wait() == 0, run.transcript());
    QVERIFY(!run.out().contains(QLatin1String("response_type=code")));
    const QJsonArray list = integrations();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QStringLiteral("organisation_id")).toString(),
        QStringLiteral("6a0c7e3d-1b52-4f3a-9d1e-0a7c5e2b1f01"));
}

void tst_CliConnect::severalOrganisationsAskForTenant()
{
    const App app = registerApp(QStringLiteral("xero"), SandboxApp::Type::Pkce);
    CliRun run(QStringList { QStringLiteral("connect"), QStringLiteral("xero"), QStringLiteral("--client-id"),
                   app.clientId, QStringLiteral("--no-browser"), QStringLiteral("--port"), QString::number(app.port) }
        + common());
    const QUrl authorize = run.waitForAuthorizeUrl();
    QVERIFY2(authorize.isValid(), run.transcript());
    m_browser.consent(authorize, QStringLiteral("allow"));
    QCOMPARE(run.wait(), 2);
    QVERIFY(run.err().contains(QLatin1String("Demo Company (Ledgerlink)")));
    QVERIFY(run.err().contains(QLatin1String("Second Street Trading")));
    QVERIFY(run.err().contains(QLatin1String("--tenant")));
    QCOMPARE(integrations().size(), 0);
}

void tst_CliConnect::accessDeniedEndsWithMessage()
{
    const App app = registerApp(QStringLiteral("xero"), SandboxApp::Type::Pkce);
    CliRun run(QStringList { QStringLiteral("connect"), QStringLiteral("xero"), QStringLiteral("--client-id"),
                   app.clientId, QStringLiteral("--no-browser"), QStringLiteral("--port"), QString::number(app.port) }
        + common());
    const QUrl authorize = run.waitForAuthorizeUrl();
    QVERIFY2(authorize.isValid(), run.transcript());
    m_browser.consent(authorize, QStringLiteral("deny"));
    QCOMPARE(run.wait(), 1);
    QVERIFY2(run.err().contains(QLatin1String("was not granted")), run.transcript());
    QCOMPARE(requests(QStringLiteral("POST /xero/identity/connect/token")), 0);
    QCOMPARE(integrations().size(), 0);
}

void tst_CliConnect::disconnectRevokesAndKeepsIntegration()
{
    const App app = registerApp(QStringLiteral("xero"), SandboxApp::Type::Web);
    CliRun connectRun(
        QStringList { QStringLiteral("connect"), QStringLiteral("xero"), QStringLiteral("--client-id"), app.clientId,
            QStringLiteral("--client-secret-stdin"), QStringLiteral("--no-browser"), QStringLiteral("--port"),
            QString::number(app.port), QStringLiteral("--tenant"), QStringLiteral("Demo Company (Ledgerlink)") }
            + common(),
        app.secret.toUtf8() + '\n');
    const QUrl authorize = connectRun.waitForAuthorizeUrl();
    QVERIFY2(authorize.isValid(), connectRun.transcript());
    m_browser.consent(authorize, QStringLiteral("allow"));
    QVERIFY2(connectRun.wait() == 0, connectRun.transcript());
    QJsonArray list = integrations();
    QCOMPARE(list.size(), 1);
    const QString id = list.first().toObject().value(QStringLiteral("id")).toString();

    // The grant's id is only in the database; find it through the names SecretStore recorded.
    QString grantId;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("grant"));
        db.setDatabaseName(m_profile->filePath(QStringLiteral("data/ledgerlink.sqlite")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT grant_id FROM integrations WHERE id = '%1'").arg(id)));
        QVERIFY(query.next());
        grantId = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("grant"));
    QCOMPARE(
        secretKeyNames(grantId), (QStringList { QStringLiteral("client_secret"), QStringLiteral("refresh_token") }));

    CliRun disconnectRun(QStringList { QStringLiteral("disconnect"), id } + common());
    QVERIFY2(disconnectRun.wait() == 0, disconnectRun.transcript());
    QCOMPARE(requests(QStringLiteral("DELETE /xero/api/connections/")), 1);
    QCOMPARE(requests(QStringLiteral("POST /xero/identity/connect/revocation")), 1);
    const auto tokens = m_browser.get(QUrl(m_sandbox->baseUrl() + QStringLiteral("/_sandbox/tokens")));
    const QJsonArray issued = QJsonDocument::fromJson(tokens.body).array();
    int refreshTokens = 0;
    for (const QJsonValue &token : issued) {
        const QJsonObject t = token.toObject();
        if (t.value(QStringLiteral("client_id")).toString() == app.clientId
            && t.value(QStringLiteral("kind")).toString() == QLatin1String("refresh_token")) {
            ++refreshTokens;
            QVERIFY(t.value(QStringLiteral("revoked")).toBool());
        }
    }
    QVERIFY(refreshTokens > 0);
    QVERIFY(secretKeyNames(grantId).isEmpty());

    list = integrations();
    QCOMPARE(list.size(), 1); // kept, with its local data
    QCOMPARE(list.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("NOT_ENABLED"));
    QCOMPARE(list.first().toObject().value(QStringLiteral("connected")).toBool(), false);
}

void tst_CliConnect::disconnectOfSharedGrantKeepsTheOther()
{
    const App app = registerApp(QStringLiteral("xero"), SandboxApp::Type::Pkce);
    CliRun connectRun(
        QStringList { QStringLiteral("connect"), QStringLiteral("xero"), QStringLiteral("--client-id"), app.clientId,
            QStringLiteral("--no-browser"), QStringLiteral("--port"), QString::number(app.port),
            QStringLiteral("--tenant"), QStringLiteral("Demo Company (Ledgerlink)"), QStringLiteral("--tenant"),
            QStringLiteral("Second Street Trading") }
        + common());
    const QUrl authorize = connectRun.waitForAuthorizeUrl();
    QVERIFY2(authorize.isValid(), connectRun.transcript());
    m_browser.consent(authorize, QStringLiteral("allow"));
    QVERIFY2(connectRun.wait() == 0, connectRun.transcript());
    QJsonArray list = integrations();
    QCOMPARE(list.size(), 2);

    CliRun disconnectRun(
        QStringList { QStringLiteral("disconnect"), QStringLiteral("Second Street Trading") } + common());
    QVERIFY2(disconnectRun.wait() == 0, disconnectRun.transcript());
    // Only that organisation's connection goes; the sign-in stays for the other one.
    QCOMPARE(requests(QStringLiteral("DELETE /xero/api/connections/")), 1);
    QCOMPARE(requests(QStringLiteral("POST /xero/identity/connect/revocation")), 0);
    list = integrations();
    QCOMPARE(list.size(), 2);
    for (const QJsonValue &value : std::as_const(list)) {
        const QJsonObject integration = value.toObject();
        const bool second =
            integration.value(QStringLiteral("organisation")).toString() == QLatin1String("Second Street Trading");
        QCOMPARE(integration.value(QStringLiteral("connected")).toBool(), !second);
    }
}

void tst_CliConnect::noKeychainRefusesBeforeContactingProvider()
{
    const App app = registerApp(QStringLiteral("xero"), SandboxApp::Type::Pkce);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    CliRun run(QStringList { QStringLiteral("connect"), QStringLiteral("xero"), QStringLiteral("--client-id"),
                   app.clientId, QStringLiteral("--no-browser"), QStringLiteral("--port"), QString::number(app.port) }
            + common(),
        {}, environment);
    QCOMPARE(run.wait(60000), 1);
    QVERIFY2(run.err().contains(QLatin1String("keychain")), run.transcript());
    QVERIFY(!run.out().contains(QLatin1String("response_type=code")));
    QCOMPARE(integrations().size(), 0);
}

QTEST_GUILESS_MAIN(tst_CliConnect)
#include "tst_cliconnect.moc"

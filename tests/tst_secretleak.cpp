// Leak test: a full life cycle through the real `ledgerlink` binary - connect (consent, token,
// GET /connections), enable + sync (API calls), a sandbox clock jump so the access token expires,
// disconnect (refresh with rotation, DELETE /connections, revocation) - and then none of the
// tokens the sandbox issued (GET /_sandbox/tokens) nor the client secret may occur in any file of
// the profile (database, -wal/-shm, settings, logs) or in anything the processes printed, with
// every Ledgerlink log category switched to debug.
#include "auth/loopbackreplyhandler.h"
#include "sandboxapps.h"
#include "sandboxserver.h"
#include "testprofile.h"
#include "tst_clirunner.h"
#include "tst_sandboxbrowser.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

using namespace Ledgerlink;

class tst_SecretLeak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullLifeCycleLeavesNoSecretBehind();

private:
    void collectTokens();
    void collectProfileFiles();
    QStringList common() const;
    int requests(const QString &prefix);
    int linkCount(const QString &integrationId);

    SandboxServer m_sandbox;
    SandboxBrowser m_browser;
    TestProfile m_profile;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QSet<QByteArray> m_tokens;
    /// Every byte a process printed and every profile file, as seen after each step (a WAL file
    /// may be checkpointed away by the end).
    QList<QPair<QString, QByteArray>> m_haystacks;
};

QStringList tst_SecretLeak::common() const
{
    return { QStringLiteral("--profile"), m_profile.path(), QStringLiteral("--sandbox"), m_sandbox.baseUrl() };
}

void tst_SecretLeak::collectTokens()
{
    const auto reply = m_browser.get(QUrl(m_sandbox.baseUrl() + QStringLiteral("/_sandbox/tokens")));
    const QJsonArray tokens = QJsonDocument::fromJson(reply.body).array();
    for (const QJsonValue &token : tokens) {
        m_tokens.insert(token.toObject().value(QStringLiteral("token")).toString().toUtf8());
    }
    m_tokens.remove(QByteArray());
}

void tst_SecretLeak::collectProfileFiles()
{
    QDirIterator it(m_profile.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            m_haystacks.append({ path, file.readAll() });
        }
    }
}

int tst_SecretLeak::requests(const QString &prefix)
{
    const auto stats = m_browser.get(QUrl(m_sandbox.baseUrl() + QStringLiteral("/_sandbox/stats")));
    const QJsonObject byPath = QJsonDocument::fromJson(stats.body).object().value(QStringLiteral("by_path")).toObject();
    int count = 0;
    for (auto it = byPath.begin(); it != byPath.end(); ++it) {
        count += it.key().startsWith(prefix) ? it.value().toInt() : 0;
    }
    return count;
}

int tst_SecretLeak::linkCount(const QString &integrationId)
{
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("links"));
        db.setDatabaseName(m_profile.filePath(QStringLiteral("data/ledgerlink.sqlite")));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT COUNT(*) FROM links WHERE integration_id = ?"));
            query.addBindValue(integrationId);
            if (query.exec() && query.next()) {
                count = query.value(0).toInt();
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("links"));
    return count;
}

void tst_SecretLeak::fullLifeCycleLeavesNoSecretBehind()
{
    QVERIFY(m_sandbox.listen() > 0);
    QVERIFY(m_profile.isValid());
    m_environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ledgerlink.*.debug=true"));

    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const quint16 port = probe.serverPort();
    probe.close();
    // Characters that percent-encoding and Basic auth change, so an encoded copy would not hide.
    const QString secret = QStringLiteral("leak-test-Secret_7f3e9a1c5b");
    SandboxApp app;
    app.provider = QStringLiteral("xero");
    app.clientId = QStringLiteral("LEAK-TEST-APP");
    app.clientSecret = secret;
    app.name = QStringLiteral("Ledgerlink leak test");
    app.type = SandboxApp::Type::Web;
    app.redirectUris = { LoopbackReplyHandler::redirectUriForPort(port) };
    QVERIFY(m_sandbox.apps().add(app).ok());

    // 1. connect
    CliRun connectRun(
        QStringList { QStringLiteral("connect"), QStringLiteral("xero"), QStringLiteral("--client-id"), app.clientId,
            QStringLiteral("--client-secret-stdin"), QStringLiteral("--no-browser"), QStringLiteral("--port"),
            QString::number(port), QStringLiteral("--tenant"), QStringLiteral("Demo Company (Ledgerlink)") }
            + common(),
        secret.toUtf8() + '\n', m_environment);
    const QUrl authorize = connectRun.waitForAuthorizeUrl();
    QVERIFY2(authorize.isValid(), connectRun.transcript());
    QCOMPARE(m_browser.consent(authorize, QStringLiteral("allow")).status, 200);
    QVERIFY2(connectRun.wait() == 0, connectRun.transcript());
    QVERIFY(connectRun.err().contains(QLatin1String("ledgerlink.auth"))); // debug logging really is on
    m_haystacks.append({ QStringLiteral("connect output"), connectRun.rawOutput() });
    collectTokens();
    collectProfileFiles();
    QVERIFY(requests(QStringLiteral("GET /xero/api/connections")) >= 1); // first API call
    const QString id = connectRun.out().section(QLatin1String("integration "), 1).section(QLatin1Char(' '), 0, 0);
    QVERIFY2(id.size() == 36, qPrintable(id));

    // 2. enable + sync: the provider API through the stored grant (a refresh in a new process)
    CliRun enableRun(
        { QStringLiteral("enable"), id, QStringLiteral("--profile"), m_profile.path() }, {}, m_environment);
    QVERIFY2(enableRun.wait() == 0, enableRun.transcript());
    m_haystacks.append({ QStringLiteral("enable output"), enableRun.rawOutput() });
    CliRun syncRun(QStringList { QStringLiteral("sync"), id } + common(), {}, m_environment);
    QVERIFY2(syncRun.wait(60000) == 0, syncRun.transcript());
    m_haystacks.append({ QStringLiteral("sync output"), syncRun.rawOutput() });
    QVERIFY(requests(QStringLiteral("GET /xero/api/api.xro/2.0/")) >= 1);
    collectTokens();
    collectProfileFiles();

    // 3. the access token expires: disconnect must refresh before it can DELETE the connection
    const int links = linkCount(id);
    QVERIFY2(links > 0, qPrintable(QString::number(links))); // the sync linked records
    const int tokenRequestsBefore = requests(QStringLiteral("POST /xero/identity/connect/token"));
    QNetworkRequest clock(QUrl(m_sandbox.baseUrl() + QStringLiteral("/_sandbox/clock")));
    clock.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QCOMPARE(m_browser.fetch(clock, QByteArrayLiteral("{\"advance_seconds\": 3600}"), true).status, 200);
    collectTokens();
    CliRun disconnectRun(QStringList { QStringLiteral("disconnect"), id } + common(), {}, m_environment);
    QVERIFY2(disconnectRun.wait() == 0, disconnectRun.transcript());
    m_haystacks.append({ QStringLiteral("disconnect output"), disconnectRun.rawOutput() });
    QVERIFY(requests(QStringLiteral("POST /xero/identity/connect/token")) > tokenRequestsBefore); // refreshed
    QCOMPARE(requests(QStringLiteral("DELETE /xero/api/connections/")), 1);
    QCOMPARE(requests(QStringLiteral("POST /xero/identity/connect/revocation")), 1);
    QCOMPARE(linkCount(id), links); // disconnect keeps local data and links
    collectTokens();
    collectProfileFiles();

    // Something must have been looked at, or the test proves nothing.
    QVERIFY2(m_tokens.size() >= 4, qPrintable(QString::number(m_tokens.size())));
    bool sawDatabase = false;
    bool sawSettings = false;
    for (const auto &haystack : std::as_const(m_haystacks)) {
        sawDatabase = sawDatabase || haystack.first.endsWith(QLatin1String(".sqlite"));
        sawSettings = sawSettings || haystack.first.endsWith(QLatin1String(".ini"))
            || haystack.first.endsWith(QLatin1String(".conf"));
    }
    QVERIFY(sawDatabase);
    QVERIFY(sawSettings);

    QSet<QByteArray> needles = m_tokens;
    needles.insert(secret.toUtf8());
    qInfo() << "looking for" << needles.size() << "secrets in" << m_haystacks.size() << "outputs and files";
    for (const auto &haystack : std::as_const(m_haystacks)) {
        for (const QByteArray &needle : std::as_const(needles)) {
            QVERIFY2(!haystack.second.contains(needle),
                qPrintable(QStringLiteral("a secret (%1...) occurs in %2")
                               .arg(QString::fromUtf8(needle.left(6)), haystack.first)));
        }
    }
}

QTEST_GUILESS_MAIN(tst_SecretLeak)
#include "tst_secretleak.moc"

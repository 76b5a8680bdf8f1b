// The sandbox's own machinery over real HTTP: routing, clock, apps, faults, limits, observability,
// reset/seed, state persistence, and the ledgerlink-sandbox executable.
#include "sandboxclock.h"
#include "sandboxdata.h"
#include "sandboxserver.h"
#include "testprofile.h"
#include "tst_sandboxclient.h"

#include <QProcess>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Ledgerlink;

namespace {

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

class tst_SandboxFramework : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void unknownPathsAre404_data();
    void unknownPathsAre404();
    void clockJumpsAndScales();
    void appsListedAndRegistered();
    void httpErrorFaultWithCount();
    void httpErrorFaultRate();
    void faultsMatchProviderAndPath();
    void dropFaultClosesConnection();
    void stallFaultNeverAnswers();
    void malformedJsonAndHtmlFaults();
    void latencyFaultDelaysButAnswers();
    void statsCountRequests();
    void requestLogMasksCredentials();
    void tokensEndpointListsIssuedTokens();
    void seedDataAndReset();
    void statePersistsAcrossRestart();
    void clockAndIdempotencySurviveRestart();
    void recordsWhereFollowsPutsInCreationOrder();
    void executableServesAndStopsOnSigterm();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void tst_SandboxFramework::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen() != 0);
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
}

void tst_SandboxFramework::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void tst_SandboxFramework::unknownPathsAre404_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("root") << str("/");
    QTest::newRow("unknown provider") << str("/acme/api/x");
    QTest::newRow("xero unknown") << str("/xero/identity/nope");
    QTest::newRow("sandbox unknown") << str("/_sandbox/nope");
}

void tst_SandboxFramework::unknownPathsAre404()
{
    QFETCH(QString, path);
    QCOMPARE(m_client->get(path).status, 404);
    QCOMPARE(m_client->get(str("/_sandbox/health")).json().value(str("status")).toString(), str("ok"));
}

void tst_SandboxFramework::clockJumpsAndScales()
{
    const qint64 before = qint64(m_client->get(str("/_sandbox/clock")).json().value(str("now_ms")).toDouble());
    const HttpResult jumped = m_client->postJson(str("/_sandbox/clock"), { { str("advance_seconds"), 3600 } });
    QCOMPARE(jumped.status, 200);
    QVERIFY(qint64(jumped.json().value(str("now_ms")).toDouble()) >= before + 3600 * 1000);
    const HttpResult set = m_client->postJson(str("/_sandbox/clock"), { { str("now"), str("2030-01-02T03:04:05Z") } });
    QVERIFY(set.json().value(str("now")).toString().startsWith(str("2030-01-02T03:04:0")));
    QCOMPARE(m_client->postJson(str("/_sandbox/clock"), { { str("now"), str("yesterday") } }).status, 400);
    // At 3600x an hour of sandbox time passes in a second.
    const HttpResult scaled = m_client->postJson(str("/_sandbox/clock"), { { str("scale"), 3600.0 } });
    QCOMPARE(scaled.json().value(str("scale")).toDouble(), 3600.0);
    const QDateTime start = m_server->clock().now();
    QTRY_VERIFY_WITH_TIMEOUT(m_server->clock().now() >= start.addSecs(600), 10000);
}

void tst_SandboxFramework::appsListedAndRegistered()
{
    const QJsonArray apps = m_client->get(str("/_sandbox/apps")).array();
    QStringList types;
    QStringList providers;
    for (const auto &a : apps) {
        const QJsonObject app = a.toObject();
        providers << app.value(str("provider")).toString();
        if (app.value(str("provider")).toString() == QLatin1String("xero")) {
            types << app.value(str("type")).toString();
        }
        if (app.value(str("type")).toString() != QLatin1String("custom_connection")) {
            QVERIFY(app.value(str("redirect_uris")).toArray().contains(str("http://localhost:53682/callback")));
        }
    }
    QVERIFY(types.contains(str("web")) && types.contains(str("pkce")) && types.contains(str("custom_connection")));
    for (const auto &p : { "qbo", "sage", "myob" }) {
        QVERIFY2(providers.contains(QLatin1String(p)), p);
    }
    const HttpResult added = m_client->postJson(str("/_sandbox/apps"),
        { { str("provider"), str("xero") }, { str("client_id"), str("MY-APP") },
            { str("client_secret"), str("s3cret") }, { str("type"), str("web") },
            { str("redirect_uris"), QJsonArray { str("http://localhost:9999/cb") } } });
    QCOMPARE(added.status, 201);
    const QByteArray location = m_client->xeroConsent(str("MY-APP"), str("offline_access accounting.contacts"),
        { SandboxTestClient::xeroTenant(0) }, {}, str("http://localhost:9999/cb"));
    QVERIFY2(location.startsWith("http://localhost:9999/cb?code="), location.constData());
    // An app registered with a scope list may ask for those scopes only.
    QCOMPARE(m_client
                 ->postJson(str("/_sandbox/apps"),
                     { { str("provider"), str("xero") }, { str("client_id"), str("NARROW") },
                         { str("client_secret"), str("s") },
                         { str("redirect_uris"), QJsonArray { SandboxTestClient::defaultRedirect() } },
                         { str("scopes"), QJsonArray { str("offline_access"), str("accounting.contacts.read") } } })
                 .status,
        201);
    QVERIFY(!SandboxTestClient::queryValue(
        m_client->xeroConsent(
            str("NARROW"), str("offline_access accounting.contacts.read"), { SandboxTestClient::xeroTenant(0) }),
        str("code"))
                 .isEmpty());
    QCOMPARE(
        SandboxTestClient::queryValue(m_client->xeroConsent(str("NARROW"), str("offline_access accounting.contacts"),
                                          { SandboxTestClient::xeroTenant(0) }),
            str("error")),
        str("invalid_scope"));
    QCOMPARE(m_client->postJson(str("/_sandbox/apps"), { { str("provider"), str("xero") } }).status, 400);
}

void tst_SandboxFramework::httpErrorFaultWithCount()
{
    const HttpResult added = m_client->postJson(str("/_sandbox/faults"),
        { { str("kind"), str("http_error") }, { str("status"), 503 }, { str("provider"), str("xero") },
            { str("count"), 1 } });
    QCOMPARE(added.status, 200);
    QCOMPARE(m_client->get(str("/_sandbox/faults")).array().size(), 1);
    const HttpResult first = m_client->get(str("/xero/api/connections"));
    QCOMPARE(first.status, 503);
    QCOMPARE(first.json().value(str("Status")).toInt(), 503);
    QCOMPARE(m_client->get(str("/xero/api/connections")).status, 401); // the fault is used up
    QCOMPARE(m_client->get(str("/_sandbox/faults")).array().size(), 0);
}

void tst_SandboxFramework::httpErrorFaultRate()
{
    m_client->postJson(
        str("/_sandbox/faults"), { { str("kind"), str("http_error") }, { str("status"), 500 }, { str("rate"), 0.5 } });
    int errors = 0;
    for (int i = 0; i < 200; ++i) {
        errors += m_client->get(str("/xero/api/connections")).status == 500 ? 1 : 0;
    }
    // Binomial(200, 0.5): outside 40..160 has a probability far below 1e-15.
    QVERIFY2(errors > 40 && errors < 160, qPrintable(QString::number(errors)));
    QCOMPARE(m_client->send("DELETE", str("/_sandbox/faults")).status, 200);
    QCOMPARE(m_client->get(str("/xero/api/connections")).status, 401);
}

void tst_SandboxFramework::faultsMatchProviderAndPath()
{
    m_client->postJson(str("/_sandbox/faults"),
        { { str("kind"), str("http_error") }, { str("status"), 502 }, { str("provider"), str("xero") },
            { str("path"), str("/xero/api/api.xro/2.0/Invoices*") } });
    QCOMPARE(m_client->get(str("/xero/api/api.xro/2.0/Invoices?page=1")).status, 502);
    QCOMPARE(m_client->get(str("/xero/api/api.xro/2.0/Contacts")).status, 401);
    QCOMPARE(m_client->get(str("/qbo/api/v3/company/1/query")).status, 401); // QBO, not faulted
    QCOMPARE(m_client->get(str("/_sandbox/health")).status, 200); // never faulted
}

void tst_SandboxFramework::dropFaultClosesConnection()
{
    // QNAM silently retries once on a reused connection that closes, so drop every attempt.
    m_client->postJson(str("/_sandbox/faults"), { { str("kind"), str("drop") } });
    const HttpResult dropped = m_client->get(str("/xero/api/connections"));
    QVERIFY(dropped.error != QNetworkReply::NoError);
    QCOMPARE(dropped.status, 0);
    QVERIFY(
        m_client->get(str("/_sandbox/stats")).json().value(str("faults")).toObject().value(str("drop")).toInt() >= 1);
}

void tst_SandboxFramework::stallFaultNeverAnswers()
{
    m_client->postJson(str("/_sandbox/faults"), { { str("kind"), str("stall") }, { str("count"), 1 } });
    const HttpResult stalled = m_client->send("GET", str("/xero/api/connections"), {}, {}, 300);
    QVERIFY(stalled.timedOut);
    QCOMPARE(m_client->get(str("/xero/api/connections")).status, 401);
}

void tst_SandboxFramework::malformedJsonAndHtmlFaults()
{
    m_client->postJson(str("/_sandbox/faults"), { { str("kind"), str("malformed_json") }, { str("count"), 1 } });
    const HttpResult broken = m_client->get(str("/xero/api/connections"));
    QJsonParseError error;
    QJsonDocument::fromJson(broken.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    m_client->postJson(str("/_sandbox/faults"), { { str("kind"), str("html_error") }, { str("count"), 1 } });
    const HttpResult html = m_client->get(str("/xero/api/connections"));
    QCOMPARE(html.status, 503);
    QVERIFY(html.header("content-type").startsWith("text/html"));
    QVERIFY(html.body.contains("<html>"));
}

void tst_SandboxFramework::latencyFaultDelaysButAnswers()
{
    m_client->postJson(
        str("/_sandbox/faults"), { { str("kind"), str("latency") }, { str("latency_ms"), 200 }, { str("count"), 1 } });
    // Too short a client timeout fails; the work was still done (stats count it).
    const HttpResult late = m_client->send("GET", str("/xero/api/connections"), {}, {}, 20);
    QVERIFY(late.timedOut);
    m_client->postJson(
        str("/_sandbox/faults"), { { str("kind"), str("latency") }, { str("latency_ms"), 50 }, { str("count"), 1 } });
    QCOMPARE(m_client->get(str("/xero/api/connections")).status, 401);
    QCOMPARE(
        m_client->get(str("/_sandbox/stats")).json().value(str("by_provider")).toObject().value(str("xero")).toInt(),
        2);
}

void tst_SandboxFramework::statsCountRequests()
{
    m_client->get(str("/xero/api/connections"));
    m_client->postForm(str("/xero/identity/connect/token"), { { str("grant_type"), str("refresh_token") } });
    const QJsonObject stats = m_client->get(str("/_sandbox/stats")).json();
    QCOMPARE(stats.value(str("total")).toInt(), 2);
    QCOMPARE(stats.value(str("by_method")).toObject().value(str("GET")).toInt(), 1);
    QCOMPARE(stats.value(str("by_method")).toObject().value(str("POST")).toInt(), 1);
    QCOMPARE(stats.value(str("by_path")).toObject().value(str("GET /xero/api/connections")).toInt(), 1);
    QCOMPARE(stats.value(str("by_status")).toObject().value(str("401")).toInt(), 1);
    QVERIFY(stats.value(str("bytes_out")).toInt() > 0);
    QCOMPARE(m_client->send("DELETE", str("/_sandbox/stats")).status, 200);
    QCOMPARE(m_client->get(str("/_sandbox/stats")).json().value(str("total")).toInt(), 0);
}

void tst_SandboxFramework::requestLogMasksCredentials()
{
    const QJsonObject token = m_client->xeroConnect();
    const QString access = token.value(str("access_token")).toString();
    QCOMPARE(m_client->xeroGet(access, str("Organisation")).status, 200);
    const HttpResult log = m_client->get(str("/_sandbox/requests?limit=10"));
    QVERIFY(!log.array().isEmpty());
    QVERIFY(!log.body.contains(access.toLatin1()));
    QVERIFY(!log.body.contains(token.value(str("refresh_token")).toString().toLatin1()));
    QVERIFY(!log.body.contains(
        SandboxTestClient::basic(SandboxTestClient::webClient(), SandboxTestClient::webSecret()).mid(6)));
    const QJsonObject last = log.array().last().toObject();
    QCOMPARE(last.value(str("path")).toString(), str("/xero/api/api.xro/2.0/Organisation"));
    QCOMPARE(last.value(str("headers")).toObject().value(str("authorization")).toString(), str("Bearer ***"));
    QCOMPARE(last.value(str("headers")).toObject().value(str("xero-tenant-id")).toString(),
        SandboxTestClient::xeroTenant(0));
}

void tst_SandboxFramework::tokensEndpointListsIssuedTokens()
{
    const QJsonObject token = m_client->xeroConnect();
    const HttpResult tokens = m_client->get(str("/_sandbox/tokens"));
    QVERIFY(tokens.body.contains(token.value(str("access_token")).toString().toLatin1()));
    QVERIFY(tokens.body.contains(token.value(str("refresh_token")).toString().toLatin1()));
    QCOMPARE(tokens.array().size(), 2);
}

void tst_SandboxFramework::seedDataAndReset()
{
    const HttpResult seeded = m_client->postJson(str("/_sandbox/seed"),
        { { str("provider"), str("xero") }, { str("customers"), 5 }, { str("items"), 3 }, { str("invoices"), 10 },
            { str("paid_ratio"), 0.5 } });
    QCOMPARE(seeded.status, 200);
    QCOMPARE(seeded.json().value(str("invoices")).toInt(), 10);
    QCOMPARE(seeded.json().value(str("payments")).toInt(), 5);
    const QString base = str("/_sandbox/data/xero/") + SandboxTestClient::xeroTenant(0);
    QCOMPARE(m_client->get(base + str("/Contacts")).json().value(str("count")).toInt(), 5);
    QCOMPARE(m_client->get(base + str("/Items")).json().value(str("count")).toInt(), 3);
    const QJsonArray invoices = m_client->get(base + str("/Invoices")).json().value(str("records")).toArray();
    int paid = 0;
    for (const auto &i : invoices) {
        paid += i.toObject().value(str("Status")).toString() == QLatin1String("PAID") ? 1 : 0;
    }
    QCOMPARE(paid, 5);
    QCOMPARE(m_client->get(str("/_sandbox/data/xero")).json().value(str("tenants")).toArray().size(), 2);
    QCOMPARE(m_client->get(str("/_sandbox/data/xero/nope/Contacts")).status, 404);
    m_client->xeroConnect();
    QCOMPARE(m_client->postJson(str("/_sandbox/reset"), {}).status, 200);
    QCOMPARE(m_client->get(base + str("/Contacts")).json().value(str("count")).toInt(), 0);
    QCOMPARE(m_client->get(base + str("/Accounts")).json().value(str("count")).toInt(), 6);
    QCOMPARE(m_client->get(str("/_sandbox/tokens")).array().size(), 0);
    QCOMPARE(
        m_client->postJson(str("/_sandbox/seed"), { { str("provider"), str("xero") }, { str("tenant"), str("nope") } })
            .status,
        400);
}

void tst_SandboxFramework::statePersistsAcrossRestart()
{
    TestProfile profile;
    const QString stateFile = profile.filePath(str("state.json"));
    QString error;
    QVERIFY(m_server->setStateFile(stateFile, &error));
    m_client->postJson(str("/_sandbox/limits"), { { str("provider"), str("xero") }, { str("lift"), true } });
    const QString access = m_client->xeroConnect().value(str("access_token")).toString();
    const HttpResult created =
        m_client->xeroWrite("PUT", access, str("Contacts"), { { str("Name"), str("Persistent Ltd") } });
    QCOMPARE(created.status, 200);
    // Saved on its own shortly after the change, not only on exit.
    auto fileContains = [&stateFile](const QByteArray &text) {
        QFile file(stateFile);
        return file.open(QIODevice::ReadOnly) && file.readAll().contains(text);
    };
    QTRY_VERIFY_WITH_TIMEOUT(fileContains("Persistent Ltd"), 5000);
    QVERIFY(m_server->saveState());
    m_client.reset();
    m_server.reset();

    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->setStateFile(stateFile, &error));
    QVERIFY(m_server->listen() != 0);
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    const HttpResult read = m_client->xeroGet(access, str("Contacts"));
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json().value(str("Contacts")).toArray().at(0).toObject().value(str("Name")).toString(),
        str("Persistent Ltd"));

    QFile broken(profile.filePath(str("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{nope");
    broken.close();
    SandboxServer other;
    QVERIFY(!other.setStateFile(broken.fileName(), &error));
    QVERIFY(!error.isEmpty());
    m_client.reset();
    m_server.reset(); // saves while the profile folder still exists
}

void tst_SandboxFramework::clockAndIdempotencySurviveRestart()
{
    TestProfile profile;
    const QString stateFile = profile.filePath(str("clock-state.json"));
    QString error;
    QVERIFY(m_server->setStateFile(stateFile, &error));
    m_client->postJson(str("/_sandbox/limits"), { { str("provider"), str("xero") }, { str("lift"), true } });
    QCOMPARE(m_client->postJson(str("/_sandbox/clock"), { { str("advance_seconds"), 3 * 86400 } }).status, 200);
    // A clock jump alone changes no record, yet it is saved on its own too.
    auto fileContains = [&stateFile](const QByteArray &text) {
        QFile file(stateFile);
        return file.open(QIODevice::ReadOnly) && file.readAll().contains(text);
    };
    QTRY_VERIFY_WITH_TIMEOUT(fileContains("offset_ms"), 5000);
    const QString access = m_client->xeroConnect().value(str("access_token")).toString();
    const QJsonObject body { { str("Name"), str("Once Only Ltd") } };
    const HttpResult first =
        m_client->xeroWrite("PUT", access, str("Contacts"), body, { { "Idempotency-Key", "restart-key-1" } });
    QCOMPARE(first.status, 200);
    const QString contactId =
        first.json().value(str("Contacts")).toArray().at(0).toObject().value(str("ContactID")).toString();
    QVERIFY(!contactId.isEmpty());
    m_client.reset();
    m_server.reset(); // saves on the way out

    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->setStateFile(stateFile, &error));
    QVERIFY(m_server->listen() != 0);
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    m_client->postJson(str("/_sandbox/limits"), { { str("provider"), str("xero") }, { str("lift"), true } });
    // Still three days ahead of real time (the restart took far less than a day).
    const qint64 ahead = qint64(m_client->get(str("/_sandbox/clock")).json().value(str("now_ms")).toDouble())
        - QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(ahead > 2 * 86400 * 1000LL && ahead < 4 * 86400 * 1000LL, qPrintable(QString::number(ahead)));
    // The same key and body replay the first reply instead of making a second contact ...
    const HttpResult replay =
        m_client->xeroWrite("PUT", access, str("Contacts"), body, { { "Idempotency-Key", "restart-key-1" } });
    QCOMPARE(replay.status, 200);
    QCOMPARE(
        replay.json().value(str("Contacts")).toArray().at(0).toObject().value(str("ContactID")).toString(), contactId);
    QCOMPARE(m_client->get(str("/_sandbox/data/xero/%1/Contacts").arg(SandboxTestClient::xeroTenant(0)))
                 .json()
                 .value(str("count"))
                 .toInt(),
        1);
    // ... and the same key with another body is still refused.
    QCOMPARE(m_client
                 ->xeroWrite("PUT", access, str("Contacts"), { { str("Name"), str("Other Ltd") } },
                     { { "Idempotency-Key", "restart-key-1" } })
                 .status,
        400);
    m_client.reset();
    m_server.reset();
}

void tst_SandboxFramework::executableServesAndStopsOnSigterm()
{
    const QString binDir = qEnvironmentVariable("LEDGERLINK_BIN_DIR", QCoreApplication::applicationDirPath());
    const QString program = binDir + str("/ledgerlink-sandbox");
    if (!QFile::exists(program)) {
        QSKIP("ledgerlink-sandbox is not built next to the test");
    }
    TestProfile profile;
    const QString stateFile = profile.filePath(str("exe-state.json"));
    QProcess process;
    process.start(program, { str("--port"), str("0"), str("--state"), stateFile, str("--time-scale"), str("60") });
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    QVERIFY2(line.startsWith(str("ledgerlink-sandbox listening on http://127.0.0.1:")), qPrintable(line));
    SandboxTestClient client(line.section(QLatin1Char(' '), -1));
    QCOMPARE(client.get(str("/_sandbox/health")).status, 200);
    QCOMPARE(client.get(str("/_sandbox/clock")).json().value(str("scale")).toDouble(), 60.0);
    QCOMPARE(
        client.postJson(str("/_sandbox/seed"), { { str("customers"), 2 }, { str("items"), 1 }, { str("invoices"), 1 } })
            .status,
        200);
    ::kill(pid_t(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QFile state(stateFile);
    QVERIFY(state.open(QIODevice::ReadOnly));
    QVERIFY(state.readAll().contains("Customer 0001 Ltd"));

    QProcess bad;
    bad.start(program, { str("--host"), str("0.0.0.0") });
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 2);
}

void tst_SandboxFramework::recordsWhereFollowsPutsInCreationOrder()
{
    SandboxData data;
    const QString p = QStringLiteral("xero");
    const QString t = SandboxData::demoTenantId(p, 0);
    const QString e = QStringLiteral("Contacts");
    auto named = [](const QString &name) { return QJsonObject { { QStringLiteral("Name"), name } }; };
    data.put(p, t, e, QStringLiteral("a"), named(QStringLiteral("Zoë's Café")));
    // The index is built on first use from what is stored...
    QCOMPARE(data.recordsWhere(p, t, e, QStringLiteral("Name"), QStringLiteral("ZOË'S CAFÉ")).size(), 1);
    // ...and kept current by later puts: a new record, a rename, a replace keeping the name.
    data.put(p, t, e, QStringLiteral("b"), named(QStringLiteral("zoë's café")));
    data.put(p, t, e, QStringLiteral("a"), named(QStringLiteral("Harbour Ltd")));
    data.put(p, t, e, QStringLiteral("c"), named(QStringLiteral("Zoë's Café")));
    const auto same = data.recordsWhere(p, t, e, QStringLiteral("Name"), QStringLiteral("Zoë's Café"));
    QCOMPARE(same.size(), 2);
    QCOMPARE(same.at(0), named(QStringLiteral("zoë's café"))); // b, created before c
    QCOMPARE(same.at(1), named(QStringLiteral("Zoë's Café")));
    const auto renamed = data.recordsWhere(p, t, e, QStringLiteral("Name"), QStringLiteral("harbour ltd"));
    QCOMPARE(renamed.size(), 1);
    QCOMPARE(data.recordsWhere(p, t, e, QStringLiteral("Name"), QStringLiteral("Nobody")).size(), 0);
    data.clearEntity(p, t, e);
    QCOMPARE(data.recordsWhere(p, t, e, QStringLiteral("Name"), QStringLiteral("Harbour Ltd")).size(), 0);
}

QTEST_GUILESS_MAIN(tst_SandboxFramework)
#include "tst_sandboxframework.moc"

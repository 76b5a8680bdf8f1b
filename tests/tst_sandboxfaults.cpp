// Every fault kind of POST /_sandbox/faults (latency, stall, HTTP 5xx once and with a rate, dropped
// connection, malformed JSON, HTML error page, expire all tokens, revoke a grant, delete an
// organisation) on each provider's API path over real HTTP; other providers stay untouched.
#include "sandboxserver.h"
#include "tst_sandboxsession.h"

#include <QTest>

#include <memory>

using namespace Ledgerlink;

namespace {

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

QString encoded(const QString &text)
{
    return sandboxEncoded(text);
}

using Session = SandboxSession;
const QString kQboRealm = kSandboxQboRealm;
const QString kSageBusiness = kSandboxSageBusiness;
const QString kMyobBusiness = kSandboxMyobBusiness;

} // namespace

class tst_SandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void faultsHitEveryProviderApi_data();
    void faultsHitEveryProviderApi();

private:
    Session connectTo(const QString &provider);
    HttpResult api(const Session &session, const QByteArray &method, const QString &path, const QJsonObject &body = {},
        int timeoutMs = 10000);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void tst_SandboxFaults::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen() != 0);
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    for (const char *p : { "xero", "qbo", "sage", "myob" }) {
        m_client->postJson(str("/_sandbox/limits"), { { str("provider"), str(p) }, { str("lift"), true } });
    }
}

void tst_SandboxFaults::cleanup()
{
    m_client.reset();
    m_server.reset();
}

Session tst_SandboxFaults::connectTo(const QString &provider)
{
    return sandboxConnect(*m_client, provider);
}

HttpResult tst_SandboxFaults::api(
    const Session &session, const QByteArray &method, const QString &path, const QJsonObject &body, int timeoutMs)
{
    return sandboxApi(*m_client, session, method, path, body, timeoutMs);
}

void tst_SandboxFaults::faultsHitEveryProviderApi_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("listPath");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("expectedStatus"); // 0: no HTTP reply at all

    const QList<QPair<QString, QString>> providers { { str("xero"), str("Contacts") },
        { str("qbo"), str("query?query=") + encoded(str("SELECT * FROM Customer")) }, { str("sage"), str("contacts") },
        { str("myob"), str("Contact/Customer") } };
    // Status after an expired token, a revoked grant and a deleted organisation, per provider (Xero: a
    // revoked grant leaves a token without connections, hence 403 AuthenticationUnsuccessful).
    const QHash<QString, QList<int>> authStatus { { str("xero"), { 401, 403, 403 } }, { str("qbo"), { 401, 401, 403 } },
        { str("sage"), { 401, 401, 403 } }, { str("myob"), { 401, 401, 403 } } };
    for (const auto &p : providers) {
        const QByteArray name = p.first.toLatin1();
        QTest::addRow("%s latency", name.constData()) << p.first << p.second << str("latency") << 200;
        QTest::addRow("%s stall", name.constData()) << p.first << p.second << str("stall") << 0;
        QTest::addRow("%s http_error 502", name.constData()) << p.first << p.second << str("http_error") << 502;
        QTest::addRow("%s http_error rate", name.constData()) << p.first << p.second << str("http_error_rate") << 500;
        QTest::addRow("%s drop", name.constData()) << p.first << p.second << str("drop") << 0;
        QTest::addRow("%s malformed_json", name.constData()) << p.first << p.second << str("malformed_json") << 200;
        QTest::addRow("%s html_error", name.constData()) << p.first << p.second << str("html_error") << 503;
        QTest::addRow("%s expire_tokens", name.constData())
            << p.first << p.second << str("expire_tokens") << authStatus[p.first].at(0);
        QTest::addRow("%s revoke_grant", name.constData())
            << p.first << p.second << str("revoke_grant") << authStatus[p.first].at(1);
        QTest::addRow("%s delete_organisation", name.constData())
            << p.first << p.second << str("delete_organisation") << authStatus[p.first].at(2);
    }
}

void tst_SandboxFaults::faultsHitEveryProviderApi()
{
    QFETCH(QString, provider);
    QFETCH(QString, listPath);
    QFETCH(QString, kind);
    QFETCH(int, expectedStatus);
    const Session session = connectTo(provider);
    QVERIFY(!session.token.isEmpty());
    QCOMPARE(api(session, "GET", listPath).status, 200);
    const QString apiPath =
        provider == QLatin1String("xero") ? str("/xero/api/api.xro/*") : str("/%1/api/*").arg(provider);
    QJsonObject fault { { str("kind"), kind }, { str("provider"), provider }, { str("path"), apiPath } };
    if (kind == QLatin1String("latency")) {
        fault.insert(str("latency_ms"), 100);
        fault.insert(str("count"), 2);
    } else if (kind == QLatin1String("http_error")) {
        fault.insert(str("status"), 502);
        fault.insert(str("count"), 1);
    } else if (kind == QLatin1String("http_error_rate")) {
        fault.insert(str("kind"), str("http_error"));
        fault.insert(str("rate"), 0.5);
    } else if (kind == QLatin1String("stall") || kind == QLatin1String("malformed_json")
        || kind == QLatin1String("html_error")) {
        fault.insert(str("count"), 1);
    } else if (kind == QLatin1String("delete_organisation")) {
        fault.insert(str("tenant"), session.tenant);
    }
    QCOMPARE(m_client->postJson(str("/_sandbox/faults"), fault).status, 200);
    // Never faulted: the control API and the other providers' paths.
    QCOMPARE(m_client->get(str("/_sandbox/health")).status, 200);

    if (kind == QLatin1String("latency")) {
        QVERIFY(api(session, "GET", listPath, {}, 20).timedOut); // the answer comes late ...
        QCOMPARE(api(session, "GET", listPath).status, expectedStatus); // ... but it comes
    } else if (kind == QLatin1String("stall")) {
        QVERIFY(api(session, "GET", listPath, {}, 300).timedOut);
        QCOMPARE(api(session, "GET", listPath).status, 200); // the one-shot stall is used up
    } else if (kind == QLatin1String("drop")) {
        const HttpResult dropped = api(session, "GET", listPath);
        QVERIFY(dropped.error != QNetworkReply::NoError);
        QCOMPARE(dropped.status, expectedStatus);
    } else if (kind == QLatin1String("http_error_rate")) {
        int failed = 0;
        int passed = 0;
        for (int i = 0; i < 24; ++i) {
            const int status = api(session, "GET", listPath).status;
            failed += status == expectedStatus ? 1 : 0;
            passed += status == 200 ? 1 : 0;
        }
        QCOMPARE(failed + passed, 24);
        QVERIFY2(failed > 0 && passed > 0, qPrintable(str("%1 failed, %2 passed").arg(failed).arg(passed)));
    } else if (kind == QLatin1String("malformed_json")) {
        const HttpResult broken = api(session, "GET", listPath);
        QCOMPARE(broken.status, expectedStatus);
        QJsonParseError error;
        QJsonDocument::fromJson(broken.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    } else if (kind == QLatin1String("html_error") || kind == QLatin1String("http_error")) {
        const HttpResult failed = api(session, "GET", listPath);
        QCOMPARE(failed.status, expectedStatus);
        QCOMPARE(failed.header("content-type").startsWith("text/html"), kind == QLatin1String("html_error"));
        QCOMPARE(api(session, "GET", listPath).status, 200); // count 1: used up
    } else {
        QCOMPARE(api(session, "GET", listPath).status, expectedStatus);
        if (kind == QLatin1String("delete_organisation")) {
            m_client->postJson(str("/_sandbox/faults"),
                { { str("kind"), str("restore_organisation") }, { str("provider"), provider },
                    { str("tenant"), session.tenant } });
            QCOMPARE(api(session, "GET", listPath).status, 200);
        }
    }
    // Faults are per provider: another provider's API is untouched (one-shots included).
    const Session other = connectTo(provider == QLatin1String("qbo") ? str("sage") : str("qbo"));
    QCOMPARE(api(other, "GET",
                 provider == QLatin1String("qbo") ? str("contacts")
                                                  : str("query?query=") + encoded(str("SELECT * FROM Customer")))
                 .status,
        200);
    if (kind != QLatin1String("expire_tokens") && kind != QLatin1String("revoke_grant")
        && kind != QLatin1String("delete_organisation") && kind != QLatin1String("http_error_rate")) {
        QVERIFY(m_client->get(str("/_sandbox/stats")).json().value(str("faults")).toObject().value(kind).toInt() >= 1);
    }
}

QTEST_GUILESS_MAIN(tst_SandboxFaults)
#include "tst_sandboxfaults.moc"

// QuickBooks Online over real HTTP: consent with realmId, Basic-auth token endpoint, refresh with
// 24 h validity of the previous token, revoke; query paging and filters, CDC, batch, SyncToken
// conflicts, duplicate names and numbers, payments against invoices, Fault shapes and throttling.
#include "sandboxclock.h"
#include "sandboxserver.h"
#include "tst_sandboxclient.h"

#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Ledgerlink;

namespace {

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

const QString kClient = QStringLiteral("LEDGERLINK-QBO-WEB");
const QString kSecret = QStringLiteral("qbo-web-secret-0123456789abcdef");
const QString kRealm = QStringLiteral("9341453100000001");

QJsonObject ref(const QString &value)
{
    return { { str("value"), value } };
}

} // namespace

class tst_SandboxQbo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void consentRedirectCarriesRealmId();
    void denyGivesAccessDenied();
    void tokenNeedsBasicAuth();
    void refreshKeepsOldTokenFor24Hours();
    void revokeTakesJson();
    void expiredTokenIs401Fault3200();
    void otherRealmIs403();
    void createReadAndQueryPaging();
    void queryFiltersOnLastUpdatedTime();
    void syncTokenConflictIs5010();
    void duplicateNameAndDocNumber();
    void paymentLinksToInvoiceBalance();
    void cdcReturnsChangesAndDeletes();
    void batchUpToThirty();
    void requestIdReplays();
    void throttleIs429Fault3001();

private:
    QString connect(QString *refreshToken = nullptr);
    HttpResult api(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    HttpResult token(const QList<QPair<QString, QString>> &fields, const QString &secret = kSecret);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    QString m_token;
};

void tst_SandboxQbo::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen() != 0);
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    m_client->postJson(str("/_sandbox/limits"), { { str("provider"), str("qbo") }, { str("lift"), true } });
    m_token = connect();
    QVERIFY(!m_token.isEmpty());
}

void tst_SandboxQbo::cleanup()
{
    m_client.reset();
    m_server.reset();
}

HttpResult tst_SandboxQbo::token(const QList<QPair<QString, QString>> &fields, const QString &secret)
{
    return m_client->postForm(str("/qbo/oauth/oauth2/v1/tokens/bearer"), fields,
        { { "Authorization", SandboxTestClient::basic(kClient, secret) }, { "Accept", "application/json" } });
}

QString tst_SandboxQbo::connect(QString *refreshToken)
{
    const HttpResult page = m_client->get(
        str("/qbo/appcenter/connect/oauth2?client_id=%1&response_type=code&scope=com.intuit.quickbooks.accounting"
            "&redirect_uri=%2&state=q1")
            .arg(kClient, QString::fromLatin1(QUrl::toPercentEncoding(SandboxTestClient::defaultRedirect()))));
    if (page.status != 200 || !page.body.contains("type=\"radio\" name=\"company\"")) {
        return {};
    }
    const HttpResult allowed = m_client->postForm(str("/qbo/appcenter/connect/oauth2/consent"),
        { { str("client_id"), kClient }, { str("redirect_uri"), SandboxTestClient::defaultRedirect() },
            { str("scope"), str("com.intuit.quickbooks.accounting") }, { str("state"), str("q1") },
            { str("company"), kRealm }, { str("decision"), str("allow") } });
    const QByteArray location = allowed.header("location");
    const HttpResult t = token({ { str("grant_type"), str("authorization_code") },
        { str("code"), SandboxTestClient::queryValue(location, str("code")) },
        { str("redirect_uri"), SandboxTestClient::defaultRedirect() } });
    if (refreshToken) {
        *refreshToken = t.json().value(str("refresh_token")).toString();
    }
    return t.json().value(str("access_token")).toString();
}

HttpResult tst_SandboxQbo::api(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return m_client->send(method, str("/qbo/api/v3/company/") + kRealm + QLatin1Char('/') + path,
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
        { { "Authorization", "Bearer " + m_token.toLatin1() }, { "Accept", "application/json" } });
}

void tst_SandboxQbo::consentRedirectCarriesRealmId()
{
    const HttpResult allowed = m_client->postForm(str("/qbo/appcenter/connect/oauth2/consent"),
        { { str("client_id"), kClient }, { str("redirect_uri"), SandboxTestClient::defaultRedirect() },
            { str("scope"), str("com.intuit.quickbooks.accounting") }, { str("state"), str("abc") },
            { str("company"), kRealm }, { str("decision"), str("allow") } });
    QCOMPARE(allowed.status, 302);
    const QByteArray location = allowed.header("location");
    QCOMPARE(SandboxTestClient::queryValue(location, str("realmId")), kRealm);
    QCOMPARE(SandboxTestClient::queryValue(location, str("state")), str("abc"));
    QVERIFY(!SandboxTestClient::queryValue(location, str("code")).isEmpty());
    const HttpResult badScope = m_client->get(
        str("/qbo/appcenter/connect/oauth2?client_id=%1&response_type=code&scope=nope"
            "&redirect_uri=%2&state=s")
            .arg(kClient, QString::fromLatin1(QUrl::toPercentEncoding(SandboxTestClient::defaultRedirect()))));
    QCOMPARE(SandboxTestClient::queryValue(badScope.header("location"), str("error")), str("invalid_scope"));
    const HttpResult badRedirect =
        m_client->get(str("/qbo/appcenter/connect/oauth2?client_id=%1&response_type=code"
                          "&scope=com.intuit.quickbooks.accounting&redirect_uri=http%3A%2F%2Fevil%2F&state=s")
                          .arg(kClient));
    QCOMPARE(badRedirect.status, 400);
}

void tst_SandboxQbo::denyGivesAccessDenied()
{
    const HttpResult denied = m_client->postForm(str("/qbo/appcenter/connect/oauth2/consent"),
        { { str("client_id"), kClient }, { str("redirect_uri"), SandboxTestClient::defaultRedirect() },
            { str("state"), str("abc") }, { str("decision"), str("deny") } });
    QCOMPARE(SandboxTestClient::queryValue(denied.header("location"), str("error")), str("access_denied"));
}

void tst_SandboxQbo::tokenNeedsBasicAuth()
{
    const HttpResult wrong =
        token({ { str("grant_type"), str("refresh_token") }, { str("refresh_token"), str("x") } }, str("nope"));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.json().value(str("error")).toString(), str("invalid_client"));
    QString refresh;
    QVERIFY(!connect(&refresh).isEmpty());
    const HttpResult r = token({ { str("grant_type"), str("refresh_token") }, { str("refresh_token"), refresh } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(str("expires_in")).toInt(), 3600);
    QCOMPARE(r.json().value(str("token_type")).toString(), str("bearer"));
    QCOMPARE(qint64(r.json().value(str("x_refresh_token_expires_in")).toDouble()), 100LL * 24 * 3600);
}

void tst_SandboxQbo::refreshKeepsOldTokenFor24Hours()
{
    QString first;
    connect(&first);
    const HttpResult rotated = token({ { str("grant_type"), str("refresh_token") }, { str("refresh_token"), first } });
    QVERIFY(rotated.json().value(str("refresh_token")).toString() != first);
    m_server->clock().advance(23 * 3600);
    QCOMPARE(token({ { str("grant_type"), str("refresh_token") }, { str("refresh_token"), first } }).status, 200);
    m_server->clock().advance(2 * 3600);
    const HttpResult dead = token({ { str("grant_type"), str("refresh_token") }, { str("refresh_token"), first } });
    QCOMPARE(dead.status, 400);
    QCOMPARE(dead.json().value(str("error")).toString(), str("invalid_grant"));
}

void tst_SandboxQbo::revokeTakesJson()
{
    QString refresh;
    const QString access = connect(&refresh);
    const HttpResult revoked = m_client->send("POST", str("/qbo/developer/v2/oauth2/tokens/revoke"),
        QJsonDocument(QJsonObject { { str("token"), refresh } }).toJson(),
        { { "Authorization", SandboxTestClient::basic(kClient, kSecret) }, { "Content-Type", "application/json" } });
    QCOMPARE(revoked.status, 200);
    QCOMPARE(token({ { str("grant_type"), str("refresh_token") }, { str("refresh_token"), refresh } }).status, 400);
    m_token = access;
    QCOMPARE(api("GET", str("customer/1")).status, 401);
}

void tst_SandboxQbo::expiredTokenIs401Fault3200()
{
    m_server->clock().advance(3601);
    const HttpResult r = api("GET", str("query?query=select%20*%20from%20Customer"));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json()
                 .value(str("Fault"))
                 .toObject()
                 .value(str("Error"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(str("code"))
                 .toString(),
        str("3200"));
}

void tst_SandboxQbo::otherRealmIs403()
{
    const HttpResult r =
        m_client->send("GET", str("/qbo/api/v3/company/9341453100000002/query?query=select%20*%20from%20Customer"), {},
            { { "Authorization", "Bearer " + m_token.toLatin1() } });
    QCOMPARE(r.status, 403);
}

void tst_SandboxQbo::createReadAndQueryPaging()
{
    for (int i = 0; i < 12; ++i) {
        const HttpResult c =
            api("POST", str("customer"), { { str("DisplayName"), str("Cust %1").arg(i, 2, 10, QLatin1Char('0')) } });
        QCOMPARE(c.status, 200);
        QCOMPARE(c.json().value(str("Customer")).toObject().value(str("SyncToken")).toString(), str("0"));
    }
    const HttpResult one = api("GET", str("customer/3"));
    QCOMPARE(one.json().value(str("Customer")).toObject().value(str("DisplayName")).toString(), str("Cust 02"));
    const QString q = QString::fromLatin1(
        QUrl::toPercentEncoding(str("SELECT * FROM Customer ORDERBY Id STARTPOSITION 11 MAXRESULTS 5")));
    const QJsonObject page = api("GET", str("query?query=") + q).json().value(str("QueryResponse")).toObject();
    QCOMPARE(page.value(str("startPosition")).toInt(), 11);
    QCOMPARE(page.value(str("maxResults")).toInt(), 2);
    QCOMPARE(page.value(str("Customer")).toArray().size(), 2);
    const QString count = QString::fromLatin1(QUrl::toPercentEncoding(str("select count(*) from Customer")));
    QCOMPARE(api("GET", str("query?query=") + count)
                 .json()
                 .value(str("QueryResponse"))
                 .toObject()
                 .value(str("totalCount"))
                 .toInt(),
        12);
    QCOMPARE(
        api("GET", str("query?query=") + QString::fromLatin1(QUrl::toPercentEncoding(str("SELECT nonsense")))).status,
        400);
    QCOMPARE(api("GET", str("customer/999")).status, 400);
}

void tst_SandboxQbo::queryFiltersOnLastUpdatedTime()
{
    api("POST", str("customer"), { { str("DisplayName"), str("Early") } });
    m_server->clock().advance(60);
    const QString since = m_server->clock().now().toString(Qt::ISODate);
    m_server->clock().advance(60);
    api("POST", str("customer"), { { str("DisplayName"), str("Late") } });
    const QString q = QString::fromLatin1(
        QUrl::toPercentEncoding(str("SELECT * FROM Customer WHERE MetaData.LastUpdatedTime >= '%1'").arg(since)));
    const QJsonArray found = api("GET", str("query?query=") + q)
                                 .json()
                                 .value(str("QueryResponse"))
                                 .toObject()
                                 .value(str("Customer"))
                                 .toArray();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).toObject().value(str("DisplayName")).toString(), str("Late"));
}

void tst_SandboxQbo::syncTokenConflictIs5010()
{
    const QJsonObject c = api("POST", str("customer"), { { str("DisplayName"), str("Sync Co") } })
                              .json()
                              .value(str("Customer"))
                              .toObject();
    const HttpResult updated = api("POST", str("customer"),
        { { str("Id"), c.value(str("Id")) }, { str("SyncToken"), str("0") }, { str("sparse"), true },
            { str("CompanyName"), str("Sync Company") } });
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json().value(str("Customer")).toObject().value(str("SyncToken")).toString(), str("1"));
    QCOMPARE(updated.json().value(str("Customer")).toObject().value(str("DisplayName")).toString(),
        str("Sync Co")); // sparse kept it
    const HttpResult stale = api("POST", str("customer"),
        { { str("Id"), c.value(str("Id")) }, { str("SyncToken"), str("0") }, { str("sparse"), true },
            { str("CompanyName"), str("Lost") } });
    QCOMPARE(stale.status, 400);
    const QJsonObject error =
        stale.json().value(str("Fault")).toObject().value(str("Error")).toArray().at(0).toObject();
    QCOMPARE(error.value(str("code")).toString(), str("5010"));
    QVERIFY(error.value(str("Message")).toString().startsWith(str("Stale Object Error")));
    QCOMPARE(stale.json().value(str("Fault")).toObject().value(str("type")).toString(), str("ValidationFault"));
}

void tst_SandboxQbo::duplicateNameAndDocNumber()
{
    api("POST", str("customer"), { { str("DisplayName"), str("Dupe Co") } });
    const HttpResult dupe = api("POST", str("customer"), { { str("DisplayName"), str("dupe co") } });
    QCOMPARE(dupe.json()
                 .value(str("Fault"))
                 .toObject()
                 .value(str("Error"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(str("code"))
                 .toString(),
        str("6240"));
    const QJsonObject invoice { { str("CustomerRef"), ref(str("1")) }, { str("DocNumber"), str("1001") },
        { str("Line"),
            QJsonArray { QJsonObject { { str("Amount"), 10.0 }, { str("DetailType"), str("SalesItemLineDetail") },
                { str("SalesItemLineDetail"), QJsonObject() } } } } };
    QCOMPARE(api("POST", str("invoice"), invoice).status, 200);
    const HttpResult again = api("POST", str("invoice"), invoice);
    QCOMPARE(again.json()
                 .value(str("Fault"))
                 .toObject()
                 .value(str("Error"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(str("code"))
                 .toString(),
        str("6140"));
}

void tst_SandboxQbo::paymentLinksToInvoiceBalance()
{
    api("POST", str("customer"), { { str("DisplayName"), str("Payer Co") } });
    const QJsonObject inv = api("POST", str("invoice"),
        { { str("CustomerRef"), ref(str("1")) },
            { str("Line"),
                QJsonArray { QJsonObject { { str("Amount"), 100.0 }, { str("DetailType"), str("SalesItemLineDetail") },
                    { str("SalesItemLineDetail"), QJsonObject() } } } } })
                                .json()
                                .value(str("Invoice"))
                                .toObject();
    QCOMPARE(inv.value(str("Balance")).toDouble(), 100.0);
    auto pay = [&](double amount) {
        return api("POST", str("payment"),
            { { str("CustomerRef"), ref(str("1")) }, { str("TotalAmt"), amount },
                { str("Line"),
                    QJsonArray { QJsonObject { { str("Amount"), amount },
                        { str("LinkedTxn"),
                            QJsonArray { QJsonObject { { str("TxnId"), inv.value(str("Id")) },
                                { str("TxnType"), str("Invoice") } } } } } } } });
    };
    const HttpResult first = pay(40.0);
    QCOMPARE(first.status, 200);
    QCOMPARE(api("GET", str("invoice/") + inv.value(str("Id")).toString())
                 .json()
                 .value(str("Invoice"))
                 .toObject()
                 .value(str("Balance"))
                 .toDouble(),
        60.0);
    QCOMPARE(pay(60.01).status, 400);
    const QJsonObject payment = first.json().value(str("Payment")).toObject();
    const HttpResult deleted = api("POST", str("payment?operation=delete"),
        { { str("Id"), payment.value(str("Id")) }, { str("SyncToken"), payment.value(str("SyncToken")) } });
    QCOMPARE(deleted.json().value(str("Payment")).toObject().value(str("status")).toString(), str("Deleted"));
    QCOMPARE(api("GET", str("invoice/") + inv.value(str("Id")).toString())
                 .json()
                 .value(str("Invoice"))
                 .toObject()
                 .value(str("Balance"))
                 .toDouble(),
        100.0);
}

void tst_SandboxQbo::cdcReturnsChangesAndDeletes()
{
    api("POST", str("customer"), { { str("DisplayName"), str("Cdc Co") } });
    const QString since = m_server->clock().now().addSecs(-5).toString(Qt::ISODate);
    const QJsonObject inv = api("POST", str("invoice"),
        { { str("CustomerRef"), ref(str("1")) },
            { str("Line"),
                QJsonArray { QJsonObject { { str("Amount"), 5.0 }, { str("DetailType"), str("SalesItemLineDetail") },
                    { str("SalesItemLineDetail"), QJsonObject() } } } } })
                                .json()
                                .value(str("Invoice"))
                                .toObject();
    api("POST", str("invoice?operation=delete"),
        { { str("Id"), inv.value(str("Id")) }, { str("SyncToken"), inv.value(str("SyncToken")) } });
    const HttpResult r = api("GET",
        str("cdc?entities=Invoice,Customer&changedSince=") + QString::fromLatin1(QUrl::toPercentEncoding(since)));
    QCOMPARE(r.status, 200);
    const QJsonArray parts =
        r.json().value(str("CDCResponse")).toArray().at(0).toObject().value(str("QueryResponse")).toArray();
    QCOMPARE(parts.size(), 2);
    const QJsonArray invoices = parts.at(0).toObject().value(str("Invoice")).toArray();
    QCOMPARE(invoices.size(), 1);
    QCOMPARE(invoices.at(0).toObject().value(str("status")).toString(), str("Deleted"));
    QCOMPARE(parts.at(1).toObject().value(str("Customer")).toArray().size(), 1);
    const QString old = m_server->clock().now().addDays(-31).toString(Qt::ISODate);
    QCOMPARE(api("GET", str("cdc?entities=Invoice&changedSince=") + QString::fromLatin1(QUrl::toPercentEncoding(old)))
                 .status,
        400);
    QCOMPARE(api("GET", str("cdc?entities=TaxCode&changedSince=") + QString::fromLatin1(QUrl::toPercentEncoding(since)))
                 .status,
        400);
}

void tst_SandboxQbo::batchUpToThirty()
{
    QJsonArray items;
    for (int i = 0; i < 30; ++i) {
        items.append(QJsonObject { { str("bId"), QString::number(i) }, { str("operation"), str("create") },
            { str("Customer"),
                QJsonObject { { str("DisplayName"), i == 29 ? str("Batch 0") : str("Batch %1").arg(i) } } } });
    }
    const HttpResult r = api("POST", str("batch"), { { str("BatchItemRequest"), items } });
    QCOMPARE(r.status, 200);
    const QJsonArray responses = r.json().value(str("BatchItemResponse")).toArray();
    QCOMPARE(responses.size(), 30);
    QVERIFY(responses.at(0).toObject().contains(str("Customer")));
    QCOMPARE(responses.at(29)
                 .toObject()
                 .value(str("Fault"))
                 .toObject()
                 .value(str("Error"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(str("code"))
                 .toString(),
        str("6240"));
    items.append(QJsonObject { { str("bId"), str("30") }, { str("Query"), str("select * from Customer") } });
    QCOMPARE(api("POST", str("batch"), { { str("BatchItemRequest"), items } }).status, 400);
}

void tst_SandboxQbo::requestIdReplays()
{
    const QJsonObject body { { str("DisplayName"), str("Once Co") } };
    const HttpResult first = api("POST", str("customer?requestid=abc-1"), body);
    const HttpResult second = api("POST", str("customer?requestid=abc-1"), body);
    QCOMPARE(first.status, 200);
    QCOMPARE(second.body, first.body);
    const QString count = QString::fromLatin1(QUrl::toPercentEncoding(str("select count(*) from Customer")));
    QCOMPARE(api("GET", str("query?query=") + count)
                 .json()
                 .value(str("QueryResponse"))
                 .toObject()
                 .value(str("totalCount"))
                 .toInt(),
        1);
}

void tst_SandboxQbo::throttleIs429Fault3001()
{
    m_client->postJson(str("/_sandbox/limits"),
        { { str("provider"), str("qbo") }, { str("defaults"), true }, { str("per_second"), 0 },
            { str("per_minute"), 3 } });
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(api("GET", str("customer/1")).status, 400); // not found, but counted
    }
    const HttpResult r = api("GET", str("customer/1"));
    QCOMPARE(r.status, 429);
    QCOMPARE(r.json()
                 .value(str("Fault"))
                 .toObject()
                 .value(str("Error"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(str("code"))
                 .toString(),
        str("3001"));
}

QTEST_GUILESS_MAIN(tst_SandboxQbo)
#include "tst_sandboxqbo.moc"

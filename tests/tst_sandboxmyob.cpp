// MYOB AccountRight over real HTTP: consent with businessId, expires_in as the string "1200",
// x-myobapi-key, $top/$skip/NextPageLink, $filter LastModified, RowVersion 409, 201 + Location,
// customer payments against invoices, 403 RateLimitError.
#include "sandboxclock.h"
#include "sandboxserver.h"
#include "tst_sandboxclient.h"

#include <QTest>

#include <memory>

using namespace Ledgerlink;

namespace {

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

const QString kClient = QStringLiteral("LEDGERLINK-MYOB-WEB");
const QString kSecret = QStringLiteral("myob-web-secret-0123456789abcdef");
const QString kBusiness = QStringLiteral("c1d2e3f4-0000-4000-8000-00000000a001");

} // namespace

class tst_SandboxMyob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void consentAndStringExpiresIn();
    void apiKeyHeaderRequired();
    void pagingAndLastModifiedFilter();
    void postAnswers201WithLocation();
    void rowVersionConflictIs409();
    void paymentClosesInvoice();
    void rateLimitIs403();

private:
    QJsonObject connect(QByteArray *location = nullptr);
    HttpResult api(const QByteArray &method, const QString &path, const QJsonObject &body = {});

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    QString m_token;
};

void tst_SandboxMyob::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen() != 0);
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    m_client->postJson(str("/_sandbox/limits"), { { str("provider"), str("myob") }, { str("lift"), true } });
    m_token = connect().value(str("access_token")).toString();
    QVERIFY(!m_token.isEmpty());
}

void tst_SandboxMyob::cleanup()
{
    m_client.reset();
    m_server.reset();
}

QJsonObject tst_SandboxMyob::connect(QByteArray *location)
{
    const HttpResult page = m_client->get(
        str("/myob/secure/oauth2/account/authorize?client_id=%1&redirect_uri=%2&response_type=code"
            "&scope=sme-company-file%20sme-sales&state=m1&prompt=consent")
            .arg(kClient, QString::fromLatin1(QUrl::toPercentEncoding(SandboxTestClient::defaultRedirect()))));
    if (page.status != 200) {
        return {};
    }
    const QByteArray redirect =
        m_client
            ->postForm(str("/myob/secure/oauth2/account/authorize/consent"),
                { { str("client_id"), kClient }, { str("redirect_uri"), SandboxTestClient::defaultRedirect() },
                    { str("scope"), str("sme-company-file sme-sales") }, { str("state"), str("m1") },
                    { str("company"), kBusiness }, { str("decision"), str("allow") } })
            .header("location");
    if (location) {
        *location = redirect;
    }
    return m_client
        ->postForm(str("/myob/secure/oauth2/v1/authorize"),
            { { str("grant_type"), str("authorization_code") },
                { str("code"), SandboxTestClient::queryValue(redirect, str("code")) },
                { str("redirect_uri"), SandboxTestClient::defaultRedirect() }, { str("client_id"), kClient },
                { str("client_secret"), kSecret } })
        .json();
}

HttpResult tst_SandboxMyob::api(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return m_client->send(method, str("/myob/api/accountright/") + kBusiness + QLatin1Char('/') + path,
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(),
        { { "Authorization", "Bearer " + m_token.toLatin1() }, { "x-myobapi-key", kClient.toLatin1() },
            { "x-myobapi-version", "v2" } });
}

void tst_SandboxMyob::consentAndStringExpiresIn()
{
    QByteArray location;
    const QJsonObject token = connect(&location);
    QCOMPARE(SandboxTestClient::queryValue(location, str("businessId")), kBusiness);
    QVERIFY(!SandboxTestClient::queryValue(location, str("businessName")).isEmpty());
    QVERIFY(token.value(str("expires_in")).isString());
    QCOMPARE(token.value(str("expires_in")).toString(), str("1200"));
    const HttpResult refreshed = m_client->postForm(str("/myob/secure/oauth2/v1/authorize"),
        { { str("grant_type"), str("refresh_token") },
            { str("refresh_token"), token.value(str("refresh_token")).toString() }, { str("client_id"), kClient },
            { str("client_secret"), kSecret } });
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(refreshed.json().value(str("expires_in")).toString(), str("1200"));
    m_server->clock().advance(1201);
    QCOMPARE(api("GET", str("Contact/Customer")).status, 401);
}

void tst_SandboxMyob::apiKeyHeaderRequired()
{
    const HttpResult r = m_client->send("GET", str("/myob/api/accountright/") + kBusiness + str("/Contact/Customer"),
        {}, { { "Authorization", "Bearer " + m_token.toLatin1() } });
    QCOMPARE(r.status, 403);
    QVERIFY(r.json().value(str("Errors")).toArray().at(0).toObject().contains(str("Name")));
}

void tst_SandboxMyob::pagingAndLastModifiedFilter()
{
    m_client->postJson(str("/_sandbox/seed"),
        { { str("provider"), str("myob") }, { str("tenant"), kBusiness }, { str("customers"), 7 } });
    const QJsonObject first = api("GET", str("Contact/Customer?$top=3")).json();
    QCOMPARE(first.value(str("Items")).toArray().size(), 3);
    QCOMPARE(first.value(str("Count")).toInt(), 7);
    QVERIFY(first.value(str("NextPageLink")).toString().contains(str("skip=3")));
    const QJsonObject last = api("GET", str("Contact/Customer?$top=3&$skip=6")).json();
    QCOMPARE(last.value(str("Items")).toArray().size(), 1);
    QVERIFY(last.value(str("NextPageLink")).isNull());
    m_server->clock().advance(5);
    const QString since = m_server->clock().now().toString(Qt::ISODate);
    m_server->clock().advance(5);
    QCOMPARE(api("POST", str("Contact/Customer"),
                 { { str("CompanyName"), str("Fresh Pty Ltd") }, { str("IsIndividual"), false } })
                 .status,
        201);
    const QString filter = QString::fromLatin1(QUrl::toPercentEncoding(str("LastModified gt datetime'%1'").arg(since)));
    const QJsonObject changed = api("GET", str("Contact/Customer?$filter=") + filter).json();
    QCOMPARE(changed.value(str("Items")).toArray().size(), 1);
    QCOMPARE(api("GET", str("Contact/Customer?$top=1001")).status, 400);
    QCOMPARE(api("GET", str("GeneralLedger/TaxCode")).json().value(str("Count")).toInt(), 3);
    QCOMPARE(api("GET", str("GeneralLedger/Account")).json().value(str("Count")).toInt(), 3);
    QCOMPARE(m_client->get(str("/_sandbox/data/myob/") + kBusiness + str("/Contact/Customer"))
                 .json()
                 .value(str("count"))
                 .toInt(),
        8);
}

void tst_SandboxMyob::postAnswers201WithLocation()
{
    const HttpResult created = api("POST", str("Contact/Customer"), { { str("CompanyName"), str("Loc Pty Ltd") } });
    QCOMPARE(created.status, 201);
    QVERIFY(created.body.isEmpty());
    const QByteArray location = created.header("location");
    QVERIFY(location.contains("/Contact/Customer/"));
    const QString uid = QString::fromLatin1(location.mid(location.lastIndexOf('/') + 1));
    const QJsonObject record = api("GET", str("Contact/Customer/") + uid).json();
    QCOMPARE(record.value(str("CompanyName")).toString(), str("Loc Pty Ltd"));
    QCOMPARE(record.value(str("RowVersion")).toString(), str("1"));
    QCOMPARE(api("POST", str("Contact/Customer"), { { str("IsIndividual"), false } }).status, 400);
}

void tst_SandboxMyob::rowVersionConflictIs409()
{
    const QByteArray location =
        api("POST", str("Contact/Customer"), { { str("CompanyName"), str("Row Pty Ltd") } }).header("location");
    const QString uid = QString::fromLatin1(location.mid(location.lastIndexOf('/') + 1));
    QCOMPARE(api("PUT", str("Contact/Customer/") + uid,
                 { { str("CompanyName"), str("Row 2") }, { str("RowVersion"), str("1") } })
                 .status,
        200);
    const HttpResult stale = api("PUT", str("Contact/Customer/") + uid,
        { { str("CompanyName"), str("Row 3") }, { str("RowVersion"), str("1") } });
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.json().value(str("Errors")).toArray().at(0).toObject().value(str("Name")).toString(),
        str("IncorrectRowVersionSupplied"));
}

void tst_SandboxMyob::paymentClosesInvoice()
{
    const QByteArray customer =
        api("POST", str("Contact/Customer"), { { str("CompanyName"), str("Pay Pty Ltd") } }).header("location");
    const QString customerUid = QString::fromLatin1(customer.mid(customer.lastIndexOf('/') + 1));
    const QByteArray invoice = api("POST", str("Sale/Invoice/Service"),
        { { str("Customer"), QJsonObject { { str("UID"), customerUid } } }, { str("Date"), str("2026-11-01T00:00:00") },
            { str("Lines"),
                QJsonArray { QJsonObject { { str("Type"), str("Transaction") }, { str("Description"), str("Work") },
                    { str("Total"), 110.0 } } } } })
                                   .header("location");
    const QString invoiceUid = QString::fromLatin1(invoice.mid(invoice.lastIndexOf('/') + 1));
    QCOMPARE(
        api("GET", str("Sale/Invoice/Service/") + invoiceUid).json().value(str("BalanceDueAmount")).toDouble(), 110.0);
    auto pay = [&](double amount) {
        return api("POST", str("Sale/CustomerPayment"),
            { { str("Customer"), QJsonObject { { str("UID"), customerUid } } }, { str("AmountReceived"), amount },
                { str("Invoices"),
                    QJsonArray { QJsonObject { { str("UID"), invoiceUid }, { str("AmountApplied"), amount },
                        { str("Type"), str("Invoice") } } } } });
    };
    QCOMPARE(pay(110.01).status, 400);
    QCOMPARE(pay(110.0).status, 201);
    const QJsonObject now = api("GET", str("Sale/Invoice/Service/") + invoiceUid).json();
    QCOMPARE(now.value(str("BalanceDueAmount")).toDouble(), 0.0);
    QCOMPARE(now.value(str("Status")).toString(), str("Closed"));
}

void tst_SandboxMyob::rateLimitIs403()
{
    m_client->postJson(str("/_sandbox/limits"), { { str("provider"), str("myob") }, { str("defaults"), true } });
    // Freeze the sandbox clock so all calls fall into one second: 8 pass, the 9th is over the limit.
    m_server->clock().setScale(1e-9);
    for (int i = 0; i < 8; ++i) {
        QCOMPARE(api("GET", str("Contact/Customer")).status, 200);
    }
    const HttpResult r = api("GET", str("Contact/Customer"));
    QCOMPARE(r.status, 403);
    QCOMPARE(
        r.json().value(str("Errors")).toArray().at(0).toObject().value(str("Name")).toString(), str("RateLimitError"));
    m_server->clock().advance(2);
    QCOMPARE(api("GET", str("Contact/Customer")).status, 200);
}

QTEST_GUILESS_MAIN(tst_SandboxMyob)
#include "tst_sandboxmyob.moc"

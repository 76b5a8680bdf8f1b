// Sage Business Cloud Accounting v3.1 over real HTTP: consent with country, client secret in the form,
// 5-minute access tokens, refresh rotation, revoke; X-Business, $items/$next paging,
// updated_or_created_since, idempotency_id, 422 errors, payments allocated to invoices, 429.
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

const QString kClient = QStringLiteral("LEDGERLINK-SAGE-WEB");
const QString kSecret = QStringLiteral("sage-web-secret-0123456789abcdef");
const QString kBusiness = QStringLiteral("a3f1c0d2e4b64a5f8e7d6c5b4a390001");

} // namespace

class tst_SandboxSage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void consentTokenRefreshRevoke();
    void accessTokenLastsFiveMinutes();
    void businessesAndXBusiness();
    void pagingWithNext();
    void updatedOrCreatedSince();
    void idempotencyIdReplays();
    void deletedSinceListsDeletions();
    void validationIs422();
    void paymentAllocatesToInvoice();
    void rateLimitIs429();

private:
    QJsonObject connect();
    HttpResult api(const QByteArray &method, const QString &path, const QJsonObject &body = {});

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    QString m_token;
};

void tst_SandboxSage::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen() != 0);
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    m_client->postJson(str("/_sandbox/limits"), { { str("provider"), str("sage") }, { str("lift"), true } });
    m_token = connect().value(str("access_token")).toString();
    QVERIFY(!m_token.isEmpty());
}

void tst_SandboxSage::cleanup()
{
    m_client.reset();
    m_server.reset();
}

QJsonObject tst_SandboxSage::connect()
{
    const HttpResult page = m_client->get(
        str("/sage/auth/oauth2/auth/central?filter=apiv3.1&response_type=code&client_id=%1"
            "&redirect_uri=%2&scope=full_access&state=s1")
            .arg(kClient, QString::fromLatin1(QUrl::toPercentEncoding(SandboxTestClient::defaultRedirect()))));
    if (page.status != 200) {
        return {};
    }
    const QByteArray location =
        m_client
            ->postForm(str("/sage/auth/oauth2/auth/central/consent"),
                { { str("client_id"), kClient }, { str("redirect_uri"), SandboxTestClient::defaultRedirect() },
                    { str("scope"), str("full_access") }, { str("state"), str("s1") }, { str("company"), kBusiness },
                    { str("decision"), str("allow") } })
            .header("location");
    if (SandboxTestClient::queryValue(location, str("country")) != QLatin1String("GB")) {
        return {};
    }
    return m_client
        ->postForm(str("/sage/oauth/token"),
            { { str("grant_type"), str("authorization_code") },
                { str("code"), SandboxTestClient::queryValue(location, str("code")) },
                { str("redirect_uri"), SandboxTestClient::defaultRedirect() }, { str("client_id"), kClient },
                { str("client_secret"), kSecret } })
        .json();
}

HttpResult tst_SandboxSage::api(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return m_client->send(method, str("/sage/api/v3.1/") + path,
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(),
        { { "Authorization", "Bearer " + m_token.toLatin1() }, { "X-Business", kBusiness.toLatin1() } });
}

void tst_SandboxSage::consentTokenRefreshRevoke()
{
    const QJsonObject token = connect();
    QCOMPARE(token.value(str("expires_in")).toInt(), 300);
    QCOMPARE(qint64(token.value(str("refresh_token_expires_in")).toDouble()), 31LL * 24 * 3600);
    const QString refresh = token.value(str("refresh_token")).toString();
    const HttpResult rotated = m_client->postForm(str("/sage/oauth/token"),
        { { str("grant_type"), str("refresh_token") }, { str("refresh_token"), refresh }, { str("client_id"), kClient },
            { str("client_secret"), kSecret } });
    QCOMPARE(rotated.status, 200);
    const QString next = rotated.json().value(str("refresh_token")).toString();
    QVERIFY(next != refresh);
    // No grace at Sage: the old refresh token is dead at once.
    QCOMPARE(m_client
                 ->postForm(str("/sage/oauth/token"),
                     { { str("grant_type"), str("refresh_token") }, { str("refresh_token"), refresh },
                         { str("client_id"), kClient }, { str("client_secret"), kSecret } })
                 .status,
        400);
    const HttpResult revoked = m_client->postForm(str("/sage/oauth/revoke"),
        { { str("client_id"), kClient }, { str("client_secret"), kSecret }, { str("token"), next } });
    QCOMPARE(revoked.json().value(str("success")).toString(), str("ok"));
    QCOMPARE(m_client
                 ->postForm(str("/sage/oauth/token"),
                     { { str("grant_type"), str("refresh_token") }, { str("refresh_token"), next },
                         { str("client_id"), kClient }, { str("client_secret"), kSecret } })
                 .status,
        400);
}

void tst_SandboxSage::accessTokenLastsFiveMinutes()
{
    QCOMPARE(api("GET", str("contacts")).status, 200);
    m_server->clock().advance(301);
    const HttpResult expired = api("GET", str("contacts"));
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.array().at(0).toObject().value(str("$severity")).toString(), str("error"));
}

void tst_SandboxSage::businessesAndXBusiness()
{
    const HttpResult businesses =
        m_client->get(str("/sage/api/v3.1/businesses"), { { "Authorization", "Bearer " + m_token.toLatin1() } });
    QCOMPARE(businesses.array().size(), 1);
    QCOMPARE(businesses.array().at(0).toObject().value(str("id")).toString(), kBusiness);
    QCOMPARE(
        m_client->get(str("/sage/api/v3.1/contacts"), { { "Authorization", "Bearer " + m_token.toLatin1() } }).status,
        403);
    QCOMPARE(api("GET", str("tax_rates")).json().value(str("$total")).toInt(), 5);
    QCOMPARE(api("GET", str("ledger_accounts")).json().value(str("$total")).toInt(), 4);
}

void tst_SandboxSage::pagingWithNext()
{
    QCOMPARE(m_client
                 ->postJson(str("/_sandbox/seed"),
                     { { str("provider"), str("sage") }, { str("tenant"), kBusiness }, { str("customers"), 25 },
                         { str("invoices"), 0 } })
                 .status,
        200);
    const QJsonObject first = api("GET", str("contacts?items_per_page=10")).json();
    QCOMPARE(first.value(str("$total")).toInt(), 25);
    QCOMPARE(first.value(str("$items")).toArray().size(), 10);
    QCOMPARE(first.value(str("$itemsPerPage")).toInt(), 10);
    QVERIFY(first.value(str("$back")).isNull());
    QVERIFY(first.value(str("$next")).toString().contains(str("page=2")));
    QVERIFY(first.value(str("$items")).toArray().at(0).toObject().contains(str("displayed_as")));
    const QJsonObject last = api("GET", str("contacts?items_per_page=10&page=3&attributes=all")).json();
    QCOMPARE(last.value(str("$items")).toArray().size(), 5);
    QVERIFY(last.value(str("$next")).isNull());
    QVERIFY(last.value(str("$items")).toArray().at(0).toObject().contains(str("reference")));
    QCOMPARE(api("GET", str("contacts?items_per_page=201")).status, 422);
}

void tst_SandboxSage::updatedOrCreatedSince()
{
    api("POST", str("contacts"),
        { { str("contact"), QJsonObject { { str("name"), str("Old") }, { str("reference"), str("OLD") } } } });
    m_server->clock().advance(10);
    const QString since = m_server->clock().now().toString(Qt::ISODate);
    m_server->clock().advance(10);
    api("POST", str("contacts"),
        { { str("contact"), QJsonObject { { str("name"), str("New") }, { str("reference"), str("NEW") } } } });
    const QJsonArray items =
        api("GET", str("contacts?updated_or_created_since=") + QString::fromLatin1(QUrl::toPercentEncoding(since)))
            .json()
            .value(str("$items"))
            .toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(str("displayed_as")).toString(), str("New (NEW)"));
}

void tst_SandboxSage::deletedSinceListsDeletions()
{
    const QString keep =
        api("POST", str("contacts"), { { str("contact"), QJsonObject { { str("name"), str("Keep") } } } })
            .json()
            .value(str("id"))
            .toString();
    const QString gone =
        api("POST", str("contacts"), { { str("contact"), QJsonObject { { str("name"), str("Gone") } } } })
            .json()
            .value(str("id"))
            .toString();
    m_server->clock().advance(5);
    const QString since = m_server->clock().now().toString(Qt::ISODate);
    m_server->clock().advance(5);
    QCOMPARE(api("DELETE", str("contacts/") + gone).status, 204);
    QCOMPARE(api("GET", str("contacts/") + gone).status, 404);
    const QJsonArray deleted =
        api("GET", str("contacts?deleted_since=") + QString::fromLatin1(QUrl::toPercentEncoding(since)))
            .json()
            .value(str("$items"))
            .toArray();
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted.at(0).toObject().value(str("id")).toString(), gone);
    const QJsonArray live = api("GET", str("contacts")).json().value(str("$items")).toArray();
    QCOMPARE(live.size(), 1);
    QCOMPARE(live.at(0).toObject().value(str("id")).toString(), keep);
}

void tst_SandboxSage::idempotencyIdReplays()
{
    const QJsonObject body { { str("contact"),
        QJsonObject {
            { str("name"), str("Idem") }, { str("idempotency_id"), str("0123456789abcdef0123456789abcdef") } } } };
    const HttpResult first = api("POST", str("contacts"), body);
    const HttpResult second = api("POST", str("contacts"), body);
    QCOMPARE(first.status, 201);
    QCOMPARE(second.json().value(str("id")), first.json().value(str("id")));
    QCOMPARE(api("GET", str("contacts")).json().value(str("$total")).toInt(), 1);
}

void tst_SandboxSage::validationIs422()
{
    const HttpResult r =
        api("POST", str("contacts"), { { str("contact"), QJsonObject { { str("reference"), str("X") } } } });
    QCOMPARE(r.status, 422);
    const QJsonObject e = r.array().at(0).toObject();
    QCOMPARE(e.value(str("$dataCode")).toString(), str("RecordInvalid"));
    QCOMPARE(e.value(str("$source")).toString(), str("name"));
    QVERIFY(!e.value(str("$message")).toString().isEmpty());
}

void tst_SandboxSage::paymentAllocatesToInvoice()
{
    const QString contact =
        api("POST", str("contacts"), { { str("contact"), QJsonObject { { str("name"), str("Payer") } } } })
            .json()
            .value(str("id"))
            .toString();
    const QJsonObject invoice = api("POST", str("sales_invoices"),
        { { str("sales_invoice"),
            QJsonObject { { str("contact_id"), contact }, { str("date"), str("2026-11-01") },
                { str("invoice_lines"),
                    QJsonArray { QJsonObject { { str("description"), str("Work") }, { str("quantity"), 1 },
                        { str("unit_price"), 100.0 } } } } } } })
                                    .json();
    QCOMPARE(invoice.value(str("total_amount")).toDouble(), 120.0);
    auto pay = [&](double amount) {
        return api("POST", str("contact_payments"),
            { { str("contact_payment"),
                QJsonObject { { str("transaction_type_id"), str("CUSTOMER_RECEIPT") }, { str("contact_id"), contact },
                    { str("date"), str("2026-11-02") }, { str("total_amount"), amount },
                    { str("allocated_artefacts"),
                        QJsonArray { QJsonObject {
                            { str("artefact_id"), invoice.value(str("id")) }, { str("amount"), amount } } } } } } });
    };
    QCOMPARE(pay(20.0).status, 201);
    QJsonObject now = api("GET", str("sales_invoices/") + invoice.value(str("id")).toString()).json();
    QCOMPARE(now.value(str("outstanding_amount")).toDouble(), 100.0);
    QCOMPARE(now.value(str("status")).toObject().value(str("id")).toString(), str("PART_PAID"));
    QCOMPARE(pay(100.01).status, 422);
    QCOMPARE(pay(100.0).status, 201);
    now = api("GET", str("sales_invoices/") + invoice.value(str("id")).toString()).json();
    QCOMPARE(now.value(str("status")).toObject().value(str("id")).toString(), str("PAID"));
}

void tst_SandboxSage::rateLimitIs429()
{
    m_client->postJson(str("/_sandbox/limits"), { { str("provider"), str("sage") }, { str("per_minute"), 2 } });
    QCOMPARE(api("GET", str("contacts")).status, 200);
    QCOMPARE(api("GET", str("contacts")).status, 200);
    const HttpResult r = api("GET", str("contacts"));
    QCOMPARE(r.status, 429);
    QVERIFY(r.header("retry-after").toInt() >= 1);
}

QTEST_GUILESS_MAIN(tst_SandboxSage)
#include "tst_sandboxsage.moc"

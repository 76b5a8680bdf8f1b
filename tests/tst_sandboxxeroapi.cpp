// Xero Accounting API over real HTTP: access checks, filters, paging, incremental reads, batches,
// idempotency, error shapes and rate limits. Business rules are in tst_sandboxxerorules.cpp.
#include "sandboxclock.h"
#include "tst_sandboxxerosession.h"

#include <QTest>

#include <memory>

using namespace Ledgerlink;

namespace {

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

// The session (server, client, token) and the contact/invoice helpers: tst_sandboxxerosession.h.
class tst_SandboxXeroApi : public QObject, protected SandboxXeroSession
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void requiresTenantAndJson();
    void scopesLimitEntities();
    void pagingHasPaginationObject();
    void ifModifiedSinceReturnsOnlyChanges();
    void whereStatusesAndIds_data();
    void whereStatusesAndIds();
    void unparseableWhereIs400();
    void orderSortsResults();
    void batchWithSummarizeErrorsFalse();
    void batchWithoutSummarizeFailsAsAWhole();
    void bodyOverLimitIs413();
    void malformedJsonIsPostDataInvalid();
    void idempotencyKeyReplaysOrRejects();
    void minuteLimitGives429WithHeaders();
    void dayLimitAndLift();
    void concurrencyLimitOfFive();
};

void tst_SandboxXeroApi::init()
{
    QVERIFY(startSession());
}

void tst_SandboxXeroApi::cleanup()
{
    stopSession();
}

void tst_SandboxXeroApi::requiresTenantAndJson()
{
    HeaderPairs noTenant { { "Authorization", "Bearer " + m_token.toLatin1() }, { "Accept", "application/json" } };
    QCOMPARE(m_client->send("GET", str("/xero/api/api.xro/2.0/Contacts"), {}, noTenant).status, 403);
    HeaderPairs xml { { "Authorization", "Bearer " + m_token.toLatin1() },
        { "xero-tenant-id", SandboxTestClient::xeroTenant(0).toLatin1() } };
    QCOMPARE(m_client->send("GET", str("/xero/api/api.xro/2.0/Contacts"), {}, xml).status, 406);
    const HttpResult ok = m_client->xeroGet(m_token, str("Contacts"));
    QCOMPARE(ok.status, 200);
    QVERIFY(!ok.header("xero-correlation-id").isEmpty());
    QCOMPARE(ok.json().value(str("Status")).toString(), str("OK"));
    QCOMPARE(m_client->xeroGet(m_token, str("NoSuchThing")).status, 404);
}

void tst_SandboxXeroApi::scopesLimitEntities()
{
    const QString readOnly =
        m_client->xeroConnect(str("offline_access accounting.contacts.read")).value(str("access_token")).toString();
    QCOMPARE(m_client->xeroGet(readOnly, str("Contacts")).status, 200);
    QCOMPARE(m_client->xeroGet(readOnly, str("Invoices")).status, 401);
    const HttpResult write = m_client->xeroWrite("PUT", readOnly, str("Contacts"), { { str("Name"), str("X") } });
    QCOMPARE(write.status, 401);
}

void tst_SandboxXeroApi::pagingHasPaginationObject()
{
    QCOMPARE(
        m_client
            ->postJson(str("/_sandbox/seed"), { { str("customers"), 25 }, { str("items"), 2 }, { str("invoices"), 0 } })
            .status,
        200);
    const HttpResult page1 = m_client->xeroGet(m_token, str("Contacts?page=1&pageSize=10"));
    QCOMPARE(page1.json().value(str("Contacts")).toArray().size(), 10);
    const QJsonObject pagination = page1.json().value(str("pagination")).toObject();
    QCOMPARE(pagination.value(str("page")).toInt(), 1);
    QCOMPARE(pagination.value(str("pageSize")).toInt(), 10);
    QCOMPARE(pagination.value(str("pageCount")).toInt(), 3);
    QCOMPARE(pagination.value(str("itemCount")).toInt(), 25);
    QCOMPARE(
        m_client->xeroGet(m_token, str("Contacts?page=3&pageSize=10")).json().value(str("Contacts")).toArray().size(),
        5);
    QCOMPARE(
        m_client->xeroGet(m_token, str("Contacts?page=4&pageSize=10")).json().value(str("Contacts")).toArray().size(),
        0);
    QCOMPARE(m_client->xeroGet(m_token, str("Contacts?page=1&pageSize=1001")).status, 400);
    QCOMPARE(m_client->xeroGet(m_token, str("Contacts?page=1"))
                 .json()
                 .value(str("pagination"))
                 .toObject()
                 .value(str("pageSize"))
                 .toInt(),
        100);
}

void tst_SandboxXeroApi::ifModifiedSinceReturnsOnlyChanges()
{
    createContact(str("Before"));
    m_server->clock().advance(10);
    const QByteArray since =
        m_client->get(str("/_sandbox/clock")).json().value(str("now")).toString().left(19).toLatin1();
    m_server->clock().advance(2);
    createContact(str("After"));
    const HttpResult r = m_client->xeroGet(m_token, str("Contacts"), { { "If-Modified-Since", since } });
    const QJsonArray contacts = r.json().value(str("Contacts")).toArray();
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts.at(0).toObject().value(str("Name")).toString(), str("After"));
    const QDateTime sinceTime = QDateTime::fromString(QString::fromLatin1(since), Qt::ISODate);
    const QByteArray rfc =
        QLocale::c()
            .toString(QDateTime(sinceTime.date(), sinceTime.time(), Qt::UTC), str("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
            .toLatin1();
    QCOMPARE(m_client->xeroGet(m_token, str("Contacts"), { { "If-Modified-Since", rfc } })
                 .json()
                 .value(str("Contacts"))
                 .toArray()
                 .size(),
        1);
}

void tst_SandboxXeroApi::whereStatusesAndIds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expected");
    QTest::newRow("status") << str("Invoices?where=")
            + QString::fromLatin1(QUrl::toPercentEncoding(str("Status==\"AUTHORISED\"")))
                            << 2;
    QTest::newRow("and") << str("Invoices?where=")
            + QString::fromLatin1(QUrl::toPercentEncoding(str("Status==\"AUTHORISED\" AND Type==\"ACCREC\"")))
                         << 2;
    QTest::newRow("not equal") << str("Invoices?where=")
            + QString::fromLatin1(QUrl::toPercentEncoding(str("Status!=\"AUTHORISED\"")))
                               << 1;
    QTest::newRow("number") << str("Invoices?where=") + QString::fromLatin1(QUrl::toPercentEncoding(str("Total>300")))
                            << 1;
    QTest::newRow("statuses") << str("Invoices?Statuses=DRAFT,AUTHORISED") << 3;
    QTest::newRow("statuses draft") << str("Invoices?Statuses=DRAFT") << 1;
    QTest::newRow("contact name") << str("Contacts?where=")
            + QString::fromLatin1(QUrl::toPercentEncoding(str("Name==\"Zed Ltd\"")))
                                  << 1;
    QTest::newRow("contains") << str("Contacts?where=")
            + QString::fromLatin1(QUrl::toPercentEncoding(str("Name.Contains(\"ed\")")))
                              << 1;
}

void tst_SandboxXeroApi::whereStatusesAndIds()
{
    QFETCH(QString, query);
    QFETCH(int, expected);
    const QString contact = createContact(str("Zed Ltd"));
    createInvoice(invoice(contact));
    createInvoice(invoice(contact, str("AUTHORISED"), 200.0));
    createInvoice(invoice(contact, str("DRAFT")));
    const HttpResult r = m_client->xeroGet(m_token, query);
    QCOMPARE(r.status, 200);
    const QString entity = query.section(QLatin1Char('?'), 0, 0);
    QCOMPARE(r.json().value(entity).toArray().size(), expected);
}

void tst_SandboxXeroApi::orderSortsResults()
{
    const QString contact = createContact(str("Order Ltd"));
    createInvoice(invoice(contact, str("AUTHORISED"), 100.0));
    createInvoice(invoice(contact, str("AUTHORISED"), 300.0));
    createInvoice(invoice(contact, str("AUTHORISED"), 50.0));
    auto totals = [this](const QString &order) {
        QList<double> out;
        const QJsonArray list =
            m_client->xeroGet(m_token, str("Invoices?order=") + QString::fromLatin1(QUrl::toPercentEncoding(order)))
                .json()
                .value(str("Invoices"))
                .toArray();
        for (const auto &v : list) {
            out << v.toObject().value(str("Total")).toDouble();
        }
        return out;
    };
    QCOMPARE(totals(str("Total DESC")), QList<double>({ 690.0, 230.0, 115.0 }));
    QCOMPARE(totals(str("Total ASC")), QList<double>({ 115.0, 230.0, 690.0 }));
    QCOMPARE(totals(str("InvoiceNumber DESC")), QList<double>({ 115.0, 690.0, 230.0 }));
}

void tst_SandboxXeroApi::unparseableWhereIs400()
{
    const HttpResult r = m_client->xeroGet(
        m_token, str("Contacts?where=") + QString::fromLatin1(QUrl::toPercentEncoding(str("Name=\"x\" OR 1"))));
    QCOMPARE(r.status, 400);
    const QString contact = createContact(str("Ids Ltd"));
    const QJsonObject one = createInvoice(invoice(contact));
    createInvoice(invoice(contact));
    const HttpResult byIds = m_client->xeroGet(m_token, str("Invoices?IDs=") + one.value(str("InvoiceID")).toString());
    QCOMPARE(byIds.json().value(str("Invoices")).toArray().size(), 1);
    QCOMPARE(m_client->xeroGet(m_token, str("Invoices?ContactIDs=") + contact)
                 .json()
                 .value(str("Invoices"))
                 .toArray()
                 .size(),
        2);
}

void tst_SandboxXeroApi::batchWithSummarizeErrorsFalse()
{
    const HttpResult r = m_client->xeroWrite("POST", m_token, str("Contacts?summarizeErrors=false"),
        { { str("Contacts"),
            QJsonArray { QJsonObject { { str("Name"), str("Good One") } }, QJsonObject { { str("Name"), str("") } },
                QJsonObject { { str("Name"), str("Good Two") } } } } });
    QCOMPARE(r.status, 200);
    const QJsonArray contacts = r.json().value(str("Contacts")).toArray();
    QCOMPARE(contacts.size(), 3);
    QCOMPARE(contacts.at(0).toObject().value(str("StatusAttributeString")).toString(), str("OK"));
    QCOMPARE(contacts.at(1).toObject().value(str("StatusAttributeString")).toString(), str("ERROR"));
    QVERIFY(!contacts.at(1).toObject().value(str("ValidationErrors")).toArray().isEmpty());
    QVERIFY(!contacts.at(0).toObject().value(str("ContactID")).toString().isEmpty());
    QCOMPARE(m_client->get(str("/_sandbox/data/xero/") + SandboxTestClient::xeroTenant(0) + str("/Contacts"))
                 .json()
                 .value(str("count"))
                 .toInt(),
        2);
}

void tst_SandboxXeroApi::batchWithoutSummarizeFailsAsAWhole()
{
    const HttpResult r = m_client->xeroWrite("PUT", m_token, str("Contacts"),
        { { str("Contacts"),
            QJsonArray {
                QJsonObject { { str("Name"), str("Saved Anyway") } }, QJsonObject { { str("Name"), str("") } } } } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(str("Elements")).toArray().size(), 1);
    QVERIFY(!r.json().contains(str("Contacts")));
    // As Xero does: the valid element was created although the client never saw its id.
    QCOMPARE(m_client->xeroGet(m_token, str("Contacts")).json().value(str("Contacts")).toArray().size(), 1);
}

void tst_SandboxXeroApi::bodyOverLimitIs413()
{
    const QString huge(3600 * 1024, QLatin1Char('x'));
    const HttpResult r = m_client->xeroWrite("PUT", m_token, str("Contacts"), { { str("Name"), huge } });
    QCOMPARE(r.status, 413);
}

void tst_SandboxXeroApi::malformedJsonIsPostDataInvalid()
{
    const HttpResult r =
        m_client->send("PUT", str("/xero/api/api.xro/2.0/Contacts"), "{not json", m_client->xeroHeaders(m_token));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(str("Type")).toString(), str("PostDataInvalidException"));
}

void tst_SandboxXeroApi::idempotencyKeyReplaysOrRejects()
{
    const QJsonObject body { { str("Contacts"), QJsonArray { QJsonObject { { str("Name"), str("Once Only") } } } } };
    const HeaderPairs key { { "Idempotency-Key", "key-123" } };
    const HttpResult first = m_client->xeroWrite("PUT", m_token, str("Contacts"), body, key);
    const HttpResult second = m_client->xeroWrite("PUT", m_token, str("Contacts"), body, key);
    QCOMPARE(first.status, 200);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body, first.body);
    QCOMPARE(m_client->xeroGet(m_token, str("Contacts")).json().value(str("Contacts")).toArray().size(), 1);
    const HttpResult other = m_client->xeroWrite("PUT", m_token, str("Contacts"),
        { { str("Contacts"), QJsonArray { QJsonObject { { str("Name"), str("Different") } } } } }, key);
    QCOMPARE(other.status, 400);
    // Remembered ~6 minutes only.
    m_server->clock().advance(7 * 60);
    QCOMPARE(m_client->xeroWrite("PUT", m_token, str("Contacts"), body, key).status, 400); // duplicate name now
    const HeaderPairs tooLong { { "Idempotency-Key", QByteArray(129, 'k') } };
    QCOMPARE(m_client->xeroWrite("PUT", m_token, str("Contacts"), body, tooLong).status, 400);
}

void tst_SandboxXeroApi::minuteLimitGives429WithHeaders()
{
    m_client->postJson(str("/_sandbox/limits"), { { str("provider"), str("xero") }, { str("defaults"), true } });
    HttpResult last;
    for (int i = 0; i < 60; ++i) {
        last = m_client->xeroGet(m_token, str("Organisation"));
        QCOMPARE(last.status, 200);
    }
    QCOMPARE(last.header("x-minlimit-remaining"), QByteArray("0"));
    QCOMPARE(last.header("x-daylimit-remaining"), QByteArray("4940"));
    QVERIFY(!last.header("x-appminlimit-remaining").isEmpty());
    const HttpResult limited = m_client->xeroGet(m_token, str("Organisation"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("x-rate-limit-problem"), QByteArray("minute"));
    QVERIFY(limited.header("retry-after").toInt() >= 1);
    QVERIFY(limited.header("retry-after").toInt() <= 60);
    QCOMPARE(m_client->get(str("/_sandbox/stats")).json().value(str("too_many_requests")).toInt(), 1);
    m_server->clock().advance(61);
    QCOMPARE(m_client->xeroGet(m_token, str("Organisation")).status, 200);
}

void tst_SandboxXeroApi::dayLimitAndLift()
{
    m_client->postJson(
        str("/_sandbox/limits"), { { str("provider"), str("xero") }, { str("per_minute"), 0 }, { str("per_day"), 3 } });
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(m_client->xeroGet(m_token, str("Organisation")).status, 200);
    }
    const HttpResult limited = m_client->xeroGet(m_token, str("Organisation"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("x-rate-limit-problem"), QByteArray("day"));
    QVERIFY(limited.header("retry-after").toInt() > 0);
    m_client->postJson(str("/_sandbox/limits"), { { str("provider"), str("xero") }, { str("lift"), true } });
    QCOMPARE(m_client->xeroGet(m_token, str("Organisation")).status, 200);
}

void tst_SandboxXeroApi::concurrencyLimitOfFive()
{
    m_client->postJson(str("/_sandbox/limits"), { { str("provider"), str("xero") }, { str("defaults"), true } });
    m_client->postJson(str("/_sandbox/faults"),
        { { str("kind"), str("latency") }, { str("provider"), str("xero") }, { str("latency_ms"), 1500 },
            { str("path"), str("/xero/api/api.xro/*") } });
    QList<QNetworkReply *> replies;
    // QNAM opens at most 6 connections per host: 6 at once, 5 admitted.
    for (int i = 0; i < 6; ++i) {
        replies << m_client->start(
            "GET", str("/xero/api/api.xro/2.0/Organisation"), {}, m_client->xeroHeaders(m_token));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }), 10000);
    int ok = 0;
    int limited = 0;
    for (auto *reply : replies) {
        const HttpResult r = resultOf(reply);
        ok += r.status == 200 ? 1 : 0;
        if (r.status == 429) {
            ++limited;
            QCOMPARE(r.header("x-rate-limit-problem"), QByteArray("concurrent"));
        }
        reply->deleteLater();
    }
    QCOMPARE(ok, 5);
    QCOMPARE(limited, 1);
}

QTEST_GUILESS_MAIN(tst_SandboxXeroApi)
#include "tst_sandboxxeroapi.moc"

// QboClient against the sandbox's QuickBooks Online, without the engine: a stale SyncToken (5010)
// re-read and retried once, per-item batch outcomes, requestid replay, an expired token refreshed
// once, Fault bodies (also in a 200) graded into our error kinds, and the mappers on recorded replies.
#include "auth/providerendpoints.h"
#include "providers/qboclient.h"
#include "providers/qbocustomermapper.h"
#include "providers/qboinvoicemapper.h"
#include "providers/qbopaymentmapper.h"
#include "providers/qboreply.h"
#include "providers/qbotaxcodemapper.h"
#include "tst_qbofixture.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Ledgerlink;

namespace {
QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
} // namespace

class tst_QboClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void staleSyncTokenIsReReadAndRetriedOnce();
    void batchAnswersEachElement();
    void requestIdReplaysTheSameBatch();
    void expiredTokenIsRefreshedOnce();
    void throttleFault3001IsWaitedOut();
    void faultsAreGraded_data();
    void faultsAreGraded();
    void customerMapperReadsRecordedReply();
    void invoiceMapperComputesPaidAndWritesExactLines();
    void paymentMapperSplitsLinkedInvoices();
    void taxCodeRateComesFromItsRates();

private:
    Result<QList<WriteOutcome>> writeContacts(const QList<ContactWrite> &writes);
    Result<RemotePage<RemoteContact>> listContacts();

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QboTestTokenSource> m_tokens;
    std::unique_ptr<QboClient> m_qbo;
    QString m_token;
};

void tst_QboClient::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen() != 0);
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    m_client->postJson(QStringLiteral("/_sandbox/limits"),
        { { QStringLiteral("provider"), QStringLiteral("qbo") }, { QStringLiteral("lift"), true } });
    const QJsonObject grant = QboFixture::connect(*m_client);
    m_token = QboFixture::connect(*m_client).value(QStringLiteral("access_token")).toString();
    QVERIFY(!m_token.isEmpty());
    m_network = std::make_unique<QNetworkAccessManager>();
    const QUrl base(m_server->baseUrl());
    m_tokens = std::make_unique<QboTestTokenSource>(m_network.get(), base,
        grant.value(QStringLiteral("access_token")).toString(),
        grant.value(QStringLiteral("refresh_token")).toString());
    QboClient::Config config;
    config.apiBaseUrl = ProviderEndpoints::forProvider(ProviderEndpoints::Provider::Qbo, base).apiBaseUrl;
    config.realmId = QboFixture::realm();
    config.pacing.baseBackoffMs = 20;
    config.pacing.maxBackoffMs = 100;
    config.pacing.timeoutMs = 5000;
    config.pacing.default429WaitSeconds = 1; // not Intuit's 60 s: the throttle test waits it out
    m_qbo = std::make_unique<QboClient>(m_network.get(), m_tokens.get(), config, Clock::system());
}

void tst_QboClient::cleanup()
{
    m_qbo.reset();
    m_tokens.reset();
    m_network.reset();
    m_client.reset();
    m_server.reset();
}

Result<QList<WriteOutcome>> tst_QboClient::writeContacts(const QList<ContactWrite> &writes)
{
    std::optional<Result<QList<WriteOutcome>>> result;
    m_qbo->writeContacts(writes, [&result](const Result<QList<WriteOutcome>> &r) { result = r; });
    if (!QTest::qWaitFor([&result]() { return result.has_value(); }, 10000)) {
        return Error(Error::Kind::Fatal, QStringLiteral("timed out"));
    }
    return *result;
}

Result<RemotePage<RemoteContact>> tst_QboClient::listContacts()
{
    std::optional<Result<RemotePage<RemoteContact>>> result;
    m_qbo->listContacts({}, [&result](const Result<RemotePage<RemoteContact>> &r) { result = r; });
    if (!QTest::qWaitFor([&result]() { return result.has_value(); }, 10000)) {
        return Error(Error::Kind::Fatal, QStringLiteral("timed out"));
    }
    return *result;
}

void tst_QboClient::staleSyncTokenIsReReadAndRetriedOnce()
{
    ContactWrite create;
    create.localId = 7;
    create.idempotencyKey = QStringLiteral("int/customer/7/v1");
    create.customer.name = QStringLiteral("Stale Co");
    auto created = writeContacts({ create });
    QVERIFY(created && created->first().ok);
    const QString id = created->first().remoteId;

    // Another QBO user edits the customer: our remembered SyncToken (0) is now stale.
    const HttpResult other =
        m_client->send("POST", QStringLiteral("/qbo/api/v3/company/%1/customer").arg(QboFixture::realm()),
            QJsonDocument(
                QJsonObject { { QStringLiteral("Id"), id }, { QStringLiteral("SyncToken"), QStringLiteral("0") },
                    { QStringLiteral("sparse"), true }, { QStringLiteral("CompanyName"), QStringLiteral("Other") } })
                .toJson(QJsonDocument::Compact),
            { { "Authorization", "Bearer " + m_token.toLatin1() }, { "Content-Type", "application/json" } });
    QCOMPARE(other.status, 200);

    m_client->send("DELETE", QStringLiteral("/_sandbox/stats"));
    ContactWrite update = create;
    update.remoteId = id;
    update.idempotencyKey = QStringLiteral("int/customer/7/v2");
    update.customer.name = QStringLiteral("Stale Co Renamed");
    auto updated = writeContacts({ update });
    QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().toString()));
    QVERIFY2(updated->first().ok, qPrintable(updated->first().error.toString()));
    QCOMPARE(updated->first().remoteId, id);
    const QJsonObject byPath =
        m_client->get(QStringLiteral("/_sandbox/stats")).json().value(QStringLiteral("by_path")).toObject();
    const QString batchPath = QStringLiteral("POST /qbo/api/v3/company/%1/batch").arg(QboFixture::realm());
    QCOMPARE(byPath.value(batchPath).toInt(), 2); // stale once, then with the re-read token
    const QJsonObject record = m_client->get(QStringLiteral("/_sandbox/data/qbo/%1/Customer").arg(QboFixture::realm()))
                                   .json()
                                   .value(QStringLiteral("records"))
                                   .toArray()
                                   .first()
                                   .toObject();
    QCOMPARE(record.value(QStringLiteral("DisplayName")).toString(), QStringLiteral("Stale Co Renamed"));
    QCOMPARE(record.value(QStringLiteral("CompanyName")).toString(), QStringLiteral("Other")); // sparse kept it
    QCOMPARE(record.value(QStringLiteral("SyncToken")).toString(), QStringLiteral("2"));
}

void tst_QboClient::batchAnswersEachElement()
{
    QList<ContactWrite> writes;
    for (const QString &name : { QStringLiteral("One Co"), QStringLiteral("Two Co"), QStringLiteral("one co") }) {
        ContactWrite w;
        w.localId = writes.size() + 1;
        w.idempotencyKey = QStringLiteral("k/%1").arg(w.localId);
        w.customer.name = name;
        writes << w;
    }
    auto outcomes = writeContacts(writes);
    QVERIFY(outcomes);
    QCOMPARE(outcomes->size(), 3);
    QVERIFY(outcomes->at(0).ok);
    QVERIFY(outcomes->at(1).ok);
    QVERIFY(!outcomes->at(2).ok);
    QCOMPARE(outcomes->at(2).localId, qint64(3));
    QCOMPARE(outcomes->at(2).error.kind(), Error::Kind::Item);
    QVERIFY2(outcomes->at(2).error.userMessage().contains(QStringLiteral("Duplicate Name Exists Error")),
        qPrintable(outcomes->at(2).error.userMessage()));
    QVERIFY(outcomes->at(2).error.detail().contains(QStringLiteral("6240")));
    QVERIFY(!outcomes->at(2).correlationId.isEmpty());
}

void tst_QboClient::requestIdReplaysTheSameBatch()
{
    ContactWrite w;
    w.localId = 1;
    w.idempotencyKey = QStringLiteral("int/customer/1/v1");
    w.customer.name = QStringLiteral("Once Co");
    auto first = writeContacts({ w });
    // A new client (the process restarted) sends the same batch: QBO replays the first answer.
    auto second = writeContacts({ w });
    QVERIFY(first && second);
    QVERIFY(first->first().ok);
    QVERIFY2(second->first().ok, qPrintable(second->first().error.toString()));
    QCOMPARE(second->first().remoteId, first->first().remoteId);
    QCOMPARE(m_client->get(QStringLiteral("/_sandbox/data/qbo/%1/Customer").arg(QboFixture::realm()))
                 .json()
                 .value(QStringLiteral("count"))
                 .toInt(),
        1);
}

void tst_QboClient::expiredTokenIsRefreshedOnce()
{
    QVERIFY(listContacts());
    QCOMPARE(m_tokens->refreshes(), 0);
    m_client->postJson(QStringLiteral("/_sandbox/faults"),
        { { QStringLiteral("kind"), QStringLiteral("expire_tokens") },
            { QStringLiteral("provider"), QStringLiteral("qbo") } });
    auto page = listContacts();
    QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
    QCOMPARE(m_tokens->refreshes(), 1);
    QVERIFY(page->serverTime.isValid());
}

void tst_QboClient::throttleFault3001IsWaitedOut()
{
    m_client->postJson(QStringLiteral("/_sandbox/limits"),
        { { QStringLiteral("provider"), QStringLiteral("qbo") }, { QStringLiteral("defaults"), true },
            { QStringLiteral("per_second"), 2 } });
    QSignalSpy waiting(m_qbo.get(), &ProviderClient::waitingForRateLimit);
    int ok = 0;
    int failed = 0;
    for (int i = 0; i < 5; ++i) {
        m_qbo->listContacts({}, [&ok, &failed](const Result<RemotePage<RemoteContact>> &r) { ++(r ? ok : failed); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(ok + failed, 5, 15000);
    QCOMPARE(failed, 0); // every 429 (Fault 3001) was waited out, none reached the caller
    QVERIFY(m_client->get(QStringLiteral("/_sandbox/stats")).json().value(QStringLiteral("too_many_requests")).toInt()
        >= 1);
    QVERIFY(!waiting.isEmpty());
}

void tst_QboClient::faultsAreGraded_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("message");
    const QByteArray validation = R"({"Fault":{"Error":[{"Message":"Duplicate Document Number Error",
        "Detail":"Duplicate Document Number Error : You must specify a different number.","code":"6140"}],
        "type":"ValidationFault"},"time":"2026-11-27T10:00:00.000-08:00"})";
    QTest::newRow("400 validation") << 400 << validation << Error::Kind::Item
                                    << QStringLiteral("You must specify a different number");
    QTest::newRow("200 carrying a Fault")
        << 200 << validation << Error::Kind::Item << QStringLiteral("You must specify a different number");
    QTest::newRow("401 3200") << 401 << QByteArray(R"({"Fault":{"Error":[{"Message":"message=AuthenticationFailed",
        "Detail":"Token expired","code":"3200"}],"type":"AUTHENTICATION"}})")
                              << Error::Kind::Auth << QStringLiteral("Token expired");
    QTest::newRow("429 3001") << 429 << QByteArray(R"({"Fault":{"Error":[{"Message":"ThrottleExceeded",
        "Detail":"The request limit was reached.","code":"3001"}],"type":"SERVICE"}})")
                              << Error::Kind::Retryable << QStringLiteral("rate limit");
    QTest::newRow("503 html") << 503 << QByteArray("<html>down</html>") << Error::Kind::Retryable
                              << QStringLiteral("HTTP 503");
    QTest::newRow("200 html") << 200 << QByteArray("<html>login</html>") << Error::Kind::Fatal
                              << QStringLiteral("could not read");
    QTest::newRow("200 cut json") << 200 << QByteArray(R"({"QueryResponse":{"Customer":[{"Id")") << Error::Kind::Fatal
                                  << QStringLiteral("could not read");
}

void tst_QboClient::faultsAreGraded()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, message);
    PacedReply reply;
    reply.status = status;
    reply.body = body;
    reply.headers.insert("intuit_tid", "tid-1");
    const Result<QJsonObject> parsed = QboReply::parse(reply, Clock::system());
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().kind(), kind);
    QVERIFY2(parsed.error().userMessage().contains(message), qPrintable(parsed.error().userMessage()));
}

void tst_QboClient::customerMapperReadsRecordedReply()
{
    const QJsonObject json = parse(R"({"Id":"58","SyncToken":"3","DisplayName":" Bill's Windsurf Shop ",
        "Active":false,"PrimaryEmailAddr":{"Address":"Surf@Intuit.com"},"PrimaryPhone":{"FreeFormNumber":"(415) 444-6538"},
        "BillAddr":{"Line1":"12 Ocean Dr.","City":"Half Moon Bay","CountrySubDivisionCode":"CA","PostalCode":"94213"},
        "MetaData":{"CreateTime":"2026-11-20T10:00:00-08:00","LastUpdatedTime":"2026-11-21T13:16:17-08:00"}})");
    const auto r = QboCustomerMapper::fromJson(json);
    QVERIFY(r);
    QCOMPARE(r->remoteId, QStringLiteral("58"));
    QCOMPARE(r->customer.name, QStringLiteral("Bill's Windsurf Shop"));
    QCOMPARE(r->customer.email, QStringLiteral("Surf@Intuit.com"));
    QCOMPARE(r->customer.region, QStringLiteral("CA"));
    QVERIFY(r->customer.archived);
    QCOMPARE(r->updatedAt, QDateTime(QDate(2026, 11, 21), QTime(21, 16, 17), Qt::UTC));
    QVERIFY(r->version.endsWith(QStringLiteral("/3")));
    QVERIFY(!QboCustomerMapper::fromJson(parse(R"({"Id":"1"})")));
    QVERIFY(!QboCustomerMapper::fromJson(parse(R"({"Id":"1","DisplayName":"X","MetaData":{"LastUpdatedTime":7}})")));
}

void tst_QboClient::invoiceMapperComputesPaidAndWritesExactLines()
{
    const auto r = QboInvoiceMapper::fromJson(
        InvoiceKind::Invoice, parse(R"({"Id":"130","SyncToken":"1","DocNumber":"LL-1","TotalAmt":362.07,"Balance":0.07,
        "MetaData":{"LastUpdatedTime":"2026-11-21T13:16:17-08:00"}})"));
    QVERIFY(r);
    QCOMPARE(r->totalMinor, qint64(36207));
    QCOMPARE(r->amountPaidMinor, qint64(36200));
    QCOMPARE(r->status, QStringLiteral("Open"));
    InvoiceWrite w;
    w.invoice.number = QStringLiteral("LL-2");
    w.invoice.issueDate = QDate(2026, 11, 27);
    InvoiceLine line;
    line.itemId = 4;
    line.taxTypeId = 9;
    line.quantityE4 = 15000; // 1.5
    line.unitPriceMinor = 3333; // 33.33
    w.invoice.lines << line;
    w.references.contactRemoteId = QStringLiteral("58");
    w.references.itemCodes.insert(4, QStringLiteral("WIDGET"));
    w.references.taxCodes.insert(9, QStringLiteral("TAX"));
    const QJsonObject json = QboInvoiceMapper::toJson(w, { { QStringLiteral("WIDGET"), QStringLiteral("11") } });
    const QJsonObject l = json.value(QStringLiteral("Line")).toArray().first().toObject();
    QCOMPARE(l.value(QStringLiteral("Amount")).toDouble(), 50.0); // 49.995 rounded half away from zero
    const QJsonObject detail = l.value(QStringLiteral("SalesItemLineDetail")).toObject();
    QCOMPARE(detail.value(QStringLiteral("ItemRef")).toObject().value(QStringLiteral("value")).toString(),
        QStringLiteral("11"));
    QCOMPARE(detail.value(QStringLiteral("TaxCodeRef")).toObject().value(QStringLiteral("value")).toString(),
        QStringLiteral("TAX"));
    QCOMPARE(detail.value(QStringLiteral("Qty")).toDouble(), 1.5);
    QCOMPARE(json.value(QStringLiteral("TxnDate")).toString(), QStringLiteral("2026-11-27"));
}

void tst_QboClient::paymentMapperSplitsLinkedInvoices()
{
    const auto r = QboPaymentMapper::fromJson(parse(R"({"Id":"9","SyncToken":"0","TxnDate":"2026-11-25",
        "TotalAmt":65.5,"PaymentRefNum":"CHK 12","Line":[
        {"Amount":40.25,"LinkedTxn":[{"TxnId":"130","TxnType":"Invoice"}]},
        {"Amount":25.25,"LinkedTxn":[{"TxnId":"131","TxnType":"Invoice"}]}],
        "MetaData":{"LastUpdatedTime":"2026-11-25T10:00:00Z"}})"));
    QVERIFY(r);
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->at(0).remoteId, QStringLiteral("9"));
    QCOMPARE(r->at(0).invoiceRemoteId, QStringLiteral("130"));
    QCOMPARE(r->at(0).amountMinor, qint64(4025));
    QCOMPARE(r->at(1).remoteId, QStringLiteral("9#1"));
    QCOMPARE(r->at(1).amountMinor, qint64(2525));
    QCOMPARE(r->at(1).reference, QStringLiteral("CHK 12"));
    // Sent without TxnDate, QBO dates the payment on the day it was created.
    const auto undated = QboPaymentMapper::fromJson(parse(R"({"Id":"10","TotalAmt":5,"Line":[
        {"Amount":5,"LinkedTxn":[{"TxnId":"130","TxnType":"Invoice"}]}],
        "MetaData":{"CreateTime":"2026-11-24T09:00:00+00:00","LastUpdatedTime":"2026-11-25T10:00:00Z"}})"));
    QVERIFY(undated);
    QCOMPARE(undated->first().date, QDate(2026, 11, 24));
    QVERIFY(!QboPaymentMapper::fromJson(parse(R"({"Id":"11","Line":[]})")));
    const auto deleted = QboPaymentMapper::fromJson(parse(R"({"Id":"9","status":"Deleted"})"));
    QVERIFY(deleted && deleted->first().deleted);
}

void tst_QboClient::taxCodeRateComesFromItsRates()
{
    const auto rates = QboTaxCodeMapper::ratesFromJson(
        parse(R"({"TaxRate":[{"Id":"1","Name":"State","RateValue":8},{"Id":"2","Name":"City","RateValue":0.5}]})"));
    QVERIFY(rates);
    const auto code = QboTaxCodeMapper::fromJson(parse(R"({"Id":"3","Name":"CA","Active":true,
        "SalesTaxRateList":{"TaxRateDetail":[{"TaxRateRef":{"value":"1"}},{"TaxRateRef":{"value":"2"}}]}})"),
        rates.value());
    QVERIFY(code);
    QCOMPARE(code->taxType.rateE4, qint64(85000));
    QCOMPARE(code->taxType.code, QStringLiteral("3"));
    QVERIFY(!QboTaxCodeMapper::fromJson(
        parse(R"({"Id":"4","Name":"X","SalesTaxRateList":{"TaxRateDetail":[{"TaxRateRef":{"value":"99"}}]}})"),
        rates.value()));
}

QTEST_GUILESS_MAIN(tst_QboClient)
#include "tst_qboclient.moc"

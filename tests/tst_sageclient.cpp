// SageClient against the sandbox's Sage over real HTTP, without the engine: $items/$next paging,
// the updated_or_created_since watermark, idempotency_id replay of a create (also after a lost
// reply), 422 per element, an expired token refreshed once, 429 waited out, malformed replies as
// errors, void by DELETE, payments allocated to an invoice, and the crash-recovery lookups.
#include "auth/providerendpoints.h"
#include "providers/sageclient.h"
#include "sandboxclock.h"
#include "tst_sagefixture.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Ledgerlink;

namespace {

template <typename T> Result<T> waitFor(std::optional<Result<T>> &result)
{
    if (!QTest::qWaitFor([&result]() { return result.has_value(); }, 15000)) {
        return Error(Error::Kind::Fatal, QStringLiteral("timed out"));
    }
    return *result;
}

QString text(const Error &e)
{
    return e.toString();
}

} // namespace

class tst_SageClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pagesFollowNextOverMoreThanOnePage();
    void watermarkReadsOnlyNewerRecords();
    void createIsReplayedByIdempotencyId();
    void lostReplyIsReplayedNotDuplicated();
    void validation422FailsOnlyItsElement();
    void expiredTokenIsRefreshedOnce();
    void rateLimit429IsWaitedOut();
    void serverErrorIsRetriedThenGraded();
    void malformedRepliesAreErrorsNotPartialSuccess_data();
    void malformedRepliesAreErrorsNotPartialSuccess();
    void invoiceIsVoidedByDeleteUnlessPaid();
    void paymentIsAllocatedToTheInvoice();
    void lookupsFindOurKeyAndNumber();

private:
    std::unique_ptr<SageClient> makeClient(int timeoutMs = 5000);
    Result<QList<WriteOutcome>> writeContacts(const QList<ContactWrite> &writes, SageClient *client = nullptr);
    Result<QList<WriteOutcome>> writeInvoices(const QList<InvoiceWrite> &writes);
    Result<RemotePage<RemoteContact>> listContacts(const ListQuery &query);
    QString remoteContact(const QString &name, const QString &reference = {});
    InvoiceWrite invoice(const QString &contactId, const QString &number, double unitPrice);
    void fault(const QJsonObject &body);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SageTestTokenSource> m_tokens;
    std::unique_ptr<SageClient> m_sage;
    QString m_token;
};

void tst_SageClient::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen() != 0);
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    m_client->postJson(QStringLiteral("/_sandbox/limits"),
        { { QStringLiteral("provider"), QStringLiteral("sage") }, { QStringLiteral("lift"), true } });
    const QJsonObject grant = SageFixture::connect(*m_client);
    m_token = SageFixture::connect(*m_client).value(QStringLiteral("access_token")).toString();
    QVERIFY(!m_token.isEmpty());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_tokens = std::make_unique<SageTestTokenSource>(m_network.get(), QUrl(m_server->baseUrl()),
        grant.value(QStringLiteral("access_token")).toString(),
        grant.value(QStringLiteral("refresh_token")).toString());
    m_sage = makeClient();
}

void tst_SageClient::cleanup()
{
    m_sage.reset();
    m_tokens.reset();
    m_network.reset();
    m_client.reset();
    m_server.reset();
}

std::unique_ptr<SageClient> tst_SageClient::makeClient(int timeoutMs)
{
    SageClient::Config config;
    config.apiBaseUrl =
        ProviderEndpoints::forProvider(ProviderEndpoints::Provider::Sage, QUrl(m_server->baseUrl())).apiBaseUrl;
    config.businessId = SageFixture::business();
    config.pacing.baseBackoffMs = 20;
    config.pacing.maxBackoffMs = 100;
    config.pacing.timeoutMs = timeoutMs;
    return std::make_unique<SageClient>(m_network.get(), m_tokens.get(), config, Clock::system());
}

void tst_SageClient::fault(const QJsonObject &body)
{
    QJsonObject f = body;
    f.insert(QStringLiteral("provider"), QStringLiteral("sage"));
    QCOMPARE(m_client->postJson(QStringLiteral("/_sandbox/faults"), f).status, 200);
}

Result<QList<WriteOutcome>> tst_SageClient::writeContacts(const QList<ContactWrite> &writes, SageClient *client)
{
    std::optional<Result<QList<WriteOutcome>>> result;
    (client ? client : m_sage.get())->writeContacts(writes, [&result](const Result<QList<WriteOutcome>> &r) {
        result = r;
    });
    return waitFor(result);
}

Result<QList<WriteOutcome>> tst_SageClient::writeInvoices(const QList<InvoiceWrite> &writes)
{
    std::optional<Result<QList<WriteOutcome>>> result;
    m_sage->writeInvoices(
        InvoiceKind::Invoice, writes, [&result](const Result<QList<WriteOutcome>> &r) { result = r; });
    return waitFor(result);
}

Result<RemotePage<RemoteContact>> tst_SageClient::listContacts(const ListQuery &query)
{
    std::optional<Result<RemotePage<RemoteContact>>> result;
    m_sage->listContacts(query, [&result](const Result<RemotePage<RemoteContact>> &r) { result = r; });
    return waitFor(result);
}

QString tst_SageClient::remoteContact(const QString &name, const QString &reference)
{
    const HttpResult r = m_client->send("POST", QStringLiteral("/sage/api/v3.1/contacts"),
        QJsonDocument(
            QJsonObject { { QStringLiteral("contact"),
                QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("reference"), reference } } } })
            .toJson(QJsonDocument::Compact),
        { { "Authorization", "Bearer " + m_token.toLatin1() }, { "X-Business", SageFixture::business().toLatin1() },
            { "Content-Type", "application/json" } });
    return r.json().value(QStringLiteral("id")).toString();
}

InvoiceWrite tst_SageClient::invoice(const QString &contactId, const QString &number, double unitPrice)
{
    InvoiceWrite w;
    w.localId = 1;
    w.idempotencyKey = QStringLiteral("int/invoice/%1/v1").arg(number);
    w.invoice.number = number;
    w.invoice.issueDate = QDate(2026, 11, 27);
    InvoiceLine line;
    line.description = QStringLiteral("Work");
    line.quantityE4 = 10000;
    line.unitPriceMinor = qint64(unitPrice * 100);
    line.taxAmountMinor = 0;
    w.invoice.lines << line;
    w.references.contactRemoteId = contactId;
    w.references.defaultAccountCode = QStringLiteral("4000");
    return w;
}

void tst_SageClient::pagesFollowNextOverMoreThanOnePage()
{
    QCOMPARE(m_client
                 ->postJson(QStringLiteral("/_sandbox/seed"),
                     { { QStringLiteral("provider"), QStringLiteral("sage") },
                         { QStringLiteral("tenant"), SageFixture::business() }, { QStringLiteral("customers"), 25 },
                         { QStringLiteral("items"), 0 }, { QStringLiteral("invoices"), 0 } })
                 .status,
        200);
    QSet<QString> ids;
    ListQuery query;
    query.pageSize = 10;
    int pages = 0;
    for (bool more = true; more; ++query.page) {
        auto page = listContacts(query);
        QVERIFY2(page, qPrintable(page ? QString() : text(page.error())));
        QVERIFY(page->serverTime.isValid());
        for (const RemoteContact &c : page->records) {
            ids.insert(c.remoteId);
            QVERIFY(c.externalKey.startsWith(QStringLiteral("CUST")));
        }
        more = page->hasMore;
        ++pages;
        QVERIFY(pages <= 3);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(ids.size(), 25);
}

void tst_SageClient::watermarkReadsOnlyNewerRecords()
{
    QVERIFY(!remoteContact(QStringLiteral("Old Ltd"), QStringLiteral("OLD")).isEmpty());
    m_server->clock().advance(10);
    const QDateTime since = m_server->clock().now();
    m_server->clock().advance(10);
    QVERIFY(!remoteContact(QStringLiteral("New Ltd"), QStringLiteral("NEW")).isEmpty());
    ListQuery query;
    query.modifiedSince = since;
    auto page = listContacts(query);
    QVERIFY(page);
    QCOMPARE(page->records.size(), 1);
    QCOMPARE(page->records.first().customer.name, QStringLiteral("New Ltd"));
    QCOMPARE(listContacts({})->records.size(), 2);
}

void tst_SageClient::createIsReplayedByIdempotencyId()
{
    ContactWrite w;
    w.localId = 1;
    w.externalKey = QStringLiteral("LL-C1");
    w.idempotencyKey = QStringLiteral("int/customer/1/v1");
    w.customer.name = QStringLiteral("Once Ltd");
    auto first = writeContacts({ w });
    QVERIFY(first && first->first().ok);
    // The process restarted and sends the same create: Sage answers with the record it made.
    auto other = makeClient();
    auto second = writeContacts({ w }, other.get());
    QVERIFY2(second && second->first().ok, qPrintable(second ? text(second->first().error) : text(second.error())));
    QCOMPARE(second->first().remoteId, first->first().remoteId);
    QCOMPARE(m_client->get(QStringLiteral("/_sandbox/data/sage/%1/contacts").arg(SageFixture::business()))
                 .json()
                 .value(QStringLiteral("count"))
                 .toInt(),
        1);
}

void tst_SageClient::lostReplyIsReplayedNotDuplicated()
{
    // Sage creates the contact but the answer comes too late: the pacer gives up on it and sends
    // the same body (same idempotency_id) again, which is answered with the first record.
    auto impatient = makeClient(400);
    fault({ { QStringLiteral("kind"), QStringLiteral("latency") },
        { QStringLiteral("path"), QStringLiteral("*/contacts") }, { QStringLiteral("latency_ms"), 1200 },
        { QStringLiteral("count"), 1 } });
    ContactWrite w;
    w.localId = 2;
    w.externalKey = QStringLiteral("LL-C2");
    w.idempotencyKey = QStringLiteral("int/customer/2/v1");
    w.customer.name = QStringLiteral("Slow Reply Ltd");
    auto outcome = writeContacts({ w }, impatient.get());
    QVERIFY2(
        outcome && outcome->first().ok, qPrintable(outcome ? text(outcome->first().error) : text(outcome.error())));
    QCOMPARE(m_client->get(QStringLiteral("/_sandbox/data/sage/%1/contacts").arg(SageFixture::business()))
                 .json()
                 .value(QStringLiteral("count"))
                 .toInt(),
        1);
    QVERIFY(m_client->get(QStringLiteral("/_sandbox/stats"))
                .json()
                .value(QStringLiteral("by_path"))
                .toObject()
                .value(QStringLiteral("POST /sage/api/v3.1/contacts"))
                .toInt()
        >= 2);
}

void tst_SageClient::validation422FailsOnlyItsElement()
{
    QVERIFY(!remoteContact(QStringLiteral("Taken"), QStringLiteral("DUP-1")).isEmpty());
    QList<ContactWrite> writes;
    for (const QString &key : { QStringLiteral("A-1"), QStringLiteral("DUP-1"), QStringLiteral("B-1") }) {
        ContactWrite w;
        w.localId = writes.size() + 1;
        w.externalKey = key;
        w.idempotencyKey = QStringLiteral("k/%1").arg(w.localId);
        w.customer.name = QStringLiteral("Customer ") + key;
        writes << w;
    }
    auto outcomes = writeContacts(writes);
    QVERIFY(outcomes);
    QCOMPARE(outcomes->size(), 3);
    QVERIFY(outcomes->at(0).ok);
    QVERIFY(!outcomes->at(1).ok);
    QVERIFY(outcomes->at(2).ok);
    QCOMPARE(outcomes->at(1).localId, qint64(2));
    QCOMPARE(outcomes->at(1).error.kind(), Error::Kind::Item);
    QVERIFY2(outcomes->at(1).error.userMessage().contains(QStringLiteral("reference has already been taken")),
        qPrintable(outcomes->at(1).error.userMessage()));
    QVERIFY(outcomes->at(1).error.detail().contains(QStringLiteral("RecordInvalid")));
    QCOMPARE(outcomes->at(2).localId, qint64(3));
}

void tst_SageClient::expiredTokenIsRefreshedOnce()
{
    QVERIFY(listContacts({}));
    QCOMPARE(m_tokens->refreshes(), 0);
    fault({ { QStringLiteral("kind"), QStringLiteral("expire_tokens") } });
    auto page = listContacts({});
    QVERIFY2(page, qPrintable(page ? QString() : text(page.error())));
    QCOMPARE(m_tokens->refreshes(), 1);
    // A grant that is gone is an Auth error after one refresh, not a loop.
    fault({ { QStringLiteral("kind"), QStringLiteral("revoke_grant") },
        { QStringLiteral("client_id"), SageFixture::clientId() } });
    auto refused = listContacts({});
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind(), Error::Kind::Auth);
    QVERIFY(m_tokens->refreshes() <= 2);
}

void tst_SageClient::rateLimit429IsWaitedOut()
{
    m_client->postJson(QStringLiteral("/_sandbox/limits"),
        { { QStringLiteral("provider"), QStringLiteral("sage") }, { QStringLiteral("per_second"), 2 } });
    QSignalSpy waiting(m_sage.get(), &ProviderClient::waitingForRateLimit);
    int ok = 0;
    int failed = 0;
    for (int i = 0; i < 5; ++i) {
        m_sage->listContacts({}, [&ok, &failed](const Result<RemotePage<RemoteContact>> &r) { ++(r ? ok : failed); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(ok + failed, 5, 15000);
    QCOMPARE(failed, 0); // every 429 was waited out, none reached the caller
    QVERIFY(m_client->get(QStringLiteral("/_sandbox/stats")).json().value(QStringLiteral("too_many_requests")).toInt()
        >= 1);
    QVERIFY(!waiting.isEmpty());
}

void tst_SageClient::serverErrorIsRetriedThenGraded()
{
    QVERIFY(!remoteContact(QStringLiteral("Flaky Ltd"), QStringLiteral("F1")).isEmpty());
    fault({ { QStringLiteral("kind"), QStringLiteral("http_error") }, { QStringLiteral("status"), 503 },
        { QStringLiteral("path"), QStringLiteral("*/contacts") }, { QStringLiteral("count"), 2 } });
    auto page = listContacts({});
    QVERIFY2(page, qPrintable(page ? QString() : text(page.error())));
    QCOMPARE(page->records.size(), 1);
    // When the retries run out, the caller gets a Retryable error, never a partial page.
    fault({ { QStringLiteral("kind"), QStringLiteral("http_error") }, { QStringLiteral("status"), 502 },
        { QStringLiteral("path"), QStringLiteral("*/contacts") } });
    auto failed = listContacts({});
    QVERIFY(!failed);
    QCOMPARE(failed.error().kind(), Error::Kind::Retryable);
    QVERIFY(failed.error().userMessage().contains(QStringLiteral("HTTP 502")));
}

void tst_SageClient::malformedRepliesAreErrorsNotPartialSuccess_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::newRow("cut-off JSON") << QStringLiteral("malformed_json") << 0;
    QTest::newRow("HTML login page with 200") << QStringLiteral("html_error") << 200;
}

void tst_SageClient::malformedRepliesAreErrorsNotPartialSuccess()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QVERIFY(!remoteContact(QStringLiteral("Present Ltd"), QStringLiteral("P1")).isEmpty());
    QJsonObject f { { QStringLiteral("kind"), kind }, { QStringLiteral("path"), QStringLiteral("*/contacts") },
        { QStringLiteral("count"), 1 } };
    if (status) {
        f.insert(QStringLiteral("status"), status);
    }
    fault(f);
    auto page = listContacts({});
    QVERIFY(!page);
    QCOMPARE(page.error().kind(), Error::Kind::Fatal);
    QVERIFY2(page.error().userMessage().contains(QStringLiteral("could not read")), qPrintable(text(page.error())));
    // A write whose answer cannot be read fails the whole call (the outcome is unknown).
    f.insert(QStringLiteral("count"), 1);
    fault(f);
    ContactWrite w;
    w.localId = 1;
    w.externalKey = QStringLiteral("LL-C1");
    w.idempotencyKey = QStringLiteral("k1");
    w.customer.name = QStringLiteral("Unknown Outcome Ltd");
    auto written = writeContacts({ w });
    QVERIFY(!written);
    QVERIFY(written.error().kind() != Error::Kind::Item);
}

void tst_SageClient::invoiceIsVoidedByDeleteUnlessPaid()
{
    const QString contact = remoteContact(QStringLiteral("Void Customer"), QStringLiteral("V1"));
    auto created = writeInvoices(
        { invoice(contact, QStringLiteral("LL-V1"), 100.0), invoice(contact, QStringLiteral("LL-V2"), 50.0) });
    QVERIFY2(
        created && created->at(0).ok && created->at(1).ok, qPrintable(created ? QString() : text(created.error())));
    QCOMPARE(m_client->get(QStringLiteral("/_sandbox/data/sage/%1/sales_invoices").arg(SageFixture::business()))
                 .json()
                 .value(QStringLiteral("count"))
                 .toInt(),
        2);
    // The second one is part paid in Sage: Sage refuses to void it, per element.
    const HttpResult paid = m_client->send("POST", QStringLiteral("/sage/api/v3.1/contact_payments"),
        QJsonDocument(
            QJsonObject { { QStringLiteral("contact_payment"),
                QJsonObject { { QStringLiteral("transaction_type_id"), QStringLiteral("CUSTOMER_RECEIPT") },
                    { QStringLiteral("contact_id"), contact }, { QStringLiteral("date"), QStringLiteral("2026-11-28") },
                    { QStringLiteral("total_amount"), 10.0 },
                    { QStringLiteral("allocated_artefacts"),
                        QJsonArray { QJsonObject { { QStringLiteral("artefact_id"), created->at(1).remoteId },
                            { QStringLiteral("amount"), 10.0 } } } } } } })
            .toJson(QJsonDocument::Compact),
        { { "Authorization", "Bearer " + m_token.toLatin1() }, { "X-Business", SageFixture::business().toLatin1() },
            { "Content-Type", "application/json" } });
    QCOMPARE(paid.status, 201);
    InvoiceWrite voidFirst = invoice(contact, QStringLiteral("LL-V1"), 100.0);
    voidFirst.remoteId = created->at(0).remoteId;
    voidFirst.voidIt = true;
    InvoiceWrite voidSecond = invoice(contact, QStringLiteral("LL-V2"), 50.0);
    voidSecond.localId = 2;
    voidSecond.remoteId = created->at(1).remoteId;
    voidSecond.voidIt = true;
    auto voided = writeInvoices({ voidFirst, voidSecond });
    QVERIFY(voided);
    QVERIFY(voided->at(0).ok);
    QCOMPARE(voided->at(0).remoteId, created->at(0).remoteId);
    QVERIFY(!voided->at(1).ok);
    QCOMPARE(voided->at(1).error.kind(), Error::Kind::Item);
    QVERIFY2(voided->at(1).error.userMessage().contains(QStringLiteral("payments allocated")),
        qPrintable(voided->at(1).error.userMessage()));
    const QJsonArray stored =
        m_client->get(QStringLiteral("/_sandbox/data/sage/%1/sales_invoices").arg(SageFixture::business()))
            .json()
            .value(QStringLiteral("records"))
            .toArray();
    int deleted = 0;
    for (const auto &v : stored) {
        deleted += v.toObject().value(QStringLiteral("deleted")).toBool() ? 1 : 0;
    }
    QCOMPARE(deleted, 1);
}

void tst_SageClient::paymentIsAllocatedToTheInvoice()
{
    const QString contact = remoteContact(QStringLiteral("Paying Customer"), QStringLiteral("PAY1"));
    auto created = writeInvoices({ invoice(contact, QStringLiteral("LL-P1"), 100.0) });
    QVERIFY(created && created->first().ok);
    PaymentWrite p;
    p.localId = 11;
    p.idempotencyKey = QStringLiteral("int/payment/11/v1");
    p.invoiceRemoteId = created->first().remoteId;
    p.accountCode = QStringLiteral("1200");
    p.payment.amountMinor = 4025;
    p.payment.paymentDate = QDate(2026, 11, 28);
    p.payment.reference = QStringLiteral("BACS 1");
    std::optional<Result<QList<WriteOutcome>>> written;
    m_sage->writePayments({ p }, [&written](const Result<QList<WriteOutcome>> &r) { written = r; });
    auto outcome = waitFor(written);
    QVERIFY2(
        outcome && outcome->first().ok, qPrintable(outcome ? text(outcome->first().error) : text(outcome.error())));
    const HttpResult invoiceNow = m_client->send("GET",
        QStringLiteral("/sage/api/v3.1/sales_invoices/") + created->first().remoteId, {},
        { { "Authorization", "Bearer " + m_token.toLatin1() }, { "X-Business", SageFixture::business().toLatin1() } });
    QCOMPARE(invoiceNow.json().value(QStringLiteral("outstanding_amount")).toDouble(), 59.75);
    QCOMPARE(invoiceNow.json().value(QStringLiteral("status")).toObject().value(QStringLiteral("id")).toString(),
        QStringLiteral("PART_PAID"));
    // It reads back as a payment on that invoice, to the cent.
    std::optional<Result<RemotePage<RemotePayment>>> listed;
    m_sage->listPayments({}, [&listed](const Result<RemotePage<RemotePayment>> &r) { listed = r; });
    auto payments = waitFor(listed);
    QVERIFY(payments);
    QCOMPARE(payments->records.size(), 1);
    QCOMPARE(payments->records.first().invoiceRemoteId, created->first().remoteId);
    QCOMPARE(payments->records.first().amountMinor, qint64(4025));
    QCOMPARE(payments->records.first().reference, QStringLiteral("BACS 1"));
    // Sage does not change a recorded payment: an update fails that element only.
    p.remoteId = outcome->first().remoteId;
    written.reset();
    m_sage->writePayments({ p }, [&written](const Result<QList<WriteOutcome>> &r) { written = r; });
    auto refused = waitFor(written);
    QVERIFY(refused && !refused->first().ok);
    QCOMPARE(refused->first().error.kind(), Error::Kind::Item);
}

void tst_SageClient::lookupsFindOurKeyAndNumber()
{
    QVERIFY(!remoteContact(QStringLiteral("Someone Else"), QStringLiteral("LL-C70")).isEmpty());
    const QString ours = remoteContact(QStringLiteral("Crash Co"), QStringLiteral("LL-C7"));
    std::optional<Result<std::optional<RemoteContact>>> contact;
    m_sage->findContactByKey(
        QStringLiteral("LL-C7"), [&contact](const Result<std::optional<RemoteContact>> &r) { contact = r; });
    auto found = waitFor(contact);
    QVERIFY(found && found->has_value());
    QCOMPARE(found->value().remoteId, ours);
    contact.reset();
    m_sage->findContactByKey(
        QStringLiteral("LL-C8"), [&contact](const Result<std::optional<RemoteContact>> &r) { contact = r; });
    auto missing = waitFor(contact);
    QVERIFY(missing && !missing->has_value());

    auto created = writeInvoices({ invoice(ours, QStringLiteral("LL-3001"), 40.0) });
    QVERIFY(created && created->first().ok);
    std::optional<Result<std::optional<RemoteInvoice>>> invoice;
    m_sage->findInvoiceByNumber(InvoiceKind::Invoice, QStringLiteral("LL-3001"),
        [&invoice](const Result<std::optional<RemoteInvoice>> &r) { invoice = r; });
    auto byNumber = waitFor(invoice);
    QVERIFY(byNumber && byNumber->has_value());
    QCOMPARE(byNumber->value().remoteId, created->first().remoteId);
    QCOMPARE(byNumber->value().totalMinor, qint64(4000));
    invoice.reset();
    m_sage->findInvoiceByNumber(InvoiceKind::Invoice, QStringLiteral("LL-300"),
        [&invoice](const Result<std::optional<RemoteInvoice>> &r) { invoice = r; });
    auto none = waitFor(invoice);
    QVERIFY(none && !none->has_value());
}

QTEST_GUILESS_MAIN(tst_SageClient)
#include "tst_sageclient.moc"

// MyobClient against the sandbox's MYOB AccountRight over real HTTP, without the engine: OData
// paging and the LastModified watermark, 201 + Location creates, the RowVersion 409 re-read and
// retry, per-record validation errors, the 401 refresh, 403 RateLimitError waited out, malformed
// replies refused, the crash-recovery lookups and customer payments.
#include "auth/providerendpoints.h"
#include "providers/myobclient.h"
#include "sandboxclock.h"
#include "tst_myobfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Ledgerlink;

namespace {

/// Waits for one callback of the client and hands back its value.
template <typename T> Result<T> await(const std::function<void(std::function<void(const Result<T> &)>)> &start)
{
    std::optional<Result<T>> result;
    start([&result](const Result<T> &r) { result = r; });
    if (!QTest::qWaitFor([&result]() { return result.has_value(); }, 15000)) {
        return Error(Error::Kind::Fatal, QStringLiteral("timed out"));
    }
    return *result;
}

} // namespace

class tst_MyobClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pagingReadsEveryPageOnce();
    void watermarkFilterReadsOnlyChanges();
    void createTakesUidFromLocationWithoutReadingBack();
    void staleRowVersionIsReReadAndRetriedOnce();
    void createLostInTransitIsFoundNotDuplicated();
    void createRefusedByServerErrorIsLookedUpThenSentOnce();
    void validationErrorFailsOnlyItsRecord();
    void expiredTokenIsRefreshedOnce();
    void rateLimit403IsWaitedOut();
    void malformedReplyIsAnError_data();
    void malformedReplyIsAnError();
    void lookupsByDisplayIdAndNumber();
    void invoiceAndPaymentGoUpAndComeBack();
    void creditNotesAreRefusedPerRecord();
    void unknownTaxCodeFailsItsItemAndIsLookedForOnce();

private:
    Result<QList<WriteOutcome>> writeContacts(const QList<ContactWrite> &writes);
    Result<RemotePage<RemoteContact>> listContacts(const ListQuery &query = {});
    ContactWrite contact(qint64 localId, const QString &name);
    QString why(const Result<QList<WriteOutcome>> &r);

    std::unique_ptr<MyobFixture> m_fx;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MyobTestTokenSource> m_tokens;
    std::unique_ptr<MyobClient> m_myob;
};

void tst_MyobClient::init()
{
    m_fx = std::make_unique<MyobFixture>();
    QVERIFY(m_fx->setUp(false));
    m_network = std::make_unique<QNetworkAccessManager>();
    const QUrl base(m_fx->server().baseUrl());
    m_tokens = std::make_unique<MyobTestTokenSource>(m_network.get(), base,
        m_fx->engineGrant().value(QStringLiteral("access_token")).toString(),
        m_fx->engineGrant().value(QStringLiteral("refresh_token")).toString());
    MyobClient::Config config;
    config.apiBaseUrl = ProviderEndpoints::forProvider(ProviderEndpoints::Provider::Myob, base).apiBaseUrl;
    config.businessId = MyobFixture::business();
    config.apiKey = MyobFixture::clientId();
    config.pacing.baseBackoffMs = 20;
    config.pacing.maxBackoffMs = 100;
    config.pacing.timeoutMs = 5000;
    m_myob = std::make_unique<MyobClient>(m_network.get(), m_tokens.get(), config, Clock::system());
}

void tst_MyobClient::cleanup()
{
    m_myob.reset();
    m_tokens.reset();
    m_network.reset();
    m_fx.reset();
}

QString tst_MyobClient::why(const Result<QList<WriteOutcome>> &r)
{
    return r ? QString() : r.error().toString();
}

ContactWrite tst_MyobClient::contact(qint64 localId, const QString &name)
{
    ContactWrite w;
    w.localId = localId;
    w.externalKey = QStringLiteral("LL-C%1").arg(localId);
    w.customer.name = name;
    return w;
}

Result<QList<WriteOutcome>> tst_MyobClient::writeContacts(const QList<ContactWrite> &writes)
{
    return await<QList<WriteOutcome>>([&](auto cb) { m_myob->writeContacts(writes, cb); });
}

Result<RemotePage<RemoteContact>> tst_MyobClient::listContacts(const ListQuery &query)
{
    return await<RemotePage<RemoteContact>>([&](auto cb) { m_myob->listContacts(query, cb); });
}

void tst_MyobClient::pagingReadsEveryPageOnce()
{
    m_fx->client().postJson(QStringLiteral("/_sandbox/seed"),
        { { QStringLiteral("provider"), QStringLiteral("myob") }, { QStringLiteral("tenant"), MyobFixture::business() },
            { QStringLiteral("customers"), 7 }, { QStringLiteral("items"), 0 }, { QStringLiteral("invoices"), 0 } });
    QCOMPARE(m_fx->remote(QStringLiteral("Contact/Customer")).size(), 7);
    m_fx->resetStats();
    QSet<QString> seen;
    ListQuery query;
    query.pageSize = 3;
    QList<bool> more;
    for (;;) {
        const auto page = listContacts(query);
        QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
        QVERIFY(page->records.size() <= 3);
        for (const RemoteContact &c : page->records) {
            seen.insert(c.remoteId);
            QVERIFY(c.externalKey.startsWith(QStringLiteral("CUS")));
        }
        QVERIFY(page->serverTime.isValid());
        more << page->hasMore;
        if (!page->hasMore) {
            break;
        }
        ++query.page;
        QVERIFY(query.page < 10);
    }
    QCOMPARE(more, (QList<bool> { true, true, false }));
    QCOMPARE(seen.size(), 7);
    QCOMPARE(m_fx->requests(QStringLiteral("GET"), QStringLiteral("Contact/Customer")), 3);
}

void tst_MyobClient::watermarkFilterReadsOnlyChanges()
{
    auto created = writeContacts({ contact(1, QStringLiteral("Old Co")), contact(2, QStringLiteral("Also Old Co")) });
    QVERIFY2(created && created->at(0).ok && created->at(1).ok, qPrintable(why(created)));
    const QDateTime mark = m_fx->server().clock().now().toUTC().addSecs(1);
    m_fx->server().clock().advance(30);
    const QString uid = created->at(1).remoteId;
    const QJsonObject current = m_fx->api("GET", QStringLiteral("Contact/Customer/") + uid).json();
    QJsonObject edit = current;
    edit.insert(QStringLiteral("CompanyName"), QStringLiteral("Changed Co"));
    QCOMPARE(m_fx->api("PUT", QStringLiteral("Contact/Customer/") + uid, edit).status, 200);

    ListQuery query;
    query.modifiedSince = mark;
    const auto changed = listContacts(query);
    QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().toString()));
    QCOMPARE(changed->records.size(), 1);
    QCOMPARE(changed->records.first().remoteId, uid);
    QCOMPARE(changed->records.first().customer.name, QStringLiteral("Changed Co"));
    QCOMPARE(changed->records.first().version, QStringLiteral("2"));
    const auto all = listContacts();
    QVERIFY(all);
    QCOMPARE(all->records.size(), 2);
}

void tst_MyobClient::createTakesUidFromLocationWithoutReadingBack()
{
    m_fx->resetStats();
    ContactWrite w = contact(5, QStringLiteral("Zoë's Café Pty Ltd"));
    w.customer.email = QStringLiteral("zoe@cafe.example");
    auto outcomes = writeContacts({ w, contact(6, QStringLiteral("Second Co")) });
    QVERIFY2(outcomes, qPrintable(why(outcomes)));
    QCOMPARE(outcomes->size(), 2);
    QCOMPARE(outcomes->at(0).localId, qint64(5));
    QCOMPARE(outcomes->at(1).localId, qint64(6));
    QVERIFY(outcomes->at(0).ok && outcomes->at(1).ok);
    QVERIFY(outcomes->at(0).remoteId != outcomes->at(1).remoteId);
    QCOMPARE(m_fx->remoteUid(QStringLiteral("Contact/Customer"), QStringLiteral("DisplayID"), QStringLiteral("LL-C5")),
        outcomes->at(0).remoteId);
    QCOMPARE(m_fx->remoteUid(QStringLiteral("Contact/Customer"), QStringLiteral("CompanyName"),
                 QStringLiteral("Zoë's Café Pty Ltd")),
        outcomes->at(0).remoteId);
    QCOMPARE(m_fx->requests(QStringLiteral("POST")), 2);
    QCOMPARE(m_fx->requests(QStringLiteral("GET")), 0); // no read-back: the API budget is for records
}

void tst_MyobClient::staleRowVersionIsReReadAndRetriedOnce()
{
    auto created = writeContacts({ contact(7, QStringLiteral("Stale Co")) });
    QVERIFY2(created && created->first().ok, qPrintable(why(created)));
    const QString uid = created->first().remoteId;
    QVERIFY(listContacts()); // the client now knows RowVersion 1

    // Another MYOB user edits the customer: RowVersion 1 is stale.
    QJsonObject other = m_fx->api("GET", QStringLiteral("Contact/Customer/") + uid).json();
    other.insert(QStringLiteral("Notes"), QStringLiteral("edited elsewhere"));
    QCOMPARE(m_fx->api("PUT", QStringLiteral("Contact/Customer/") + uid, other).status, 200);

    m_fx->resetStats();
    ContactWrite update = contact(7, QStringLiteral("Stale Co Renamed"));
    update.remoteId = uid;
    auto updated = writeContacts({ update });
    QVERIFY2(updated, qPrintable(why(updated)));
    QVERIFY2(updated->first().ok, qPrintable(updated->first().error.toString()));
    QCOMPARE(updated->first().remoteId, uid);
    const QString path = QStringLiteral("Contact/Customer/") + uid;
    QCOMPARE(m_fx->requests(QStringLiteral("PUT"), path), 2); // 409, then with the re-read RowVersion
    QCOMPARE(m_fx->requests(QStringLiteral("GET"), path), 1);
    const QJsonObject record = m_fx->api("GET", path).json();
    QCOMPARE(record.value(QStringLiteral("CompanyName")).toString(), QStringLiteral("Stale Co Renamed"));
    QCOMPARE(record.value(QStringLiteral("Notes")).toString(), QStringLiteral("edited elsewhere"));
    QCOMPARE(record.value(QStringLiteral("RowVersion")).toString(), QStringLiteral("3"));
}

void tst_MyobClient::createLostInTransitIsFoundNotDuplicated()
{
    // MYOB stores the customer but its answer comes after our timeout: the pacer must not replay
    // the POST (no idempotency key); the client finds the record by DisplayID instead.
    MyobClient::Config config;
    config.apiBaseUrl =
        ProviderEndpoints::forProvider(ProviderEndpoints::Provider::Myob, QUrl(m_fx->server().baseUrl())).apiBaseUrl;
    config.businessId = MyobFixture::business();
    config.apiKey = MyobFixture::clientId();
    config.pacing.baseBackoffMs = 20;
    config.pacing.maxBackoffMs = 100;
    config.pacing.timeoutMs = 300;
    MyobClient impatient(m_network.get(), m_tokens.get(), config, Clock::system());
    m_fx->client().postJson(QStringLiteral("/_sandbox/faults"),
        { { QStringLiteral("kind"), QStringLiteral("latency") }, { QStringLiteral("provider"), QStringLiteral("myob") },
            { QStringLiteral("latency_ms"), 1200 }, { QStringLiteral("count"), 1 },
            { QStringLiteral("path"), QStringLiteral("*Contact/Customer") } });
    m_fx->resetStats();
    const auto outcomes = await<QList<WriteOutcome>>(
        [&](auto cb) { impatient.writeContacts({ contact(4, QStringLiteral("Slow Answer Co")) }, cb); });
    QVERIFY2(outcomes, qPrintable(why(outcomes)));
    QVERIFY2(outcomes->first().ok, qPrintable(outcomes->first().error.toString()));
    const QJsonArray remote = m_fx->remote(QStringLiteral("Contact/Customer"));
    QCOMPARE(remote.size(), 1);
    QCOMPARE(outcomes->first().remoteId, remote.first().toObject().value(QStringLiteral("UID")).toString());
    QCOMPARE(m_fx->requests(QStringLiteral("POST")), 1);
    QCOMPARE(m_fx->requests(QStringLiteral("GET")), 1); // the DisplayID lookup
}

void tst_MyobClient::createRefusedByServerErrorIsLookedUpThenSentOnce()
{
    m_fx->client().postJson(QStringLiteral("/_sandbox/faults"),
        { { QStringLiteral("kind"), QStringLiteral("http_error") },
            { QStringLiteral("provider"), QStringLiteral("myob") }, { QStringLiteral("status"), 503 },
            { QStringLiteral("count"), 1 }, { QStringLiteral("path"), QStringLiteral("*Contact/Customer") } });
    m_fx->resetStats();
    const auto outcomes = writeContacts({ contact(8, QStringLiteral("Unlucky Co")) });
    QVERIFY2(outcomes, qPrintable(why(outcomes)));
    QVERIFY2(outcomes->first().ok, qPrintable(outcomes->first().error.toString()));
    QCOMPARE(m_fx->remote(QStringLiteral("Contact/Customer")).size(), 1);
    QCOMPARE(m_fx->requests(QStringLiteral("POST")), 2); // 503, then once more after the lookup
    QCOMPARE(m_fx->requests(QStringLiteral("GET")), 1);
}

void tst_MyobClient::validationErrorFailsOnlyItsRecord()
{
    auto outcomes = writeContacts({ contact(1, QStringLiteral("Good One")), contact(2, QStringLiteral("  ")),
        contact(3, QStringLiteral("Good Two")) });
    QVERIFY2(outcomes, qPrintable(why(outcomes)));
    QCOMPARE(outcomes->size(), 3);
    QVERIFY(outcomes->at(0).ok);
    QVERIFY(!outcomes->at(1).ok);
    QVERIFY(outcomes->at(2).ok);
    QCOMPARE(outcomes->at(1).localId, qint64(2));
    QCOMPARE(outcomes->at(1).error.kind(), Error::Kind::Item);
    QVERIFY2(outcomes->at(1).error.userMessage().contains(QStringLiteral("CompanyName or LastName is required")),
        qPrintable(outcomes->at(1).error.userMessage()));
    QVERIFY(outcomes->at(1).error.detail().contains(QStringLiteral("ValidationError")));
    QCOMPARE(m_fx->remote(QStringLiteral("Contact/Customer")).size(), 2);
}

void tst_MyobClient::expiredTokenIsRefreshedOnce()
{
    QVERIFY(listContacts());
    QCOMPARE(m_tokens->refreshes(), 0);
    m_fx->client().postJson(QStringLiteral("/_sandbox/faults"),
        { { QStringLiteral("kind"), QStringLiteral("expire_tokens") },
            { QStringLiteral("provider"), QStringLiteral("myob") } });
    const auto page = listContacts();
    QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
    QCOMPARE(m_tokens->refreshes(), 1);
    const QJsonObject byStatus = m_fx->stats().value(QStringLiteral("by_status")).toObject();
    QCOMPARE(byStatus.value(QStringLiteral("401")).toInt(), 1);
}

void tst_MyobClient::rateLimit403IsWaitedOut()
{
    m_fx->client().postJson(QStringLiteral("/_sandbox/limits"),
        { { QStringLiteral("provider"), QStringLiteral("myob") }, { QStringLiteral("defaults"), true },
            { QStringLiteral("per_second"), 2 } });
    QSignalSpy waiting(m_myob.get(), &ProviderClient::waitingForRateLimit);
    int ok = 0;
    int failed = 0;
    for (int i = 0; i < 5; ++i) {
        m_myob->listContacts({}, [&ok, &failed](const Result<RemotePage<RemoteContact>> &r) { ++(r ? ok : failed); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(ok + failed, 5, 15000);
    QCOMPARE(failed, 0); // every 403 RateLimitError was waited out, none reached the caller
    QVERIFY(m_fx->stats().value(QStringLiteral("by_status")).toObject().value(QStringLiteral("403")).toInt() >= 1);
    QVERIFY(!waiting.isEmpty());
}

void tst_MyobClient::malformedReplyIsAnError_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::newRow("cut-off JSON") << QStringLiteral("malformed_json") << 200;
    QTest::newRow("HTML page with 200") << QStringLiteral("html_error") << 200;
}

void tst_MyobClient::malformedReplyIsAnError()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QVERIFY(writeContacts({ contact(1, QStringLiteral("Before Co")) }));
    m_fx->client().postJson(QStringLiteral("/_sandbox/faults"),
        { { QStringLiteral("kind"), kind }, { QStringLiteral("provider"), QStringLiteral("myob") },
            { QStringLiteral("status"), status }, { QStringLiteral("path"), QStringLiteral("*Contact/Customer*") } });
    const auto page = listContacts();
    QVERIFY(!page);
    QCOMPARE(page.error().kind(), Error::Kind::Fatal);
    QVERIFY2(
        page.error().userMessage().contains(QStringLiteral("could not read")), qPrintable(page.error().userMessage()));
    // A write whose answer cannot be read is not a success either, nor a per-record failure.
    const auto written = writeContacts({ contact(2, QStringLiteral("During Co")) });
    QVERIFY(!written);
    QVERIFY(written.error().kind() != Error::Kind::Item);
}

void tst_MyobClient::lookupsByDisplayIdAndNumber()
{
    const QString customer = m_fx->create(QStringLiteral("Contact/Customer"),
        { { QStringLiteral("CompanyName"), QStringLiteral("O'Brien & Sons") },
            { QStringLiteral("DisplayID"), QStringLiteral("LL-C9") } });
    QVERIFY(!customer.isEmpty());
    m_fx->create(QStringLiteral("Contact/Customer"),
        { { QStringLiteral("CompanyName"), QStringLiteral("Other") },
            { QStringLiteral("DisplayID"), QStringLiteral("LL-C90") } });
    m_fx->create(QStringLiteral("Contact/Customer"),
        { { QStringLiteral("CompanyName"), QStringLiteral("Quote") },
            { QStringLiteral("DisplayID"), QStringLiteral("A'1") } });
    const auto found =
        await<std::optional<RemoteContact>>([&](auto cb) { m_myob->findContactByKey(QStringLiteral("LL-C9"), cb); });
    QVERIFY2(found, qPrintable(found ? QString() : found.error().toString()));
    QVERIFY(found->has_value());
    QCOMPARE(found->value().remoteId, customer);
    const auto quoted =
        await<std::optional<RemoteContact>>([&](auto cb) { m_myob->findContactByKey(QStringLiteral("A'1"), cb); });
    QVERIFY(quoted && quoted->has_value());
    QCOMPARE(quoted->value().customer.name, QStringLiteral("Quote"));
    const auto none =
        await<std::optional<RemoteContact>>([&](auto cb) { m_myob->findContactByKey(QStringLiteral("LL-C404"), cb); });
    QVERIFY(none && !none->has_value());

    const QString sales =
        m_fx->remoteUid(QStringLiteral("GeneralLedger/Account"), QStringLiteral("DisplayID"), QStringLiteral("4-1000"));
    const QString invoice = m_fx->create(QStringLiteral("Sale/Invoice/Service"),
        { { QStringLiteral("Number"), QStringLiteral("LL-7") },
            { QStringLiteral("Customer"), QJsonObject { { QStringLiteral("UID"), customer } } },
            { QStringLiteral("Lines"),
                QJsonArray { QJsonObject { { QStringLiteral("Total"), 12.34 },
                    { QStringLiteral("Account"), QJsonObject { { QStringLiteral("UID"), sales } } } } } } });
    QVERIFY(!invoice.isEmpty());
    const auto byNumber = await<std::optional<RemoteInvoice>>(
        [&](auto cb) { m_myob->findInvoiceByNumber(InvoiceKind::Invoice, QStringLiteral("LL-7"), cb); });
    QVERIFY2(byNumber, qPrintable(byNumber ? QString() : byNumber.error().toString()));
    QVERIFY(byNumber->has_value());
    QCOMPARE(byNumber->value().remoteId, invoice);
    QCOMPARE(byNumber->value().totalMinor, qint64(1234));
    const auto noInvoice = await<std::optional<RemoteInvoice>>(
        [&](auto cb) { m_myob->findInvoiceByNumber(InvoiceKind::Invoice, QStringLiteral("LL-8"), cb); });
    QVERIFY(noInvoice && !noInvoice->has_value());
}

void tst_MyobClient::invoiceAndPaymentGoUpAndComeBack()
{
    auto created = writeContacts({ contact(1, QStringLiteral("Payer Pty Ltd")) });
    QVERIFY2(created && created->first().ok, qPrintable(why(created)));
    InvoiceWrite w;
    w.localId = 11;
    w.invoice.number = QStringLiteral("LL-100");
    w.invoice.issueDate = QDate(2026, 11, 20);
    InvoiceLine line;
    line.description = QStringLiteral("Consulting");
    line.quantityE4 = 20000;
    line.unitPriceMinor = 5005;
    line.taxTypeId = 1;
    w.invoice.lines << line;
    w.references.contactRemoteId = created->first().remoteId;
    w.references.taxCodes.insert(1, QStringLiteral("FRE"));
    w.references.defaultAccountCode = QStringLiteral("4-1000");
    // The client has read no reference data: it reads tax codes and accounts itself.
    const auto pushed =
        await<QList<WriteOutcome>>([&](auto cb) { m_myob->writeInvoices(InvoiceKind::Invoice, { w }, cb); });
    QVERIFY2(pushed, qPrintable(why(pushed)));
    QVERIFY2(pushed->first().ok, qPrintable(pushed->first().error.toString()));
    const QString invoiceUid = pushed->first().remoteId;
    const QJsonObject invoice = m_fx->api("GET", QStringLiteral("Sale/Invoice/Service/") + invoiceUid).json();
    QCOMPARE(invoice.value(QStringLiteral("TotalAmount")).toDouble(), 100.1);
    QCOMPARE(invoice.value(QStringLiteral("Number")).toString(), QStringLiteral("LL-100"));

    m_fx->resetStats();
    PaymentWrite p;
    p.localId = 21;
    p.invoiceRemoteId = invoiceUid;
    p.accountCode = QStringLiteral("1-1110");
    p.payment.amountMinor = 4004;
    p.payment.paymentDate = QDate(2026, 11, 22);
    p.payment.reference = QStringLiteral("EFT 1");
    const auto paid = await<QList<WriteOutcome>>([&](auto cb) { m_myob->writePayments({ p }, cb); });
    QVERIFY2(paid, qPrintable(why(paid)));
    QVERIFY2(paid->first().ok, qPrintable(paid->first().error.toString()));
    QCOMPARE(m_fx->requests(QStringLiteral("POST")), 1);
    QCOMPARE(m_fx->requests(QStringLiteral("GET")), 0); // customer and account known from the invoice write
    const QJsonObject after = m_fx->api("GET", QStringLiteral("Sale/Invoice/Service/") + invoiceUid).json();
    QCOMPARE(after.value(QStringLiteral("BalanceDueAmount")).toDouble(), 60.06);

    const auto payments = await<RemotePage<RemotePayment>>([&](auto cb) { m_myob->listPayments({}, cb); });
    QVERIFY(payments);
    QCOMPARE(payments->records.size(), 1);
    QCOMPARE(payments->records.first().invoiceRemoteId, invoiceUid);
    QCOMPARE(payments->records.first().amountMinor, qint64(4004));
    QCOMPARE(payments->records.first().reference, QStringLiteral("EFT 1"));
    QCOMPARE(payments->records.first().remoteId, paid->first().remoteId);
}

void tst_MyobClient::creditNotesAreRefusedPerRecord()
{
    InvoiceWrite w;
    w.localId = 3;
    w.invoice.kind = InvoiceKind::CreditNote;
    w.invoice.number = QStringLiteral("CN-1");
    const auto outcomes =
        await<QList<WriteOutcome>>([&](auto cb) { m_myob->writeInvoices(InvoiceKind::CreditNote, { w }, cb); });
    QVERIFY(outcomes);
    QVERIFY(!outcomes->first().ok);
    QCOMPARE(outcomes->first().error.kind(), Error::Kind::Item);
    QVERIFY(outcomes->first().error.userMessage().contains(QStringLiteral("CN-1")));
    QCOMPARE(m_fx->requests(QStringLiteral("POST")), 0);
}

void tst_MyobClient::unknownTaxCodeFailsItsItemAndIsLookedForOnce()
{
    ItemWrite good;
    good.localId = 1;
    good.item.code = QStringLiteral("GOOD-1");
    good.item.name = QStringLiteral("Good");
    good.item.salePriceMinor = 1999;
    good.taxCode = QStringLiteral("GST");
    good.accountCode = QStringLiteral("4-1000");
    ItemWrite bad = good;
    bad.localId = 2;
    bad.item.code = QStringLiteral("BAD-1");
    bad.taxCode = QStringLiteral("VAT20");
    m_fx->resetStats();
    const auto first = await<QList<WriteOutcome>>([&](auto cb) { m_myob->writeItems({ good, bad }, cb); });
    QVERIFY2(first, qPrintable(why(first)));
    QVERIFY2(first->at(0).ok, qPrintable(first->at(0).error.toString()));
    QVERIFY(!first->at(1).ok);
    QCOMPARE(first->at(1).error.kind(), Error::Kind::Item);
    QVERIFY(first->at(1).error.userMessage().contains(QStringLiteral("VAT20")));
    QCOMPARE(m_fx->requests(QStringLiteral("GET")), 2); // tax codes and accounts, once
    const QJsonObject sent = m_fx->api("GET", QStringLiteral("Inventory/Item/") + first->at(0).remoteId).json();
    QCOMPARE(
        sent.value(QStringLiteral("SellingDetails")).toObject().value(QStringLiteral("BaseSellingPrice")).toDouble(),
        19.99);

    m_fx->resetStats();
    bad.localId = 3;
    const auto again = await<QList<WriteOutcome>>([&](auto cb) { m_myob->writeItems({ bad }, cb); });
    QVERIFY(again && !again->first().ok);
    QCOMPARE(m_fx->requests(QStringLiteral("GET")), 0);
    QCOMPARE(m_fx->requests(QStringLiteral("POST")), 0);
}

QTEST_GUILESS_MAIN(tst_MyobClient)
#include "tst_myobclient.moc"

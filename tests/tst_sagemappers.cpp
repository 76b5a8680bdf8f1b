// The Sage mappers and reply grading on recorded (and deliberately broken) replies, without a
// network: non-ASCII names, amounts exact to the minor unit, links as objects or *_id fields,
// and every malformed field an Error rather than a default.
#include "providers/sagecontactmapper.h"
#include "providers/sageinvoicemapper.h"
#include "providers/sagejson.h"
#include "providers/sageledgeraccountmapper.h"
#include "providers/sagepaymentmapper.h"
#include "providers/sageproductmapper.h"
#include "providers/sagereply.h"
#include "providers/sagetaxratemapper.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Ledgerlink;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject recorded(const QString &name)
{
    QFile file(QStringLiteral(LEDGERLINK_TEST_DATA_DIR "/sage/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(file.fileName()));
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class tst_SageMappers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contactFromRecordedPage();
    void contactRefusesBadInput_data();
    void contactRefusesBadInput();
    void contactWritesReferenceAndIdempotencyId();
    void productPriceIsExactAndLedgerBecomesCode();
    void productWithoutCodeIsSkippedAndBadPriceRefused();
    void taxRateAndLedgerAccount();
    void invoiceReadsPaidAndWritesExactLines();
    void paymentSplitsAllocationsAndSkipsOtherTypes();
    void repliesAreGraded_data();
    void repliesAreGraded();
    void serverTimeComesFromDateHeader();
};

void tst_SageMappers::contactFromRecordedPage()
{
    const QJsonArray items = recorded(QStringLiteral("contacts-page.json")).value(QStringLiteral("$items")).toArray();
    QCOMPARE(items.size(), 3);
    const auto mueller = SageContactMapper::fromJson(items.at(0).toObject());
    QVERIFY2(mueller, qPrintable(mueller ? QString() : mueller.error().toString()));
    QCOMPARE(mueller->remoteId, QStringLiteral("5b0f33c1a9d84c3e9d1b0a7e6f2c4d11"));
    QCOMPARE(mueller->customer.name, QStringLiteral("Müller & Söhne – Zürich"));
    QCOMPARE(mueller->externalKey, QStringLiteral("MUL001"));
    QCOMPARE(mueller->customer.accountNumber, QStringLiteral("MUL001"));
    QCOMPARE(mueller->customer.email, QStringLiteral("buchhaltung@mueller.example"));
    QCOMPARE(mueller->customer.city, QStringLiteral("Zürich"));
    QCOMPARE(mueller->customer.country, QStringLiteral("CH"));
    QCOMPARE(mueller->updatedAt, QDateTime(QDate(2026, 11, 20), QTime(9, 15, 2), Qt::UTC));
    QVERIFY(mueller->version.startsWith(QString::number(mueller->updatedAt.toMSecsSinceEpoch()) + QLatin1Char('|')));
    // Email only on the main contact person; our synthetic key is no account number.
    const auto ours = SageContactMapper::fromJson(items.at(1).toObject());
    QVERIFY(ours);
    QCOMPARE(ours->customer.email, QStringLiteral("ap@o-brien.example"));
    QCOMPARE(ours->externalKey, QStringLiteral("LL-C42"));
    QVERIFY(ours->customer.accountNumber.isEmpty());
    QVERIFY(SageContactMapper::isCustomer(items.at(1).toObject()));
    QVERIFY(!SageContactMapper::isCustomer(items.at(2).toObject())); // a supplier only
}

void tst_SageMappers::contactRefusesBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no id") << QByteArray(R"({"name":"X","updated_at":"2026-11-20T09:15:02Z"})");
    QTest::newRow("name a number") << QByteArray(R"({"id":"1","name":7,"updated_at":"2026-11-20T09:15:02Z"})");
    QTest::newRow("blank name") << QByteArray(R"({"id":"1","name":"  ","updated_at":"2026-11-20T09:15:02Z"})");
    QTest::newRow("no updated_at") << QByteArray(R"({"id":"1","name":"X"})");
    QTest::newRow("bad updated_at") << QByteArray(R"({"id":"1","name":"X","updated_at":"yesterday"})");
    QTest::newRow("email an object") << QByteArray(
        R"({"id":"1","name":"X","email":{},"updated_at":"2026-11-20T09:15:02Z"})");
    QTest::newRow("address a string") << QByteArray(
        R"({"id":"1","name":"X","main_address":"12 Road","updated_at":"2026-11-20T09:15:02Z"})");
    QTest::newRow("active a string") << QByteArray(
        R"({"id":"1","name":"X","active":"yes","updated_at":"2026-11-20T09:15:02Z"})");
}

void tst_SageMappers::contactRefusesBadInput()
{
    QFETCH(QByteArray, json);
    const auto r = SageContactMapper::fromJson(parse(json));
    QVERIFY(!r);
    QCOMPARE(r.error().kind(), Error::Kind::Fatal);
    QVERIFY(r.error().userMessage().contains(QStringLiteral("could not read")));
}

void tst_SageMappers::contactWritesReferenceAndIdempotencyId()
{
    ContactWrite w;
    w.localId = 3;
    w.externalKey = QStringLiteral("LL-C3");
    w.idempotencyKey = QStringLiteral("int/customer/3/v1");
    w.customer.name = QStringLiteral(" Ōsaka Trading ");
    w.customer.email = QStringLiteral("a@b.example");
    w.customer.city = QStringLiteral("Ōsaka");
    const QJsonObject create = SageContactMapper::toJson(w);
    QCOMPARE(create.value(QStringLiteral("name")).toString(), QStringLiteral("Ōsaka Trading"));
    QCOMPARE(create.value(QStringLiteral("reference")).toString(), QStringLiteral("LL-C3"));
    const QString idem = create.value(QStringLiteral("idempotency_id")).toString();
    QCOMPARE(idem.size(), 32);
    QCOMPARE(idem, SageJson::idempotencyId(w.idempotencyKey)); // stable: a re-send replays
    QVERIFY(idem != SageJson::idempotencyId(QStringLiteral("int/customer/3/v2")));
    QCOMPARE(create.value(QStringLiteral("main_address")).toObject().value(QStringLiteral("city")).toString(),
        QStringLiteral("Ōsaka"));
    w.remoteId = QStringLiteral("abc");
    QVERIFY(!SageContactMapper::toJson(w).contains(QStringLiteral("idempotency_id"))); // updates carry none
}

void tst_SageMappers::productPriceIsExactAndLedgerBecomesCode()
{
    const auto r = SageProductMapper::fromJson(
        parse(R"({"id":"p1","item_code":" SRV001 ","description":"Beratung – Stunde","notes":"Per hour",
        "sales_ledger_account":{"id":"L4000","displayed_as":"Sales 4000"},"sales_tax_rate":{"id":"GB_STANDARD"},
        "sales_prices":[{"price_name":"Trade","price":1},{"price_name":"Selling Price","price":1234.57}],
        "active":false,"updated_at":"2026-11-20T09:15:02Z"
})"),
        { { QStringLiteral("L4000"), QStringLiteral("4000") } });
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->size(), 1);
    const RemoteItem item = r->first();
    QCOMPARE(item.item.code, QStringLiteral("SRV001"));
    QCOMPARE(item.item.name, QStringLiteral("Beratung – Stunde"));
    QCOMPARE(item.item.salePriceMinor, qint64(123457));
    QCOMPARE(item.accountCode, QStringLiteral("4000"));
    QCOMPARE(item.taxCode, QStringLiteral("GB_STANDARD"));
    QVERIFY(item.item.archived);
    // Written back: exact decimal, the ledger by Sage id, the "_id" form of links.
    ItemWrite w;
    w.item = item.item;
    w.item.salePriceMinor = 10; // 0.10
    w.accountCode = QStringLiteral("4000");
    w.taxCode = QStringLiteral("GB_ZERO");
    const QJsonObject json = SageProductMapper::toJson(w, { { QStringLiteral("4000"), QStringLiteral("L4000") } });
    QCOMPARE(json.value(QStringLiteral("sales_ledger_account_id")).toString(), QStringLiteral("L4000"));
    QCOMPARE(json.value(QStringLiteral("sales_prices")).toArray().first().toObject().value(QStringLiteral("price")),
        QJsonValue(0.1));
    // What it wrote reads back the same (the sandbox stores the "_id" form).
    QJsonObject stored = json;
    stored.insert(QStringLiteral("id"), QStringLiteral("p1"));
    stored.insert(QStringLiteral("updated_at"), QStringLiteral("2026-11-20T09:15:02Z"));
    const auto back = SageProductMapper::fromJson(stored, { { QStringLiteral("L4000"), QStringLiteral("4000") } });
    QVERIFY(back);
    QCOMPARE(back->first().item.salePriceMinor, qint64(10));
    QCOMPARE(back->first().taxCode, QStringLiteral("GB_ZERO"));
    QCOMPARE(back->first().accountCode, QStringLiteral("4000"));
}

void tst_SageMappers::productWithoutCodeIsSkippedAndBadPriceRefused()
{
    const auto uncoded = SageProductMapper::fromJson(
        parse(R"({"id":"p2","description":"Misc","updated_at":"2026-11-20T09:15:02Z"})"), {});
    QVERIFY(uncoded);
    QVERIFY(uncoded->isEmpty());
    QVERIFY(!SageProductMapper::fromJson(parse(R"({"id":"p3","item_code":"A","sales_prices":[{"price":"12,50"}],
        "updated_at":"2026-11-20T09:15:02Z"})"),
        {}));
    QVERIFY(!SageProductMapper::fromJson(
        parse(R"({"id":"p3","item_code":"A","sales_prices":{"price":1},"updated_at":"2026-11-20T09:15:02Z"})"), {}));
    QVERIFY(!SageProductMapper::fromJson(
        parse(R"({"id":"p3","item_code":"A","sales_ledger_account":"L1","updated_at":"2026-11-20T09:15:02Z"})"), {}));
}

void tst_SageMappers::taxRateAndLedgerAccount()
{
    const auto rate = SageTaxRateMapper::fromJson(
        parse(R"({"id":"GB_LOWER","name":"Lower Rate","percentage":"17.5","is_visible":false})"));
    QVERIFY(rate);
    QCOMPARE(rate->taxType.rateE4, qint64(175000));
    QCOMPARE(rate->taxType.code, QStringLiteral("GB_LOWER"));
    QVERIFY(rate->taxType.archived);
    QVERIFY(!SageTaxRateMapper::fromJson(parse(R"({"id":"GB_X","name":"X"})"))); // no percentage
    QVERIFY(!SageTaxRateMapper::fromJson(parse(R"({"id":"GB_X","percentage":true})")));

    const auto sales = SageLedgerAccountMapper::fromJson(parse(R"({"id":"L1","nominal_code":4000,"name":"Sales Type A",
        "ledger_account_type":{"id":"SALES"},"updated_at":"2026-11-20T09:15:02Z"})"));
    QVERIFY(sales);
    QCOMPARE(sales->account.code, QStringLiteral("4000"));
    QCOMPARE(sales->account.type, QStringLiteral("REVENUE"));
    QVERIFY(!sales->acceptsPayments);
    const auto bank = SageLedgerAccountMapper::fromJson(parse(R"({"id":"L2","nominal_code":"1200","name":"Current",
        "ledger_account_type":{"id":"BANK"},"updated_at":"2026-11-20T09:15:02Z"})"));
    QVERIFY(bank && bank->acceptsPayments);
    // The sandbox's shape: no type, visible_in_sales marks the sales ledgers.
    const auto plain = SageLedgerAccountMapper::fromJson(parse(
        R"({"id":"L3","nominal_code":"4000","name":"Sales","visible_in_sales":true,"updated_at":"2026-11-20T09:15:02Z"})"));
    QVERIFY(plain);
    QCOMPARE(plain->account.type, QStringLiteral("REVENUE"));
    QVERIFY(!SageLedgerAccountMapper::fromJson(
        parse(R"({"id":"L4","nominal_code":{"x":1},"name":"Odd","updated_at":"2026-11-20T09:15:02Z"})")));
    QVERIFY(!SageLedgerAccountMapper::fromJson(
        parse(R"({"id":"L4","nominal_code":40.5,"name":"Odd","updated_at":"2026-11-20T09:15:02Z"})")));
}

void tst_SageMappers::invoiceReadsPaidAndWritesExactLines()
{
    const auto r = SageInvoiceMapper::fromJson(
        InvoiceKind::Invoice, parse(R"({"id":"i1","invoice_number":"SI-7","reference":"LL-1001","total_amount":362.07,
        "outstanding_amount":"0.07","status":{"id":"PART_PAID"},"updated_at":"2026-11-21T13:16:17Z"})"));
    QVERIFY(r);
    QCOMPARE(r->number, QStringLiteral("LL-1001")); // our number, not Sage's
    QCOMPARE(r->totalMinor, qint64(36207));
    QCOMPARE(r->amountPaidMinor, qint64(36200));
    QCOMPARE(r->status, QStringLiteral("PART_PAID"));
    QVERIFY(!SageInvoiceMapper::fromJson(
        InvoiceKind::Invoice, parse(R"({"id":"i1","total_amount":"abc","updated_at":"2026-11-21T13:16:17Z"})")));
    QVERIFY(!SageInvoiceMapper::fromJson(
        InvoiceKind::Invoice, parse(R"({"id":"i1","updated_at":"2026-11-21T13:16:17Z"})")));

    InvoiceWrite w;
    w.idempotencyKey = QStringLiteral("int/invoice/5/v1");
    w.invoice.number = QStringLiteral("LL-2");
    w.invoice.reference = QStringLiteral("PO 77");
    w.invoice.issueDate = QDate(2026, 11, 27);
    InvoiceLine line;
    line.itemId = 4;
    line.taxTypeId = 9;
    line.accountId = 2;
    line.quantityE4 = 15000; // 1.5
    line.unitPriceMinor = 3333; // 33.33
    line.taxAmountMinor = 1000;
    w.invoice.lines << line;
    InvoiceLine untitled;
    untitled.quantityE4 = 10000;
    untitled.unitPriceMinor = 1;
    w.invoice.lines << untitled;
    w.references.contactRemoteId = QStringLiteral("c1");
    w.references.itemCodes.insert(4, QStringLiteral("WIDGET"));
    w.references.taxCodes.insert(9, QStringLiteral("GB_STANDARD"));
    w.references.accountCodes.insert(2, QStringLiteral("4010"));
    w.references.defaultAccountCode = QStringLiteral("4000");
    const QJsonObject json = SageInvoiceMapper::toJson(w,
        { { QStringLiteral("4000"), QStringLiteral("L4000") }, { QStringLiteral("4010"), QStringLiteral("L4010") } },
        { { QStringLiteral("WIDGET"), QStringLiteral("P11") } });
    QCOMPARE(json.value(QStringLiteral("reference")).toString(), QStringLiteral("LL-2"));
    QCOMPARE(json.value(QStringLiteral("contact_reference")).toString(), QStringLiteral("PO 77"));
    QCOMPARE(json.value(QStringLiteral("contact_id")).toString(), QStringLiteral("c1"));
    QCOMPARE(json.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-27"));
    QCOMPARE(json.value(QStringLiteral("idempotency_id")).toString().size(), 32);
    const QJsonArray lines = json.value(QStringLiteral("invoice_lines")).toArray();
    QCOMPARE(lines.size(), 2);
    const QJsonObject l = lines.first().toObject();
    QCOMPARE(l.value(QStringLiteral("quantity")).toDouble(), 1.5);
    QCOMPARE(l.value(QStringLiteral("unit_price")).toDouble(), 33.33);
    QCOMPARE(l.value(QStringLiteral("tax_amount")).toDouble(), 10.0);
    QCOMPARE(l.value(QStringLiteral("product_id")).toString(), QStringLiteral("P11"));
    QCOMPARE(l.value(QStringLiteral("tax_rate_id")).toString(), QStringLiteral("GB_STANDARD"));
    QCOMPARE(l.value(QStringLiteral("ledger_account_id")).toString(), QStringLiteral("L4010"));
    QCOMPARE(l.value(QStringLiteral("description")).toString(), QStringLiteral("WIDGET")); // never blank
    const QJsonObject second = lines.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("ledger_account_id")).toString(), QStringLiteral("L4000")); // the default
    QCOMPARE(second.value(QStringLiteral("unit_price")).toDouble(), 0.01);
    // A credit note has its own line field and no due date.
    w.invoice.kind = InvoiceKind::CreditNote;
    const QJsonObject note = SageInvoiceMapper::toJson(w, {}, {});
    QVERIFY(note.contains(QStringLiteral("credit_note_lines")));
    QVERIFY(!note.contains(QStringLiteral("due_date")));
}

void tst_SageMappers::paymentSplitsAllocationsAndSkipsOtherTypes()
{
    const auto r = SagePaymentMapper::fromJson(parse(R"({"id":"pay9","transaction_type":{"id":"CUSTOMER_RECEIPT"},
        "date":"2026-11-25","reference":"BACS 12","total_amount":65.5,"allocated_artefacts":[
        {"artefact":{"id":"i130"},"amount":40.25},{"artefact_id":"i131","amount":"25.25"}],
        "updated_at":"2026-11-25T10:00:00Z"})"));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->at(0).remoteId, QStringLiteral("pay9"));
    QCOMPARE(r->at(0).invoiceRemoteId, QStringLiteral("i130"));
    QCOMPARE(r->at(0).amountMinor, qint64(4025));
    QCOMPARE(r->at(1).remoteId, QStringLiteral("pay9#1"));
    QCOMPARE(r->at(1).invoiceRemoteId, QStringLiteral("i131"));
    QCOMPARE(r->at(1).amountMinor, qint64(2525));
    QCOMPARE(r->at(1).reference, QStringLiteral("BACS 12"));
    QCOMPARE(r->at(1).date, QDate(2026, 11, 25));
    const auto supplier = SagePaymentMapper::fromJson(parse(R"({"id":"p2","transaction_type":{"id":"VENDOR_PAYMENT"},
        "updated_at":"2026-11-25T10:00:00Z"})"));
    QVERIFY(supplier && supplier->isEmpty());
    QVERIFY(!SagePaymentMapper::fromJson(parse(R"({"id":"p3","transaction_type":{"id":"CUSTOMER_RECEIPT"},
        "date":"2026-11-25","allocated_artefacts":[{"amount":1}],"updated_at":"2026-11-25T10:00:00Z"})")));
    QVERIFY(!SagePaymentMapper::fromJson(parse(R"({"id":"p3","transaction_type":{"id":"CUSTOMER_RECEIPT"},
        "allocated_artefacts":[],"updated_at":"2026-11-25T10:00:00Z"})"))); // no date

    PaymentWrite w;
    w.idempotencyKey = QStringLiteral("k");
    w.invoiceRemoteId = QStringLiteral("i130");
    w.payment.amountMinor = 4025;
    w.payment.paymentDate = QDate(2026, 11, 25);
    w.payment.reference = QStringLiteral("BACS");
    const QJsonObject json = SagePaymentMapper::toJson(w, QStringLiteral("c1"), QStringLiteral("L1200"));
    QCOMPARE(json.value(QStringLiteral("transaction_type_id")).toString(), QStringLiteral("CUSTOMER_RECEIPT"));
    QCOMPARE(json.value(QStringLiteral("bank_account_id")).toString(), QStringLiteral("L1200"));
    QCOMPARE(json.value(QStringLiteral("total_amount")).toDouble(), 40.25);
    const QJsonObject allocation = json.value(QStringLiteral("allocated_artefacts")).toArray().first().toObject();
    QCOMPARE(allocation.value(QStringLiteral("artefact_id")).toString(), QStringLiteral("i130"));
    QCOMPARE(allocation.value(QStringLiteral("amount")).toDouble(), 40.25);
}

void tst_SageMappers::repliesAreGraded_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind"); // -1: ok
    QTest::addColumn<QString>("message");
    const QByteArray invalid = R"([{"$severity":"error","$dataCode":"RecordInvalid",
        "$message":"has already been taken","$source":"reference"}])";
    QTest::newRow("422 validation") << 422 << invalid << int(Error::Kind::Item)
                                    << QStringLiteral("reference has already been taken");
    QTest::newRow("401") << 401 << QByteArray(R"([{"$dataCode":"AuthenticationFailed","$message":"expired"}])")
                         << int(Error::Kind::Auth) << QStringLiteral("Authorise");
    QTest::newRow("403 business") << 403 << QByteArray(R"([{"$message":"You do not have access to this business"}])")
                                  << int(Error::Kind::Auth) << QStringLiteral("do not have access");
    QTest::newRow("429") << 429 << QByteArray(R"([{"$message":"Rate limit exceeded"}])") << int(Error::Kind::Retryable)
                         << QStringLiteral("rate limit");
    QTest::newRow("503 html") << 503 << QByteArray("<html>down</html>") << int(Error::Kind::Retryable)
                              << QStringLiteral("HTTP 503");
    QTest::newRow("404") << 404 << QByteArray(R"([{"$message":"Record not found"}])") << int(Error::Kind::Item)
                         << QStringLiteral("no longer has this record");
    QTest::newRow("400 without body") << 400 << QByteArray() << int(Error::Kind::Fatal)
                                      << QStringLiteral("unexpected error");
    QTest::newRow("200 html") << 200 << QByteArray("<!DOCTYPE html><html>login</html>") << int(Error::Kind::Fatal)
                              << QStringLiteral("could not read");
    QTest::newRow("200 cut json") << 200 << QByteArray(R"({"$items":[{"id")") << int(Error::Kind::Fatal)
                                  << QStringLiteral("could not read");
    QTest::newRow("200 json scalar") << 200 << QByteArray("42") << int(Error::Kind::Fatal)
                                     << QStringLiteral("could not read");
    QTest::newRow("204 empty") << 204 << QByteArray() << -1 << QString();
    QTest::newRow("drop") << 0 << QByteArray() << int(Error::Kind::Retryable) << QStringLiteral("could not be reached");
}

void tst_SageMappers::repliesAreGraded()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, message);
    PacedReply reply;
    reply.status = status;
    reply.body = body;
    reply.headers.insert("x-request-id", "req-1");
    const Result<QJsonValue> parsed = SageReply::parse(reply);
    if (kind < 0) {
        QVERIFY(parsed);
        return;
    }
    QVERIFY(!parsed);
    QCOMPARE(int(parsed.error().kind()), kind);
    QVERIFY2(
        parsed.error().userMessage().contains(message, Qt::CaseInsensitive), qPrintable(parsed.error().userMessage()));
    QVERIFY2(parsed.error().detail().contains(QStringLiteral("req-1")), qPrintable(parsed.error().detail()));
}

void tst_SageMappers::serverTimeComesFromDateHeader()
{
    PacedReply reply;
    reply.headers.insert("date", "Fri, 27 Nov 2026 10:11:12 GMT");
    const QDateTime fallback(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(SageReply::serverTime(reply, fallback), QDateTime(QDate(2026, 11, 27), QTime(10, 11, 12), Qt::UTC));
    reply.headers.insert("date", "garbage");
    QCOMPARE(SageReply::serverTime(reply, fallback), fallback);
}

QTEST_GUILESS_MAIN(tst_SageMappers)
#include "tst_sagemappers.moc"

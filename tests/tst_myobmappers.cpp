// The MYOB mappers and reply grading on recorded AccountRight replies, without a server:
// non-ASCII names, money exact to the cent, UIDs translated to the engine's codes, both invoice
// layouts, payments split per applied invoice, and every malformed shape refused as an error.
#include "providers/myobaccountmapper.h"
#include "providers/myobcustomermapper.h"
#include "providers/myobinvoicemapper.h"
#include "providers/myobitemmapper.h"
#include "providers/myobpaymentmapper.h"
#include "providers/myobreply.h"
#include "providers/myobtaxcodemapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Ledgerlink;

namespace {

QJsonObject parse(const char *json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json));
    if (!doc.isObject()) {
        qWarning("test JSON does not parse: %s", json);
    }
    return doc.object();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const char *kTaxUid = "a0000000-0000-4000-8000-000000000001";
const char *kFreUid = "a0000000-0000-4000-8000-000000000002";
const char *kSalesUid = "b0000000-0000-4000-8000-000000000001";

MyobReferences references()
{
    MyobReferences r;
    r.addTaxCode(QString::fromLatin1(kTaxUid), QStringLiteral("GST"));
    r.addTaxCode(QString::fromLatin1(kFreUid), QStringLiteral("FRE"));
    r.addAccount(QString::fromLatin1(kSalesUid), QStringLiteral("4-1000"));
    r.addItem(QStringLiteral("c0000000-0000-4000-8000-000000000001"), QStringLiteral("SRV-001"));
    return r;
}

} // namespace

class tst_MyobMappers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void customerReadsRecordedReply();
    void individualCustomerAndGeneratedKey();
    void customerRoundTripsUnchanged();
    void itemPriceIsExact_data();
    void itemPriceIsExact();
    void itemTranslatesUidsToCodes();
    void itemWriteRefusesUnknownTaxCode();
    void taxCodeAndAccount();
    void invoiceLayoutsAndExactTotals();
    void invoiceReadComputesPaid();
    void paymentSplitsAppliedInvoices();
    void paymentWrite();
    void malformedRecordsAreErrors_data();
    void malformedRecordsAreErrors();
    void repliesAreGraded_data();
    void repliesAreGraded();
    void createdUidComesFromLocation();
};

void tst_MyobMappers::customerReadsRecordedReply()
{
    const QJsonObject json =
        parse(R"({"UID":"6f3b1c2e-1111-4c3a-9d7e-0a1b2c3d4e5f","CompanyName":" Zoë's Café Pty Ltd ",
        "IsIndividual":false,"DisplayID":"CUS000042","IsActive":true,
        "Addresses":[{"Location":1,"Street":"1 Rue Müller\nLevel 2","City":"Melbourne","State":"VIC",
        "PostCode":"3000","Country":"Australia","Phone1":"03 9000 0000","Email":"zoe@cafe.example"}],
        "LastModified":"2026-11-27T10:11:12.345","RowVersion":"-3946183241362735104","URI":"x"})");
    const auto r = MyobCustomerMapper::fromJson(json);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->remoteId, QStringLiteral("6f3b1c2e-1111-4c3a-9d7e-0a1b2c3d4e5f"));
    QCOMPARE(r->customer.name, QStringLiteral("Zoë's Café Pty Ltd"));
    QCOMPARE(r->externalKey, QStringLiteral("CUS000042"));
    QCOMPARE(r->customer.accountNumber, QStringLiteral("CUS000042"));
    QCOMPARE(r->customer.addressLine1, QStringLiteral("1 Rue Müller"));
    QCOMPARE(r->customer.addressLine2, QStringLiteral("Level 2"));
    QCOMPARE(r->customer.city, QStringLiteral("Melbourne"));
    QCOMPARE(r->customer.region, QStringLiteral("VIC"));
    QCOMPARE(r->customer.email, QStringLiteral("zoe@cafe.example"));
    QCOMPARE(r->customer.phone, QStringLiteral("03 9000 0000"));
    QVERIFY(!r->customer.archived);
    QCOMPARE(r->version, QStringLiteral("-3946183241362735104"));
    QCOMPARE(r->updatedAt, QDateTime(QDate(2026, 11, 27), QTime(10, 11, 12, 345), Qt::UTC));
}

void tst_MyobMappers::individualCustomerAndGeneratedKey()
{
    const auto r = MyobCustomerMapper::fromJson(parse(R"({"UID":"u1","IsIndividual":true,"FirstName":"Jürgen",
        "LastName":"Šimić","DisplayID":"LL-C17","IsActive":false,"RowVersion":"5"})"));
    QVERIFY(r);
    QCOMPARE(r->customer.name, QStringLiteral("Jürgen Šimić"));
    QCOMPARE(r->externalKey, QStringLiteral("LL-C17"));
    QVERIFY(r->customer.accountNumber.isEmpty()); // our own key is not the business's account number
    QVERIFY(r->customer.archived);
    QCOMPARE(r->version, QStringLiteral("5"));
}

void tst_MyobMappers::customerRoundTripsUnchanged()
{
    ContactWrite w;
    w.externalKey = QStringLiteral("LL-C3");
    w.customer.name = QStringLiteral("東京 Trading 株式会社");
    w.customer.email = QStringLiteral("info@tokyo.example");
    w.customer.addressLine1 = QStringLiteral("1-2-3 Ginza");
    w.customer.city = QStringLiteral("Tokyo");
    w.customer.postalCode = QStringLiteral("104-0061");
    QJsonObject sent = MyobCustomerMapper::toJson(w);
    QCOMPARE(sent.value(QStringLiteral("DisplayID")).toString(), QStringLiteral("LL-C3"));
    QCOMPARE(sent.value(QStringLiteral("CompanyName")).toString(), w.customer.name);
    sent.insert(QStringLiteral("UID"), QStringLiteral("u2"));
    const auto back = MyobCustomerMapper::fromJson(sent);
    QVERIFY(back);
    const Customer &c = back->customer;
    QCOMPARE(c.name, w.customer.name);
    QCOMPARE(c.email, w.customer.email);
    QCOMPARE(c.addressLine1, w.customer.addressLine1);
    QCOMPARE(c.addressLine2, QString());
    QCOMPARE(c.city, w.customer.city);
    QCOMPARE(c.postalCode, w.customer.postalCode);
    QCOMPARE(c.accountNumber, QString());
    QCOMPARE(c.archived, false);
}

void tst_MyobMappers::itemPriceIsExact_data()
{
    QTest::addColumn<QByteArray>("price");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("19.99") << QByteArray("19.99") << qint64(1999);
    QTest::newRow("0.29") << QByteArray("0.29") << qint64(29);
    QTest::newRow("0.1") << QByteArray("0.1") << qint64(10);
    QTest::newRow("large") << QByteArray("1234567.89") << qint64(123456789);
    QTest::newRow("text") << QByteArray("\"12.30\"") << qint64(1230);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
}

void tst_MyobMappers::itemPriceIsExact()
{
    QFETCH(QByteArray, price);
    QFETCH(qint64, minor);
    const QByteArray json =
        R"({"UID":"i1","Number":"SRV-001","Name":"Service","SellingDetails":{"BaseSellingPrice":)" + price + "}}";
    const auto r = MyobItemMapper::fromJson(QJsonDocument::fromJson(json).object(), references());
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->item.salePriceMinor, minor);
    // And back: the request carries the exact decimal.
    ItemWrite w;
    w.item = r->item;
    const auto body = MyobItemMapper::toJson(w, references());
    QVERIFY(body);
    const QJsonObject selling = body->value(QStringLiteral("SellingDetails")).toObject();
    const auto again = MyobItemMapper::fromJson(
        QJsonObject { { QStringLiteral("UID"), QStringLiteral("i1") }, { QStringLiteral("Number"), w.item.code },
            { QStringLiteral("Name"), QStringLiteral("Service") }, { QStringLiteral("SellingDetails"), selling } },
        references());
    QVERIFY(again);
    QCOMPARE(again->item.salePriceMinor, minor);
}

void tst_MyobMappers::itemTranslatesUidsToCodes()
{
    const QByteArray json = QByteArray(R"({"UID":"i2","Number":" WIDGET ","Name":"Widget ✓","Description":"Blue",
        "IsActive":false,"IncomeAccount":{"UID":")")
        + kSalesUid + R"("},"SellingDetails":{"BaseSellingPrice":12.5,"TaxCode":{"UID":")" + kTaxUid
        + R"("}},"RowVersion":"2","LastModified":"2026-11-27T01:02:03Z"})";
    const auto r = MyobItemMapper::fromJson(QJsonDocument::fromJson(json).object(), references());
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->item.code, QStringLiteral("WIDGET"));
    QCOMPARE(r->item.name, QStringLiteral("Widget ✓"));
    QCOMPARE(r->taxCode, QStringLiteral("GST"));
    QCOMPARE(r->accountCode, QStringLiteral("4-1000"));
    QCOMPARE(r->item.salePriceMinor, qint64(1250));
    QVERIFY(r->item.archived);

    ItemWrite w;
    w.item = r->item;
    w.taxCode = QStringLiteral("GST");
    w.accountCode = QStringLiteral("4-1000");
    const auto body = MyobItemMapper::toJson(w, references());
    QVERIFY(body);
    QCOMPARE(body->value(QStringLiteral("IncomeAccount")).toObject().value(QStringLiteral("UID")).toString(),
        QString::fromLatin1(kSalesUid));
    QCOMPARE(body->value(QStringLiteral("SellingDetails"))
                 .toObject()
                 .value(QStringLiteral("TaxCode"))
                 .toObject()
                 .value(QStringLiteral("UID"))
                 .toString(),
        QString::fromLatin1(kTaxUid));
    QVERIFY(body->value(QStringLiteral("IsSold")).toBool()); // a new item is a sold one
}

void tst_MyobMappers::itemWriteRefusesUnknownTaxCode()
{
    ItemWrite w;
    w.item.code = QStringLiteral("X1");
    w.item.name = QStringLiteral("X");
    w.taxCode = QStringLiteral("VAT20");
    const auto body = MyobItemMapper::toJson(w, references());
    QVERIFY(!body);
    QCOMPARE(body.error().kind(), Error::Kind::Item);
    QVERIFY(body.error().userMessage().contains(QStringLiteral("VAT20")));
}

void tst_MyobMappers::taxCodeAndAccount()
{
    const auto gst = MyobTaxCodeMapper::fromJson(parse(
        R"({"UID":"t1","Code":"GST","Description":"Goods & Services Tax","Rate":10.0,"Type":"GoodsAndServicesTax"})"));
    QVERIFY(gst);
    QCOMPARE(gst->remoteId, QStringLiteral("t1"));
    QCOMPARE(gst->taxType.code, QStringLiteral("GST"));
    QCOMPARE(gst->taxType.rateE4, qint64(100000));
    QCOMPARE(gst->taxType.name, QStringLiteral("Goods & Services Tax"));
    const auto odd = MyobTaxCodeMapper::fromJson(parse(R"({"UID":"t2","Code":"WEG","Rate":12.5})"));
    QVERIFY(odd);
    QCOMPARE(odd->taxType.rateE4, qint64(125000));
    QCOMPARE(odd->taxType.name, QStringLiteral("WEG"));

    const auto bank = MyobAccountMapper::fromJson(
        parse(R"({"UID":"a1","DisplayID":"1-1110","Name":"Business Bank Account","IsActive":true})"));
    QVERIFY(bank);
    QCOMPARE(bank->account.code, QStringLiteral("1-1110"));
    QCOMPARE(bank->account.type, QStringLiteral("BANK"));
    QVERIFY(bank->acceptsPayments);
    const auto sales = MyobAccountMapper::fromJson(parse(R"({"UID":"a2","DisplayID":"4-1000","Name":"Sales"})"));
    QVERIFY(sales);
    QCOMPARE(sales->account.type, QStringLiteral("REVENUE"));
    QVERIFY(!sales->acceptsPayments);
    const auto typed = MyobAccountMapper::fromJson(
        parse(R"({"UID":"a3","DisplayID":"1-1300","Name":"Cheque","Type":"Bank","IsActive":false})"));
    QVERIFY(typed);
    QVERIFY(typed->acceptsPayments);
    QVERIFY(typed->account.archived);
}

void tst_MyobMappers::invoiceLayoutsAndExactTotals()
{
    InvoiceWrite w;
    w.invoice.number = QStringLiteral("LL-0001");
    w.invoice.issueDate = QDate(2026, 11, 27);
    InvoiceLine line;
    line.itemId = 7;
    line.description = QStringLiteral("Beratung für Müller");
    line.quantityE4 = 15000; // 1.5
    line.unitPriceMinor = 3333; // 33.33 -> 49.995 -> 50.00 (half up)
    line.taxTypeId = 2;
    w.invoice.lines << line;
    w.references.contactRemoteId = QStringLiteral("cust-uid");
    w.references.taxCodes.insert(2, QStringLiteral("FRE"));
    w.references.itemCodes.insert(7, QStringLiteral("SRV-001"));
    w.references.defaultAccountCode = QStringLiteral("4-1000");
    const MyobReferences refs = references();

    QCOMPARE(MyobInvoiceMapper::layoutFor(w, refs), MyobInvoiceMapper::itemLayout());
    auto item = MyobInvoiceMapper::toJson(w, MyobInvoiceMapper::itemLayout(), refs);
    QVERIFY(item);
    QCOMPARE(item->value(QStringLiteral("Date")).toString(), QStringLiteral("2026-11-27T00:00:00"));
    const QJsonObject itemLine = item->value(QStringLiteral("Lines")).toArray().first().toObject();
    QVERIFY(compact(itemLine).contains("\"Total\":50"));
    QVERIFY(compact(itemLine).contains("\"UnitPrice\":33.33"));
    QVERIFY(compact(itemLine).contains("\"ShipQuantity\":1.5"));
    QCOMPARE(itemLine.value(QStringLiteral("TaxCode")).toObject().value(QStringLiteral("UID")).toString(),
        QString::fromLatin1(kFreUid));
    QCOMPARE(itemLine.value(QStringLiteral("Description")).toString(), line.description);

    // A line without an item MYOB knows: the Service layout, with the default income account.
    w.references.itemCodes.insert(7, QStringLiteral("UNKNOWN"));
    QCOMPARE(MyobInvoiceMapper::layoutFor(w, refs), MyobInvoiceMapper::serviceLayout());
    auto service = MyobInvoiceMapper::toJson(w, MyobInvoiceMapper::serviceLayout(), refs);
    QVERIFY(service);
    const QJsonObject serviceLine = service->value(QStringLiteral("Lines")).toArray().first().toObject();
    QCOMPARE(serviceLine.value(QStringLiteral("Account")).toObject().value(QStringLiteral("UID")).toString(),
        QString::fromLatin1(kSalesUid));
    QVERIFY(!serviceLine.contains(QStringLiteral("Item")));

    // A tax code MYOB does not have fails this invoice alone, naming the code.
    w.references.taxCodes.insert(2, QStringLiteral("ZZZ"));
    auto refused = MyobInvoiceMapper::toJson(w, MyobInvoiceMapper::serviceLayout(), refs);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind(), Error::Kind::Item);
    QVERIFY(refused.error().userMessage().contains(QStringLiteral("ZZZ")));
}

void tst_MyobMappers::invoiceReadComputesPaid()
{
    const auto r = MyobInvoiceMapper::fromJson(parse(R"({"UID":"inv1","Number":"LL-0001","TotalAmount":200.1,
        "BalanceDueAmount":120.07,"Status":"Open","RowVersion":"3"})"));
    QVERIFY(r);
    QCOMPARE(r->totalMinor, qint64(20010));
    QCOMPARE(r->amountPaidMinor, qint64(8003));
    QCOMPARE(r->status, QStringLiteral("Open"));
    QCOMPARE(r->version, QStringLiteral("3"));
}

void tst_MyobMappers::paymentSplitsAppliedInvoices()
{
    const auto r = MyobPaymentMapper::fromJson(parse(R"({"UID":"p1","Date":"2026-11-20T00:00:00","Memo":"Zahlung Ä1",
        "AmountReceived":150.3,"RowVersion":"1","Invoices":[{"UID":"inv1","Type":"Invoice","AmountApplied":100.1},
        {"UID":"ord1","Type":"Order","AmountApplied":10},{"UID":"inv2","Type":"Invoice","AmountApplied":"40.20"}]})"));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->at(0).remoteId, QStringLiteral("p1"));
    QCOMPARE(r->at(0).invoiceRemoteId, QStringLiteral("inv1"));
    QCOMPARE(r->at(0).amountMinor, qint64(10010));
    QCOMPARE(r->at(0).date, QDate(2026, 11, 20));
    QCOMPARE(r->at(0).reference, QStringLiteral("Zahlung Ä1"));
    QCOMPARE(r->at(1).remoteId, QStringLiteral("p1#1"));
    QCOMPARE(r->at(1).amountMinor, qint64(4020));
}

void tst_MyobMappers::paymentWrite()
{
    PaymentWrite w;
    w.invoiceRemoteId = QStringLiteral("inv1");
    w.payment.amountMinor = 8003;
    w.payment.paymentDate = QDate(2026, 11, 21);
    w.payment.reference = QStringLiteral("R-1");
    const QJsonObject o = MyobPaymentMapper::toJson(w, QStringLiteral("cust"), QStringLiteral("bank"));
    QVERIFY(compact(o).contains("\"AmountReceived\":80.03"));
    QVERIFY(compact(o).contains("\"AmountApplied\":80.03"));
    QCOMPARE(
        o.value(QStringLiteral("Account")).toObject().value(QStringLiteral("UID")).toString(), QStringLiteral("bank"));
    QCOMPARE(o.value(QStringLiteral("Memo")).toString(), QStringLiteral("R-1"));
    QCOMPARE(o.value(QStringLiteral("Date")).toString(), QStringLiteral("2026-11-21T00:00:00"));
}

void tst_MyobMappers::malformedRecordsAreErrors_data()
{
    QTest::addColumn<QString>("mapper");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("customer UID number") << QStringLiteral("customer") << QByteArray(R"({"UID":5,"CompanyName":"A"})");
    QTest::newRow("customer no name") << QStringLiteral("customer") << QByteArray(R"({"UID":"u","CompanyName":""})");
    QTest::newRow("customer name array") << QStringLiteral("customer")
                                         << QByteArray(R"({"UID":"u","CompanyName":["A"]})");
    QTest::newRow("customer IsActive text")
        << QStringLiteral("customer") << QByteArray(R"({"UID":"u","CompanyName":"A","IsActive":"yes"})");
    QTest::newRow("customer Addresses object")
        << QStringLiteral("customer") << QByteArray(R"({"UID":"u","CompanyName":"A","Addresses":{}})");
    QTest::newRow("customer bad LastModified")
        << QStringLiteral("customer") << QByteArray(R"({"UID":"u","CompanyName":"A","LastModified":"yesterday"})");
    QTest::newRow("item price text") << QStringLiteral(
        "item") << QByteArray(R"({"UID":"u","Number":"N","Name":"A","SellingDetails":{"BaseSellingPrice":"abc"}})");
    QTest::newRow("item no Number") << QStringLiteral("item") << QByteArray(R"({"UID":"u","Name":"A"})");
    QTest::newRow("item TaxCode text") << QStringLiteral(
        "item") << QByteArray(R"({"UID":"u","Number":"N","Name":"A","SellingDetails":{"TaxCode":"GST"}})");
    QTest::newRow("tax code no Rate") << QStringLiteral("tax") << QByteArray(R"({"UID":"u","Code":"GST"})");
    QTest::newRow("account no DisplayID") << QStringLiteral("account") << QByteArray(R"({"UID":"u","Name":"Sales"})");
    QTest::newRow("invoice total text") << QStringLiteral("invoice")
                                        << QByteArray(R"({"UID":"u","TotalAmount":"lots","BalanceDueAmount":0})");
    QTest::newRow("payment Invoices object")
        << QStringLiteral("payment") << QByteArray(R"({"UID":"u","Date":"2026-11-20T00:00:00","Invoices":{}})");
    QTest::newRow("payment no Date") << QStringLiteral("payment") << QByteArray(R"({"UID":"u","Invoices":[]})");
    QTest::newRow("payment amount missing")
        << QStringLiteral("payment") << QByteArray(R"({"UID":"u","Date":"2026-11-20","Invoices":[{"UID":"i"}]})");
}

void tst_MyobMappers::malformedRecordsAreErrors()
{
    QFETCH(QString, mapper);
    QFETCH(QByteArray, json);
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    QVERIFY(!o.isEmpty());
    std::optional<Error> error;
    auto check = [&error](const auto &result) {
        if (!result) {
            error = result.error();
        }
    };
    if (mapper == QLatin1String("customer")) {
        check(MyobCustomerMapper::fromJson(o));
    } else if (mapper == QLatin1String("item")) {
        check(MyobItemMapper::fromJson(o, references()));
    } else if (mapper == QLatin1String("tax")) {
        check(MyobTaxCodeMapper::fromJson(o));
    } else if (mapper == QLatin1String("account")) {
        check(MyobAccountMapper::fromJson(o));
    } else if (mapper == QLatin1String("invoice")) {
        check(MyobInvoiceMapper::fromJson(o));
    } else {
        check(MyobPaymentMapper::fromJson(o));
    }
    QVERIFY(error.has_value());
    QCOMPARE(error->kind(), Error::Kind::Fatal);
    QVERIFY2(error->userMessage().contains(QStringLiteral("could not read")), qPrintable(error->userMessage()));
    QVERIFY(!error->detail().isEmpty());
}

void tst_MyobMappers::repliesAreGraded_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("bodyRequired");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("message");
    const QByteArray validation =
        R"({"Errors":[{"Name":"ValidationError","Message":"CompanyName or LastName is required",
        "AdditionalDetails":"","ErrorCode":4000,"Severity":"Error"}],"Information":""})";
    QTest::newRow("400 validation") << 400 << validation << false << false << Error::Kind::Item
                                    << QStringLiteral("CompanyName or LastName is required");
    QTest::newRow("401") << 401 << QByteArray(R"({"Errors":[{"Name":"OAuthTokenIsInvalid","Message":"x"}]})") << true
                         << false << Error::Kind::Auth << QStringLiteral("Authorise");
    QTest::newRow("403 rate limit") << 403
                                    << QByteArray(
                                           R"({"Errors":[{"Name":"RateLimitError","Message":"API key has exceeded"}]})")
                                    << true << false << Error::Kind::Retryable << QStringLiteral("rate limit");
    QTest::newRow("403 access") << 403
                                << QByteArray(R"({"Errors":[{"Name":"AccessDenied","Message":"Access denied"}]})")
                                << true << false << Error::Kind::Auth << QStringLiteral("Access denied");
    QTest::newRow("409 row version")
        << 409 << QByteArray(R"({"Errors":[{"Name":"IncorrectRowVersionSupplied","Message":"does not match"}]})")
        << false << false << Error::Kind::Item << QStringLiteral("does not match");
    QTest::newRow("503 html") << 503 << QByteArray("<html>down</html>") << true << false << Error::Kind::Retryable
                              << QStringLiteral("HTTP 503");
    QTest::newRow("200 html") << 200 << QByteArray("<html>login</html>") << true << false << Error::Kind::Fatal
                              << QStringLiteral("could not read");
    QTest::newRow("200 cut json") << 200 << QByteArray(R"({"Items":[{"UID")") << true << false << Error::Kind::Fatal
                                  << QStringLiteral("could not read");
    QTest::newRow("200 empty read") << 200 << QByteArray() << true << false << Error::Kind::Fatal
                                    << QStringLiteral("could not read");
    QTest::newRow("201 empty write") << 201 << QByteArray() << false << true << Error::Kind::Fatal << QString();
    QTest::newRow("200 json read") << 200 << QByteArray(R"({"Items":[]})") << true << true << Error::Kind::Fatal
                                   << QString();
}

void tst_MyobMappers::repliesAreGraded()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, bodyRequired);
    QFETCH(bool, ok);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, message);
    PacedReply reply;
    reply.status = status;
    reply.body = body;
    const Result<QJsonObject> parsed = MyobReply::parse(reply, bodyRequired);
    QCOMPARE(bool(parsed), ok);
    if (ok) {
        return;
    }
    QCOMPARE(parsed.error().kind(), kind);
    QVERIFY2(parsed.error().userMessage().contains(message), qPrintable(parsed.error().userMessage()));
    QVERIFY(parsed.error().detail().contains(QString::number(status)));
    QCOMPARE(MyobReply::isRateLimit(reply), status == 403 && message == QLatin1String("rate limit"));
}

void tst_MyobMappers::createdUidComesFromLocation()
{
    PacedReply reply;
    reply.status = 201;
    reply.headers.insert("location",
        "http://127.0.0.1:1/myob/api/accountright/biz/Contact/Customer/0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9");
    const auto uid = MyobReply::createdUid(reply);
    QVERIFY(uid);
    QCOMPARE(uid.value(), QStringLiteral("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9"));
    reply.headers.clear();
    const auto missing = MyobReply::createdUid(reply);
    QVERIFY(!missing);
    QVERIFY(missing.error().kind() != Error::Kind::Item); // unknown outcome: never a per-record failure
}

QTEST_GUILESS_MAIN(tst_MyobMappers)
#include "tst_myobmappers.moc"

// Xero JSON <-> store records, on replies shaped like Xero's (and like the sandbox's): every byte
// untrusted, money exact.
#include "providers/xeroaccountmapper.h"
#include "providers/xerocontactmapper.h"
#include "providers/xeroinvoicemapper.h"
#include "providers/xeroitemmapper.h"
#include "providers/xeropaymentmapper.h"
#include "providers/xeroreply.h"
#include "providers/xerotaxratemapper.h"
#include "sync/customersyncstep.h"
#include "sync/syncsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Ledgerlink;

class tst_XeroMappers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contactFromXero();
    void contactRejectsMalformed_data();
    void contactRejectsMalformed();
    void contactToXero();
    void itemMoneyIsExact();
    void taxRateAndAccount();
    void invoiceToXero();
    void paymentFromXero();
    void validationErrorBecomesItemError();
    void htmlReplyIsFatal();
    void rateLimitMessageNamesTheTime();
    void normalisedNames_data();
    void normalisedNames();
    void settingsDefaults();
};

static QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

void tst_XeroMappers::contactFromXero()
{
    const auto c = XeroContactMapper::fromJson(json(R"({"ContactID":"bd2270c3-8706-4c11-9cfb-000b551c3f51",
        "ContactNumber":"LL-C7","AccountNumber":"ACC-1","ContactStatus":"ACTIVE","Name":" ABC Limited ",
        "EmailAddress":"a@abc.test","Addresses":[{"AddressType":"STREET","City":"Wellington"},
        {"AddressType":"POBOX","AddressLine1":"PO Box 1","City":"Auckland","PostalCode":"1010"}],
        "Phones":[{"PhoneType":"DEFAULT","PhoneNumber":"555 1234","PhoneAreaCode":"09"}],
        "UpdatedDateUTC":"/Date(1488391422280+0000)/"})"));
    QVERIFY(c.ok());
    QCOMPARE(c->remoteId, QStringLiteral("bd2270c3-8706-4c11-9cfb-000b551c3f51"));
    QCOMPARE(c->externalKey, QStringLiteral("LL-C7"));
    QCOMPARE(c->customer.name, QStringLiteral("ABC Limited"));
    QCOMPARE(c->customer.accountNumber, QStringLiteral("ACC-1"));
    QCOMPARE(c->customer.city, QStringLiteral("Auckland"));
    QCOMPARE(c->customer.phone, QStringLiteral("09 555 1234"));
    QCOMPARE(c->version, QStringLiteral("1488391422280"));
    QVERIFY(!c->customer.archived);
}

void tst_XeroMappers::contactRejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no id") << QByteArray(R"({"Name":"X"})");
    QTest::newRow("name not a string") << QByteArray(R"({"ContactID":"1","Name":5})");
    QTest::newRow("bad date") << QByteArray(R"({"ContactID":"1","Name":"X","UpdatedDateUTC":"2020-01-01"})");
    QTest::newRow("email not a string") << QByteArray(R"({"ContactID":"1","Name":"X","EmailAddress":[]})");
}

void tst_XeroMappers::contactRejectsMalformed()
{
    QFETCH(QByteArray, body);
    const auto c = XeroContactMapper::fromJson(QJsonDocument::fromJson(body).object());
    QVERIFY(!c.ok());
    QCOMPARE(c.error().kind(), Error::Kind::Fatal);
    QVERIFY(!c.error().userMessage().isEmpty());
}

void tst_XeroMappers::contactToXero()
{
    ContactWrite w;
    w.externalKey = QStringLiteral("LL-C3");
    w.remoteId = QStringLiteral("abc");
    w.customer.name = QStringLiteral("Zed");
    w.customer.archived = true;
    const QJsonObject o = XeroContactMapper::toJson(w);
    QCOMPARE(o.value(QStringLiteral("ContactNumber")).toString(), QStringLiteral("LL-C3"));
    QCOMPARE(o.value(QStringLiteral("ContactID")).toString(), QStringLiteral("abc"));
    QCOMPARE(o.value(QStringLiteral("ContactStatus")).toString(), QStringLiteral("ARCHIVED"));
}

void tst_XeroMappers::itemMoneyIsExact()
{
    const auto i = XeroItemMapper::fromJson(json(R"({"ItemID":"i1","Code":"W","Name":"Widget",
        "SalesDetails":{"UnitPrice":1.005,"AccountCode":"200","TaxType":"OUTPUT2"}})"));
    QVERIFY(i.ok());
    QCOMPARE(i->item.salePriceMinor, qint64(101)); // 1.005 rounds half away from zero, not 1.00499…
    QCOMPARE(i->taxCode, QStringLiteral("OUTPUT2"));
    ItemWrite w;
    w.item.code = QStringLiteral("W");
    w.item.salePriceMinor = 1999;
    QCOMPARE(XeroItemMapper::toJson(w)
                 .value(QStringLiteral("SalesDetails"))
                 .toObject()
                 .value(QStringLiteral("UnitPrice"))
                 .toDouble(),
        19.99);
    QVERIFY(!XeroItemMapper::fromJson(json(R"({"ItemID":"i1","Code":"W","SalesDetails":{"UnitPrice":"abc"}})")).ok());
}

void tst_XeroMappers::taxRateAndAccount()
{
    const auto t = XeroTaxRateMapper::fromJson(json(R"({"Name":"15% GST on Income","TaxType":"OUTPUT2",
        "Status":"ACTIVE","EffectiveRate":15.0})"));
    QVERIFY(t.ok());
    QCOMPARE(t->taxType.rateE4, qint64(150000));
    QCOMPARE(t->taxType.code, QStringLiteral("OUTPUT2"));
    const auto a = XeroAccountMapper::fromJson(json(R"({"AccountID":"a1","Code":"090","Name":"Bank",
        "Type":"BANK","Status":"ARCHIVED"})"));
    QVERIFY(a.ok());
    QVERIFY(a->acceptsPayments);
    QVERIFY(a->account.archived);
    QVERIFY(!XeroTaxRateMapper::fromJson(json(R"({"Name":"x","TaxType":"T"})")).ok());
}

void tst_XeroMappers::invoiceToXero()
{
    InvoiceWrite w;
    w.invoice.kind = InvoiceKind::CreditNote;
    w.invoice.number = QStringLiteral("CN-9");
    w.invoice.issueDate = QDate(2026, 11, 2);
    InvoiceLine line;
    line.description = QStringLiteral("Refund");
    line.quantityE4 = 15000;
    line.unitPriceMinor = 1050;
    line.taxTypeId = 4;
    line.itemId = 8;
    w.invoice.lines << line;
    w.references.contactRemoteId = QStringLiteral("c1");
    w.references.taxCodes.insert(4, QStringLiteral("OUTPUT2"));
    w.references.defaultAccountCode = QStringLiteral("200");
    const QJsonObject o = XeroInvoiceMapper::toJson(w);
    QCOMPARE(o.value(QStringLiteral("Type")).toString(), QStringLiteral("ACCRECCREDIT"));
    QCOMPARE(o.value(QStringLiteral("CreditNoteNumber")).toString(), QStringLiteral("CN-9"));
    QCOMPARE(o.value(QStringLiteral("Date")).toString(), QStringLiteral("2026-11-02"));
    QCOMPARE(o.value(QStringLiteral("Status")).toString(), QStringLiteral("AUTHORISED"));
    const QJsonObject l = o.value(QStringLiteral("LineItems")).toArray().first().toObject();
    QCOMPARE(l.value(QStringLiteral("Quantity")).toDouble(), 1.5);
    QCOMPARE(l.value(QStringLiteral("UnitAmount")).toDouble(), 10.5);
    QCOMPARE(l.value(QStringLiteral("TaxType")).toString(), QStringLiteral("OUTPUT2"));
    QCOMPARE(l.value(QStringLiteral("AccountCode")).toString(), QStringLiteral("200"));
    QVERIFY(!l.contains(QStringLiteral("ItemCode"))); // item 8 is not known to Xero
}

void tst_XeroMappers::paymentFromXero()
{
    const auto p = XeroPaymentMapper::fromJson(json(R"({"PaymentID":"p1","Date":"/Date(1764201600000+0000)/",
        "Amount":115.5,"Status":"AUTHORISED","Invoice":{"InvoiceID":"inv1"}})"));
    QVERIFY(p.ok());
    QCOMPARE(p->amountMinor, qint64(11550));
    QCOMPARE(p->invoiceRemoteId, QStringLiteral("inv1"));
    QCOMPARE(p->date, QDate(2025, 11, 27));
    QVERIFY(!XeroPaymentMapper::fromJson(json(R"({"PaymentID":"p1","Amount":1})")).ok());
}

void tst_XeroMappers::validationErrorBecomesItemError()
{
    PacedReply reply;
    reply.status = 400;
    reply.body = R"({"ErrorNumber":10,"Type":"ValidationException","Message":"A validation exception occurred",
        "Elements":[{"ValidationErrors":[{"Message":"Invoice # must be unique."}]}]})";
    reply.headers.insert("xero-correlation-id", "corr-1");
    const Error e = XeroReply::errorFor(reply, Clock::system());
    QCOMPARE(e.kind(), Error::Kind::Item);
    QVERIFY(e.userMessage().contains(QLatin1String("Invoice # must be unique.")));
    QVERIFY(e.detail().contains(QLatin1String("corr-1")));
}

void tst_XeroMappers::htmlReplyIsFatal()
{
    PacedReply reply;
    reply.status = 200;
    reply.body = "<!DOCTYPE html><html><body>Service Unavailable</body></html>";
    const auto parsed = XeroReply::parse(reply, Clock::system());
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind(), Error::Kind::Fatal);
    reply.status = 401;
    reply.body = R"({"Title":"Unauthorized","Status":401,"Detail":"TokenExpired: token expired"})";
    QCOMPARE(XeroReply::errorFor(reply, Clock::system()).kind(), Error::Kind::Auth);
    reply.status = 503;
    QCOMPARE(XeroReply::errorFor(reply, Clock::system()).kind(), Error::Kind::Retryable);
}

void tst_XeroMappers::rateLimitMessageNamesTheTime()
{
    PacedReply reply;
    reply.status = 429;
    reply.headers.insert("retry-after", "3600");
    reply.headers.insert("x-rate-limit-problem", "day");
    const Error e = XeroReply::errorFor(reply, Clock::system());
    QCOMPARE(e.kind(), Error::Kind::Retryable);
    QVERIFY(e.userMessage().contains(QLatin1String("daily limit")));
    QVERIFY(e.userMessage().contains(QLatin1String("UTC")));
}

void tst_XeroMappers::normalisedNames_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("suffix") << QStringLiteral("Acme Ltd") << QStringLiteral("ACME Limited");
    QTest::newRow("punctuation") << QStringLiteral("Bolt & Co.") << QStringLiteral("bolt");
    QTest::newRow("spaces") << QStringLiteral("  Carol   Consulting ") << QStringLiteral("carol consulting");
}

void tst_XeroMappers::normalisedNames()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(CustomerSyncStep::normalisedName(a), CustomerSyncStep::normalisedName(b));
}

void tst_XeroMappers::settingsDefaults()
{
    const SyncSettings s = SyncSettings::fromJson({});
    QCOMPARE(s.triggerStatus, InvoiceStatus::PendingPayment);
    QCOMPARE(s.pollMinutes, 15);
    QVERIFY(s.customers.sends() && s.customers.receives());
    QVERIFY(!s.payments.sends() && s.payments.receives());
    QVERIFY(!s.reachedTrigger(InvoiceStatus::Draft));
    QVERIFY(s.reachedTrigger(InvoiceStatus::Paid));
    const SyncSettings t = SyncSettings::fromJson(s.toJson());
    QCOMPARE(t.toJson(), s.toJson());
}

QTEST_GUILESS_MAIN(tst_XeroMappers)
#include "tst_xeromappers.moc"

// Xero conformance: every reply body of every Xero endpoint the sandbox serves, and the sample
// request bodies the tests send, validated against xero_accounting.yaml / xero-identity.yaml by
// tst_sandbox_conformance.py (python3-yaml + python3-jsonschema).
#include "sandboxserver.h"
#include "testprofile.h"
#include "tst_sandboxclient.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <memory>

using namespace Ledgerlink;

namespace {

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

class tst_SandboxConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyXeroBodyMatchesTheSpec();

private:
    void record(const QString &schema, const QString &what, const QByteArray &body);
    void reply(const QString &schema, const QString &what, const HttpResult &result, int expectedStatus = 200);
    QJsonObject request(const QString &schema, const QString &what, const QJsonObject &body);

    QString m_accounting;
    QString m_identity;
    QByteArray m_samples;
    QStringList m_covered;
};

void tst_SandboxConformance::initTestCase()
{
#ifndef LEDGERLINK_SANDBOX_PYTHON
    QSKIP("python3 with yaml and jsonschema was not found at configure time");
#else
    const QString dir = str(LEDGERLINK_SOURCE_DIR "/../shared/reference/xero-openapi/");
    m_accounting = dir + str("xero_accounting.yaml");
    m_identity = dir + str("xero-identity.yaml");
    if (!QFile::exists(m_accounting) || !QFile::exists(m_identity)) {
        QSKIP("the Xero OpenAPI files are not beside the source tree (../shared/reference/xero-openapi)");
    }
#endif
}

void tst_SandboxConformance::record(const QString &schema, const QString &what, const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QVERIFY2(!doc.isNull(), qPrintable(what + str(": not JSON: ") + QString::fromUtf8(body.left(200))));
    QJsonObject line { { str("schema"), schema }, { str("what"), what } };
    line.insert(str("body"), doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    m_samples += QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    m_covered << what;
}

void tst_SandboxConformance::reply(
    const QString &schema, const QString &what, const HttpResult &result, int expectedStatus)
{
    QVERIFY2(result.status == expectedStatus,
        qPrintable(what + str(": status %1: ").arg(result.status) + QString::fromUtf8(result.body.left(300))));
    record(schema, what, result.body);
}

QJsonObject tst_SandboxConformance::request(const QString &schema, const QString &what, const QJsonObject &body)
{
    record(schema, str("request ") + what, QJsonDocument(body).toJson(QJsonDocument::Compact));
    return body;
}

void tst_SandboxConformance::everyXeroBodyMatchesTheSpec()
{
#ifdef LEDGERLINK_SANDBOX_PYTHON
    SandboxServer server;
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    client.postJson(str("/_sandbox/limits"), { { str("provider"), str("xero") }, { str("lift"), true } });
    QCOMPARE(
        client.postJson(str("/_sandbox/seed"), { { str("customers"), 6 }, { str("items"), 3 }, { str("invoices"), 8 } })
            .status,
        200);
    const QJsonObject token = client.xeroConnect();
    record(str("identity:AccessToken"), str("POST token authorization_code"), QJsonDocument(token).toJson());
    const HttpResult refreshed = client.postForm(str("/xero/identity/connect/token"),
        { { str("grant_type"), str("refresh_token") },
            { str("refresh_token"), token.value(str("refresh_token")).toString() } },
        { { "Authorization",
            SandboxTestClient::basic(SandboxTestClient::webClient(), SandboxTestClient::webSecret()) } });
    reply(str("identity:AccessToken"), str("POST token refresh_token"), refreshed);
    reply(str("identity:AccessToken"), str("POST token client_credentials"),
        client.postForm(str("/xero/identity/connect/token"),
            { { str("grant_type"), str("client_credentials") }, { str("scope"), str("accounting.contacts") } },
            { { "Authorization",
                SandboxTestClient::basic(
                    str("LEDGERLINK-XERO-CUSTOM"), str("xero-custom-secret-0123456789abcdef")) } }));
    const QString t = token.value(str("access_token")).toString();

    reply(str("identity:Connections"), str("GET connections"),
        client.get(str("/xero/api/connections"), { { "Authorization", "Bearer " + t.toLatin1() } }));

    const QJsonObject contacts = request(str("Contacts"), str("PUT Contacts"),
        { { str("Contacts"),
            QJsonArray { QJsonObject { { str("Name"), str("Spec Ltd") }, { str("ContactNumber"), str("LL-900") },
                { str("EmailAddress"), str("spec@example.com") },
                { str("Addresses"),
                    QJsonArray {
                        QJsonObject { { str("AddressType"), str("POBOX") }, { str("City"), str("Wellington") } } } },
                { str("Phones"),
                    QJsonArray { QJsonObject {
                        { str("PhoneType"), str("DEFAULT") }, { str("PhoneNumber"), str("555 1234") } } } } } } } });
    const HttpResult createdContact = client.xeroWrite("PUT", t, str("Contacts"), contacts);
    reply(str("Contacts"), str("PUT Contacts reply"), createdContact);
    const QString contactId =
        createdContact.json().value(str("Contacts")).toArray().at(0).toObject().value(str("ContactID")).toString();
    reply(str("Contacts"), str("POST Contacts summarizeErrors=false"),
        client.xeroWrite("POST", t, str("Contacts?summarizeErrors=false"),
            request(str("Contacts"), str("POST Contacts batch"),
                { { str("Contacts"),
                    QJsonArray { QJsonObject { { str("Name"), str("Spec Ltd") } },
                        QJsonObject {
                            { str("ContactID"), contactId }, { str("ContactStatus"), str("ACTIVE") } } } } })));
    reply(str("Error"), str("PUT Contacts validation error"),
        client.xeroWrite("PUT", t, str("Contacts"),
            { { str("Contacts"), QJsonArray { QJsonObject { { str("Name"), str("") } } } } }),
        400);
    reply(str("Contacts"), str("GET Contacts"), client.xeroGet(t, str("Contacts?includeArchived=true")));
    reply(str("Contacts"), str("GET Contacts paged"), client.xeroGet(t, str("Contacts?page=1&pageSize=3")));
    reply(str("Contacts"), str("GET Contact by id"), client.xeroGet(t, str("Contacts/") + contactId));

    const QJsonObject items = request(str("Items"), str("PUT Items"),
        { { str("Items"),
            QJsonArray { QJsonObject { { str("Code"), str("SPEC-1") }, { str("Name"), str("Spec item") },
                { str("Description"), str("Spec") },
                { str("SalesDetails"),
                    QJsonObject { { str("UnitPrice"), 42.0 }, { str("AccountCode"), str("200") },
                        { str("TaxType"), str("OUTPUT2") } } } } } } });
    reply(str("Items"), str("PUT Items reply"), client.xeroWrite("PUT", t, str("Items"), items));
    reply(str("Items"), str("GET Items"), client.xeroGet(t, str("Items")));
    reply(str("TaxRates"), str("GET TaxRates"), client.xeroGet(t, str("TaxRates")));
    reply(str("Accounts"), str("GET Accounts"), client.xeroGet(t, str("Accounts")));
    reply(str("Organisations"), str("GET Organisation"), client.xeroGet(t, str("Organisation")));

    const QJsonObject invoices = request(str("Invoices"), str("PUT Invoices"),
        { { str("Invoices"),
            QJsonArray { QJsonObject { { str("Type"), str("ACCREC") },
                { str("Contact"), QJsonObject { { str("ContactID"), contactId } } }, { str("Date"), str("2026-11-01") },
                { str("DueDate"), str("2026-11-30") }, { str("LineAmountTypes"), str("Exclusive") },
                { str("Reference"), str("PO-1") }, { str("Status"), str("AUTHORISED") },
                { str("LineItems"),
                    QJsonArray { QJsonObject { { str("ItemCode"), str("SPEC-1") },
                        { str("Description"), str("Spec work") }, { str("Quantity"), 2.0 }, { str("UnitAmount"), 50.0 },
                        { str("AccountCode"), str("200") }, { str("TaxType"), str("OUTPUT2") } } } } } } } });
    const HttpResult createdInvoice = client.xeroWrite("PUT", t, str("Invoices?summarizeErrors=false"), invoices);
    reply(str("Invoices"), str("PUT Invoices reply"), createdInvoice);
    const QString invoiceId =
        createdInvoice.json().value(str("Invoices")).toArray().at(0).toObject().value(str("InvoiceID")).toString();
    reply(str("Error"), str("PUT Invoices duplicate number"),
        client.xeroWrite("PUT", t, str("Invoices"),
            { { str("Invoices"),
                QJsonArray { QJsonObject { { str("Type"), str("ACCREC") }, { str("InvoiceNumber"), str("INV-0001") },
                    { str("Contact"), QJsonObject { { str("ContactID"), contactId } } } } } } }),
        400);
    reply(str("Invoices"), str("GET Invoices"), client.xeroGet(t, str("Invoices")));
    reply(str("Invoices"), str("GET Invoices paged"),
        client.xeroGet(t, str("Invoices?page=1&pageSize=2&Statuses=AUTHORISED,PAID")));
    reply(str("Invoices"), str("GET Invoice by id"), client.xeroGet(t, str("Invoices/") + invoiceId));

    const QJsonObject payment = request(str("Payments"), str("PUT Payments"),
        { { str("Payments"),
            QJsonArray { QJsonObject { { str("Invoice"), QJsonObject { { str("InvoiceID"), invoiceId } } },
                { str("Account"), QJsonObject { { str("Code"), str("090") } } }, { str("Date"), str("2026-11-05") },
                { str("Amount"), 15.0 }, { str("Reference"), str("Part") } } } } });
    const HttpResult paid = client.xeroWrite("PUT", t, str("Payments"), payment);
    reply(str("Payments"), str("PUT Payments reply"), paid);
    const QString paymentId =
        paid.json().value(str("Payments")).toArray().at(0).toObject().value(str("PaymentID")).toString();
    reply(str("Payments"), str("POST Payment deleted"),
        client.xeroWrite("POST", t, str("Payments/") + paymentId,
            request(str("Payment"), str("POST Payment delete"), { { str("Status"), str("DELETED") } })));
    reply(str("Payments"), str("GET Payments"), client.xeroGet(t, str("Payments")));
    reply(str("Payments"), str("GET Payments paged"), client.xeroGet(t, str("Payments?page=1")));

    const QJsonObject credit = request(str("CreditNotes"), str("PUT CreditNotes"),
        { { str("CreditNotes"),
            QJsonArray { QJsonObject { { str("Type"), str("ACCRECCREDIT") },
                { str("Contact"), QJsonObject { { str("ContactID"), contactId } } }, { str("Date"), str("2026-11-03") },
                { str("Status"), str("DRAFT") },
                { str("LineItems"),
                    QJsonArray { QJsonObject { { str("Description"), str("Refund") }, { str("Quantity"), 1.0 },
                        { str("UnitAmount"), 10.0 }, { str("AccountCode"), str("200") } } } } } } } });
    reply(str("CreditNotes"), str("PUT CreditNotes reply"), client.xeroWrite("PUT", t, str("CreditNotes"), credit));
    const QJsonObject authorisedNote = request(str("CreditNote"), str("PUT CreditNotes authorised"),
        { { str("Type"), str("ACCRECCREDIT") }, { str("Contact"), QJsonObject { { str("ContactID"), contactId } } },
            { str("Date"), str("2026-11-03") }, { str("Status"), str("AUTHORISED") },
            { str("LineItems"),
                QJsonArray { QJsonObject { { str("Description"), str("Refund") }, { str("Quantity"), 1.0 },
                    { str("UnitAmount"), 5.0 }, { str("AccountCode"), str("200") } } } } });
    const HttpResult createdNote = client.xeroWrite("PUT", t, str("CreditNotes"), authorisedNote);
    const QString noteId =
        createdNote.json().value(str("CreditNotes")).toArray().at(0).toObject().value(str("CreditNoteID")).toString();
    reply(str("Allocations"), str("PUT CreditNote Allocations"),
        client.xeroWrite("PUT", t, str("CreditNotes/") + noteId + str("/Allocations"),
            request(str("Allocations"), str("PUT Allocations"),
                { { str("Allocations"),
                    QJsonArray { QJsonObject { { str("Invoice"), QJsonObject { { str("InvoiceID"), invoiceId } } },
                        { str("Amount"), 5.0 }, { str("Date"), str("2026-11-04") } } } } })));
    reply(str("Invoices"), str("GET Invoice with credit allocated"), client.xeroGet(t, str("Invoices/") + invoiceId));
    reply(str("CreditNotes"), str("GET CreditNotes"), client.xeroGet(t, str("CreditNotes")));
    reply(str("CreditNotes"), str("GET CreditNotes paged"), client.xeroGet(t, str("CreditNotes?page=1")));

    TestProfile profile;
    const QString samplesPath = profile.filePath(str("samples.jsonl"));
    QFile samples(samplesPath);
    QVERIFY(samples.open(QIODevice::WriteOnly));
    samples.write(m_samples);
    samples.close();
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(str(LEDGERLINK_SANDBOX_PYTHON),
        { str(LEDGERLINK_SOURCE_DIR "/tests/tst_sandbox_conformance.py"), m_accounting, m_identity, samplesPath });
    QVERIFY(python.waitForStarted());
    QVERIFY(python.waitForFinished(120000));
    const QString output = QString::fromUtf8(python.readAll());
    qInfo().noquote() << output.trimmed();
    QVERIFY2(python.exitCode() == 0, qPrintable(output));
    QVERIFY(output.contains(str("validated %1 bodies, 0 failed").arg(m_covered.size())));
#endif
}

QTEST_GUILESS_MAIN(tst_SandboxConformance)
#include "tst_sandboxconformance.moc"

// Xero business rules over real HTTP: unique names and numbers, archived contacts, totals and dates,
// line-item replacement, payments up to the amount due, status transitions, credit notes and items.
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
class tst_SandboxXeroRules : public QObject, protected SandboxXeroSession
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void contactsCreateAndUniqueName();
    void archivedContactsHiddenUnlessAsked();
    void invoiceTotalsAndDates();
    void invoiceNumberUnique();
    void omittedLineItemIdDeletesLine();
    void paymentsUpToAmountDueSetPaid();
    void deletingPaymentReopensInvoice();
    void statusTransitions_data();
    void statusTransitions();
    void archivedContactCannotBeInvoiced();
    void creditNotesAndItems();
    void creditNoteAllocationReducesAmountDue();
    void singleRecordByIdOrNumber();
};

void tst_SandboxXeroRules::init()
{
    QVERIFY(startSession());
}

void tst_SandboxXeroRules::cleanup()
{
    stopSession();
}

void tst_SandboxXeroRules::contactsCreateAndUniqueName()
{
    QVERIFY(!createContact(str("Acme Ltd")).isEmpty());
    const HttpResult dup = m_client->xeroWrite("PUT", m_token, str("Contacts"),
        { { str("Contacts"), QJsonArray { QJsonObject { { str("Name"), str("ACME LTD") } } } } });
    QCOMPARE(dup.status, 400);
    const QJsonObject error = dup.json();
    QCOMPARE(error.value(str("ErrorNumber")).toInt(), 10);
    QCOMPARE(error.value(str("Type")).toString(), str("ValidationException"));
    const QString message = error.value(str("Elements"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(str("ValidationErrors"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(str("Message"))
                                .toString();
    QVERIFY2(message.contains(str("must be unique across all active contacts")), qPrintable(message));
    const HttpResult badEmail = m_client->xeroWrite("PUT", m_token, str("Contacts"),
        { { str("Contacts"),
            QJsonArray { QJsonObject { { str("Name"), str("Brightside Dental") },
                { str("EmailAddress"), str("reception at brightside") } } } } });
    QCOMPARE(badEmail.status, 400);
    QVERIFY2(badEmail.body.contains("Email address must be valid."), badEmail.body.constData());
    QVERIFY(!createContact(str("Good Email Ltd")).isEmpty());
    const HttpResult noName =
        m_client->xeroWrite("PUT", m_token, str("Contacts"), { { str("EmailAddress"), str("a@b.c") } });
    QCOMPARE(noName.status, 400);
}

void tst_SandboxXeroRules::archivedContactsHiddenUnlessAsked()
{
    const QString id = createContact(str("Old Customer"));
    const HttpResult archived =
        m_client->xeroWrite("POST", m_token, str("Contacts/") + id, { { str("ContactStatus"), str("ARCHIVED") } });
    QCOMPARE(archived.status, 200);
    QCOMPARE(m_client->xeroGet(m_token, str("Contacts")).json().value(str("Contacts")).toArray().size(), 0);
    QCOMPARE(
        m_client->xeroGet(m_token, str("Contacts?includeArchived=true")).json().value(str("Contacts")).toArray().size(),
        1);
    // An archived name is free again among active contacts.
    QVERIFY(!createContact(str("Old Customer")).isEmpty());
}

void tst_SandboxXeroRules::invoiceTotalsAndDates()
{
    const QJsonObject inv = createInvoice(invoice(createContact(str("Totals Ltd"))));
    QCOMPARE(inv.value(str("Status")).toString(), str("AUTHORISED"));
    QCOMPARE(inv.value(str("SubTotal")).toDouble(), 200.0);
    QCOMPARE(inv.value(str("TotalTax")).toDouble(), 30.0);
    QCOMPARE(inv.value(str("Total")).toDouble(), 230.0);
    QCOMPARE(inv.value(str("AmountDue")).toDouble(), 230.0);
    QCOMPARE(inv.value(str("Date")).toString(), str("/Date(1793491200000+0000)/"));
    QVERIFY(inv.value(str("UpdatedDateUTC")).toString().startsWith(str("/Date(")));
    QCOMPARE(inv.value(str("InvoiceNumber")).toString(), str("INV-0001"));
    QJsonObject inclusive = invoice(createContact(str("Inclusive Ltd")));
    inclusive.insert(str("LineAmountTypes"), str("Inclusive"));
    const QJsonObject inc = createInvoice(inclusive);
    QCOMPARE(inc.value(str("Total")).toDouble(), 200.0);
    QCOMPARE(inc.value(str("TotalTax")).toDouble(), 26.09);
}

void tst_SandboxXeroRules::invoiceNumberUnique()
{
    const QString contact = createContact(str("Numbers Ltd"));
    QJsonObject body = invoice(contact);
    body.insert(str("InvoiceNumber"), str("LL-1"));
    QVERIFY(!createInvoice(body).isEmpty());
    const HttpResult dup =
        m_client->xeroWrite("PUT", m_token, str("Invoices"), { { str("Invoices"), QJsonArray { body } } });
    QCOMPARE(dup.status, 400);
    QVERIFY(dup.body.contains("Invoice # must be unique."));
}

void tst_SandboxXeroRules::omittedLineItemIdDeletesLine()
{
    QJsonObject body = invoice(createContact(str("Lines Ltd")), str("DRAFT"));
    QJsonArray lines = body.value(str("LineItems")).toArray();
    lines.append(QJsonObject { { str("Description"), str("Second") }, { str("Quantity"), 1.0 },
        { str("UnitAmount"), 10.0 }, { str("AccountCode"), str("200") } });
    body.insert(str("LineItems"), lines);
    const QJsonObject created = createInvoice(body);
    const QJsonArray createdLines = created.value(str("LineItems")).toArray();
    QCOMPARE(createdLines.size(), 2);
    const QString keepId = createdLines.at(0).toObject().value(str("LineItemID")).toString();
    QJsonObject update { { str("InvoiceID"), created.value(str("InvoiceID")) },
        { str("LineItems"),
            QJsonArray { QJsonObject { { str("LineItemID"), keepId }, { str("Description"), str("Kept") },
                { str("Quantity"), 1.0 }, { str("UnitAmount"), 50.0 }, { str("AccountCode"), str("200") } } } } };
    const HttpResult r =
        m_client->xeroWrite("POST", m_token, str("Invoices"), { { str("Invoices"), QJsonArray { update } } });
    QCOMPARE(r.status, 200);
    const QJsonObject updated = r.json().value(str("Invoices")).toArray().at(0).toObject();
    QCOMPARE(updated.value(str("LineItems")).toArray().size(), 1);
    QCOMPARE(updated.value(str("LineItems")).toArray().at(0).toObject().value(str("LineItemID")).toString(), keepId);
    QCOMPARE(updated.value(str("SubTotal")).toDouble(), 50.0);
}

void tst_SandboxXeroRules::paymentsUpToAmountDueSetPaid()
{
    const QJsonObject inv = createInvoice(invoice(createContact(str("Payer Ltd"))));
    auto pay = [&](double amount, const char *account = "090") {
        return m_client->xeroWrite("PUT", m_token, str("Payments"),
            { { str("Invoice"), QJsonObject { { str("InvoiceID"), inv.value(str("InvoiceID")) } } },
                { str("Account"), QJsonObject { { str("Code"), QString::fromLatin1(account) } } },
                { str("Date"), str("2026-11-10") }, { str("Amount"), amount } });
    };
    const HttpResult over = pay(230.01);
    QCOMPARE(over.status, 400);
    QVERIFY(over.body.contains("Payment amount exceeds the amount outstanding on this document"));
    QCOMPARE(pay(30.0, "200").status, 400); // a revenue account takes no payments
    QCOMPARE(pay(30.0).status, 200);
    QJsonObject now = m_client->xeroGet(m_token, str("Invoices/") + inv.value(str("InvoiceID")).toString())
                          .json()
                          .value(str("Invoices"))
                          .toArray()
                          .at(0)
                          .toObject();
    QCOMPARE(now.value(str("AmountDue")).toDouble(), 200.0);
    QCOMPARE(now.value(str("Status")).toString(), str("AUTHORISED"));
    QCOMPARE(pay(200.0).status, 200);
    now = m_client->xeroGet(m_token, str("Invoices/") + inv.value(str("InvoiceID")).toString())
              .json()
              .value(str("Invoices"))
              .toArray()
              .at(0)
              .toObject();
    QCOMPARE(now.value(str("Status")).toString(), str("PAID"));
    QCOMPARE(now.value(str("AmountDue")).toDouble(), 0.0);
    QCOMPARE(now.value(str("Payments")).toArray().size(), 2);
    QCOMPARE(pay(1.0).status, 400); // nothing left to pay
}

void tst_SandboxXeroRules::deletingPaymentReopensInvoice()
{
    const QJsonObject inv = createInvoice(invoice(createContact(str("Refund Ltd"))));
    const HttpResult paid = m_client->xeroWrite("PUT", m_token, str("Payments"),
        { { str("Invoice"), QJsonObject { { str("InvoiceID"), inv.value(str("InvoiceID")) } } },
            { str("Account"), QJsonObject { { str("Code"), str("090") } } }, { str("Date"), str("2026-11-10") },
            { str("Amount"), 230.0 } });
    const QString paymentId =
        paid.json().value(str("Payments")).toArray().at(0).toObject().value(str("PaymentID")).toString();
    QVERIFY(!paymentId.isEmpty());
    QCOMPARE(
        m_client->xeroWrite("POST", m_token, str("Payments/") + paymentId, { { str("Amount"), 1.0 } }).status, 400);
    const HttpResult deleted =
        m_client->xeroWrite("POST", m_token, str("Payments/") + paymentId, { { str("Status"), str("DELETED") } });
    QCOMPARE(deleted.status, 200);
    const QJsonObject now = m_client->xeroGet(m_token, str("Invoices/") + inv.value(str("InvoiceID")).toString())
                                .json()
                                .value(str("Invoices"))
                                .toArray()
                                .at(0)
                                .toObject();
    QCOMPARE(now.value(str("Status")).toString(), str("AUTHORISED"));
    QCOMPARE(now.value(str("AmountDue")).toDouble(), 230.0);
}

void tst_SandboxXeroRules::statusTransitions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<bool>("paid");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("draft->authorised") << str("DRAFT") << false << str("AUTHORISED") << true;
    QTest::newRow("draft->deleted") << str("DRAFT") << false << str("DELETED") << true;
    QTest::newRow("submitted->deleted") << str("SUBMITTED") << false << str("DELETED") << true;
    QTest::newRow("draft->voided") << str("DRAFT") << false << str("VOIDED") << false;
    QTest::newRow("authorised->voided") << str("AUTHORISED") << false << str("VOIDED") << true;
    QTest::newRow("authorised->deleted") << str("AUTHORISED") << false << str("DELETED") << false;
    QTest::newRow("authorised->draft") << str("AUTHORISED") << false << str("DRAFT") << false;
    QTest::newRow("part-paid->voided") << str("AUTHORISED") << true << str("VOIDED") << false;
    QTest::newRow("authorised->paid") << str("AUTHORISED") << false << str("PAID") << false;
}

void tst_SandboxXeroRules::statusTransitions()
{
    QFETCH(QString, from);
    QFETCH(bool, paid);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    const QJsonObject inv = createInvoice(invoice(createContact(str("Status Ltd")), from));
    QCOMPARE(inv.value(str("Status")).toString(), from);
    if (paid) {
        QCOMPARE(m_client
                     ->xeroWrite("PUT", m_token, str("Payments"),
                         { { str("Invoice"), QJsonObject { { str("InvoiceID"), inv.value(str("InvoiceID")) } } },
                             { str("Account"), QJsonObject { { str("Code"), str("090") } } },
                             { str("Date"), str("2026-11-10") }, { str("Amount"), 10.0 } })
                     .status,
            200);
    }
    const HttpResult r = m_client->xeroWrite(
        "POST", m_token, str("Invoices/") + inv.value(str("InvoiceID")).toString(), { { str("Status"), to } });
    QCOMPARE(r.status, allowed ? 200 : 400);
    if (allowed) {
        QCOMPARE(r.json().value(str("Invoices")).toArray().at(0).toObject().value(str("Status")).toString(), to);
    }
}

void tst_SandboxXeroRules::archivedContactCannotBeInvoiced()
{
    // Documents may name their contact by ContactNumber too.
    const HttpResult numbered = m_client->xeroWrite("PUT", m_token, str("Contacts"),
        { { str("Name"), str("Numbered Ltd") }, { str("ContactNumber"), str("CN-42") } });
    QCOMPARE(numbered.status, 200);
    QJsonObject byNumber = invoice(QString());
    byNumber.insert(str("Contact"), QJsonObject { { str("ContactNumber"), str("CN-42") } });
    QCOMPARE(
        createInvoice(byNumber).value(str("Contact")).toObject().value(str("Name")).toString(), str("Numbered Ltd"));

    const QString id = createContact(str("Gone Ltd"));
    m_client->xeroWrite("POST", m_token, str("Contacts/") + id, { { str("ContactStatus"), str("ARCHIVED") } });
    const HttpResult r =
        m_client->xeroWrite("PUT", m_token, str("Invoices"), { { str("Invoices"), QJsonArray { invoice(id) } } });
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.contains("archived"));
}

void tst_SandboxXeroRules::creditNotesAndItems()
{
    const HttpResult item = m_client->xeroWrite("PUT", m_token, str("Items"),
        { { str("Items"),
            QJsonArray { QJsonObject { { str("Code"), str("W-1") }, { str("Name"), str("Widget") },
                { str("SalesDetails"),
                    QJsonObject { { str("UnitPrice"), 12.5 }, { str("AccountCode"), str("200") } } } } } } });
    QCOMPARE(item.status, 200);
    QCOMPARE(m_client->xeroWrite("PUT", m_token, str("Items"), { { str("Code"), str("W-1") } }).status, 400);
    QCOMPARE(m_client
                 ->xeroWrite(
                     "POST", m_token, str("Items"), { { str("Code"), str("W-1") }, { str("Name"), str("Widget 2") } })
                 .status,
        200);
    QCOMPARE(m_client->xeroGet(m_token, str("Items/W-1"))
                 .json()
                 .value(str("Items"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(str("Name"))
                 .toString(),
        str("Widget 2"));
    const QString contact = createContact(str("Credit Ltd"));
    const HttpResult cn = m_client->xeroWrite("PUT", m_token, str("CreditNotes"),
        { { str("CreditNotes"),
            QJsonArray { QJsonObject { { str("Type"), str("ACCRECCREDIT") },
                { str("Contact"), QJsonObject { { str("ContactID"), contact } } }, { str("Date"), str("2026-11-02") },
                { str("Status"), str("AUTHORISED") },
                { str("LineItems"),
                    QJsonArray { QJsonObject { { str("ItemCode"), str("W-1") }, { str("Quantity"), 2.0 } } } } } } } });
    QCOMPARE(cn.status, 200);
    const QJsonObject note = cn.json().value(str("CreditNotes")).toArray().at(0).toObject();
    QCOMPARE(note.value(str("CreditNoteNumber")).toString(), str("CN-0001"));
    QCOMPARE(note.value(str("Total")).toDouble(), 28.75);
    QCOMPARE(note.value(str("RemainingCredit")).toDouble(), 28.75);
    QCOMPARE(m_client->xeroGet(m_token, str("TaxRates")).json().value(str("TaxRates")).toArray().size(), 4);
    QCOMPARE(m_client->xeroGet(m_token, str("Accounts")).json().value(str("Accounts")).toArray().size(), 6);
    QCOMPARE(m_client->xeroGet(m_token, str("Organisation")).json().value(str("Organisations")).toArray().size(), 1);
}

void tst_SandboxXeroRules::singleRecordByIdOrNumber()
{
    const QJsonObject inv = createInvoice(invoice(createContact(str("Single Ltd"))));
    QCOMPARE(m_client->xeroGet(m_token, str("Invoices/") + inv.value(str("InvoiceID")).toString()).status, 200);
    QCOMPARE(m_client->xeroGet(m_token, str("Invoices/INV-0001")).status, 200);
    const HttpResult missing = m_client->xeroGet(m_token, str("Invoices/00000000-0000-0000-0000-000000000000"));
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.header("content-type").startsWith("text/plain"));
}

void tst_SandboxXeroRules::creditNoteAllocationReducesAmountDue()
{
    const QString contact = createContact(str("Allocate Ltd"));
    const QJsonObject inv = createInvoice(invoice(contact)); // 230.00
    auto note = [&](double unit) {
        const HttpResult r = m_client->xeroWrite("PUT", m_token, str("CreditNotes"),
            { { str("Type"), str("ACCRECCREDIT") }, { str("Contact"), QJsonObject { { str("ContactID"), contact } } },
                { str("Status"), str("AUTHORISED") }, { str("Date"), str("2026-11-02") },
                { str("LineItems"),
                    QJsonArray { QJsonObject { { str("Description"), str("Credit") }, { str("Quantity"), 1.0 },
                        { str("UnitAmount"), unit }, { str("AccountCode"), str("200") },
                        { str("TaxType"), str("OUTPUT2") } } } } });
        return r.json().value(str("CreditNotes")).toArray().at(0).toObject().value(str("CreditNoteID")).toString();
    };
    const QString small = note(100.0); // 115.00
    auto allocate = [&](const QString &creditNote, double amount) {
        return m_client->xeroWrite("PUT", m_token, str("CreditNotes/") + creditNote + str("/Allocations"),
            { { str("Allocations"),
                QJsonArray {
                    QJsonObject { { str("Invoice"), QJsonObject { { str("InvoiceID"), inv.value(str("InvoiceID")) } } },
                        { str("Amount"), amount }, { str("Date"), str("2026-11-03") } } } } });
    };
    QCOMPARE(allocate(small, 115.01).status, 400); // more than the remaining credit
    const HttpResult ok = allocate(small, 115.0);
    QCOMPARE(ok.status, 200);
    QVERIFY(!ok.json()
                 .value(str("Allocations"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(str("AllocationID"))
                 .toString()
                 .isEmpty());
    QJsonObject now = m_client->xeroGet(m_token, str("Invoices/") + inv.value(str("InvoiceID")).toString())
                          .json()
                          .value(str("Invoices"))
                          .toArray()
                          .at(0)
                          .toObject();
    QCOMPARE(now.value(str("AmountCredited")).toDouble(), 115.0);
    QCOMPARE(now.value(str("AmountDue")).toDouble(), 115.0);
    const QJsonObject used = m_client->xeroGet(m_token, str("CreditNotes/") + small)
                                 .json()
                                 .value(str("CreditNotes"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
    QCOMPARE(used.value(str("RemainingCredit")).toDouble(), 0.0);
    QCOMPARE(used.value(str("Status")).toString(), str("PAID"));
    const QString big = note(200.0); // 230.00, more than the 115.00 still due
    QCOMPARE(allocate(big, 116.0).status, 400);
    QCOMPARE(allocate(big, 115.0).status, 200);
    now = m_client->xeroGet(m_token, str("Invoices/") + inv.value(str("InvoiceID")).toString())
              .json()
              .value(str("Invoices"))
              .toArray()
              .at(0)
              .toObject();
    QCOMPARE(now.value(str("Status")).toString(), str("PAID"));
    QCOMPARE(now.value(str("CreditNotes")).toArray().size(), 2);
    // An allocated credit note's lines are locked.
    QCOMPARE(
        m_client
            ->xeroWrite("POST", m_token, str("CreditNotes/") + big,
                { { str("LineItems"),
                    QJsonArray { QJsonObject { { str("Description"), str("x") }, { str("UnitAmount"), 1.0 } } } } })
            .status,
        400);
}

QTEST_GUILESS_MAIN(tst_SandboxXeroRules)
#include "tst_sandboxxerorules.moc"

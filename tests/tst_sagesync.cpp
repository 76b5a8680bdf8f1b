// The sync engine against the sandbox's Sage Business Cloud Accounting over real HTTP: first
// activation importing reference data and matching contacts without duplicates, customers and
// products both ways, invoices pushed once at the trigger status, a quiet second run, remote
// payments bringing invoices to part paid / Paid, a disabled integration, a 422 failing one
// record, and a crash between the journal and Sage's reply. Client rules are in tst_sageclient.cpp.
#include "sandboxclock.h"
#include "store/customerrepository.h"
#include "store/integrationrepository.h"
#include "store/invoicerepository.h"
#include "store/itemrepository.h"
#include "store/linkrepository.h"
#include "sync/runcontext.h"
#include "sync/syncengine.h"
#include "tst_sagefixture.h"

#include <QSet>
#include <QTest>

using namespace Ledgerlink;

class tst_SageSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstActivationImportsAndMatchesWithoutDuplicates();
    void referenceDataComesFromSage();
    void secondRunSendsNoWrites();
    void itemsBothWaysAndLinesNameTheProduct();
    void invoicePushedOnceAtTriggerStatus();
    void remotePaymentsMakeInvoicePartPaidThenPaid();
    void disabledIntegrationMovesNothing();
    void validationErrorFailsOneRecordAndRunGoesOn();
    void crashBetweenJournalAndReplyLeavesOneInvoice();
    void crashAfterContactCreateIsRecoveredByReference();
    void creditNotePushedAsSalesCreditNote();
    void voidedInvoiceIsVoidedInSage();
    void remoteEditInTheSecondOfOurWriteIsPulled();
    void remoteItemEditInTheSecondOfOurWriteIsPulled();

private:
    QJsonObject remoteById(const QString &collection, const QString &id);
    Invoice pushedInvoice(const QString &number, qint64 unitPriceMinor, QString *remoteId);
    HttpResult pay(const QString &invoiceId, double amount);

    std::unique_ptr<SageFixture> m_fx;
};

void tst_SageSync::init()
{
    m_fx = std::make_unique<SageFixture>();
    QVERIFY(m_fx->setUp());
}

void tst_SageSync::cleanup()
{
    m_fx.reset();
}

QJsonObject tst_SageSync::remoteById(const QString &collection, const QString &id)
{
    for (const auto &v : m_fx->remote(collection)) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id) {
            return v.toObject();
        }
    }
    return {};
}

Invoice tst_SageSync::pushedInvoice(const QString &number, qint64 unitPriceMinor, QString *remoteId)
{
    const Customer c = m_fx->addCustomer(QStringLiteral("Customer of ") + number);
    if (m_fx->runSync().result != RunResult::Succeeded) { // customer out, tax rates and ledgers in
        return {};
    }
    Invoice inv = m_fx->addInvoice(c.id, number, unitPriceMinor);
    if (!InvoiceRepository(m_fx->database(), Clock::system()).setStatus(inv.id, InvoiceStatus::PendingPayment)
        || m_fx->runSync().result != RunResult::Succeeded) {
        return {};
    }
    *remoteId = m_fx->remoteIdOf(SyncEntity::invoice(), inv.id);
    return inv;
}

HttpResult tst_SageSync::pay(const QString &invoiceId, double amount)
{
    const QJsonObject invoice = remoteById(QStringLiteral("sales_invoices"), invoiceId);
    return m_fx->api("POST", QStringLiteral("contact_payments"),
        { { QStringLiteral("contact_payment"),
            QJsonObject { { QStringLiteral("transaction_type_id"), QStringLiteral("CUSTOMER_RECEIPT") },
                { QStringLiteral("contact_id"),
                    invoice.value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")) },
                { QStringLiteral("date"), QDate::currentDate().toString(Qt::ISODate) },
                { QStringLiteral("total_amount"), amount }, { QStringLiteral("reference"), QStringLiteral("BACS") },
                { QStringLiteral("allocated_artefacts"),
                    QJsonArray { QJsonObject {
                        { QStringLiteral("artefact_id"), invoiceId }, { QStringLiteral("amount"), amount } } } } } } });
}

void tst_SageSync::firstActivationImportsAndMatchesWithoutDuplicates()
{
    const QString acme = m_fx->create(QStringLiteral("contacts"), QStringLiteral("contact"),
        { { QStringLiteral("name"), QStringLiteral("Acme Ltd") },
            { QStringLiteral("reference"), QStringLiteral("ACME") } });
    const QString carol = m_fx->create(QStringLiteral("contacts"), QStringLiteral("contact"),
        { { QStringLiteral("name"), QStringLiteral("Carol Consulting") },
            { QStringLiteral("reference"), QStringLiteral("CAROL") },
            { QStringLiteral("email"), QStringLiteral("carol@example.test") } });
    const QString keyed = m_fx->create(QStringLiteral("contacts"), QStringLiteral("contact"),
        { { QStringLiteral("name"), QStringLiteral("Bäckerei Köhler GmbH") },
            { QStringLiteral("reference"), QStringLiteral("K-100") } });
    const QString remoteOnly = m_fx->create(QStringLiteral("contacts"), QStringLiteral("contact"),
        { { QStringLiteral("name"), QStringLiteral("Remote Only") },
            { QStringLiteral("reference"), QStringLiteral("RO") } });
    QVERIFY(!acme.isEmpty() && !carol.isEmpty() && !keyed.isEmpty() && !remoteOnly.isEmpty());
    const Customer localAcme = m_fx->addCustomer(QStringLiteral("ACME Limited"));
    const Customer localCarol = m_fx->addCustomer(QStringLiteral("Carol C"), QStringLiteral("CAROL@example.test"));
    const Customer localKeyed = m_fx->addCustomer(QStringLiteral("Koehler Bakery"), {}, QStringLiteral("K-100"));
    const Customer local = m_fx->addCustomer(QStringLiteral("Local Only"));

    const RunSummary summary = m_fx->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(summary.message + QLatin1Char(' ') + summary.detail));
    QCOMPARE(summary.counts.failed, 0);
    // Matched by normalised name, email and reference; one imported, one created: one each.
    QCOMPARE(m_fx->remoteIdOf(SyncEntity::customer(), localAcme.id), acme);
    QCOMPARE(m_fx->remoteIdOf(SyncEntity::customer(), localCarol.id), carol);
    QCOMPARE(m_fx->remoteIdOf(SyncEntity::customer(), localKeyed.id), keyed);
    const QJsonArray remote = m_fx->remote(QStringLiteral("contacts"));
    QCOMPARE(remote.size(), 5);
    const QJsonObject created =
        remoteById(QStringLiteral("contacts"), m_fx->remoteIdOf(SyncEntity::customer(), local.id));
    QCOMPARE(created.value(QStringLiteral("name")).toString(), QStringLiteral("Local Only"));
    QCOMPARE(created.value(QStringLiteral("reference")).toString(), QStringLiteral("LL-C%1").arg(local.id));
    auto customers = CustomerRepository(m_fx->database(), Clock::system()).page(0, 100);
    QCOMPARE(int(customers->size()), 5);
    QSet<QString> remoteIds;
    for (const Customer &c : customers.value()) {
        remoteIds.insert(m_fx->remoteIdOf(SyncEntity::customer(), c.id));
        if (c.name == QLatin1String("Remote Only")) {
            QCOMPARE(c.accountNumber, QStringLiteral("RO"));
        }
    }
    QCOMPARE(remoteIds.size(), 5);
    QVERIFY(!remoteIds.contains(QString()));

    // A full pass straight after changes nothing either.
    QCOMPARE(m_fx->runSync(true).result, RunResult::Succeeded);
    QCOMPARE(m_fx->remote(QStringLiteral("contacts")).size(), 5);
    QCOMPARE(int(CustomerRepository(m_fx->database(), Clock::system()).page(0, 100)->size()), 5);
}

void tst_SageSync::referenceDataComesFromSage()
{
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const qint64 standard = m_fx->taxTypeId(QStringLiteral("GB_STANDARD"));
    QVERIFY(standard != 0);
    QVERIFY(m_fx->taxTypeId(QStringLiteral("GB_ZERO")) != 0);
    QCOMPARE(m_fx->remoteIdOf(SyncEntity::taxRate(), standard), QStringLiteral("GB_STANDARD"));
    const Invoice probe = m_fx->addInvoice(m_fx->addCustomer(QStringLiteral("Probe")).id, QStringLiteral("P-1"), 1000);
    QCOMPARE(probe.taxMinor, qint64(400)); // 20 % of 2 x 10.00, from Sage's rate
}

void tst_SageSync::secondRunSendsNoWrites()
{
    m_fx->addCustomer(QStringLiteral("Quiet Customer"));
    QString invoiceId;
    pushedInvoice(QStringLiteral("LL-Q1"), 2500, &invoiceId);
    QVERIFY(!invoiceId.isEmpty());
    m_fx->resetStats();
    const RunSummary second = m_fx->runSync();
    QCOMPARE(second.result, RunResult::Succeeded);
    QCOMPARE(m_fx->requests(QStringLiteral("POST")), 0);
    QCOMPARE(m_fx->requests(QStringLiteral("PUT")), 0);
    QCOMPARE(m_fx->requests(QStringLiteral("DELETE")), 0);
    // One read per entity type: ledger accounts, tax rates, contacts, products, contact payments.
    QCOMPARE(m_fx->requests(QStringLiteral("GET")), 5);
    QCOMPARE(second.counts.created, 0);
    QCOMPARE(second.counts.updated, 0);
}

void tst_SageSync::itemsBothWaysAndLinesNameTheProduct()
{
    ItemRepository items(m_fx->database(), Clock::system());
    Item local;
    local.code = QStringLiteral("WIDGET");
    local.name = QStringLiteral("Widget – blue");
    local.salePriceMinor = 1250;
    local = items.insert(local).value();
    QVERIFY(
        !m_fx->create(QStringLiteral("products"), QStringLiteral("product"),
                 { { QStringLiteral("item_code"), QStringLiteral("GADGET") },
                     { QStringLiteral("description"), QStringLiteral("Gadget") },
                     { QStringLiteral("sales_prices"),
                         QJsonArray { QJsonObject { { QStringLiteral("price_name"), QStringLiteral("Selling Price") },
                             { QStringLiteral("price"), 9.99 } } } } })
             .isEmpty());
    const Customer c = m_fx->addCustomer(QStringLiteral("Item Customer"));
    const RunSummary first = m_fx->runSync();
    QVERIFY2(first.result == RunResult::Succeeded, qPrintable(first.message + QLatin1Char(' ') + first.detail));
    QCOMPARE(m_fx->remote(QStringLiteral("products")).size(), 2); // ours went up
    auto all = items.page(0, 10).value();
    QCOMPARE(all.size(), 2); // theirs came down
    bool gadget = false;
    for (const Item &i : all) {
        if (i.code == QLatin1String("GADGET")) {
            gadget = true;
            QCOMPARE(i.salePriceMinor, qint64(999));
            QCOMPARE(i.name, QStringLiteral("Gadget"));
        }
    }
    QVERIFY(gadget);
    const QString widgetId = m_fx->remoteIdOf(SyncEntity::item(), local.id);
    QVERIFY(!widgetId.isEmpty());
    QCOMPARE(remoteById(QStringLiteral("products"), widgetId).value(QStringLiteral("description")).toString(),
        QStringLiteral("Widget – blue"));

    // Our price change goes up as an update of the same product.
    local = items.findById(local.id).value();
    local.salePriceMinor = 1500;
    QVERIFY(items.update(local));
    m_fx->resetStats();
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->requests(QStringLiteral("PUT"), QStringLiteral("/products/")), 1);
    QCOMPARE(m_fx->requests(QStringLiteral("POST"), QStringLiteral("/products")), 0);
    QCOMPARE(remoteById(QStringLiteral("products"), widgetId)
                 .value(QStringLiteral("sales_prices"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("price"))
                 .toDouble(),
        15.0);

    // A line naming the item carries Sage's product id and the sales ledger's id.
    Invoice inv = m_fx->addInvoice(c.id, QStringLiteral("LL-3001"), 1500);
    inv.lines.first().itemId = local.id;
    InvoiceRepository invoices(m_fx->database(), Clock::system());
    QVERIFY(invoices.update(inv));
    QVERIFY(invoices.setStatus(inv.id, InvoiceStatus::PendingPayment));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const QJsonObject line = m_fx->remote(QStringLiteral("sales_invoices"))
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("invoice_lines"))
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(line.value(QStringLiteral("product_id")).toString(), widgetId);
    QVERIFY(!line.value(QStringLiteral("ledger_account_id")).toString().isEmpty());
    QCOMPARE(line.value(QStringLiteral("tax_rate_id")).toString(), QStringLiteral("GB_STANDARD"));
}

void tst_SageSync::invoicePushedOnceAtTriggerStatus()
{
    const Customer c = m_fx->addCustomer(QStringLiteral("Invoice Customer"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const Invoice draft = m_fx->addInvoice(c.id, QStringLiteral("LL-1001"), 5000);
    QVERIFY(draft.id != 0);
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->remote(QStringLiteral("sales_invoices")).size(), 0); // still a draft

    QVERIFY(InvoiceRepository(m_fx->database(), Clock::system()).setStatus(draft.id, InvoiceStatus::PendingPayment));
    const RunSummary pushed = m_fx->runSync();
    QVERIFY2(pushed.result == RunResult::Succeeded, qPrintable(pushed.message + QLatin1Char(' ') + pushed.detail));
    const QJsonArray remote = m_fx->remote(QStringLiteral("sales_invoices"));
    QCOMPARE(remote.size(), 1);
    const QJsonObject invoice = remote.first().toObject();
    QCOMPARE(invoice.value(QStringLiteral("reference")).toString(), QStringLiteral("LL-1001"));
    QCOMPARE(invoice.value(QStringLiteral("net_amount")).toDouble(), 100.0); // 2 x 50.00
    QCOMPARE(invoice.value(QStringLiteral("total_amount")).toDouble(), 120.0); // + 20 % VAT, our tax amount
    QCOMPARE(invoice.value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toString(),
        m_fx->remoteIdOf(SyncEntity::customer(), c.id));
    QCOMPARE(m_fx->remoteIdOf(SyncEntity::invoice(), draft.id), invoice.value(QStringLiteral("id")).toString());

    m_fx->resetStats();
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->requests(QStringLiteral("POST")), 0);
    QCOMPARE(m_fx->remote(QStringLiteral("sales_invoices")).size(), 1);
}

void tst_SageSync::remotePaymentsMakeInvoicePartPaidThenPaid()
{
    QString invoiceId;
    Invoice inv = pushedInvoice(QStringLiteral("LL-2001"), 10000, &invoiceId); // 200.00 + 40.00 VAT
    QVERIFY(!invoiceId.isEmpty());
    InvoiceRepository invoices(m_fx->database(), Clock::system());
    QCOMPARE(pay(invoiceId, 80.0).status, 201);
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    inv = invoices.findById(inv.id).value();
    QCOMPARE(inv.amountPaidMinor, qint64(8000));
    QCOMPARE(inv.status, InvoiceStatus::PendingPayment);

    QCOMPARE(pay(invoiceId, 160.0).status, 201);
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    inv = invoices.findById(inv.id).value();
    QCOMPARE(inv.amountPaidMinor, qint64(24000));
    QCOMPARE(inv.status, InvoiceStatus::Paid);
    // Nothing is pushed back because of Sage's own change.
    m_fx->resetStats();
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->requests(QStringLiteral("POST")), 0);
    QCOMPARE(m_fx->requests(QStringLiteral("PUT")), 0);
}

void tst_SageSync::disabledIntegrationMovesNothing()
{
    Integration off = m_fx->integration();
    off.enabled = false;
    QVERIFY(IntegrationRepository(m_fx->database(), Clock::system()).update(off));
    m_fx->addCustomer(QStringLiteral("Never Sent"));
    m_fx->resetStats();
    const RunSummary summary = m_fx->runSync();
    QCOMPARE(summary.result, RunResult::Cancelled);
    QCOMPARE(m_fx->requests(QStringLiteral("GET")) + m_fx->requests(QStringLiteral("POST")), 0);
    QCOMPARE(m_fx->remote(QStringLiteral("contacts")).size(), 0);
}

void tst_SageSync::validationErrorFailsOneRecordAndRunGoesOn()
{
    const Customer c = m_fx->addCustomer(QStringLiteral("Validation Customer"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    // An invoice without lines: Sage refuses it (422 invoice_lines), the other one goes through.
    InvoiceRepository invoices(m_fx->database(), Clock::system());
    Invoice clash = m_fx->addInvoice(c.id, QStringLiteral("LL-9001"), 1000);
    clash.lines.clear();
    QVERIFY(invoices.update(clash));
    const Invoice ok = m_fx->addInvoice(c.id, QStringLiteral("LL-9002"), 2000);
    QVERIFY(invoices.setStatus(clash.id, InvoiceStatus::PendingPayment));
    QVERIFY(invoices.setStatus(ok.id, InvoiceStatus::PendingPayment));

    QList<RecordFailure> failures;
    QObject context;
    QObject::connect(
        m_fx->sync().engine(), &SyncEngine::recordFailed, &context,
        [&failures](const RecordFailure &f) { failures << f; }, Qt::QueuedConnection);
    const RunSummary summary = m_fx->runSync();
    QVERIFY2(
        summary.result == RunResult::PartlyFailed, qPrintable(summary.message + QLatin1Char(' ') + summary.detail));
    QCOMPARE(summary.counts.failed, 1);
    QTRY_COMPARE(failures.size(), 1);
    QCOMPARE(failures.first().localId, clash.id);
    QVERIFY2(failures.first().message.contains(QStringLiteral("invoice_lines must have at least one line")),
        qPrintable(failures.first().message));
    QVERIFY(!m_fx->remoteIdOf(SyncEntity::invoice(), ok.id).isEmpty());
    QCOMPARE(m_fx->remote(QStringLiteral("sales_invoices")).size(), 1);
}

void tst_SageSync::crashBetweenJournalAndReplyLeavesOneInvoice()
{
    const Customer c = m_fx->addCustomer(QStringLiteral("Invoice Crash Customer"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const Invoice inv = m_fx->addInvoice(c.id, QStringLiteral("LL-3001"), 4000);
    const Invoice pending =
        InvoiceRepository(m_fx->database(), Clock::system()).setStatus(inv.id, InvoiceStatus::PendingPayment).value();
    // The process died after Sage created the invoice and before completeWrite: the journal has a
    // PENDING link without remote id, Sage has the invoice with our number as its reference.
    LinkRepository links(m_fx->database(), Clock::system());
    QVERIFY(links.beginWrite(
        m_fx->integration().id, SyncEntity::invoice(), inv.id, RunContext::localVersion(pending.updatedAt)));
    const QString contactId = m_fx->remoteIdOf(SyncEntity::customer(), c.id);
    const QString existing = m_fx->create(QStringLiteral("sales_invoices"), QStringLiteral("sales_invoice"),
        { { QStringLiteral("contact_id"), contactId }, { QStringLiteral("reference"), QStringLiteral("LL-3001") },
            { QStringLiteral("date"), QDate::currentDate().toString(Qt::ISODate) },
            { QStringLiteral("invoice_lines"),
                QJsonArray { QJsonObject { { QStringLiteral("description"), QStringLiteral("x") },
                    { QStringLiteral("quantity"), 2 }, { QStringLiteral("unit_price"), 40 } } } } });
    QVERIFY(!existing.isEmpty());
    m_fx->resetStats();
    const RunSummary summary = m_fx->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(summary.message + QLatin1Char(' ') + summary.detail));
    QCOMPARE(m_fx->requests(QStringLiteral("POST"), QStringLiteral("/sales_invoices")), 0);
    QCOMPARE(m_fx->remote(QStringLiteral("sales_invoices")).size(), 1);
    auto link = links.findByLocal(m_fx->integration().id, SyncEntity::invoice(), inv.id);
    QCOMPARE(link->value().state, LinkState::Linked);
    QCOMPARE(link->value().remoteId, existing);
}

void tst_SageSync::crashAfterContactCreateIsRecoveredByReference()
{
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded); // activation done
    const Customer c = m_fx->addCustomer(QStringLiteral("Crash Co"));
    LinkRepository links(m_fx->database(), Clock::system());
    QVERIFY(
        links.beginWrite(m_fx->integration().id, SyncEntity::customer(), c.id, RunContext::localVersion(c.updatedAt)));
    const QString existing = m_fx->create(QStringLiteral("contacts"), QStringLiteral("contact"),
        { { QStringLiteral("name"), QStringLiteral("Crash Co") },
            { QStringLiteral("reference"), QStringLiteral("LL-C%1").arg(c.id) } });
    QVERIFY(!existing.isEmpty());
    const RunSummary summary = m_fx->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(summary.message + QLatin1Char(' ') + summary.detail));
    QCOMPARE(m_fx->remote(QStringLiteral("contacts")).size(), 1);
    QCOMPARE(m_fx->remoteIdOf(SyncEntity::customer(), c.id), existing);
}

void tst_SageSync::creditNotePushedAsSalesCreditNote()
{
    const Customer c = m_fx->addCustomer(QStringLiteral("Credit Customer"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    Invoice note;
    note.kind = InvoiceKind::CreditNote;
    note.number = QStringLiteral("CN-1");
    note.customerId = c.id;
    note.issueDate = QDate::currentDate();
    InvoiceLine line;
    line.description = QStringLiteral("Refund");
    line.quantityE4 = 10000;
    line.unitPriceMinor = 2550;
    line.taxTypeId = m_fx->taxTypeId(QStringLiteral("GB_ZERO"));
    note.lines << line;
    InvoiceRepository invoices(m_fx->database(), Clock::system());
    note = invoices.insert(note).value();
    QVERIFY(invoices.setStatus(note.id, InvoiceStatus::PendingPayment));
    const RunSummary summary = m_fx->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(summary.message + QLatin1Char(' ') + summary.detail));
    const QJsonArray notes = m_fx->remote(QStringLiteral("sales_credit_notes"));
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().toObject().value(QStringLiteral("reference")).toString(), QStringLiteral("CN-1"));
    QCOMPARE(notes.first().toObject().value(QStringLiteral("total_amount")).toDouble(), 25.5);
    QCOMPARE(m_fx->remoteIdOf(SyncEntity::creditNote(), note.id),
        notes.first().toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(m_fx->remote(QStringLiteral("sales_invoices")).size(), 0);
}

void tst_SageSync::voidedInvoiceIsVoidedInSage()
{
    QString invoiceId;
    const Invoice inv = pushedInvoice(QStringLiteral("LL-4001"), 3000, &invoiceId);
    QVERIFY(!invoiceId.isEmpty());
    QVERIFY(InvoiceRepository(m_fx->database(), Clock::system()).setStatus(inv.id, InvoiceStatus::Void));
    m_fx->resetStats();
    const RunSummary summary = m_fx->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(summary.message + QLatin1Char(' ') + summary.detail));
    QCOMPARE(m_fx->requests(QStringLiteral("DELETE"), QStringLiteral("/sales_invoices/") + invoiceId), 1);
    QCOMPARE(m_fx->requests(QStringLiteral("PUT")), 0);
    QCOMPARE(m_fx->remote(QStringLiteral("sales_invoices")).size(), 0);
    // Voided once: the next run leaves it alone.
    m_fx->resetStats();
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->requests(QStringLiteral("DELETE")), 0);
}

void tst_SageSync::remoteEditInTheSecondOfOurWriteIsPulled()
{
    // Our write and the other user's edit carry the same updated_at (Sage's clock is put back to
    // the start of our write's second), which alone would make the edit look unchanged. The
    // version's digest of the fields tells.
    const Customer c = m_fx->addCustomer(QStringLiteral("Same Second Ltd"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const QString id = m_fx->remoteIdOf(SyncEntity::customer(), c.id);
    QVERIFY(!id.isEmpty());
    const QString ourStamp = remoteById(QStringLiteral("contacts"), id).value(QStringLiteral("updated_at")).toString();
    m_fx->server().clock().setNow(QDateTime::fromString(ourStamp, Qt::ISODate));
    QCOMPARE(m_fx->api("PUT", QStringLiteral("contacts/") + id,
                     { { QStringLiteral("contact"),
                         QJsonObject { { QStringLiteral("name"), QStringLiteral("Same Second Group Ltd") } } } })
                 .status,
        200);
    QCOMPARE(remoteById(QStringLiteral("contacts"), id).value(QStringLiteral("updated_at")).toString(), ourStamp);

    m_fx->resetStats();
    const RunSummary second = m_fx->runSync();
    QCOMPARE(second.result, RunResult::Succeeded);
    QCOMPARE(second.counts.updated, 1);
    QCOMPARE(m_fx->requests(QStringLiteral("PUT")), 0); // pulled, not echoed back
    QCOMPARE(CustomerRepository(m_fx->database(), Clock::system()).findById(c.id)->name,
        QStringLiteral("Same Second Group Ltd"));

    // Our own write still reads back as unchanged.
    m_fx->resetStats();
    const RunSummary third = m_fx->runSync();
    QCOMPARE(third.result, RunResult::Succeeded);
    QCOMPARE(third.counts.updated, 0);
    QCOMPARE(m_fx->requests(QStringLiteral("PUT")) + m_fx->requests(QStringLiteral("POST")), 0);
}

void tst_SageSync::remoteItemEditInTheSecondOfOurWriteIsPulled()
{
    ItemRepository items(m_fx->database(), Clock::system());
    Item local;
    local.code = QStringLiteral("SAMESEC");
    local.name = QStringLiteral("Same second part");
    local.salePriceMinor = 700;
    local = items.insert(local).value();
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const QString id = m_fx->remoteIdOf(SyncEntity::item(), local.id);
    QVERIFY(!id.isEmpty());
    const QString ourStamp = remoteById(QStringLiteral("products"), id).value(QStringLiteral("updated_at")).toString();
    m_fx->server().clock().setNow(QDateTime::fromString(ourStamp, Qt::ISODate));
    const QJsonArray prices { QJsonObject {
        { QStringLiteral("price_name"), QStringLiteral("Selling Price") }, { QStringLiteral("price"), 7.5 } } };
    QCOMPARE(m_fx->api("PUT", QStringLiteral("products/") + id,
                     { { QStringLiteral("product"), QJsonObject { { QStringLiteral("sales_prices"), prices } } } })
                 .status,
        200);
    QCOMPARE(remoteById(QStringLiteral("products"), id).value(QStringLiteral("updated_at")).toString(), ourStamp);

    m_fx->resetStats();
    const RunSummary second = m_fx->runSync();
    QCOMPARE(second.result, RunResult::Succeeded);
    QCOMPARE(second.counts.updated, 1);
    QCOMPARE(m_fx->requests(QStringLiteral("PUT")), 0);
    QCOMPARE(items.findById(local.id)->salePriceMinor, qint64(750));
    m_fx->resetStats();
    QCOMPARE(m_fx->runSync().counts.updated, 0);
    QCOMPARE(m_fx->requests(QStringLiteral("PUT")) + m_fx->requests(QStringLiteral("POST")), 0);
}

QTEST_GUILESS_MAIN(tst_SageSync)
#include "tst_sagesync.moc"

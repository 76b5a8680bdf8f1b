// The sync engine against the sandbox's MYOB AccountRight over real HTTP: first activation with
// matching (DisplayID, email, name) and no duplicate, customers and items both ways, invoices at
// the trigger status only, a quiet second run, remote payments to Paid / part paid, a disabled
// integration, and a crash between the journal and MYOB's answer. Client-level rules (RowVersion
// retry, 403 RateLimitError, 401 refresh, malformed replies) are in tst_myobclient.cpp.
#include "sandboxclock.h"
#include "store/accountrepository.h"
#include "store/customerrepository.h"
#include "store/integrationrepository.h"
#include "store/invoicerepository.h"
#include "store/itemrepository.h"
#include "store/linkrepository.h"
#include "store/paymentrepository.h"
#include "sync/customersyncstep.h"
#include "sync/runcontext.h"
#include "tst_myobfixture.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Ledgerlink;

namespace {

QJsonObject uidRef(const QString &uid)
{
    return { { QStringLiteral("UID"), uid } };
}

QString describe(const RunSummary &s)
{
    return s.message + QLatin1Char(' ') + s.detail;
}

} // namespace

class tst_MyobSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstActivationMatchesWithoutDuplicates();
    void secondRunSendsNoWrites();
    void seededCompanyFileImportsAndStaysQuiet();
    void itemsBothWaysWithMyobCodes();
    void invoicePushedOnlyAtTriggerStatus();
    void remotePaymentsMakeLocalInvoicePaid();
    void localPaymentIsPushedOnceIntoTheChosenAccount();
    void voidedInvoiceIsDeletedInMyob();
    void disabledIntegrationMovesNothing();
    void crashBetweenJournalAndReplyLeavesOneRecord();

private:
    QString remoteIdOf(const QString &entity, qint64 localId);
    int writes();

    std::unique_ptr<MyobFixture> m_fx;
};

void tst_MyobSync::init()
{
    m_fx = std::make_unique<MyobFixture>();
    QVERIFY(m_fx->setUp());
}

void tst_MyobSync::cleanup()
{
    m_fx.reset();
}

QString tst_MyobSync::remoteIdOf(const QString &entity, qint64 localId)
{
    auto link = LinkRepository(m_fx->database(), Clock::system()).findByLocal(m_fx->integration().id, entity, localId);
    return link && link->has_value() ? link->value().remoteId : QString();
}

int tst_MyobSync::writes()
{
    return m_fx->requests(QStringLiteral("POST")) + m_fx->requests(QStringLiteral("PUT"))
        + m_fx->requests(QStringLiteral("DELETE"));
}

void tst_MyobSync::firstActivationMatchesWithoutDuplicates()
{
    const QString customer = QStringLiteral("Contact/Customer");
    QVERIFY(!m_fx->create(customer,
                     { { QStringLiteral("CompanyName"), QStringLiteral("Acme Pty Ltd") },
                         { QStringLiteral("DisplayID"), QStringLiteral("CUS000001") } })
                 .isEmpty());
    QVERIFY(!m_fx->create(customer,
                     { { QStringLiteral("CompanyName"), QStringLiteral("Carol Consulting") },
                         { QStringLiteral("DisplayID"), QStringLiteral("CUS000002") },
                         { QStringLiteral("Addresses"),
                             QJsonArray { QJsonObject { { QStringLiteral("Location"), 1 },
                                 { QStringLiteral("Email"), QStringLiteral("carol@example.test") } } } } })
                 .isEmpty());
    QVERIFY(!m_fx->create(customer,
                     { { QStringLiteral("CompanyName"), QStringLiteral("Keyed Name In MYOB") },
                         { QStringLiteral("DisplayID"), QStringLiteral("K-77") } })
                 .isEmpty());
    QVERIFY(!m_fx->create(customer,
                     { { QStringLiteral("CompanyName"), QStringLiteral("Müller Söhne (Remote Only)") },
                         { QStringLiteral("DisplayID"), QStringLiteral("CUS000004") } })
                 .isEmpty());
    const Customer acme = m_fx->addCustomer(QStringLiteral("ACME Limited"));
    const Customer carol = m_fx->addCustomer(QStringLiteral("Carol C"), QStringLiteral("CAROL@example.test"));
    const Customer keyed = m_fx->addCustomer(QStringLiteral("Keyed Locally"), {}, QStringLiteral("K-77"));
    const Customer local = m_fx->addCustomer(QStringLiteral("Local Only"));

    const RunSummary summary = m_fx->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(describe(summary)));
    QCOMPARE(summary.counts.failed, 0);

    // Three matched, one imported, one created: exactly one MYOB customer per local customer.
    const QJsonArray remote = m_fx->remote(customer);
    QCOMPARE(remote.size(), 5);
    auto customers = CustomerRepository(m_fx->database(), Clock::system()).page(0, 100);
    QCOMPARE(int(customers->size()), 5);
    QSet<QString> remoteIds;
    for (const Customer &c : customers.value()) {
        const QString id = remoteIdOf(SyncEntity::customer(), c.id);
        QVERIFY2(!id.isEmpty(), qPrintable(c.name));
        remoteIds.insert(id);
    }
    QCOMPARE(remoteIds.size(), 5);
    auto nameOf = [&](const QString &uid) {
        for (const auto &v : remote) {
            if (v.toObject().value(QStringLiteral("UID")).toString() == uid) {
                return v.toObject().value(QStringLiteral("CompanyName")).toString();
            }
        }
        return QString();
    };
    QCOMPARE(nameOf(remoteIdOf(SyncEntity::customer(), acme.id)), QStringLiteral("Acme Pty Ltd"));
    QCOMPARE(nameOf(remoteIdOf(SyncEntity::customer(), carol.id)), QStringLiteral("Carol Consulting"));
    QCOMPARE(nameOf(remoteIdOf(SyncEntity::customer(), keyed.id)), QStringLiteral("Keyed Name In MYOB"));
    QCOMPARE(nameOf(remoteIdOf(SyncEntity::customer(), local.id)), QStringLiteral("Local Only"));
    // Ours went up with our external key as the card ID.
    QCOMPARE(m_fx->remoteUid(customer, QStringLiteral("DisplayID"), CustomerSyncStep::externalKey(local)),
        remoteIdOf(SyncEntity::customer(), local.id));

    // A full pass straight after changes nothing either.
    m_fx->resetStats();
    const RunSummary again = m_fx->runSync(true);
    QVERIFY2(again.result == RunResult::Succeeded, qPrintable(describe(again)));
    QCOMPARE(m_fx->remote(customer).size(), 5);
    QCOMPARE(int(CustomerRepository(m_fx->database(), Clock::system()).page(0, 100)->size()), 5);
    QCOMPARE(writes(), 0);
}

void tst_MyobSync::secondRunSendsNoWrites()
{
    m_fx->addCustomer(QStringLiteral("Quiet Customer"), QStringLiteral("quiet@example.test"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->remote(QStringLiteral("Contact/Customer")).size(), 1);
    m_fx->resetStats();
    const RunSummary second = m_fx->runSync();
    QVERIFY2(second.result == RunResult::Succeeded, qPrintable(describe(second)));
    QCOMPARE(writes(), 0);
    QCOMPARE(second.counts.created, 0);
    QCOMPARE(second.counts.updated, 0);
    QVERIFY(m_fx->requests(QStringLiteral("GET")) > 0);
    // The third run is as quiet: the versions learnt on the second stay.
    m_fx->resetStats();
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(writes(), 0);
}

void tst_MyobSync::seededCompanyFileImportsAndStaysQuiet()
{
    // A company file with history (items, invoices and payments MYOB's own users made).
    const HttpResult seeded = m_fx->client().postJson(QStringLiteral("/_sandbox/seed"),
        { { QStringLiteral("provider"), QStringLiteral("myob") }, { QStringLiteral("tenant"), MyobFixture::business() },
            { QStringLiteral("customers"), 6 }, { QStringLiteral("items"), 4 }, { QStringLiteral("invoices"), 8 } });
    QCOMPARE(seeded.status, 200);
    m_fx->addCustomer(QStringLiteral("Customer 2 Pty Ltd")); // matches the seeded "Customer 2 Pty Ltd"
    const RunSummary first = m_fx->runSync();
    QVERIFY2(first.result == RunResult::Succeeded, qPrintable(describe(first)));
    QCOMPARE(first.counts.failed, 0);
    // Reference data: MYOB's tax codes and accounts, linked by UID, named by Code / DisplayID.
    const QString gstUid =
        m_fx->remoteUid(QStringLiteral("GeneralLedger/TaxCode"), QStringLiteral("Code"), QStringLiteral("GST"));
    QCOMPARE(remoteIdOf(SyncEntity::taxRate(), m_fx->taxTypeId(QStringLiteral("GST"))), gstUid);
    const QList<Account> accounts = AccountRepository(m_fx->database(), Clock::system()).page(0, 100).value();
    QCOMPARE(accounts.size(), 3);
    for (const Account &a : accounts) {
        QCOMPARE(remoteIdOf(SyncEntity::account(), a.id),
            m_fx->remoteUid(QStringLiteral("GeneralLedger/Account"), QStringLiteral("DisplayID"), a.code));
        QCOMPARE(a.type,
            a.code == QLatin1String("4-1000")       ? QStringLiteral("REVENUE")
                : a.code == QLatin1String("1-1110") ? QStringLiteral("BANK")
                                                    : QStringLiteral("ASSET"));
    }
    QCOMPARE(int(CustomerRepository(m_fx->database(), Clock::system()).page(0, 100)->size()), 6);
    QCOMPARE(m_fx->remote(QStringLiteral("Contact/Customer")).size(), 6);
    const QList<Item> items = ItemRepository(m_fx->database(), Clock::system()).page(0, 100).value();
    QCOMPARE(items.size(), 4);
    for (const Item &i : items) {
        QVERIFY2(i.taxTypeId == m_fx->taxTypeId(QStringLiteral("GST")), qPrintable(i.code));
        QVERIFY(i.salePriceMinor >= 2500);
    }
    m_fx->resetStats();
    const RunSummary second = m_fx->runSync();
    QVERIFY2(second.result == RunResult::Succeeded, qPrintable(describe(second)));
    QCOMPARE(writes(), 0);
    QCOMPARE(second.counts.created, 0);
    QCOMPARE(second.counts.updated, 0);
}

void tst_MyobSync::itemsBothWaysWithMyobCodes()
{
    const QString gst =
        m_fx->remoteUid(QStringLiteral("GeneralLedger/TaxCode"), QStringLiteral("Code"), QStringLiteral("GST"));
    const QString sales =
        m_fx->remoteUid(QStringLiteral("GeneralLedger/Account"), QStringLiteral("DisplayID"), QStringLiteral("4-1000"));
    QVERIFY(!gst.isEmpty() && !sales.isEmpty());
    QVERIFY(!m_fx->create(QStringLiteral("Inventory/Item"),
                     { { QStringLiteral("Number"), QStringLiteral("GADGET") },
                         { QStringLiteral("Name"), QStringLiteral("Gadget ✓") }, { QStringLiteral("IsActive"), true },
                         { QStringLiteral("IsSold"), true }, { QStringLiteral("IncomeAccount"), uidRef(sales) },
                         { QStringLiteral("SellingDetails"),
                             QJsonObject { { QStringLiteral("BaseSellingPrice"), 9.99 },
                                 { QStringLiteral("TaxCode"), uidRef(gst) } } } })
                 .isEmpty());
    ItemRepository items(m_fx->database(), Clock::system());
    Item local;
    local.code = QStringLiteral("WIDGET");
    local.name = QStringLiteral("Widget");
    local.salePriceMinor = 1250;
    local = items.insert(local).value();
    const Customer c = m_fx->addCustomer(QStringLiteral("Item Customer"));

    const RunSummary first = m_fx->runSync();
    QVERIFY2(first.result == RunResult::Succeeded, qPrintable(describe(first)));
    QVERIFY(m_fx->taxTypeId(QStringLiteral("GST")) != 0);
    QCOMPARE(m_fx->remote(QStringLiteral("Inventory/Item")).size(), 2); // ours went up
    bool gadget = false;
    const QList<Item> all = items.page(0, 10).value();
    QCOMPARE(all.size(), 2);
    for (const Item &i : all) {
        if (i.code == QLatin1String("GADGET")) {
            gadget = true;
            QCOMPARE(i.name, QStringLiteral("Gadget ✓"));
            QCOMPARE(i.salePriceMinor, qint64(999));
            QCOMPARE(i.taxTypeId, m_fx->taxTypeId(QStringLiteral("GST")));
        }
    }
    QVERIFY(gadget); // theirs came down
    const QString widgetUid = remoteIdOf(SyncEntity::item(), local.id);
    QCOMPARE(m_fx->remoteUid(QStringLiteral("Inventory/Item"), QStringLiteral("Number"), QStringLiteral("WIDGET")),
        widgetUid);

    // Our price change goes up as a PUT with MYOB's RowVersion.
    local = items.findById(local.id).value();
    local.salePriceMinor = 1505;
    QVERIFY(items.update(local));
    m_fx->resetStats();
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->requests(QStringLiteral("PUT"), widgetUid), 1);
    const QJsonObject widget = m_fx->api("GET", QStringLiteral("Inventory/Item/") + widgetUid).json();
    QCOMPARE(
        widget.value(QStringLiteral("SellingDetails")).toObject().value(QStringLiteral("BaseSellingPrice")).toDouble(),
        15.05);
    QCOMPARE(widget.value(QStringLiteral("RowVersion")).toString(), QStringLiteral("2"));

    // A line naming the item goes up as an item invoice carrying the item's UID.
    Invoice inv = m_fx->addInvoice(c.id, QStringLiteral("LL-3001"), 1505);
    inv.lines.first().itemId = local.id;
    InvoiceRepository invoices(m_fx->database(), Clock::system());
    QVERIFY(invoices.update(inv));
    QVERIFY(invoices.setStatus(inv.id, InvoiceStatus::PendingPayment));
    const RunSummary pushed = m_fx->runSync();
    QVERIFY2(pushed.result == RunResult::Succeeded, qPrintable(describe(pushed)));
    const QJsonArray itemInvoices = m_fx->remote(QStringLiteral("Sale/Invoice/Item"));
    QCOMPARE(itemInvoices.size(), 1);
    const QJsonObject line =
        itemInvoices.first().toObject().value(QStringLiteral("Lines")).toArray().first().toObject();
    QCOMPARE(line.value(QStringLiteral("Item")).toObject().value(QStringLiteral("UID")).toString(), widgetUid);
    QCOMPARE(line.value(QStringLiteral("ShipQuantity")).toDouble(), 2.0);
    QCOMPARE(itemInvoices.first().toObject().value(QStringLiteral("TotalAmount")).toDouble(), 30.1);

    // Items, customers and the invoice are all settled: the next run writes nothing.
    m_fx->resetStats();
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(writes(), 0);
}

void tst_MyobSync::invoicePushedOnlyAtTriggerStatus()
{
    const Customer c = m_fx->addCustomer(QStringLiteral("Invoice Customer"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const Invoice draft = m_fx->addInvoice(c.id, QStringLiteral("LL-1001"), 5000);
    QVERIFY(draft.id != 0);
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->remote(QStringLiteral("Sale/Invoice/Service")).size(), 0); // still a draft

    QVERIFY(InvoiceRepository(m_fx->database(), Clock::system()).setStatus(draft.id, InvoiceStatus::PendingPayment));
    const RunSummary pushed = m_fx->runSync();
    QVERIFY2(pushed.result == RunResult::Succeeded, qPrintable(describe(pushed)));
    const QJsonArray remote = m_fx->remote(QStringLiteral("Sale/Invoice/Service"));
    QCOMPARE(remote.size(), 1);
    const QJsonObject invoice = remote.first().toObject();
    QCOMPARE(invoice.value(QStringLiteral("Number")).toString(), QStringLiteral("LL-1001"));
    QCOMPARE(invoice.value(QStringLiteral("TotalAmount")).toDouble(), 100.0); // 2 x 50.00, FRE
    QCOMPARE(invoice.value(QStringLiteral("Customer")).toObject().value(QStringLiteral("UID")).toString(),
        remoteIdOf(SyncEntity::customer(), c.id));
    QCOMPARE(remoteIdOf(SyncEntity::invoice(), draft.id), invoice.value(QStringLiteral("UID")).toString());

    m_fx->resetStats();
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(writes(), 0);
}

void tst_MyobSync::remotePaymentsMakeLocalInvoicePaid()
{
    const Customer c = m_fx->addCustomer(QStringLiteral("Paying Customer"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    Invoice inv = m_fx->addInvoice(c.id, QStringLiteral("LL-2001"), 10000);
    InvoiceRepository invoices(m_fx->database(), Clock::system());
    QVERIFY(invoices.setStatus(inv.id, InvoiceStatus::PendingPayment));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const QString invoiceUid = remoteIdOf(SyncEntity::invoice(), inv.id);
    QVERIFY(!invoiceUid.isEmpty());
    const QString bank =
        m_fx->remoteUid(QStringLiteral("GeneralLedger/Account"), QStringLiteral("DisplayID"), QStringLiteral("1-1110"));
    auto pay = [&](double amount) {
        return m_fx->create(QStringLiteral("Sale/CustomerPayment"),
            { { QStringLiteral("Date"),
                  QString(QDate::currentDate().toString(Qt::ISODate) + QStringLiteral("T00:00:00")) },
                { QStringLiteral("Customer"), uidRef(remoteIdOf(SyncEntity::customer(), c.id)) },
                { QStringLiteral("Account"), uidRef(bank) }, { QStringLiteral("AmountReceived"), amount },
                { QStringLiteral("Invoices"),
                    QJsonArray { QJsonObject { { QStringLiteral("UID"), invoiceUid },
                        { QStringLiteral("Type"), QStringLiteral("Invoice") },
                        { QStringLiteral("AmountApplied"), amount } } } } });
    };
    QVERIFY(!pay(80.0).isEmpty()); // part of 200.00
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    inv = invoices.findById(inv.id).value();
    QCOMPARE(inv.amountPaidMinor, qint64(8000));
    QCOMPARE(inv.status, InvoiceStatus::PendingPayment);

    QVERIFY(!pay(120.0).isEmpty());
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    inv = invoices.findById(inv.id).value();
    QCOMPARE(inv.amountPaidMinor, qint64(20000));
    QCOMPARE(inv.status, InvoiceStatus::Paid);
    // Nothing is pushed back because of MYOB's own change.
    m_fx->resetStats();
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(writes(), 0);
}

void tst_MyobSync::localPaymentIsPushedOnceIntoTheChosenAccount()
{
    IntegrationRepository repository(m_fx->database(), Clock::system());
    Integration integration = repository.findById(m_fx->integration().id).value();
    integration.settings = QJsonObject { { QStringLiteral("push_local_payments"), true },
        { QStringLiteral("payment_account_code"), QStringLiteral("1-1110") } };
    QVERIFY(repository.update(integration));
    const Customer c = m_fx->addCustomer(QStringLiteral("Local Payer"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const Invoice inv = m_fx->addInvoice(c.id, QStringLiteral("LL-4001"), 10000); // 200.00
    QVERIFY(InvoiceRepository(m_fx->database(), Clock::system()).setStatus(inv.id, InvoiceStatus::PendingPayment));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const QString invoiceUid = remoteIdOf(SyncEntity::invoice(), inv.id);
    QVERIFY(!invoiceUid.isEmpty());

    Payment p;
    p.invoiceId = inv.id;
    p.paymentDate = QDate::currentDate();
    p.amountMinor = 7550;
    p.reference = QStringLiteral("CHQ-77");
    const Payment local = PaymentRepository(m_fx->database(), Clock::system()).record(p).value();
    const RunSummary pushed = m_fx->runSync();
    QVERIFY2(pushed.result == RunResult::Succeeded, qPrintable(describe(pushed)));
    const QJsonArray remote = m_fx->remote(QStringLiteral("Sale/CustomerPayment"));
    QCOMPARE(remote.size(), 1);
    const QJsonObject sent = remote.first().toObject();
    QCOMPARE(sent.value(QStringLiteral("AmountReceived")).toDouble(), 75.5);
    QCOMPARE(sent.value(QStringLiteral("Memo")).toString(), QStringLiteral("CHQ-77"));
    QCOMPARE(sent.value(QStringLiteral("Account")).toObject().value(QStringLiteral("UID")).toString(),
        m_fx->remoteUid(
            QStringLiteral("GeneralLedger/Account"), QStringLiteral("DisplayID"), QStringLiteral("1-1110")));
    QCOMPARE(sent.value(QStringLiteral("Customer")).toObject().value(QStringLiteral("UID")).toString(),
        remoteIdOf(SyncEntity::customer(), c.id));
    QCOMPARE(remoteIdOf(SyncEntity::payment(), local.id), sent.value(QStringLiteral("UID")).toString());
    const QJsonObject invoice = m_fx->api("GET", QStringLiteral("Sale/Invoice/Service/") + invoiceUid).json();
    QCOMPARE(invoice.value(QStringLiteral("BalanceDueAmount")).toDouble(), 124.5);

    // Read back on the next run, it is recognised as ours: nothing is sent or imported again.
    m_fx->resetStats();
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(writes(), 0);
    QCOMPARE(int(PaymentRepository(m_fx->database(), Clock::system()).forInvoice(inv.id)->size()), 1);
}

void tst_MyobSync::voidedInvoiceIsDeletedInMyob()
{
    const Customer c = m_fx->addCustomer(QStringLiteral("Void Customer"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const Invoice inv = m_fx->addInvoice(c.id, QStringLiteral("LL-5001"), 1000);
    InvoiceRepository invoices(m_fx->database(), Clock::system());
    QVERIFY(invoices.setStatus(inv.id, InvoiceStatus::PendingPayment));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const QString uid = remoteIdOf(SyncEntity::invoice(), inv.id);
    QVERIFY(!uid.isEmpty());
    QCOMPARE(m_fx->remote(QStringLiteral("Sale/Invoice/Service")).size(), 1);

    QVERIFY(invoices.setStatus(inv.id, InvoiceStatus::Void));
    const RunSummary voided = m_fx->runSync();
    QVERIFY2(voided.result == RunResult::Succeeded, qPrintable(describe(voided)));
    QCOMPARE(m_fx->remote(QStringLiteral("Sale/Invoice/Service")).size(), 0); // MYOB has no void: deleted
    m_fx->resetStats();
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(writes(), 0);
}

void tst_MyobSync::disabledIntegrationMovesNothing()
{
    Integration integration = m_fx->integration();
    integration.enabled = false;
    QVERIFY(IntegrationRepository(m_fx->database(), Clock::system()).update(integration));
    m_fx->addCustomer(QStringLiteral("Not Sent Co"));
    QVERIFY(!m_fx->create(QStringLiteral("Contact/Customer"),
                     { { QStringLiteral("CompanyName"), QStringLiteral("Not Fetched Co") } })
                 .isEmpty());
    m_fx->resetStats();
    const RunSummary summary = m_fx->runSync();
    QVERIFY(summary.result != RunResult::Succeeded);
    QCOMPARE(m_fx->requests(QStringLiteral("GET")) + writes(), 0);
    QCOMPARE(m_fx->remote(QStringLiteral("Contact/Customer")).size(), 1);
    QCOMPARE(int(CustomerRepository(m_fx->database(), Clock::system()).page(0, 100)->size()), 1);
}

void tst_MyobSync::crashBetweenJournalAndReplyLeavesOneRecord()
{
    const Customer c = m_fx->addCustomer(QStringLiteral("Crash Customer"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const QString customerUid = remoteIdOf(SyncEntity::customer(), c.id);
    QVERIFY(!customerUid.isEmpty());

    // A customer: the process died after MYOB created it and before completeWrite.
    const Customer lost = m_fx->addCustomer(QStringLiteral("Lost Answer Co"));
    LinkRepository links(m_fx->database(), Clock::system());
    QVERIFY(links.beginWrite(
        m_fx->integration().id, SyncEntity::customer(), lost.id, RunContext::localVersion(lost.updatedAt)));
    QVERIFY(!m_fx->create(QStringLiteral("Contact/Customer"),
                     { { QStringLiteral("CompanyName"), QStringLiteral("Lost Answer Co") },
                         { QStringLiteral("DisplayID"), CustomerSyncStep::externalKey(lost) } })
                 .isEmpty());

    // An invoice likewise: MYOB has it with our number, our journal only says "sending".
    const Invoice inv = m_fx->addInvoice(c.id, QStringLiteral("LL-3001"), 4000);
    InvoiceRepository invoices(m_fx->database(), Clock::system());
    const Invoice pending = invoices.setStatus(inv.id, InvoiceStatus::PendingPayment).value();
    QVERIFY(links.beginWrite(
        m_fx->integration().id, SyncEntity::invoice(), inv.id, RunContext::localVersion(pending.updatedAt)));
    const QString sales =
        m_fx->remoteUid(QStringLiteral("GeneralLedger/Account"), QStringLiteral("DisplayID"), QStringLiteral("4-1000"));
    const QString invoiceUid = m_fx->create(QStringLiteral("Sale/Invoice/Service"),
        { { QStringLiteral("Number"), QStringLiteral("LL-3001") }, { QStringLiteral("Customer"), uidRef(customerUid) },
            { QStringLiteral("Lines"),
                QJsonArray { QJsonObject {
                    { QStringLiteral("Total"), 80.0 }, { QStringLiteral("Account"), uidRef(sales) } } } } });
    QVERIFY(!invoiceUid.isEmpty());

    m_fx->resetStats();
    const RunSummary summary = m_fx->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(describe(summary)));
    QCOMPARE(m_fx->requests(QStringLiteral("POST")), 0); // both found, neither sent again
    int named = 0;
    for (const auto &v : m_fx->remote(QStringLiteral("Contact/Customer"))) {
        named +=
            v.toObject().value(QStringLiteral("CompanyName")).toString() == QLatin1String("Lost Answer Co") ? 1 : 0;
    }
    QCOMPARE(named, 1);
    QCOMPARE(m_fx->remote(QStringLiteral("Sale/Invoice/Service")).size()
            + m_fx->remote(QStringLiteral("Sale/Invoice/Item")).size(),
        1);
    const auto invoiceLink = links.findByLocal(m_fx->integration().id, SyncEntity::invoice(), inv.id);
    QCOMPARE(invoiceLink->value().state, LinkState::Linked);
    QCOMPARE(invoiceLink->value().remoteId, invoiceUid);
    QCOMPARE(
        links.findByLocal(m_fx->integration().id, SyncEntity::customer(), lost.id)->value().state, LinkState::Linked);
}

QTEST_GUILESS_MAIN(tst_MyobSync)
#include "tst_myobsync.moc"

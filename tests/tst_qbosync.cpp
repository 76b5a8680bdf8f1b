// The sync engine against the sandbox's QuickBooks Online over real HTTP: first activation with
// matching, a quiet second run, invoices at the trigger status, payments back to Paid, and a
// validation Fault that fails one record while the run goes on. Client-level rules (SyncToken
// retry, Faults in 200 replies, 401 refresh) are in tst_qboclient.cpp.
#include "sandboxclock.h"
#include "store/customerrepository.h"
#include "store/invoicerepository.h"
#include "store/itemrepository.h"
#include "store/linkrepository.h"
#include "sync/runcontext.h"
#include "sync/syncengine.h"
#include "tst_qbofixture.h"

#include <QSet>
#include <QTest>

using namespace Ledgerlink;

class tst_QboSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstActivationMatchesWithoutDuplicates();
    void secondRunSendsNoWritesAndOneReadPerEntity();
    void referenceDataComesFromQbo();
    void invoicePushedOnlyAtTriggerStatus();
    void remotePaymentsMakeLocalInvoicePaid();
    void validationFaultFailsOneRecordAndRunGoesOn();
    void staleSyncTokenInARunIsReReadAndRetriedOnce();
    void itemsBothWaysAndLinesReferToQboItemIds();
    void creditNotePushedAsCreditMemo();

private:
    QString remoteIdOf(const QString &entity, qint64 localId);
    QString createRemote(const QString &entity, const QJsonObject &record);
    Invoice pushedInvoice(const QString &number, qint64 unitPriceMinor, QString *remoteId);

    std::unique_ptr<QboFixture> m_fx;
};

void tst_QboSync::init()
{
    m_fx = std::make_unique<QboFixture>();
    QVERIFY(m_fx->setUp());
}

void tst_QboSync::cleanup()
{
    m_fx.reset();
}

QString tst_QboSync::remoteIdOf(const QString &entity, qint64 localId)
{
    auto link = LinkRepository(m_fx->database(), Clock::system()).findByLocal(m_fx->integration().id, entity, localId);
    return link && link->has_value() ? link->value().remoteId : QString();
}

QString tst_QboSync::createRemote(const QString &entity, const QJsonObject &record)
{
    const HttpResult r = m_fx->api("POST", entity.toLower(), record);
    return r.json().value(entity).toObject().value(QStringLiteral("Id")).toString();
}

Invoice tst_QboSync::pushedInvoice(const QString &number, qint64 unitPriceMinor, QString *remoteId)
{
    const Customer c = m_fx->addCustomer(QStringLiteral("Customer of ") + number);
    if (m_fx->runSync().result != RunResult::Succeeded) { // customer out, tax codes and accounts in
        return {};
    }
    Invoice inv = m_fx->addInvoice(c.id, number, unitPriceMinor);
    if (!InvoiceRepository(m_fx->database(), Clock::system()).setStatus(inv.id, InvoiceStatus::PendingPayment)
        || m_fx->runSync().result != RunResult::Succeeded) {
        return {};
    }
    *remoteId = remoteIdOf(SyncEntity::invoice(), inv.id);
    return inv;
}

void tst_QboSync::firstActivationMatchesWithoutDuplicates()
{
    QVERIFY(!createRemote(QStringLiteral("Customer"), { { QStringLiteral("DisplayName"), QStringLiteral("Acme Ltd") } })
                 .isEmpty());
    QVERIFY(!createRemote(QStringLiteral("Customer"),
        { { QStringLiteral("DisplayName"), QStringLiteral("Carol Consulting") },
            { QStringLiteral("PrimaryEmailAddr"),
                QJsonObject { { QStringLiteral("Address"), QStringLiteral("carol@example.test") } } } })
                 .isEmpty());
    QVERIFY(
        !createRemote(QStringLiteral("Customer"), { { QStringLiteral("DisplayName"), QStringLiteral("Remote Only") } })
             .isEmpty());
    const Customer acme = m_fx->addCustomer(QStringLiteral("ACME Limited"));
    const Customer carol = m_fx->addCustomer(QStringLiteral("Carol C"), QStringLiteral("CAROL@example.test"));
    const Customer local = m_fx->addCustomer(QStringLiteral("Local Only"));

    const RunSummary summary = m_fx->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(summary.message + QLatin1Char(' ') + summary.detail));

    // Two matched, one imported, one created: exactly one QBO customer per local customer.
    const QJsonArray remote = m_fx->remote(QStringLiteral("Customer"));
    QCOMPARE(remote.size(), 4);
    auto customers = CustomerRepository(m_fx->database(), Clock::system()).page(0, 100);
    QCOMPARE(int(customers->size()), 4);
    QSet<QString> remoteIds;
    for (const Customer &c : customers.value()) {
        const QString id = remoteIdOf(SyncEntity::customer(), c.id);
        QVERIFY2(!id.isEmpty(), qPrintable(c.name));
        remoteIds.insert(id);
    }
    QCOMPARE(remoteIds.size(), 4);
    auto nameOf = [&](const QString &remoteId) {
        for (const auto &v : remote) {
            if (v.toObject().value(QStringLiteral("Id")).toString() == remoteId) {
                return v.toObject().value(QStringLiteral("DisplayName")).toString();
            }
        }
        return QString();
    };
    QCOMPARE(nameOf(remoteIdOf(SyncEntity::customer(), acme.id)), QStringLiteral("Acme Ltd"));
    QCOMPARE(nameOf(remoteIdOf(SyncEntity::customer(), carol.id)), QStringLiteral("Carol Consulting"));
    QCOMPARE(nameOf(remoteIdOf(SyncEntity::customer(), local.id)), QStringLiteral("Local Only"));
    QCOMPARE(summary.counts.failed, 0);

    // A full pass straight after changes nothing either.
    const RunSummary again = m_fx->runSync(true);
    QCOMPARE(again.result, RunResult::Succeeded);
    QCOMPARE(m_fx->remote(QStringLiteral("Customer")).size(), 4);
    QCOMPARE(int(CustomerRepository(m_fx->database(), Clock::system()).page(0, 100)->size()), 4);
}

void tst_QboSync::secondRunSendsNoWritesAndOneReadPerEntity()
{
    m_fx->addCustomer(QStringLiteral("Quiet Customer"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->remote(QStringLiteral("Customer")).size(), 1);
    m_fx->resetStats();
    const RunSummary second = m_fx->runSync();
    QCOMPARE(second.result, RunResult::Succeeded);
    QCOMPARE(m_fx->requests(QStringLiteral("POST")), 0);
    // Account, TaxRate + TaxCode (one reference read), Customer, Item, Payment: one query each.
    QCOMPARE(m_fx->requests(QStringLiteral("GET")), 6);
    QCOMPARE(m_fx->requests(QStringLiteral("GET"), QStringLiteral("/query")), 6);
    QCOMPARE(second.counts.created, 0);
    QCOMPARE(second.counts.updated, 0);
}

void tst_QboSync::referenceDataComesFromQbo()
{
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QVERIFY(m_fx->taxTypeId(QStringLiteral("TAX")) != 0);
    QVERIFY(m_fx->taxTypeId(QStringLiteral("NON")) != 0);
    // Accounts carry QBO's Id as their code: "1" is Sales of Product Income.
    QCOMPARE(remoteIdOf(SyncEntity::taxRate(), m_fx->taxTypeId(QStringLiteral("NON"))), QStringLiteral("NON"));
}

void tst_QboSync::invoicePushedOnlyAtTriggerStatus()
{
    const Customer c = m_fx->addCustomer(QStringLiteral("Invoice Customer"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const Invoice draft = m_fx->addInvoice(c.id, QStringLiteral("LL-1001"), 5000);
    QVERIFY(draft.id != 0);
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->remote(QStringLiteral("Invoice")).size(), 0); // still a draft

    QVERIFY(InvoiceRepository(m_fx->database(), Clock::system()).setStatus(draft.id, InvoiceStatus::PendingPayment));
    const RunSummary pushed = m_fx->runSync();
    QVERIFY2(pushed.result == RunResult::Succeeded, qPrintable(pushed.message + QLatin1Char(' ') + pushed.detail));
    const QJsonArray remote = m_fx->remote(QStringLiteral("Invoice"));
    QCOMPARE(remote.size(), 1);
    const QJsonObject invoice = remote.first().toObject();
    QCOMPARE(invoice.value(QStringLiteral("DocNumber")).toString(), QStringLiteral("LL-1001"));
    QCOMPARE(invoice.value(QStringLiteral("TotalAmt")).toDouble(), 100.0); // 2 x 50.00, NON tax
    QCOMPARE(invoice.value(QStringLiteral("CustomerRef")).toObject().value(QStringLiteral("value")).toString(),
        remoteIdOf(SyncEntity::customer(), c.id));
    QCOMPARE(remoteIdOf(SyncEntity::invoice(), draft.id), invoice.value(QStringLiteral("Id")).toString());

    m_fx->resetStats();
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->requests(QStringLiteral("POST")), 0);
}

void tst_QboSync::remotePaymentsMakeLocalInvoicePaid()
{
    QString invoiceId;
    Invoice inv = pushedInvoice(QStringLiteral("LL-2001"), 10000, &invoiceId);
    QVERIFY(!invoiceId.isEmpty());
    const QString customerId = m_fx->remote(QStringLiteral("Invoice"))
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("CustomerRef"))
                                   .toObject()
                                   .value(QStringLiteral("value"))
                                   .toString();
    auto pay = [&](double amount) {
        return m_fx->api("POST", QStringLiteral("payment"),
            { { QStringLiteral("CustomerRef"), QJsonObject { { QStringLiteral("value"), customerId } } },
                { QStringLiteral("TotalAmt"), amount },
                { QStringLiteral("Line"),
                    QJsonArray { QJsonObject { { QStringLiteral("Amount"), amount },
                        { QStringLiteral("LinkedTxn"),
                            QJsonArray { QJsonObject { { QStringLiteral("TxnId"), invoiceId },
                                { QStringLiteral("TxnType"), QStringLiteral("Invoice") } } } } } } } });
    };
    InvoiceRepository invoices(m_fx->database(), Clock::system());
    QCOMPARE(pay(80.0).status, 200); // part of 200.00
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    inv = invoices.findById(inv.id).value();
    QCOMPARE(inv.amountPaidMinor, qint64(8000));
    QCOMPARE(inv.status, InvoiceStatus::PendingPayment);

    QCOMPARE(pay(120.0).status, 200);
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    inv = invoices.findById(inv.id).value();
    QCOMPARE(inv.amountPaidMinor, qint64(20000));
    QCOMPARE(inv.status, InvoiceStatus::Paid);
    // Nothing is pushed back because of QBO's own change.
    m_fx->resetStats();
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->requests(QStringLiteral("POST")), 0);
}

void tst_QboSync::validationFaultFailsOneRecordAndRunGoesOn()
{
    const Customer c = m_fx->addCustomer(QStringLiteral("Fault Customer"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    // Someone typed our next number into QBO by hand: QBO refuses the duplicate DocNumber (6140).
    QVERIFY(!createRemote(QStringLiteral("Invoice"),
        { { QStringLiteral("CustomerRef"),
              QJsonObject { { QStringLiteral("value"), remoteIdOf(SyncEntity::customer(), c.id) } } },
            { QStringLiteral("DocNumber"), QStringLiteral("LL-9001") },
            { QStringLiteral("Line"),
                QJsonArray { QJsonObject { { QStringLiteral("Amount"), 1.0 },
                    { QStringLiteral("DetailType"), QStringLiteral("SalesItemLineDetail") },
                    { QStringLiteral("SalesItemLineDetail"), QJsonObject() } } } } })
                 .isEmpty());
    InvoiceRepository invoices(m_fx->database(), Clock::system());
    const Invoice clash = m_fx->addInvoice(c.id, QStringLiteral("LL-9001"), 1000);
    const Invoice fine = m_fx->addInvoice(c.id, QStringLiteral("LL-9002"), 2000);
    QVERIFY(invoices.setStatus(clash.id, InvoiceStatus::PendingPayment));
    QVERIFY(invoices.setStatus(fine.id, InvoiceStatus::PendingPayment));

    QList<RecordFailure> failures;
    QObject context;
    QObject::connect(
        m_fx->sync().engine(), &SyncEngine::recordFailed, &context,
        [&failures](const RecordFailure &f) { failures << f; }, Qt::QueuedConnection);
    const RunSummary summary = m_fx->runSync();
    QCOMPARE(summary.result, RunResult::PartlyFailed);
    QCOMPARE(summary.counts.failed, 1);
    QTRY_COMPARE(failures.size(), 1);
    QCOMPARE(failures.first().localId, clash.id);
    QVERIFY2(failures.first().message.contains(QStringLiteral("Duplicate Document Number")),
        qPrintable(failures.first().message));
    QVERIFY(!failures.first().correlationId.isEmpty()); // intuit_tid for support
    // The other invoice went through in the same run.
    QVERIFY(!remoteIdOf(SyncEntity::invoice(), fine.id).isEmpty());
    QCOMPARE(m_fx->remote(QStringLiteral("Invoice")).size(), 2);
}

void tst_QboSync::staleSyncTokenInARunIsReReadAndRetriedOnce()
{
    Customer c = m_fx->addCustomer(QStringLiteral("Skew Co"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const QString id = remoteIdOf(SyncEntity::customer(), c.id);
    QVERIFY(!id.isEmpty());
    // Another user edits the customer at a time stamped before our watermark (a clock QBO got
    // wrong): the incremental read misses it, so the client still holds SyncToken 0.
    m_fx->server().clock().advance(-3600);
    const HttpResult other = m_fx->api("POST", QStringLiteral("customer"),
        { { QStringLiteral("Id"), id }, { QStringLiteral("SyncToken"), QStringLiteral("0") },
            { QStringLiteral("sparse"), true },
            { QStringLiteral("CompanyName"), QStringLiteral("Edited elsewhere") } });
    m_fx->server().clock().advance(3600);
    QCOMPARE(other.status, 200);
    c.name = QStringLiteral("Skew Co Renamed");
    QVERIFY(CustomerRepository(m_fx->database(), Clock::system()).update(c));

    m_fx->resetStats();
    const RunSummary summary = m_fx->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(summary.message + QLatin1Char(' ') + summary.detail));
    QCOMPARE(summary.counts.failed, 0);
    QCOMPARE(m_fx->requests(QStringLiteral("POST"), QStringLiteral("/batch")), 2); // 5010, then the retry
    const QJsonObject record = m_fx->remote(QStringLiteral("Customer")).first().toObject();
    QCOMPARE(record.value(QStringLiteral("DisplayName")).toString(), QStringLiteral("Skew Co Renamed"));
    QCOMPARE(record.value(QStringLiteral("CompanyName")).toString(), QStringLiteral("Edited elsewhere"));
    QCOMPARE(record.value(QStringLiteral("SyncToken")).toString(), QStringLiteral("2"));
}

void tst_QboSync::itemsBothWaysAndLinesReferToQboItemIds()
{
    ItemRepository items(m_fx->database(), Clock::system());
    Item local;
    local.code = QStringLiteral("WIDGET");
    local.name = QStringLiteral("Widget");
    local.salePriceMinor = 1250;
    local = items.insert(local).value();
    QVERIFY(!createRemote(QStringLiteral("Item"),
        { { QStringLiteral("Name"), QStringLiteral("GADGET") }, { QStringLiteral("Type"), QStringLiteral("Service") },
            { QStringLiteral("UnitPrice"), 9.99 } })
                 .isEmpty());
    const Customer c = m_fx->addCustomer(QStringLiteral("Item Customer"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->remote(QStringLiteral("Item")).size(), 2); // ours went up
    auto all = items.page(0, 10).value();
    QCOMPARE(all.size(), 2); // theirs came down
    bool gadget = false;
    for (const Item &i : all) {
        if (i.code == QLatin1String("GADGET")) {
            gadget = true;
            QCOMPARE(i.salePriceMinor, qint64(999));
        }
    }
    QVERIFY(gadget);
    const QString widgetId = remoteIdOf(SyncEntity::item(), local.id);
    QVERIFY(!widgetId.isEmpty());

    // Our price change goes up as an update with QBO's SyncToken.
    local = items.findById(local.id).value();
    local.salePriceMinor = 1500;
    QVERIFY(items.update(local));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QJsonObject widget;
    for (const auto &v : m_fx->remote(QStringLiteral("Item"))) {
        if (v.toObject().value(QStringLiteral("Id")).toString() == widgetId) {
            widget = v.toObject();
        }
    }
    QCOMPARE(widget.value(QStringLiteral("UnitPrice")).toDouble(), 15.0);
    QCOMPARE(widget.value(QStringLiteral("SyncToken")).toString(), QStringLiteral("1"));

    // A line naming the item carries QBO's item Id.
    Invoice inv = m_fx->addInvoice(c.id, QStringLiteral("LL-3001"), 1500);
    inv.lines.first().itemId = local.id;
    InvoiceRepository invoices(m_fx->database(), Clock::system());
    QVERIFY(invoices.update(inv));
    QVERIFY(invoices.setStatus(inv.id, InvoiceStatus::PendingPayment));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const QJsonObject pushed = m_fx->remote(QStringLiteral("Invoice")).first().toObject();
    QCOMPARE(pushed.value(QStringLiteral("Line"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("SalesItemLineDetail"))
                 .toObject()
                 .value(QStringLiteral("ItemRef"))
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toString(),
        widgetId);
}

void tst_QboSync::creditNotePushedAsCreditMemo()
{
    const Customer c = m_fx->addCustomer(QStringLiteral("Credit Customer"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    Invoice note;
    note.kind = InvoiceKind::CreditNote;
    note.number = QStringLiteral("CN-1");
    note.customerId = c.id;
    note.issueDate = QDate::currentDate();
    note.currency = QStringLiteral("USD");
    InvoiceLine line;
    line.description = QStringLiteral("Refund");
    line.quantityE4 = 10000;
    line.unitPriceMinor = 2550;
    line.taxTypeId = m_fx->taxTypeId(QStringLiteral("NON"));
    note.lines << line;
    InvoiceRepository invoices(m_fx->database(), Clock::system());
    note = invoices.insert(note).value();
    QVERIFY(invoices.setStatus(note.id, InvoiceStatus::PendingPayment));
    const RunSummary summary = m_fx->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(summary.message + QLatin1Char(' ') + summary.detail));
    const QJsonArray memos = m_fx->remote(QStringLiteral("CreditMemo"));
    QCOMPARE(memos.size(), 1);
    QCOMPARE(memos.first().toObject().value(QStringLiteral("DocNumber")).toString(), QStringLiteral("CN-1"));
    QCOMPARE(memos.first().toObject().value(QStringLiteral("TotalAmt")).toDouble(), 25.5);
    QCOMPARE(
        remoteIdOf(SyncEntity::creditNote(), note.id), memos.first().toObject().value(QStringLiteral("Id")).toString());
    QCOMPARE(m_fx->remote(QStringLiteral("Invoice")).size(), 0);
}

QTEST_GUILESS_MAIN(tst_QboSync)
#include "tst_qbosync.moc"

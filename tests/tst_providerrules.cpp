// The sync rules of issue #6, each on every provider (Xero, QuickBooks Online, Sage, MYOB)
// against the in-process sandbox over real HTTP: the wizard's matching table, archived stays
// archived, start date and trigger status, disabled then enabled. One data row per provider; the
// steps are the same, only tests/support/rulesworld.* knows where each provider keeps a record.
// (Items, tax mapping, retry and move links: tst_providerrules2.cpp.)
#include "rulesworld.h"
#include "sandboxclock.h"
#include "store/customerrepository.h"
#include "store/historyrepository.h"
#include "store/integrationrepository.h"
#include "store/invoicerepository.h"
#include "store/paymentrepository.h"
#include "sync/runcontext.h"
#include "sync/syncstatestore.h"

#include <QJsonArray>
#include <QTest>

using namespace Ledgerlink;

namespace {

QString describe(const RunSummary &summary)
{
    return summary.message + QLatin1Char(' ') + summary.detail;
}

} // namespace

class tst_ProviderRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void matchingTableLinksSkipsAndLeavesTheRestAutomatic_data() { providers(); }
    void matchingTableLinksSkipsAndLeavesTheRestAutomatic();
    void archivedStaysArchived_data() { providers(); }
    void archivedStaysArchived();
    void invoicesWaitForStartDateAndTriggerStatus_data() { providers(); }
    void invoicesWaitForStartDateAndTriggerStatus();
    void disabledMovesNothingAndEnabledRunsFullPass_data() { providers(); }
    void disabledMovesNothingAndEnabledRunsFullPass();
    void customersFollowTheConfiguredDirection_data() { providers(); }
    void customersFollowTheConfiguredDirection();
    void voidedInvoiceFollowsTheProvidersRules_data() { providers(); }
    void voidedInvoiceFollowsTheProvidersRules();

private:
    static void providers();
    QList<SyncItem> items(qint64 runId, bool failedOnly = false);
    bool pending(const Invoice &invoice);
    QStringList localCustomerNames();

    std::unique_ptr<RulesWorld> m_w;
};

void tst_ProviderRules::providers()
{
    QTest::addColumn<QString>("provider");
    for (const char *p : { "xero", "qbo", "sage", "myob" }) {
        QTest::newRow(p) << QString::fromLatin1(p);
    }
}

void tst_ProviderRules::init()
{
    QFETCH(QString, provider);
    m_w = RulesWorld::create(provider);
    QVERIFY(m_w);
    QVERIFY(m_w->setUp());
}

void tst_ProviderRules::cleanup()
{
    m_w.reset();
}

QList<SyncItem> tst_ProviderRules::items(qint64 runId, bool failedOnly)
{
    return HistoryRepository(m_w->database(), Clock::system()).items(runId, failedOnly).value();
}

bool tst_ProviderRules::pending(const Invoice &invoice)
{
    return invoice.id != 0
        && InvoiceRepository(m_w->database(), Clock::system())
               .setStatus(invoice.id, InvoiceStatus::PendingPayment)
               .ok();
}

QStringList tst_ProviderRules::localCustomerNames()
{
    QStringList names;
    const QList<Customer> all = CustomerRepository(m_w->database(), Clock::system()).page(0, 500).value();
    for (const Customer &c : all) {
        names << c.name;
    }
    return names;
}

void tst_ProviderRules::matchingTableLinksSkipsAndLeavesTheRestAutomatic()
{
    // The wizard's table: "ACME Limited" is linked by hand to a contact whose name would never
    // match it, "Skippy" is kept out although the provider has a contact of that very name.
    const QString acmeRemote = m_w->createRemoteCustomer(QStringLiteral("Acme Ltd"));
    const QString zedRemote = m_w->createRemoteCustomer(QStringLiteral("Zed Holdings"));
    const QString skippyRemote = m_w->createRemoteCustomer(QStringLiteral("Skippy"));
    QVERIFY(!acmeRemote.isEmpty() && !zedRemote.isEmpty() && !skippyRemote.isEmpty());
    const Customer acme = m_w->addCustomer(QStringLiteral("ACME Limited"));
    const Customer skippy = m_w->addCustomer(QStringLiteral("Skippy"));
    const Customer plain = m_w->addCustomer(QStringLiteral("Plain Local"));
    const Invoice skippedInvoice = m_w->addInvoice(skippy.id, QStringLiteral("LL-SKIP-1"), 1000);
    QVERIFY(pending(skippedInvoice));
    QVERIFY(m_w->setSettings({ { QStringLiteral("customer_matching"),
        QJsonObject { { QStringLiteral("link"), QJsonObject { { QString::number(acme.id), zedRemote } } },
            { QStringLiteral("skip"), QJsonArray { double(skippy.id) } } } } }));

    const RunSummary summary = m_w->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(describe(summary)));
    QCOMPARE(m_w->remoteIdOf(SyncEntity::customer(), acme.id), zedRemote);
    QVERIFY(m_w->remoteIdOf(SyncEntity::customer(), skippy.id).isEmpty());
    QVERIFY(!m_w->remoteIdOf(SyncEntity::customer(), plain.id).isEmpty());
    const QStringList remote = m_w->remoteCustomerNames();
    QCOMPARE(remote.count(QStringLiteral("Plain Local")), 1); // the rest: automatic, sent once
    QCOMPARE(remote.count(QStringLiteral("Skippy")), 1); // the skipped one is not sent a second time
    QCOMPARE(remote.count(QStringLiteral("ACME Limited")), 0); // linked, not created
    // "Acme Ltd" was not taken by the linked customer, so it comes in as a customer of its own;
    // the provider's Skippy stays out: no link, and no second local Skippy either.
    const QStringList local = localCustomerNames();
    QCOMPARE(local.count(QStringLiteral("Acme Ltd")), 1);
    QCOMPARE(local.count(QStringLiteral("Skippy")), 1);
    QVERIFY(!m_w->remoteInvoiceNumbers().contains(QStringLiteral("LL-SKIP-1")));
    bool invoiceSkipped = false;
    for (const SyncItem &item : items(summary.runId)) {
        if (item.entity == SyncEntity::invoice() && item.localId == skippedInvoice.id) {
            invoiceSkipped = item.outcome == ItemOutcome::Skipped && item.errorMessage.contains(QLatin1String("skip"));
        }
    }
    QVERIFY(invoiceSkipped);

    // A second run keeps every answer and sends nothing.
    m_w->resetStats();
    const RunSummary again = m_w->runSync();
    QVERIFY2(again.result == RunResult::Succeeded, qPrintable(describe(again)));
    QCOMPARE(m_w->apiWrites(), 0);
    QCOMPARE(m_w->remoteIdOf(SyncEntity::customer(), acme.id), zedRemote);
}

void tst_ProviderRules::archivedStaysArchived()
{
    // An archived remote contact is not imported; an archived local customer that was never synced
    // is not created remotely; both stay so on later runs.
    QVERIFY(!m_w->createRemoteCustomer(QStringLiteral("Old Remote Co"), true).isEmpty());
    QVERIFY(!m_w->createRemoteCustomer(QStringLiteral("Live Remote Co")).isEmpty());
    Customer old;
    old.name = QStringLiteral("Old Local Co");
    old.archived = true;
    CustomerRepository customers(m_w->database(), Clock::system());
    old = customers.insert(old).value();
    const Customer live = m_w->addCustomer(QStringLiteral("Live Local Co"));

    for (int run = 0; run < 2; ++run) {
        const RunSummary summary = m_w->runSync(run == 1); // the second one a full pass
        QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(describe(summary)));
        const QStringList local = localCustomerNames();
        QCOMPARE(local.count(QStringLiteral("Old Remote Co")), 0);
        QCOMPARE(local.count(QStringLiteral("Live Remote Co")), 1);
        const QStringList remote = m_w->remoteCustomerNames();
        QCOMPARE(remote.count(QStringLiteral("Old Local Co")), 0);
        QCOMPARE(remote.count(QStringLiteral("Live Local Co")), 1);
        QVERIFY(m_w->remoteIdOf(SyncEntity::customer(), old.id).isEmpty());
        QVERIFY(customers.findById(old.id)->archived);
        QVERIFY(!m_w->remoteIdOf(SyncEntity::customer(), live.id).isEmpty());
    }
}

void tst_ProviderRules::invoicesWaitForStartDateAndTriggerStatus()
{
    const Customer c = m_w->addCustomer(QStringLiteral("Trigger Customer"));
    const RunSummary first = m_w->runSync(); // reference data in, customer out
    QVERIFY2(first.result == RunResult::Succeeded, qPrintable(describe(first)));
    InvoiceRepository invoices(m_w->database(), Clock::system());

    // The admin picked tomorrow as the start date: today's invoices stay home.
    const QDate today = QDate::currentDate();
    QVERIFY(m_w->setSettings({ { QStringLiteral("start_date"), today.addDays(1).toString(Qt::ISODate) } }));
    const Invoice early = m_w->addInvoice(c.id, QStringLiteral("LL-T-1"), 1000);
    QVERIFY(pending(early));
    const Invoice draft = m_w->addInvoice(c.id, QStringLiteral("LL-T-2"), 1100);
    QVERIFY(draft.id != 0);
    RunSummary summary = m_w->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(describe(summary)));
    QVERIFY(m_w->remoteInvoiceNumbers().isEmpty());

    // From yesterday on: the Pending Payment invoice goes, the draft never does.
    QVERIFY(m_w->setSettings({ { QStringLiteral("start_date"), today.addDays(-1).toString(Qt::ISODate) } }));
    summary = m_w->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(describe(summary)));
    QCOMPARE(m_w->remoteInvoiceNumbers(), QStringList { QStringLiteral("LL-T-1") });
    QVERIFY(!m_w->remoteIdOf(SyncEntity::invoice(), early.id).isEmpty());
    QVERIFY(m_w->remoteIdOf(SyncEntity::invoice(), draft.id).isEmpty());

    // Trigger status Paid: Pending Payment is not enough any more, Paid is.
    QVERIFY(m_w->setSettings({ { QStringLiteral("invoice_trigger_status"), QStringLiteral("PAID") } }));
    const Invoice later = m_w->addInvoice(c.id, QStringLiteral("LL-T-3"), 1200);
    QVERIFY(pending(later));
    summary = m_w->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(describe(summary)));
    QVERIFY(!m_w->remoteInvoiceNumbers().contains(QStringLiteral("LL-T-3")));
    Payment paid; // paid in full at the counter: the invoice becomes Paid
    paid.invoiceId = later.id;
    paid.paymentDate = QDate::currentDate();
    paid.amountMinor = invoices.findById(later.id)->totalMinor;
    QVERIFY(PaymentRepository(m_w->database(), Clock::system()).record(paid));
    QCOMPARE(invoices.findById(later.id)->status, InvoiceStatus::Paid);
    summary = m_w->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(describe(summary)));
    QCOMPARE(m_w->remoteInvoiceNumbers().count(QStringLiteral("LL-T-3")), 1);
    QCOMPARE(m_w->remoteInvoiceNumbers().count(QStringLiteral("LL-T-1")), 1);
    QVERIFY(!m_w->remoteInvoiceNumbers().contains(QStringLiteral("LL-T-2")));
}

void tst_ProviderRules::disabledMovesNothingAndEnabledRunsFullPass()
{
    const Customer c = m_w->addCustomer(QStringLiteral("Before The Break"));
    RunSummary summary = m_w->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(describe(summary)));
    QVERIFY(!m_w->remoteIdOf(SyncEntity::customer(), c.id).isEmpty());

    // A contact whose provider time is a day old (typed in with an old date, restored from a
    // backup): the incremental filter does not see it - only a full pass does.
    QCOMPARE(m_w->remoteCustomerNames().count(QStringLiteral("Before The Break")), 1); // (the test's token
    // is issued now, not a day ago: one issued in the past would have expired when time comes back)
    m_w->server().clock().advance(-86400);
    QVERIFY(!m_w->createRemoteCustomer(QStringLiteral("Restored From Backup")).isEmpty());
    m_w->server().clock().advance(86400);
    summary = m_w->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(describe(summary)));
    QCOMPARE(localCustomerNames().count(QStringLiteral("Restored From Backup")), 0);

    // Disabled (what `ledgerlink disable` and the Integration page store): nothing moves.
    IntegrationRepository integrations(m_w->database(), Clock::system());
    Integration i = integrations.findById(m_w->integration().id).value();
    i.enabled = false;
    i.state = IntegrationState::NotEnabled;
    QVERIFY(integrations.update(i));
    const Customer whileOff = m_w->addCustomer(QStringLiteral("While Off"));
    m_w->resetStats();
    summary = m_w->runSync();
    QCOMPARE(summary.result, RunResult::Cancelled);
    QCOMPARE(m_w->apiRequests(), 0);
    QCOMPARE(m_w->remoteCustomerNames().count(QStringLiteral("While Off")), 0);

    // Enabled again the way `ledgerlink enable` does it (watermarks forgotten): a full pass.
    QVERIFY(SyncStateStore(m_w->database()).clear(i.id));
    i = integrations.findById(i.id).value();
    i.enabled = true;
    i.state = IntegrationState::Active;
    QVERIFY(integrations.update(i));
    summary = m_w->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(describe(summary)));
    QCOMPARE(localCustomerNames().count(QStringLiteral("Restored From Backup")), 1);
    QVERIFY2(m_w->remoteCustomerNames().count(QStringLiteral("While Off")) == 1,
        qPrintable(m_w->remoteCustomerNames().join(QLatin1String(", "))));
    QVERIFY(!m_w->remoteIdOf(SyncEntity::customer(), whileOff.id).isEmpty());
    QCOMPARE(m_w->remoteCustomerNames().count(QStringLiteral("Before The Break")), 1); // not sent twice
}

void tst_ProviderRules::customersFollowTheConfiguredDirection()
{
    // "from": the provider's customers come in, ours stay home.
    const QJsonObject from { { QStringLiteral("enabled"), true },
        { QStringLiteral("direction"), QStringLiteral("from") } };
    QVERIFY(m_w->setSettings({ { QStringLiteral("customers"), from } }));
    QVERIFY(!m_w->createRemoteCustomer(QStringLiteral("Comes In")).isEmpty());
    const Customer home = m_w->addCustomer(QStringLiteral("Stays Home"));
    RunSummary summary = m_w->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(describe(summary)));
    QCOMPARE(localCustomerNames().count(QStringLiteral("Comes In")), 1);
    QCOMPARE(m_w->remoteCustomerNames().count(QStringLiteral("Stays Home")), 0);
    QVERIFY(m_w->remoteIdOf(SyncEntity::customer(), home.id).isEmpty());

    // "to": ours go out, the provider's new ones stay there.
    const QJsonObject to { { QStringLiteral("enabled"), true }, { QStringLiteral("direction"), QStringLiteral("to") } };
    QVERIFY(m_w->setSettings({ { QStringLiteral("customers"), to } }));
    QVERIFY(!m_w->createRemoteCustomer(QStringLiteral("Stays Remote")).isEmpty());
    summary = m_w->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(describe(summary)));
    QCOMPARE(m_w->remoteCustomerNames().count(QStringLiteral("Stays Home")), 1);
    QCOMPARE(localCustomerNames().count(QStringLiteral("Stays Remote")), 0);
    QCOMPARE(localCustomerNames().count(QStringLiteral("Comes In")), 1);
}

void tst_ProviderRules::voidedInvoiceFollowsTheProvidersRules()
{
    // Xero and QuickBooks keep a voided invoice (voided); Sage and MYOB delete it.
    const Customer c = m_w->addCustomer(QStringLiteral("Void Customer"));
    RunSummary summary = m_w->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(describe(summary)));
    const Invoice inv = m_w->addInvoice(c.id, QStringLiteral("LL-V-1"), 3000);
    const Invoice kept = m_w->addInvoice(c.id, QStringLiteral("LL-V-2"), 3000);
    QVERIFY(pending(inv));
    QVERIFY(pending(kept));
    summary = m_w->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(describe(summary)));
    QCOMPARE(m_w->remoteInvoiceState(QStringLiteral("LL-V-1")), QStringLiteral("open"));

    QVERIFY(InvoiceRepository(m_w->database(), Clock::system()).setStatus(inv.id, InvoiceStatus::Void));
    summary = m_w->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(describe(summary)));
    QCOMPARE(m_w->remoteInvoiceState(QStringLiteral("LL-V-1")), m_w->voidedState());
    QCOMPARE(m_w->remoteInvoiceState(QStringLiteral("LL-V-2")), QStringLiteral("open"));
    // Voided once: the next run leaves it alone.
    m_w->resetStats();
    summary = m_w->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(describe(summary)));
    QCOMPARE(m_w->apiWrites(), 0);
    QCOMPARE(m_w->remoteInvoiceState(QStringLiteral("LL-V-1")), m_w->voidedState());
}

QTEST_GUILESS_MAIN(tst_ProviderRules)
#include "tst_providerrules.moc"

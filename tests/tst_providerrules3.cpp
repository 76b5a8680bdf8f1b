// The sync rules of issue #6, each on every provider, third part (see tst_providerrules.cpp): a
// second run with nothing changed sends no writes and one read per enabled entity type, and an
// incremental run after remote and local edits pulls the remote edit and pushes exactly the local
// ones. Reads are counted per API path from the sandbox's request log.
#include "rulesworld.h"
#include "store/customerrepository.h"
#include "store/itemrepository.h"
#include "sync/runcontext.h"

#include <QTest>

using namespace Ledgerlink;

namespace {

QString describe(const RunSummary &summary)
{
    return summary.message + QLatin1Char(' ') + summary.detail;
}

QString text(const QMap<QString, int> &reads)
{
    QStringList parts;
    for (auto it = reads.constBegin(); it != reads.constEnd(); ++it) {
        parts << QStringLiteral("%1 x%2").arg(it.key()).arg(it.value());
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

class tst_ProviderRules3 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void quietRunWritesNothingAndReadsOncePerEntity_data();
    void quietRunWritesNothingAndReadsOncePerEntity();
    void incrementalRunAfterRemoteAndLocalEdits_data();
    void incrementalRunAfterRemoteAndLocalEdits();

private:
    std::unique_ptr<RulesWorld> m_w;
};

void tst_ProviderRules3::init()
{
    QFETCH(QString, provider);
    m_w = RulesWorld::create(provider);
    QVERIFY(m_w);
    QVERIFY(m_w->setUp());
}

void tst_ProviderRules3::cleanup()
{
    m_w.reset();
}

void tst_ProviderRules3::quietRunWritesNothingAndReadsOncePerEntity_data()
{
    // The enabled entity types that are read (defaults): accounts, tax rates, customers, items,
    // payments (invoices and credit notes are only sent). Each provider's path for each, once.
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QStringList>("reads");
    QTest::newRow("xero") << QStringLiteral("xero")
                          << QStringList { QStringLiteral("api.xro/2.0/Accounts"),
                                 QStringLiteral("api.xro/2.0/Contacts"), QStringLiteral("api.xro/2.0/Items"),
                                 QStringLiteral("api.xro/2.0/Payments"), QStringLiteral("api.xro/2.0/TaxRates") };
    // QBO reads every entity through its query endpoint; the tax rates are TaxRate + TaxCode.
    QTest::newRow("qbo") << QStringLiteral("qbo") << QStringList(6, QStringLiteral("v3/company/%1/query"));
    QTest::newRow("sage") << QStringLiteral("sage")
                          << QStringList { QStringLiteral("v3.1/contact_payments"), QStringLiteral("v3.1/contacts"),
                                 QStringLiteral("v3.1/ledger_accounts"), QStringLiteral("v3.1/products"),
                                 QStringLiteral("v3.1/tax_rates") };
    QTest::newRow("myob") << QStringLiteral("myob")
                          << QStringList { QStringLiteral("accountright/%1/Contact/Customer"),
                                 QStringLiteral("accountright/%1/GeneralLedger/Account"),
                                 QStringLiteral("accountright/%1/GeneralLedger/TaxCode"),
                                 QStringLiteral("accountright/%1/Inventory/Item"),
                                 QStringLiteral("accountright/%1/Sale/CustomerPayment") };
}

void tst_ProviderRules3::quietRunWritesNothingAndReadsOncePerEntity()
{
    QFETCH(QStringList, reads);
    m_w->addCustomer(QStringLiteral("Quiet Customer"));
    ItemRepository items(m_w->database(), Clock::system());
    Item item;
    item.code = QStringLiteral("QUIET");
    item.name = QStringLiteral("Quiet item");
    item.salePriceMinor = 900;
    QVERIFY(items.insert(item));
    RunSummary summary = m_w->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(describe(summary)));

    m_w->resetStats();
    summary = m_w->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(describe(summary)));
    QCOMPARE(m_w->apiWrites(), 0);
    QCOMPARE(summary.counts.created, 0);
    QCOMPARE(summary.counts.updated, 0);
    QCOMPARE(summary.counts.failed, 0);
    QMap<QString, int> expected;
    for (const QString &path : std::as_const(reads)) {
        expected[path.contains(QLatin1String("%1")) ? path.arg(m_w->tenant(0)) : path] += 1;
    }
    const QMap<QString, int> actual = m_w->apiReadsByPath();
    QVERIFY2(actual == expected, qPrintable(QStringLiteral("read %1, expected %2").arg(text(actual), text(expected))));
}

void tst_ProviderRules3::incrementalRunAfterRemoteAndLocalEdits_data()
{
    QTest::addColumn<QString>("provider");
    for (const char *p : { "xero", "qbo", "sage", "myob" }) {
        QTest::newRow(p) << QString::fromLatin1(p);
    }
}

void tst_ProviderRules3::incrementalRunAfterRemoteAndLocalEdits()
{
    const Customer theirs = m_w->addCustomer(QStringLiteral("Remote Edit Ltd"));
    const Customer ours = m_w->addCustomer(QStringLiteral("Local Edit Ltd"));
    const Customer still = m_w->addCustomer(QStringLiteral("Untouched Ltd"));
    ItemRepository items(m_w->database(), Clock::system());
    Item item;
    item.code = QStringLiteral("EDITED");
    item.name = QStringLiteral("Edited item");
    item.salePriceMinor = 1000;
    item = items.insert(item).value();
    RunSummary summary = m_w->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(describe(summary)));
    const QString theirsId = m_w->remoteIdOf(SyncEntity::customer(), theirs.id);
    const QString itemId = m_w->remoteIdOf(SyncEntity::item(), item.id);
    QVERIFY(!theirsId.isEmpty());
    QVERIFY(!itemId.isEmpty());

    // Another user renames one contact; we rename another customer and change the item's price.
    QVERIFY(m_w->renameRemoteCustomer(theirsId, QStringLiteral("Remote Edit Group Ltd")));
    CustomerRepository customers(m_w->database(), Clock::system());
    Customer renamed = customers.findById(ours.id).value();
    renamed.name = QStringLiteral("Local Edit Group Ltd");
    QVERIFY(customers.update(renamed));
    Item repriced = items.findById(item.id).value();
    repriced.salePriceMinor = 1100;
    QVERIFY(items.update(repriced));

    m_w->resetStats();
    summary = m_w->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(describe(summary)));
    QCOMPARE(summary.counts.failed, 0);
    QCOMPARE(summary.counts.created, 0);
    QCOMPARE(summary.counts.updated, 3); // one pulled, two pushed
    QCOMPARE(m_w->apiWrites(), 2); // the customer and the item, nothing else
    QCOMPARE(customers.findById(theirs.id)->name, QStringLiteral("Remote Edit Group Ltd"));
    QCOMPARE(customers.findById(still.id)->name, QStringLiteral("Untouched Ltd"));
    QStringList names = m_w->remoteCustomerNames();
    names.sort();
    QCOMPARE(names,
        QStringList({ QStringLiteral("Local Edit Group Ltd"), QStringLiteral("Remote Edit Group Ltd"),
            QStringLiteral("Untouched Ltd") }));
    QCOMPARE(m_w->remoteItemPrice(itemId), qint64(1100));

    // Settled: the run after writes nothing.
    m_w->resetStats();
    summary = m_w->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(describe(summary)));
    QCOMPARE(m_w->apiWrites(), 0);
    QCOMPARE(summary.counts.updated, 0);
}

QTEST_GUILESS_MAIN(tst_ProviderRules3)
#include "tst_providerrules3.moc"

// The demo's promise (README, issue 7 "Done when"): the demo business's first sync with the
// sandbox's Xero goes through except for one record the accounting package refuses, whose
// message History shows - so a new user sees what a failing record looks like.
#include "store/customerrepository.h"
#include "store/demodatagenerator.h"
#include "store/historyrepository.h"
#include "tst_syncfixture.h"

#include <QTest>

using namespace Ledgerlink;

class tst_DemoSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstSyncShowsOneRefusedRecordWithItsMessage();
};

void tst_DemoSync::firstSyncShowsOneRefusedRecordWithItsMessage()
{
    SyncFixture fx;
    QVERIFY(fx.setUp());
    QVERIFY(DemoDataGenerator(fx.database()).ensureDemoBusiness().ok());

    const RunSummary summary = fx.runSync(false, 120000);
    QVERIFY2(
        summary.result == RunResult::PartlyFailed, qPrintable(summary.message + QLatin1Char(' ') + summary.detail));
    QCOMPARE(summary.counts.failed, 1);

    HistoryRepository history(fx.database(), Clock::system());
    const auto failed = history.items(summary.runId, true);
    QVERIFY(failed.ok());
    QCOMPARE(failed->size(), 1);
    const SyncItem item = failed->first();
    QCOMPARE(item.entity, QStringLiteral("customer"));
    QVERIFY2(item.errorMessage.contains(QLatin1String("Email address must be valid")), qPrintable(item.errorMessage));
    const auto customer = CustomerRepository(fx.database(), Clock::system()).findById(item.localId);
    QVERIFY(customer.ok());
    QCOMPARE(customer->name, QStringLiteral("Brightside Dental"));
}

QTEST_GUILESS_MAIN(tst_DemoSync)
#include "tst_demosync.moc"

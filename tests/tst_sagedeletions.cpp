// Deletions made at Sage reach the engine: a full read (the daily reconciliation, enable,
// `--full`) asks Sage for what was deleted since the last full read (deleted_since, its own
// watermark "<entity>#deleted" from Sage's clock minus the overlap) and the engine applies a
// deleted contact or product as it applies one archived at the other providers (the local record
// archived, the link kept). An incremental poll never asks: it is one GET per entity. Nothing is
// created again at Sage, a further run writes nothing, a deleted contact we never linked is not
// imported, and a deletion older than any overlap is still seen by the next full read.
#include "providers/sagedeletions.h"
#include "store/customerrepository.h"
#include "store/itemrepository.h"
#include "sync/runcontext.h"
#include "tst_sagefixture.h"

#include <QTest>

using namespace Ledgerlink;

class tst_SageDeletions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void deletedContactArchivesTheLinkedCustomer();
    void deletedProductArchivesTheLinkedItem();
    void deletedUnlinkedContactIsNotImported();
    void incrementalReadAsksForNoDeletion();
    void deletionOlderThanAnyOverlapIsSeen();
    void reEnabledIntegrationStillSeesTheDeletion();

private:
    void expectNoWrites(const RunSummary &summary);

    std::unique_ptr<SageFixture> m_fx;
};

void tst_SageDeletions::init()
{
    m_fx = std::make_unique<SageFixture>();
    QVERIFY(m_fx->setUp());
}

void tst_SageDeletions::cleanup()
{
    m_fx.reset();
}

void tst_SageDeletions::expectNoWrites(const RunSummary &summary)
{
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(summary.message + QLatin1Char(' ') + summary.detail));
    QCOMPARE(summary.counts.failed, 0);
    QCOMPARE(m_fx->requests(QStringLiteral("POST")), 0);
    QCOMPARE(m_fx->requests(QStringLiteral("PUT")), 0);
    QCOMPARE(m_fx->requests(QStringLiteral("DELETE")), 0);
}

void tst_SageDeletions::deletedContactArchivesTheLinkedCustomer()
{
    const Customer gone = m_fx->addCustomer(QStringLiteral("Gone Trading"));
    const Customer kept = m_fx->addCustomer(QStringLiteral("Kept Trading"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const QString goneId = m_fx->remoteIdOf(SyncEntity::customer(), gone.id);
    QVERIFY(!goneId.isEmpty());
    QCOMPARE(m_fx->api("DELETE", QStringLiteral("contacts/") + goneId).status, 204);

    m_fx->resetStats();
    const RunSummary second = m_fx->runSync(true);
    expectNoWrites(second);
    QCOMPARE(second.counts.updated, 1); // the archive, nothing else
    CustomerRepository customers(m_fx->database(), Clock::system());
    QVERIFY(customers.findById(gone.id)->archived);
    QVERIFY(!customers.findById(kept.id)->archived);
    QCOMPARE(m_fx->remoteIdOf(SyncEntity::customer(), gone.id), goneId); // link kept, as for an archive
    QCOMPARE(m_fx->remote(QStringLiteral("contacts")).size(), 1); // not created again

    m_fx->resetStats();
    const RunSummary third = m_fx->runSync(true);
    expectNoWrites(third);
    QCOMPARE(third.counts.updated, 0);
    QCOMPARE(third.counts.created, 0);
    QVERIFY(customers.findById(gone.id)->archived);
}

void tst_SageDeletions::deletedProductArchivesTheLinkedItem()
{
    ItemRepository items(m_fx->database(), Clock::system());
    Item local;
    local.code = QStringLiteral("OLDPART");
    local.name = QStringLiteral("Old part");
    local.salePriceMinor = 500;
    local = items.insert(local).value();
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const QString productId = m_fx->remoteIdOf(SyncEntity::item(), local.id);
    QVERIFY(!productId.isEmpty());
    QCOMPARE(m_fx->api("DELETE", QStringLiteral("products/") + productId).status, 204);

    m_fx->resetStats();
    const RunSummary second = m_fx->runSync(true);
    expectNoWrites(second);
    QCOMPARE(second.counts.updated, 1);
    const Item after = items.findById(local.id).value();
    QVERIFY(after.archived);
    QCOMPARE(after.code, QStringLiteral("OLDPART")); // only archived: nothing else of the deleted product
    QCOMPARE(after.salePriceMinor, qint64(500));
    QCOMPARE(m_fx->remoteIdOf(SyncEntity::item(), local.id), productId);
    QCOMPARE(m_fx->remote(QStringLiteral("products")).size(), 0);

    m_fx->resetStats();
    const RunSummary third = m_fx->runSync(true);
    expectNoWrites(third);
    QCOMPARE(third.counts.updated, 0);
}

void tst_SageDeletions::deletedUnlinkedContactIsNotImported()
{
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded); // first activation: the watermark
    const QString brief = m_fx->create(QStringLiteral("contacts"), QStringLiteral("contact"),
        { { QStringLiteral("name"), QStringLiteral("Brief Contact") },
            { QStringLiteral("reference"), QStringLiteral("BRIEF") } });
    QVERIFY(!brief.isEmpty());
    QCOMPARE(m_fx->api("DELETE", QStringLiteral("contacts/") + brief).status, 204);

    m_fx->resetStats();
    const RunSummary second = m_fx->runSync(true);
    expectNoWrites(second);
    QCOMPARE(second.counts.created, 0);
    QCOMPARE(int(CustomerRepository(m_fx->database(), Clock::system()).page(0, 10)->size()), 0);
}

void tst_SageDeletions::incrementalReadAsksForNoDeletion()
{
    const Customer gone = m_fx->addCustomer(QStringLiteral("Gone Before"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const QString goneId = m_fx->remoteIdOf(SyncEntity::customer(), gone.id);
    QCOMPARE(m_fx->api("DELETE", QStringLiteral("contacts/") + goneId).status, 204);

    // A quiet poll: one GET of the contacts and one of the products, no deleted_since read.
    m_fx->resetStats();
    expectNoWrites(m_fx->runSync());
    QCOMPARE(m_fx->requests(QStringLiteral("GET"), QStringLiteral("/contacts")), 1);
    QCOMPARE(m_fx->requests(QStringLiteral("GET"), QStringLiteral("/products")), 1);
    CustomerRepository customers(m_fx->database(), Clock::system());
    QVERIFY(!customers.findById(gone.id)->archived);

    // The next full read brings it, with one more GET per entity for the deletions.
    m_fx->resetStats();
    expectNoWrites(m_fx->runSync(true));
    QCOMPARE(m_fx->requests(QStringLiteral("GET"), QStringLiteral("/contacts")), 2);
    QCOMPARE(m_fx->requests(QStringLiteral("GET"), QStringLiteral("/products")), 2);
    QVERIFY(customers.findById(gone.id)->archived);
    QCOMPARE(m_fx->remote(QStringLiteral("contacts")).size(), 0);
}

void tst_SageDeletions::deletionOlderThanAnyOverlapIsSeen()
{
    const Customer gone = m_fx->addCustomer(QStringLiteral("Long Gone"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const QString goneId = m_fx->remoteIdOf(SyncEntity::customer(), gone.id);
    QCOMPARE(m_fx->api("DELETE", QStringLiteral("contacts/") + goneId).status, 204);

    m_fx->resetStats();
    expectNoWrites(m_fx->runSync());
    // A day of incremental polls later: the contacts' watermark is far past the deletion and its
    // 120 s overlap. (The sandbox sends no Date header, so the client's own clock would stamp the
    // polls; the watermark is moved as a day of them would move it.) The deletions keep their own
    // mark from the last full read.
    SyncStateStore state(m_fx->database());
    const QDateTime dayLater = QDateTime::currentDateTimeUtc().addDays(1);
    QVERIFY(state.setWatermark(m_fx->integration().id, SyncEntity::customer(), dayLater, false));
    CustomerRepository customers(m_fx->database(), Clock::system());
    QVERIFY(!customers.findById(gone.id)->archived);
    m_fx->resetStats();
    const RunSummary full = m_fx->runSync(true);
    expectNoWrites(full);
    QCOMPARE(full.counts.updated, 1);
    QVERIFY(customers.findById(gone.id)->archived);
}

void tst_SageDeletions::reEnabledIntegrationStillSeesTheDeletion()
{
    const Customer gone = m_fx->addCustomer(QStringLiteral("Gone While Off"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const QString goneId = m_fx->remoteIdOf(SyncEntity::customer(), gone.id);
    QCOMPARE(m_fx->api("DELETE", QStringLiteral("contacts/") + goneId).status, 204);

    // Enabling again forgets the read watermarks (a full pass), not where deletions were read.
    QVERIFY(SyncStateStore(m_fx->database()).clear(m_fx->integration().id));
    m_fx->resetStats();
    expectNoWrites(m_fx->runSync(true));
    QVERIFY(CustomerRepository(m_fx->database(), Clock::system()).findById(gone.id)->archived);
}

QTEST_GUILESS_MAIN(tst_SageDeletions)
#include "tst_sagedeletions.moc"

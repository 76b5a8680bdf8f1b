// Kill-safety: the process dies between the provider's write and LinkRepository::completeWrite
// (simulated by leaving the PENDING journal entry behind). The next run looks the record up at
// the provider before sending anything, so nothing is duplicated and nothing is lost.
#include "store/customerrepository.h"
#include "store/invoicerepository.h"
#include "store/linkrepository.h"
#include "sync/customersyncstep.h"
#include "sync/runcontext.h"
#include "tst_syncfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Ledgerlink;

class tst_SyncCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pendingWriteFoundRemotelyIsNotResent();
    void pendingWriteNotFoundIsSentOnce();
    void pendingInvoiceFoundByNumberIsNotDuplicated();

private:
    std::unique_ptr<SyncFixture> m_fx;
};

void tst_SyncCrash::init()
{
    m_fx = std::make_unique<SyncFixture>();
    QVERIFY(m_fx->setUp());
}

void tst_SyncCrash::cleanup()
{
    m_fx.reset();
}

void tst_SyncCrash::pendingWriteFoundRemotelyIsNotResent()
{
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded); // activation done
    const Customer c = m_fx->addCustomer(QStringLiteral("Crash Co"));
    // The process died after Xero created the contact and before completeWrite: the journal has
    // a PENDING link without remote id, Xero has the contact with our ContactNumber.
    LinkRepository links(m_fx->database(), Clock::system());
    QVERIFY(
        links.beginWrite(m_fx->integration().id, SyncEntity::customer(), c.id, RunContext::localVersion(c.updatedAt)));
    QCOMPARE(m_fx->xeroPut(QStringLiteral("Contacts"),
                     { { QStringLiteral("Name"), QStringLiteral("Crash Co") },
                         { QStringLiteral("ContactNumber"), CustomerSyncStep::externalKey(c) } })
                 .status,
        200);
    const RunSummary summary = m_fx->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(summary.message + QLatin1Char(' ') + summary.detail));
    int named = 0;
    for (const auto &v : m_fx->remote(QStringLiteral("Contacts"))) {
        named += v.toObject().value(QStringLiteral("Name")).toString() == QLatin1String("Crash Co") ? 1 : 0;
    }
    QCOMPARE(named, 1);
    auto link = links.findByLocal(m_fx->integration().id, SyncEntity::customer(), c.id);
    QCOMPARE(link->value().state, LinkState::Linked);
    QVERIFY(!link->value().remoteId.isEmpty());
}

void tst_SyncCrash::pendingWriteNotFoundIsSentOnce()
{
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const Customer c = m_fx->addCustomer(QStringLiteral("Lost Write Ltd"));
    LinkRepository links(m_fx->database(), Clock::system());
    QVERIFY(
        links.beginWrite(m_fx->integration().id, SyncEntity::customer(), c.id, RunContext::localVersion(c.updatedAt)));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    int named = 0;
    for (const auto &v : m_fx->remote(QStringLiteral("Contacts"))) {
        named += v.toObject().value(QStringLiteral("Name")).toString() == QLatin1String("Lost Write Ltd") ? 1 : 0;
    }
    QCOMPARE(named, 1);
}

void tst_SyncCrash::pendingInvoiceFoundByNumberIsNotDuplicated()
{
    const Customer c = m_fx->addCustomer(QStringLiteral("Invoice Crash Customer"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const Invoice inv = m_fx->addInvoice(c.id, QStringLiteral("LL-3001"), 4000);
    InvoiceRepository invoices(m_fx->database(), Clock::system());
    const Invoice pending = invoices.setStatus(inv.id, InvoiceStatus::PendingPayment).value();
    LinkRepository links(m_fx->database(), Clock::system());
    const QString contactId = links.findByLocal(m_fx->integration().id, SyncEntity::customer(), c.id)->value().remoteId;
    QVERIFY(links.beginWrite(
        m_fx->integration().id, SyncEntity::invoice(), inv.id, RunContext::localVersion(pending.updatedAt)));
    QCOMPARE(m_fx->xeroPut(QStringLiteral("Invoices"),
                     { { QStringLiteral("Type"), QStringLiteral("ACCREC") },
                         { QStringLiteral("InvoiceNumber"), QStringLiteral("LL-3001") },
                         { QStringLiteral("Contact"), QJsonObject { { QStringLiteral("ContactID"), contactId } } },
                         { QStringLiteral("LineItems"),
                             QJsonArray { QJsonObject { { QStringLiteral("Description"), QStringLiteral("x") },
                                 { QStringLiteral("Quantity"), 2 }, { QStringLiteral("UnitAmount"), 40 },
                                 { QStringLiteral("AccountCode"), QStringLiteral("200") } } } } })
                 .status,
        200);
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->remote(QStringLiteral("Invoices")).size(), 1);
    QCOMPARE(
        links.findByLocal(m_fx->integration().id, SyncEntity::invoice(), inv.id)->value().state, LinkState::Linked);
}

QTEST_GUILESS_MAIN(tst_SyncCrash)
#include "tst_synccrash.moc"

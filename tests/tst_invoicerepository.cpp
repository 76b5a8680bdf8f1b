#include "mockclock.h"
#include "store/customerrepository.h"
#include "store/invoicerepository.h"
#include "store/taxtyperepository.h"
#include "storefixture.h"
#include "testdatabase.h"
#include "testprofile.h"

#include <QTest>

using namespace Ledgerlink;

/// Invoices, credit notes, lines and status changes on the registered backend.
class tst_InvoiceRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void insertComputesTotalsFromLines();
    void roundTripsHeaderAndLines();
    void creditNoteSharesNumberSpaceByKind();
    void duplicateNumberIsClearError();
    void updateReplacesLinesAndRecomputes();
    void recalculatesAfterTaxRateChange();
    void statusTransitions_data();
    void statusTransitions();
    void markingPaidWithAmountDueIsRefused();
    void pagesWithLines();

private:
    StoreFixture m_store;
};

void tst_InvoiceRepository::init()
{
    LEDGERLINK_VERIFY_OK(m_store.open());
    LEDGERLINK_VERIFY_OK(m_store.seedSales());
}

void tst_InvoiceRepository::cleanup()
{
    m_store.close();
}

void tst_InvoiceRepository::insertComputesTotalsFromLines()
{
    const Invoice invoice = m_store.storedInvoice(QStringLiteral("INV-001"));
    QVERIFY(invoice.id > 0);
    QCOMPARE(invoice.lines.at(0).lineAmountMinor, qint64(500));
    QCOMPARE(invoice.lines.at(0).taxAmountMinor, qint64(100));
    QCOMPARE(invoice.lines.at(1).lineAmountMinor, qint64(3003));
    QCOMPARE(invoice.lines.at(1).taxAmountMinor, qint64(150));
    QCOMPARE(invoice.subtotalMinor, qint64(3503));
    QCOMPARE(invoice.taxMinor, qint64(250));
    QCOMPARE(invoice.totalMinor, qint64(3753));
    QCOMPARE(invoice.amountDueMinor(), qint64(3753));
}

void tst_InvoiceRepository::roundTripsHeaderAndLines()
{
    const Invoice saved = m_store.storedInvoice(QStringLiteral("INV-002"), InvoiceStatus::PendingPayment);
    InvoiceRepository invoices(m_store.db(), m_store.clock);
    auto loaded = invoices.findById(saved.id);
    LEDGERLINK_VERIFY_OK(loaded);
    QCOMPARE(loaded->number, QStringLiteral("INV-002"));
    QCOMPARE(loaded->kind, InvoiceKind::Invoice);
    QCOMPARE(loaded->status, InvoiceStatus::PendingPayment);
    QCOMPARE(loaded->customerId, m_store.customerId());
    QCOMPARE(loaded->issueDate, QDate(2026, 11, 1));
    QCOMPARE(loaded->dueDate, QDate(2026, 12, 1));
    QCOMPARE(loaded->currency, QStringLiteral("GBP"));
    QCOMPARE(loaded->reference, QStringLiteral("Bestellung Nr. 7 – Müller"));
    QCOMPARE(loaded->totalMinor, qint64(3753));
    QCOMPARE(loaded->createdAt, m_store.clock.now());
    QCOMPARE(loaded->lines.size(), 2);
    QCOMPARE(loaded->lines.at(0).position, 1);
    QCOMPARE(loaded->lines.at(0).description, QStringLiteral("Café crème"));
    QCOMPARE(loaded->lines.at(0).quantityE4, qint64(15000));
    QCOMPARE(loaded->lines.at(0).unitPriceMinor, qint64(333));
    QCOMPARE(loaded->lines.at(0).taxTypeId, m_store.standardTaxId());
    QCOMPARE(loaded->lines.at(1).description, QStringLiteral("Bücher"));
    QCOMPARE(loaded->lines.at(1).taxAmountMinor, qint64(150));
    auto byNumber = invoices.findByNumber(InvoiceKind::Invoice, QStringLiteral("INV-002"));
    LEDGERLINK_VERIFY_OK(byNumber);
    QCOMPARE(byNumber->id, saved.id);
}

void tst_InvoiceRepository::creditNoteSharesNumberSpaceByKind()
{
    m_store.storedInvoice(QStringLiteral("X-1"));
    InvoiceRepository invoices(m_store.db(), m_store.clock);
    Invoice credit = m_store.draftInvoice(QStringLiteral("X-1"));
    credit.kind = InvoiceKind::CreditNote;
    auto saved = invoices.insert(credit);
    LEDGERLINK_VERIFY_OK(saved);
    auto loaded = invoices.findByNumber(InvoiceKind::CreditNote, QStringLiteral("X-1"));
    LEDGERLINK_VERIFY_OK(loaded);
    QCOMPARE(loaded->kind, InvoiceKind::CreditNote);
    QCOMPARE(loaded->id, saved->id);
}

void tst_InvoiceRepository::duplicateNumberIsClearError()
{
    m_store.storedInvoice(QStringLiteral("INV-003"));
    InvoiceRepository invoices(m_store.db(), m_store.clock);
    auto duplicate = invoices.insert(m_store.draftInvoice(QStringLiteral("INV-003")));
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().userMessage(),
        QStringLiteral("There is already an invoice or credit note numbered INV-003."));
    auto page = invoices.page(0, 10);
    LEDGERLINK_VERIFY_OK(page);
    QCOMPARE(page->size(), 1); // the failed insert left no lines or header behind
}

void tst_InvoiceRepository::updateReplacesLinesAndRecomputes()
{
    Invoice invoice = m_store.storedInvoice(QStringLiteral("INV-004"));
    InvoiceRepository invoices(m_store.db(), m_store.clock);
    m_store.clock.advance(3600 * 1000);
    invoice.lines.removeFirst();
    invoice.lines[0].quantityE4 = 10000;
    invoice.status = InvoiceStatus::Paid; // ignored: status only changes through setStatus
    auto updated = invoices.update(invoice);
    LEDGERLINK_VERIFY_OK(updated);
    QCOMPARE(updated->status, InvoiceStatus::Draft);
    QCOMPARE(updated->totalMinor, qint64(1001 + 50));
    auto loaded = invoices.findById(invoice.id);
    LEDGERLINK_VERIFY_OK(loaded);
    QCOMPARE(loaded->lines.size(), 1);
    QCOMPARE(loaded->lines.at(0).description, QStringLiteral("Bücher"));
    QCOMPARE(loaded->totalMinor, qint64(1051));
    QCOMPARE(loaded->updatedAt, m_store.clock.now());
}

void tst_InvoiceRepository::recalculatesAfterTaxRateChange()
{
    const Invoice invoice = m_store.storedInvoice(QStringLiteral("INV-005"));
    TaxTypeRepository taxTypes(m_store.db(), m_store.clock);
    auto standard = taxTypes.findById(m_store.standardTaxId());
    LEDGERLINK_VERIFY_OK(standard);
    TaxType changed = standard.value();
    changed.rateE4 = 0;
    LEDGERLINK_VERIFY_OK(taxTypes.update(changed));
    InvoiceRepository invoices(m_store.db(), m_store.clock);
    auto recalculated = invoices.recalculateTotals(invoice.id);
    LEDGERLINK_VERIFY_OK(recalculated);
    QCOMPARE(recalculated->taxMinor, qint64(150));
    QCOMPARE(recalculated->totalMinor, qint64(3653));
}

void tst_InvoiceRepository::statusTransitions_data()
{
    QTest::addColumn<InvoiceStatus>("from");
    QTest::addColumn<InvoiceStatus>("to");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("draft -> pending") << InvoiceStatus::Draft << InvoiceStatus::PendingPayment << true;
    QTest::newRow("draft -> void") << InvoiceStatus::Draft << InvoiceStatus::Void << true;
    QTest::newRow("draft -> paid") << InvoiceStatus::Draft << InvoiceStatus::Paid << false;
    QTest::newRow("pending -> void") << InvoiceStatus::PendingPayment << InvoiceStatus::Void << true;
    QTest::newRow("pending -> draft") << InvoiceStatus::PendingPayment << InvoiceStatus::Draft << false;
    QTest::newRow("void -> pending") << InvoiceStatus::Void << InvoiceStatus::PendingPayment << false;
    QTest::newRow("void -> draft") << InvoiceStatus::Void << InvoiceStatus::Draft << false;
    QTest::newRow("same status") << InvoiceStatus::Draft << InvoiceStatus::Draft << true;
}

void tst_InvoiceRepository::statusTransitions()
{
    QFETCH(InvoiceStatus, from);
    QFETCH(InvoiceStatus, to);
    QFETCH(bool, allowed);
    const Invoice invoice = m_store.storedInvoice(QStringLiteral("INV-T"), from);
    InvoiceRepository invoices(m_store.db(), m_store.clock);
    auto result = invoices.setStatus(invoice.id, to);
    QCOMPARE(result.ok(), allowed);
    auto loaded = invoices.findById(invoice.id);
    LEDGERLINK_VERIFY_OK(loaded);
    QCOMPARE(loaded->status, allowed ? to : from);
    if (!allowed) {
        QCOMPARE(result.error().kind(), Error::Kind::Item);
        QVERIFY2(result.error().userMessage().startsWith(QLatin1String("Invoice INV-T is ")),
            qPrintable(result.error().userMessage()));
        QVERIFY(result.error().userMessage().contains(QLatin1String("cannot be changed to")));
    }
}

void tst_InvoiceRepository::markingPaidWithAmountDueIsRefused()
{
    const Invoice invoice = m_store.storedInvoice(QStringLiteral("INV-006"), InvoiceStatus::PendingPayment);
    InvoiceRepository invoices(m_store.db(), m_store.clock);
    auto result = invoices.setStatus(invoice.id, InvoiceStatus::Paid);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().userMessage(),
        QStringLiteral("Invoice INV-006 still has 37.53 GBP due. Record a payment for it instead of marking it "
                       "paid."));
}

void tst_InvoiceRepository::pagesWithLines()
{
    for (int i = 1; i <= 5; ++i) {
        m_store.storedInvoice(QStringLiteral("P-%1").arg(i));
    }
    InvoiceRepository invoices(m_store.db(), m_store.clock);
    auto first = invoices.page(0, 2);
    LEDGERLINK_VERIFY_OK(first);
    QCOMPARE(first->size(), 2);
    auto second = invoices.page(first->last().id, 10);
    LEDGERLINK_VERIFY_OK(second);
    QCOMPARE(second->size(), 3);
    QCOMPARE(second->first().number, QStringLiteral("P-3"));
    for (const Invoice &invoice : second.value()) {
        QCOMPARE(invoice.lines.size(), 2);
    }
    auto changed = invoices.changedSince(m_store.clock.now());
    LEDGERLINK_VERIFY_OK(changed);
    QCOMPARE(changed->size(), 5);
}

QTEST_GUILESS_MAIN(tst_InvoiceRepository)
#include "tst_invoicerepository.moc"

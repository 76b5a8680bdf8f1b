#include "mockclock.h"
#include "store/customerrepository.h"
#include "store/invoicerepository.h"
#include "store/paymentrepository.h"
#include "store/taxtyperepository.h"
#include "storefixture.h"
#include "testdatabase.h"
#include "testprofile.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Ledgerlink;

/// Payments and what they do to their invoice, on the registered backend.
class tst_PaymentRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void partPaymentThenFullPayment();
    void overpaymentIsRefusedAndNothingChanges();
    void paymentOnDraftIsRefused();
    void voidWithPaymentsIsRefused();
    void paidInvoiceCannotBeEdited();
    void paymentAmountChangeFollowsInvoice();
    void concurrentPaymentWaitsForOtherWriter();

private:
    StoreFixture m_store;
};

void tst_PaymentRepository::init()
{
    LEDGERLINK_VERIFY_OK(m_store.open());
    LEDGERLINK_VERIFY_OK(m_store.seedSales());
}

void tst_PaymentRepository::cleanup()
{
    m_store.close();
}

void tst_PaymentRepository::partPaymentThenFullPayment()
{
    const Invoice invoice = m_store.storedInvoice(QStringLiteral("INV-007"), InvoiceStatus::PendingPayment);
    PaymentRepository payments(m_store.db(), m_store.clock);
    InvoiceRepository invoices(m_store.db(), m_store.clock);
    m_store.clock.advance(1000);
    auto part = payments.record({ 0, invoice.id, QDate(2026, 11, 20), 1000, 0, QStringLiteral("Überweisung"), {}, {} });
    LEDGERLINK_VERIFY_OK(part);
    QVERIFY(part->id > 0);
    auto afterPart = invoices.findById(invoice.id);
    LEDGERLINK_VERIFY_OK(afterPart);
    QCOMPARE(afterPart->amountPaidMinor, qint64(1000));
    QCOMPARE(afterPart->amountDueMinor(), qint64(2753));
    QCOMPARE(afterPart->status, InvoiceStatus::PendingPayment);
    QCOMPARE(afterPart->updatedAt, m_store.clock.now());

    auto rest = payments.record({ 0, invoice.id, QDate(2026, 11, 25), 2753, 0, {}, {}, {} });
    LEDGERLINK_VERIFY_OK(rest);
    auto afterAll = invoices.findById(invoice.id);
    LEDGERLINK_VERIFY_OK(afterAll);
    QCOMPARE(afterAll->amountPaidMinor, qint64(3753));
    QCOMPARE(afterAll->status, InvoiceStatus::Paid);
    auto list = payments.forInvoice(invoice.id);
    LEDGERLINK_VERIFY_OK(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).reference, QStringLiteral("Überweisung"));
    QCOMPARE(list->at(0).paymentDate, QDate(2026, 11, 20));
    QCOMPARE(list->at(1).amountMinor, qint64(2753));
}

void tst_PaymentRepository::overpaymentIsRefusedAndNothingChanges()
{
    const Invoice invoice = m_store.storedInvoice(QStringLiteral("INV-008"), InvoiceStatus::PendingPayment);
    PaymentRepository payments(m_store.db(), m_store.clock);
    auto tooMuch = payments.record({ 0, invoice.id, QDate(2026, 11, 20), 3754, 0, {}, {}, {} });
    QVERIFY(!tooMuch.ok());
    QCOMPARE(tooMuch.error().userMessage(),
        QStringLiteral("A payment of 37.54 GBP is more than the 37.53 GBP still due on invoice INV-008. Check the "
                       "amount."));
    auto list = payments.forInvoice(invoice.id);
    LEDGERLINK_VERIFY_OK(list);
    QCOMPARE(list->size(), 0);
    InvoiceRepository invoices(m_store.db(), m_store.clock);
    auto loaded = invoices.findById(invoice.id);
    LEDGERLINK_VERIFY_OK(loaded);
    QCOMPARE(loaded->amountPaidMinor, qint64(0));
}

void tst_PaymentRepository::paymentOnDraftIsRefused()
{
    const Invoice invoice = m_store.storedInvoice(QStringLiteral("INV-009"));
    PaymentRepository payments(m_store.db(), m_store.clock);
    auto result = payments.record({ 0, invoice.id, QDate(2026, 11, 20), 100, 0, {}, {}, {} });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().userMessage(),
        QStringLiteral("Invoice INV-009 is draft, so no payment can be recorded against it."));
    QVERIFY(!payments.record({ 0, invoice.id, QDate(2026, 11, 20), 0, 0, {}, {}, {} }).ok());
}

void tst_PaymentRepository::voidWithPaymentsIsRefused()
{
    const Invoice invoice = m_store.storedInvoice(QStringLiteral("INV-010"), InvoiceStatus::PendingPayment);
    PaymentRepository payments(m_store.db(), m_store.clock);
    LEDGERLINK_VERIFY_OK(payments.record({ 0, invoice.id, QDate(2026, 11, 20), 500, 0, {}, {}, {} }));
    InvoiceRepository invoices(m_store.db(), m_store.clock);
    auto result = invoices.setStatus(invoice.id, InvoiceStatus::Void);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().userMessage().contains(QLatin1String("payments of 5.00 GBP")),
        qPrintable(result.error().userMessage()));
}

void tst_PaymentRepository::paidInvoiceCannotBeEdited()
{
    const Invoice invoice = m_store.storedInvoice(QStringLiteral("INV-011"), InvoiceStatus::PendingPayment);
    PaymentRepository payments(m_store.db(), m_store.clock);
    LEDGERLINK_VERIFY_OK(payments.record({ 0, invoice.id, QDate(2026, 11, 20), 3753, 0, {}, {}, {} }));
    InvoiceRepository invoices(m_store.db(), m_store.clock);
    Invoice edited = invoice;
    edited.reference = QStringLiteral("changed");
    auto result = invoices.update(edited);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().userMessage(), QStringLiteral("Invoice INV-011 is paid and can no longer be changed."));
    auto toVoid = invoices.setStatus(invoice.id, InvoiceStatus::Void);
    QVERIFY(!toVoid.ok());
}

void tst_PaymentRepository::paymentAmountChangeFollowsInvoice()
{
    const Invoice invoice = m_store.storedInvoice(QStringLiteral("INV-012"), InvoiceStatus::PendingPayment);
    PaymentRepository payments(m_store.db(), m_store.clock);
    auto paid = payments.record({ 0, invoice.id, QDate(2026, 11, 20), 3753, 0, {}, {}, {} });
    LEDGERLINK_VERIFY_OK(paid);
    Payment corrected = paid.value();
    corrected.amountMinor = 3000;
    LEDGERLINK_VERIFY_OK(payments.update(corrected));
    InvoiceRepository invoices(m_store.db(), m_store.clock);
    auto loaded = invoices.findById(invoice.id);
    LEDGERLINK_VERIFY_OK(loaded);
    QCOMPARE(loaded->amountPaidMinor, qint64(3000));
    QCOMPARE(loaded->status, InvoiceStatus::PendingPayment);
    corrected.amountMinor = 4000;
    QVERIFY(!payments.update(corrected).ok());
}

void tst_PaymentRepository::concurrentPaymentWaitsForOtherWriter()
{
    // Another office PC marks the invoice paid in an open transaction while this one records a
    // payment: the payment must wait for it and then be refused, not overwrite it (lost update).
    if (!TestDatabase::isPostgres()) {
        QSKIP("SQLite admits one writer at a time (BEGIN IMMEDIATE); this is about PostgreSQL row locks");
    }
    const Invoice invoice = m_store.storedInvoice(QStringLiteral("INV-013"), InvoiceStatus::PendingPayment);
    QSqlQuery other(m_store.db().connection());
    QVERIFY(other.exec(QStringLiteral("BEGIN")));
    QVERIFY(other.exec(QStringLiteral("UPDATE invoices SET amount_paid_minor = total_minor, status = 'PAID' "
                                      "WHERE id = %1")
                           .arg(invoice.id)));

    QString outcome;
    std::unique_ptr<QThread> writer(QThread::create([this, &outcome, id = invoice.id] {
        auto db = m_store.openAnotherConnection(); // its own connection, on its own thread
        if (!db) {
            outcome = QStringLiteral("open failed: ") + db.error().toString();
            return;
        }
        PaymentRepository payments(**db, m_store.clock);
        auto paid = payments.record({ 0, id, QDate(2026, 11, 20), 1000, 0, {}, {}, {} });
        outcome = paid ? QStringLiteral("recorded") : paid.error().userMessage();
    }));
    writer->start();
    auto watcherDb = m_store.openAnotherConnection();
    LEDGERLINK_VERIFY_OK(watcherDb);
    const auto writerIsWaiting = [&] {
        QSqlQuery waiting((*watcherDb)->connection());
        return waiting.exec(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                                           "AND wait_event_type = 'Lock'"))
            && waiting.next() && waiting.value(0).toInt() == 1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(writerIsWaiting(), 10000);
    QVERIFY(other.exec(QStringLiteral("COMMIT")));
    QTRY_VERIFY_WITH_TIMEOUT(writer->isFinished(), 10000);
    QCOMPARE(outcome, QStringLiteral("Invoice INV-013 is paid, so no payment can be recorded against it."));
    InvoiceRepository invoices(m_store.db(), m_store.clock);
    auto loaded = invoices.findById(invoice.id);
    LEDGERLINK_VERIFY_OK(loaded);
    QCOMPARE(loaded->amountPaidMinor, qint64(3753));
    QCOMPARE(loaded->status, InvoiceStatus::Paid);
}

QTEST_GUILESS_MAIN(tst_PaymentRepository)
#include "tst_paymentrepository.moc"

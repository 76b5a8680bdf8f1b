#include "mockclock.h"
#include "store/customerrepository.h"
#include "store/invoicerepository.h"
#include "store/paymentrepository.h"
#include "store/taxtyperepository.h"
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
    Invoice draft(const QString &number) const;
    Invoice stored(const QString &number, InvoiceStatus status = InvoiceStatus::Draft);

    MockClock m_clock;
    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Database> m_db;
    qint64 m_customer = 0;
    qint64 m_standard = 0; // 20 %
    qint64 m_reduced = 0; // 5 %
};

void tst_PaymentRepository::init()
{
    m_clock.set(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC));
    m_profile = std::make_unique<TestProfile>();
    auto db = TestDatabase::openFresh(*m_profile);
    LEDGERLINK_VERIFY_OK(db);
    m_db = std::move(db).value();
    CustomerRepository customers(*m_db, m_clock);
    Customer customer;
    customer.name = QStringLiteral("Zoë's Café Ltd");
    auto saved = customers.insert(customer);
    LEDGERLINK_VERIFY_OK(saved);
    m_customer = saved->id;
    TaxTypeRepository taxTypes(*m_db, m_clock);
    auto standard = taxTypes.insert({ 0, QStringLiteral("Standard"), QStringLiteral("STD"), 200000, false, {}, {} });
    auto reduced = taxTypes.insert({ 0, QStringLiteral("Reduced"), QStringLiteral("RED"), 50000, false, {}, {} });
    LEDGERLINK_VERIFY_OK(standard);
    LEDGERLINK_VERIFY_OK(reduced);
    m_standard = standard->id;
    m_reduced = reduced->id;
}

void tst_PaymentRepository::cleanup()
{
    m_db.reset();
    m_profile.reset();
}

Invoice tst_PaymentRepository::draft(const QString &number) const
{
    Invoice invoice;
    invoice.number = number;
    invoice.customerId = m_customer;
    invoice.issueDate = QDate(2026, 11, 1);
    invoice.dueDate = QDate(2026, 12, 1);
    invoice.reference = QStringLiteral("Bestellung Nr. 7 – Müller");
    InvoiceLine coffee;
    coffee.description = QStringLiteral("Café crème");
    coffee.quantityE4 = 15000; // 1.5
    coffee.unitPriceMinor = 333; // 3.33 -> 4.995 -> 5.00
    coffee.taxTypeId = m_standard; // 1.00
    InvoiceLine books;
    books.description = QStringLiteral("Bücher");
    books.quantityE4 = 30000; // 3
    books.unitPriceMinor = 1001; // 30.03
    books.taxTypeId = m_reduced; // 1.5015 -> 1.50
    invoice.lines = { coffee, books };
    invoice.lines[0].lineAmountMinor = 999999; // ignored: recomputed
    return invoice;
}

Invoice tst_PaymentRepository::stored(const QString &number, InvoiceStatus status)
{
    InvoiceRepository invoices(*m_db, m_clock);
    Invoice invoice = draft(number);
    invoice.status = status;
    auto saved = invoices.insert(invoice);
    if (!saved) {
        qWarning("%s", qPrintable(saved.error().toString()));
        return {};
    }
    return saved.value();
}

void tst_PaymentRepository::partPaymentThenFullPayment()
{
    const Invoice invoice = stored(QStringLiteral("INV-007"), InvoiceStatus::PendingPayment);
    PaymentRepository payments(*m_db, m_clock);
    InvoiceRepository invoices(*m_db, m_clock);
    m_clock.advance(1000);
    auto part = payments.record({ 0, invoice.id, QDate(2026, 11, 20), 1000, 0, QStringLiteral("Überweisung"), {}, {} });
    LEDGERLINK_VERIFY_OK(part);
    QVERIFY(part->id > 0);
    auto afterPart = invoices.findById(invoice.id);
    LEDGERLINK_VERIFY_OK(afterPart);
    QCOMPARE(afterPart->amountPaidMinor, qint64(1000));
    QCOMPARE(afterPart->amountDueMinor(), qint64(2753));
    QCOMPARE(afterPart->status, InvoiceStatus::PendingPayment);
    QCOMPARE(afterPart->updatedAt, m_clock.now());

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
    const Invoice invoice = stored(QStringLiteral("INV-008"), InvoiceStatus::PendingPayment);
    PaymentRepository payments(*m_db, m_clock);
    auto tooMuch = payments.record({ 0, invoice.id, QDate(2026, 11, 20), 3754, 0, {}, {}, {} });
    QVERIFY(!tooMuch.ok());
    QCOMPARE(tooMuch.error().userMessage(),
        QStringLiteral("A payment of 37.54 GBP is more than the 37.53 GBP still due on invoice INV-008. Check the "
                       "amount."));
    auto list = payments.forInvoice(invoice.id);
    LEDGERLINK_VERIFY_OK(list);
    QCOMPARE(list->size(), 0);
    InvoiceRepository invoices(*m_db, m_clock);
    auto loaded = invoices.findById(invoice.id);
    LEDGERLINK_VERIFY_OK(loaded);
    QCOMPARE(loaded->amountPaidMinor, qint64(0));
}

void tst_PaymentRepository::paymentOnDraftIsRefused()
{
    const Invoice invoice = stored(QStringLiteral("INV-009"));
    PaymentRepository payments(*m_db, m_clock);
    auto result = payments.record({ 0, invoice.id, QDate(2026, 11, 20), 100, 0, {}, {}, {} });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().userMessage(),
        QStringLiteral("Invoice INV-009 is draft, so no payment can be recorded against it."));
    QVERIFY(!payments.record({ 0, invoice.id, QDate(2026, 11, 20), 0, 0, {}, {}, {} }).ok());
}

void tst_PaymentRepository::voidWithPaymentsIsRefused()
{
    const Invoice invoice = stored(QStringLiteral("INV-010"), InvoiceStatus::PendingPayment);
    PaymentRepository payments(*m_db, m_clock);
    LEDGERLINK_VERIFY_OK(payments.record({ 0, invoice.id, QDate(2026, 11, 20), 500, 0, {}, {}, {} }));
    InvoiceRepository invoices(*m_db, m_clock);
    auto result = invoices.setStatus(invoice.id, InvoiceStatus::Void);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().userMessage().contains(QLatin1String("payments of 5.00 GBP")),
        qPrintable(result.error().userMessage()));
}

void tst_PaymentRepository::paidInvoiceCannotBeEdited()
{
    const Invoice invoice = stored(QStringLiteral("INV-011"), InvoiceStatus::PendingPayment);
    PaymentRepository payments(*m_db, m_clock);
    LEDGERLINK_VERIFY_OK(payments.record({ 0, invoice.id, QDate(2026, 11, 20), 3753, 0, {}, {}, {} }));
    InvoiceRepository invoices(*m_db, m_clock);
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
    const Invoice invoice = stored(QStringLiteral("INV-012"), InvoiceStatus::PendingPayment);
    PaymentRepository payments(*m_db, m_clock);
    auto paid = payments.record({ 0, invoice.id, QDate(2026, 11, 20), 3753, 0, {}, {}, {} });
    LEDGERLINK_VERIFY_OK(paid);
    Payment corrected = paid.value();
    corrected.amountMinor = 3000;
    LEDGERLINK_VERIFY_OK(payments.update(corrected));
    InvoiceRepository invoices(*m_db, m_clock);
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
    const Invoice invoice = stored(QStringLiteral("INV-013"), InvoiceStatus::PendingPayment);
    QSqlQuery other(m_db->connection());
    QVERIFY(other.exec(QStringLiteral("BEGIN")));
    QVERIFY(other.exec(QStringLiteral("UPDATE invoices SET amount_paid_minor = total_minor, status = 'PAID' "
                                      "WHERE id = %1")
                           .arg(invoice.id)));

    QString outcome;
    std::unique_ptr<QThread> writer(QThread::create([this, &outcome, id = invoice.id] {
        auto db = TestDatabase::openAgain(*m_profile); // its own connection, on its own thread
        if (!db) {
            outcome = QStringLiteral("open failed: ") + db.error().toString();
            return;
        }
        PaymentRepository payments(**db, m_clock);
        auto paid = payments.record({ 0, id, QDate(2026, 11, 20), 1000, 0, {}, {}, {} });
        outcome = paid ? QStringLiteral("recorded") : paid.error().userMessage();
    }));
    writer->start();
    auto watcherDb = TestDatabase::openAgain(*m_profile);
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
    InvoiceRepository invoices(*m_db, m_clock);
    auto loaded = invoices.findById(invoice.id);
    LEDGERLINK_VERIFY_OK(loaded);
    QCOMPARE(loaded->amountPaidMinor, qint64(3753));
    QCOMPARE(loaded->status, InvoiceStatus::Paid);
}

QTEST_GUILESS_MAIN(tst_PaymentRepository)
#include "tst_paymentrepository.moc"

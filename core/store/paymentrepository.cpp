#include "paymentrepository.h"

#include "clock.h"
#include "database.h"
#include "fixedpoint.h"
#include "invoicerepository.h"
#include "invoicerules.h"
#include "storesql.h"

namespace Ledgerlink {

PaymentRepository::PaymentRepository(Database &database, Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

Status PaymentRepository::applyToInvoice(qint64 invoiceId, qint64 delta)
{
    // Two office PCs recording payments at once must not both see the same amount due.
    if (Status locked = StoreSql::lockRow(m_database, QStringLiteral("invoices"), invoiceId,
            tr("Ledgerlink could not update the invoice with the payment."));
        !locked) {
        return locked;
    }
    InvoiceRepository invoices(m_database, m_clock);
    auto found = invoices.findById(invoiceId);
    if (!found) {
        return found.error();
    }
    Invoice invoice = found.value();
    const QString money = invoice.currency;
    if (invoice.kind == InvoiceKind::CreditNote) {
        return Error(Error::Kind::Item,
            tr("Payments can only be recorded against invoices; %1 is a credit note.").arg(invoice.number));
    }
    const bool payable =
        invoice.status == InvoiceStatus::PendingPayment || (invoice.status == InvoiceStatus::Paid && delta < 0);
    if (!payable) {
        return Error(Error::Kind::Item,
            tr("Invoice %1 is %2, so no payment can be recorded against it.")
                .arg(invoice.number, InvoiceRules::statusDisplayName(invoice.status)),
            QStringLiteral("payment refused in status %1").arg(InvoiceRules::statusText(invoice.status)));
    }
    if (delta > invoice.amountDueMinor()) {
        return Error(Error::Kind::Item,
            tr("A payment of %1 %3 is more than the %2 %3 still due on invoice %4. Check the amount.")
                .arg(FixedPoint::format(delta, FixedPoint::MoneyScale),
                    FixedPoint::format(invoice.amountDueMinor(), FixedPoint::MoneyScale), money, invoice.number),
            QStringLiteral("overpayment: %1 > due %2").arg(delta).arg(invoice.amountDueMinor()));
    }
    const qint64 paid = invoice.amountPaidMinor + delta;
    if (paid < 0) {
        return Error(Error::Kind::Item, tr("The payments on invoice %1 cannot become negative.").arg(invoice.number));
    }
    const InvoiceStatus status = paid >= invoice.totalMinor ? InvoiceStatus::Paid : InvoiceStatus::PendingPayment;
    auto changed = StoreSql::update(m_database,
        QStringLiteral("UPDATE invoices SET amount_paid_minor = ?, status = ?, updated_at = ? WHERE id = ?"),
        { paid, InvoiceRules::statusText(status), StoreSql::timeText(m_clock.now()), invoiceId },
        tr("Ledgerlink could not update invoice %1 with the payment.").arg(invoice.number));
    if (!changed) {
        return changed.error();
    }
    return {};
}

Result<Payment> PaymentRepository::record(const Payment &input)
{
    if (input.amountMinor <= 0) {
        return Error(Error::Kind::Item, tr("A payment must be for more than zero."));
    }
    if (!input.paymentDate.isValid()) {
        return Error(Error::Kind::Item, tr("A payment needs a date."));
    }
    Payment payment = input;
    payment.createdAt = payment.updatedAt = m_clock.now().toUTC();
    Status status = m_database.inTransaction([&]() -> Status {
        if (Status applied = applyToInvoice(payment.invoiceId, payment.amountMinor); !applied) {
            return applied;
        }
        auto id = StoreSql::insert(m_database,
            QStringLiteral("INSERT INTO payments (invoice_id, payment_date, amount_minor, account_id, reference, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            { payment.invoiceId, payment.paymentDate.toString(Qt::ISODate), payment.amountMinor,
                StoreSql::idOrNull(payment.accountId), StoreSql::textOrNull(payment.reference),
                StoreSql::timeText(payment.createdAt), StoreSql::timeText(payment.updatedAt) },
            tr("Ledgerlink could not save the payment to its database."));
        if (!id) {
            return id.error();
        }
        payment.id = id.value();
        return {};
    });
    if (!status) {
        return status.error();
    }
    return payment;
}

Result<Payment> PaymentRepository::update(const Payment &input)
{
    if (input.amountMinor <= 0) {
        return Error(Error::Kind::Item, tr("A payment must be for more than zero."));
    }
    Payment payment = input;
    Status status = m_database.inTransaction([&]() -> Status {
        auto stored = findById(payment.id);
        if (!stored) {
            return stored.error();
        }
        if (stored->invoiceId != payment.invoiceId) {
            return Error(Error::Kind::Item, tr("A payment cannot be moved to another invoice; record a new one."));
        }
        if (const qint64 delta = payment.amountMinor - stored->amountMinor; delta != 0) {
            if (Status applied = applyToInvoice(payment.invoiceId, delta); !applied) {
                return applied;
            }
        }
        payment.createdAt = stored->createdAt;
        payment.updatedAt = m_clock.now().toUTC();
        auto changed = StoreSql::update(m_database,
            QStringLiteral("UPDATE payments SET payment_date = ?, amount_minor = ?, account_id = ?, reference = ?, "
                           "updated_at = ? WHERE id = ?"),
            { payment.paymentDate.toString(Qt::ISODate), payment.amountMinor, StoreSql::idOrNull(payment.accountId),
                StoreSql::textOrNull(payment.reference), StoreSql::timeText(payment.updatedAt), payment.id },
            tr("Ledgerlink could not save the payment to its database."));
        return changed ? Status() : Status(changed.error());
    });
    if (!status) {
        return status.error();
    }
    return payment;
}

Result<Payment> PaymentRepository::findById(qint64 id)
{
    auto rows = select(QStringLiteral("WHERE id = ?"), { id });
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return StoreSql::notFound(tr("Payment %1 does not exist (it may have been deleted).").arg(id), id);
    }
    return rows->constFirst();
}

Result<QList<Payment>> PaymentRepository::forInvoice(qint64 invoiceId)
{
    return select(QStringLiteral("WHERE invoice_id = ? ORDER BY id"), { invoiceId });
}

Result<QList<Payment>> PaymentRepository::page(qint64 afterId, int limit)
{
    return select(QStringLiteral("WHERE id > ? ORDER BY id LIMIT ?"), { afterId, limit });
}

Result<QList<Payment>> PaymentRepository::changedSince(const QDateTime &since, qint64 afterId, int limit)
{
    const QString stamp = StoreSql::timeText(since);
    return select(QStringLiteral("WHERE updated_at > ? OR (updated_at = ? AND id > ?) ORDER BY updated_at, id LIMIT ?"),
        { stamp, stamp, afterId, limit });
}

Result<QList<Payment>> PaymentRepository::select(const QString &tail, const QVariantList &values) const
{
    auto query = StoreSql::exec(m_database,
        QStringLiteral("SELECT id, invoice_id, payment_date, amount_minor, account_id, "
                       "reference, created_at, updated_at FROM payments %1")
            .arg(tail),
        values, tr("Ledgerlink could not read payments from its database."));
    if (!query) {
        return query.error();
    }
    QList<Payment> payments;
    QSqlQuery &q = query.value();
    while (q.next()) {
        Payment payment;
        payment.id = q.value(0).toLongLong();
        payment.invoiceId = q.value(1).toLongLong();
        payment.paymentDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        payment.amountMinor = q.value(3).toLongLong();
        payment.accountId = StoreSql::id(q.value(4));
        payment.reference = q.value(5).toString();
        payment.createdAt = StoreSql::time(q.value(6));
        payment.updatedAt = StoreSql::time(q.value(7));
        payments.append(payment);
    }
    return payments;
}

} // namespace Ledgerlink

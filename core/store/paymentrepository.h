#pragma once

#include "error.h"
#include "payment.h"

#include <QCoreApplication>
#include <QList>

namespace Ledgerlink {

class Clock;
class Database;

/// Records payments against invoices. Recording (or changing the amount of) a payment updates
/// the invoice's amount paid and marks it Paid once nothing is due, in the same transaction.
/// A payment beyond the amount due, or against an invoice that is not awaiting payment, is refused.
class PaymentRepository
{
    Q_DECLARE_TR_FUNCTIONS(PaymentRepository)

public:
    PaymentRepository(Database &database, Clock &clock);

    /// Stores a payment and updates its invoice; returns it with id and timestamps.
    Result<Payment> record(const Payment &payment);
    /// Changes date, reference, account or amount; the invoice follows an amount change.
    Result<Payment> update(const Payment &payment);
    Result<Payment> findById(qint64 id);
    Result<QList<Payment>> forInvoice(qint64 invoiceId);
    Result<QList<Payment>> page(qint64 afterId, int limit);
    Result<QList<Payment>> changedSince(const QDateTime &since, qint64 afterId = 0, int limit = 500);

private:
    /// Adds `delta` to the invoice's amount paid, enforcing the amount due and the status rules.
    Status applyToInvoice(qint64 invoiceId, qint64 delta);
    Result<QList<Payment>> select(const QString &tail, const QVariantList &values) const;

    Database &m_database;
    Clock &m_clock;
};

} // namespace Ledgerlink

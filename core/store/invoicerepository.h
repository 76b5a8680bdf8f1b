#pragma once

#include "error.h"
#include "invoice.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace Ledgerlink {

class Clock;
class Database;

/// Reads and writes invoices and credit notes together with their lines. Totals are always
/// computed here from the lines and the stored tax rates, never taken from the caller. Status
/// changes go through setStatus() (see InvoiceRules for the allowed ones); the amount paid only
/// changes through PaymentRepository. Every multi-row write runs in one transaction.
class InvoiceRepository
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceRepository)

public:
    InvoiceRepository(Database &database, Clock &clock);

    /// Stores a new invoice or credit note with its lines; returns it with ids and totals.
    Result<Invoice> insert(const Invoice &invoice);
    /// Replaces header fields and lines of an invoice that is not paid or void. Status and
    /// amount paid are kept as stored.
    Result<Invoice> update(const Invoice &invoice);
    Result<Invoice> findById(qint64 id);
    Result<Invoice> findByNumber(InvoiceKind kind, const QString &number);
    /// Keyset paging in id order, lines included.
    Result<QList<Invoice>> page(qint64 afterId, int limit);
    /// Invoices changed at or after `since` (keyset on updated_at, id), lines included.
    Result<QList<Invoice>> changedSince(const QDateTime &since, qint64 afterId = 0, int limit = 200);
    /// Moves an invoice to another status if InvoiceRules allow it.
    Result<Invoice> setStatus(qint64 id, InvoiceStatus status);
    /// Recomputes line amounts and totals from the lines and the current tax rates.
    Result<Invoice> recalculateTotals(qint64 id);

private:
    Status validate(const Invoice &invoice) const;
    Result<QHash<qint64, qint64>> taxRates() const;
    Result<QList<Invoice>> select(const QString &tail, const QVariantList &values) const;
    Status loadLines(QList<Invoice> &invoices) const;
    Status writeLines(Invoice &invoice);
    Status writeHeader(const Invoice &invoice);
    Status lockInvoice(qint64 id);

    Database &m_database;
    Clock &m_clock;
};

} // namespace Ledgerlink

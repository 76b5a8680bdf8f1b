#pragma once

#include "error.h"
#include "invoice.h"

#include <QCoreApplication>
#include <QHash>

namespace Ledgerlink {

/// The pure rules around invoices: status names as stored, which status changes are allowed,
/// and how line amounts and totals follow from quantities, prices and tax rates.
///
///   Draft ──► PendingPayment ──► Paid          (Paid only once nothing is due)
///     │              │
///     └──► Void ◄────┘                         (not once money was received)
class InvoiceRules
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceRules)

public:
    static QString statusText(InvoiceStatus status); ///< "DRAFT", "PENDING_PAYMENT", …
    static Result<InvoiceStatus> statusFromText(const QString &text);
    static QString kindText(InvoiceKind kind); ///< "INVOICE" or "CREDIT_NOTE"
    static Result<InvoiceKind> kindFromText(const QString &text);
    /// A status name an administrator reads ("awaiting payment").
    static QString statusDisplayName(InvoiceStatus status);

    /// Whether `invoice` may move to `to`; a refusal explains why and what to do.
    static Status checkTransition(const Invoice &invoice, InvoiceStatus to);

    /// Recomputes every line's amount and tax and the invoice totals. `ratesE4` maps tax type
    /// ids to their rate; a line naming an unknown tax type is an error.
    /// Line amount = quantity × unit price, tax = line amount × rate, each rounded half away
    /// from zero to the minor unit, then summed (the providers' line-level rounding).
    static Status computeTotals(Invoice &invoice, const QHash<qint64, qint64> &ratesE4);
};

} // namespace Ledgerlink

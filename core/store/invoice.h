#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Ledgerlink {

/// One line of an invoice. Amounts are computed by InvoiceRepository from quantity, price and
/// tax rate; whatever a caller puts into lineAmountMinor/taxAmountMinor is recomputed.
struct InvoiceLine
{
    qint64 id = 0;
    int position = 0;
    qint64 itemId = 0;
    QString description;
    qint64 quantityE4 = 0; ///< 1.5 units = 15000
    qint64 unitPriceMinor = 0;
    qint64 taxTypeId = 0;
    qint64 accountId = 0;
    qint64 lineAmountMinor = 0;
    qint64 taxAmountMinor = 0;
};

enum class InvoiceKind {
    Invoice,
    CreditNote,
};

enum class InvoiceStatus {
    Draft,
    PendingPayment,
    Paid,
    Void,
};

/// An invoice or a credit note (same shape, `kind` tells them apart) with its lines.
struct Invoice
{
    qint64 id = 0;
    InvoiceKind kind = InvoiceKind::Invoice;
    QString number;
    qint64 customerId = 0;
    QDate issueDate;
    QDate dueDate;
    InvoiceStatus status = InvoiceStatus::Draft;
    QString currency = QStringLiteral("GBP");
    QString reference;
    qint64 subtotalMinor = 0;
    qint64 taxMinor = 0;
    qint64 totalMinor = 0;
    qint64 amountPaidMinor = 0;
    QList<InvoiceLine> lines;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC

    qint64 amountDueMinor() const { return totalMinor - amountPaidMinor; }
};

} // namespace Ledgerlink

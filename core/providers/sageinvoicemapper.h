#pragma once

#include "error.h"
#include "providers/providertypes.h"

#include <QHash>
#include <QJsonObject>

namespace Ledgerlink {

/// Our invoice / credit note <-> Sage sales_invoice / sales_credit_note. Sage numbers documents
/// itself (SI-12), so our number travels in `reference`, which is also what crash recovery looks
/// for; the customer's own reference goes to contact_reference. Lines name the ledger account and
/// product by Sage id and carry our tax amount, so Sage does not recompute it differently.
class SageInvoiceMapper
{
public:
    /// "sales_invoices" / "sales_credit_notes"
    static QString collection(InvoiceKind kind);
    /// "sales_invoice" / "sales_credit_note": the wrapper key of a request body.
    static QString singular(InvoiceKind kind);

    static Result<RemoteInvoice> fromJson(InvoiceKind kind, const QJsonObject &json);
    /// ids: our codes -> Sage ids (ledger accounts by nominal code, products by item code).
    static QJsonObject toJson(const InvoiceWrite &write, const QHash<QString, QString> &ledgerIdByCode,
        const QHash<QString, QString> &productIdByCode);
};

} // namespace Ledgerlink

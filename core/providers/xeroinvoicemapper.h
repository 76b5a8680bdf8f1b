#pragma once

#include "error.h"
#include "providers/providertypes.h"

#include <QJsonObject>

namespace Ledgerlink {

/// Invoice / credit note <-> Xero Invoice (Type ACCREC) / CreditNote (Type ACCRECCREDIT).
/// Pushed documents are AUTHORISED ("awaiting payment"); lines are Exclusive of tax and refer to
/// items, tax types and accounts by the provider's codes from InvoiceReferences.
class XeroInvoiceMapper
{
public:
    static QString entityName(InvoiceKind kind); ///< "Invoices" / "CreditNotes"
    static QString idField(InvoiceKind kind); ///< "InvoiceID" / "CreditNoteID"
    static QString numberField(InvoiceKind kind); ///< "InvoiceNumber" / "CreditNoteNumber"

    static Result<RemoteInvoice> fromJson(InvoiceKind kind, const QJsonObject &json);
    static QJsonObject toJson(const InvoiceWrite &write);
};

} // namespace Ledgerlink

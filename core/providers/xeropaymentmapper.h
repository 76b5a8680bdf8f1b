#pragma once

#include "error.h"
#include "providers/providertypes.h"

#include <QJsonObject>

namespace Ledgerlink {

/// Xero Payment <-> RemotePayment (Invoice.InvoiceID, Date, Amount, Status DELETED). Local
/// payments go out as new payments only: Xero cannot edit a payment, only delete it.
class XeroPaymentMapper
{
public:
    static Result<RemotePayment> fromJson(const QJsonObject &json);
    /// { Invoice: {InvoiceID} | CreditNote: {CreditNoteID}, Account: {Code}, Date, Amount, Reference }
    static QJsonObject toJson(const PaymentWrite &write);
};

} // namespace Ledgerlink

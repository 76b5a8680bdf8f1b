#pragma once

#include "error.h"
#include "providers/providertypes.h"

#include <QJsonObject>

namespace Ledgerlink {

/// Xero Payment -> RemotePayment (Invoice.InvoiceID, Date, Amount, Status DELETED). Read only:
/// local payments are not pushed yet.
class XeroPaymentMapper
{
public:
    static Result<RemotePayment> fromJson(const QJsonObject &json);
};

} // namespace Ledgerlink

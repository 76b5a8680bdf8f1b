#pragma once

#include "error.h"
#include "providers/providertypes.h"

#include <QJsonObject>

namespace Ledgerlink {

/// Sage contact_payment <-> our payments. One customer receipt may be allocated to several
/// invoices: each allocation becomes one RemotePayment ("<id>", "<id>#1", ...). Other
/// transaction types (supplier payments, refunds) are not ours and map to nothing.
class SagePaymentMapper
{
public:
    static Result<QList<RemotePayment>> fromJson(const QJsonObject &json);
    /// A CUSTOMER_RECEIPT of the whole payment allocated to its invoice.
    static QJsonObject toJson(const PaymentWrite &write, const QString &contactId, const QString &bankAccountId);
};

} // namespace Ledgerlink

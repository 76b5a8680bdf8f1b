#pragma once

#include "error.h"
#include "providers/providertypes.h"

#include <QJsonObject>

namespace Ledgerlink {

/// QBO Payment -> one RemotePayment per invoice it pays (Line[].LinkedTxn{TxnType:"Invoice"}).
/// A payment split over several invoices gets ids "{Id}#{n}" for the second and later parts, so
/// each part links once; unapplied amounts are not ours to book.
class QboPaymentMapper
{
public:
    static Result<QList<RemotePayment>> fromJson(const QJsonObject &json);
    /// A new Payment of one document: CustomerRef, TotalAmt, TxnDate, PaymentRefNum,
    /// DepositToAccountRef (when given) and one Line with LinkedTxn to the invoice.
    static QJsonObject toJson(const PaymentWrite &write);
};

} // namespace Ledgerlink

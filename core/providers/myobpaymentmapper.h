#pragma once

#include "error.h"
#include "providers/providertypes.h"

#include <QJsonObject>

namespace Ledgerlink {

/// MYOB Sale/CustomerPayment <-> RemotePayment / PaymentWrite. One payment may settle several
/// invoices: each applied invoice becomes its own RemotePayment ("UID", then "UID#1", ...).
/// The Memo is the payment's reference both ways.
class MyobPaymentMapper
{
public:
    static Result<QList<RemotePayment>> fromJson(const QJsonObject &json);
    static QJsonObject toJson(const PaymentWrite &write, const QString &customerUid, const QString &accountUid);
};

} // namespace Ledgerlink

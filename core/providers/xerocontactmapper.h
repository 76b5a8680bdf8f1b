#pragma once

#include "error.h"
#include "providers/providertypes.h"

#include <QJsonObject>

namespace Ledgerlink {

/// Customer <-> Xero Contact. ContactNumber is our external key; AccountNumber the customer's
/// account number; the first DEFAULT phone and POBOX (else STREET) address are used.
class XeroContactMapper
{
public:
    static Result<RemoteContact> fromJson(const QJsonObject &json);
    static QJsonObject toJson(const ContactWrite &write);
};

} // namespace Ledgerlink

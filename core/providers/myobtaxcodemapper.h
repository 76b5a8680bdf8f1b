#pragma once

#include "error.h"
#include "providers/providertypes.h"

#include <QJsonObject>

namespace Ledgerlink {

/// MYOB GeneralLedger/TaxCode -> RemoteTaxRate: the Code ("GST") is the tax type's code, Rate a
/// percentage (10.0 -> rateE4 100000). MYOB tax codes have no active flag: all are active.
class MyobTaxCodeMapper
{
public:
    static Result<RemoteTaxRate> fromJson(const QJsonObject &json);
};

} // namespace Ledgerlink

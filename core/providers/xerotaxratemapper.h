#pragma once

#include "error.h"
#include "providers/providertypes.h"

#include <QJsonObject>

namespace Ledgerlink {

/// Xero TaxRate -> TaxType (TaxType code, Name, EffectiveRate in percent, Status). Read only.
class XeroTaxRateMapper
{
public:
    static Result<RemoteTaxRate> fromJson(const QJsonObject &json);
};

} // namespace Ledgerlink

#pragma once

#include "error.h"
#include "providers/providertypes.h"

#include <QHash>
#include <QJsonObject>

namespace Ledgerlink {

/// QBO TaxCode (with the TaxRates it names) -> our tax type. Lines refer to tax codes (TAX, NON,
/// or an id), so the code is the tax code's Id; the rate is the sum of the sales rates the code
/// lists. A code without a rate list (the sandbox's TAX) gets rate 0: QBO computes the tax itself.
class QboTaxCodeMapper
{
public:
    /// TaxRate Id -> rate in 1/10000 percent units (RateValue 8 -> 80000).
    static Result<QHash<QString, qint64>> ratesFromJson(const QJsonObject &queryResponse);
    static Result<RemoteTaxRate> fromJson(const QJsonObject &json, const QHash<QString, qint64> &rates);
};

} // namespace Ledgerlink

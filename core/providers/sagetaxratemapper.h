#pragma once

#include "error.h"
#include "providers/providertypes.h"

#include <QJsonObject>

namespace Ledgerlink {

/// Sage tax_rate -> our tax type. Sage's id ("GB_STANDARD") is the code lines refer to;
/// is_visible=false is an archived rate.
class SageTaxRateMapper
{
public:
    static Result<RemoteTaxRate> fromJson(const QJsonObject &json);
};

} // namespace Ledgerlink

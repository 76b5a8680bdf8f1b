#pragma once

#include "error.h"
#include "providers/providertypes.h"

#include <QJsonObject>

namespace Ledgerlink {

/// Item <-> Xero Item (Code, Name, Description, SalesDetails{UnitPrice, AccountCode, TaxType}).
class XeroItemMapper
{
public:
    static Result<RemoteItem> fromJson(const QJsonObject &json);
    static QJsonObject toJson(const ItemWrite &write);
};

} // namespace Ledgerlink

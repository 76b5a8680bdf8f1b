#pragma once

#include "error.h"
#include "providers/providertypes.h"

#include <QHash>
#include <QJsonObject>

namespace Ledgerlink {

/// Sage product <-> our item. item_code is the key both sides match on; description is the name
/// Sage shows on documents, notes the longer text; the price is the "Selling Price" of
/// sales_prices. Ledger accounts travel as ids at Sage and as nominal codes here.
class SageProductMapper
{
public:
    /// Empty when the product has no item_code (nothing we could match or name on a line).
    static Result<QList<RemoteItem>> fromJson(const QJsonObject &json, const QHash<QString, QString> &ledgerCodeById);
    static QJsonObject toJson(const ItemWrite &write, const QHash<QString, QString> &ledgerIdByCode);
};

} // namespace Ledgerlink

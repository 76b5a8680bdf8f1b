#pragma once

#include "error.h"
#include "providers/myobreferences.h"
#include "providers/providertypes.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Ledgerlink {

/// MYOB Inventory/Item <-> RemoteItem / ItemWrite: Number is our item code, Name the name,
/// SellingDetails.BaseSellingPrice the price (exact to the cent), SellingDetails.TaxCode and
/// IncomeAccount name the tax code and account by UID (translated through MyobReferences).
/// Ledgerlink items are sold, not bought or stocked: new ones go up as non-inventoried sold items.
class MyobItemMapper
{
    Q_DECLARE_TR_FUNCTIONS(MyobItemMapper)

public:
    static Result<RemoteItem> fromJson(const QJsonObject &json, const MyobReferences &references);
    /// Item error when the item's tax code or account is not in MYOB.
    static Result<QJsonObject> toJson(const ItemWrite &write, const MyobReferences &references);
};

} // namespace Ledgerlink

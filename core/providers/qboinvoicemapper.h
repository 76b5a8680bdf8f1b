#pragma once

#include "error.h"
#include "providers/providertypes.h"

#include <QHash>
#include <QJsonObject>

namespace Ledgerlink {

/// QBO Invoice / CreditMemo <-> what the engine needs. Lines are SalesItemLineDetail with exact
/// Qty x UnitPrice amounts from fixed point; ItemRef needs QBO's item Id, which the client
/// resolves from item codes (`itemIds`: code -> Id).
class QboInvoiceMapper
{
public:
    static QString entityName(InvoiceKind kind);
    static Result<RemoteInvoice> fromJson(InvoiceKind kind, const QJsonObject &json);
    /// Without Id/SyncToken: the client adds them for updates.
    static QJsonObject toJson(const InvoiceWrite &write, const QHash<QString, QString> &itemIds);
};

} // namespace Ledgerlink

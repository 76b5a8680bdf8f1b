#pragma once

#include "error.h"
#include "providers/myobreferences.h"
#include "providers/providertypes.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Ledgerlink {

/// Sale invoices in MYOB's two layouts: Sale/Invoice/Item (lines name an item, quantity and unit
/// price) when every line names an item MYOB has, else Sale/Invoice/Service (lines name an income
/// account and carry only their total). Lines go up tax-exclusive, totals exact to the cent.
class MyobInvoiceMapper
{
    Q_DECLARE_TR_FUNCTIONS(MyobInvoiceMapper)

public:
    static QString itemLayout() { return QStringLiteral("Sale/Invoice/Item"); }
    static QString serviceLayout() { return QStringLiteral("Sale/Invoice/Service"); }

    static QString layoutFor(const InvoiceWrite &write, const MyobReferences &references);
    /// Item error when a line's tax code or account is not in MYOB.
    static Result<QJsonObject> toJson(
        const InvoiceWrite &write, const QString &layout, const MyobReferences &references);
    static Result<RemoteInvoice> fromJson(const QJsonObject &json);
};

} // namespace Ledgerlink

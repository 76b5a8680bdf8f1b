#include "qboinvoicemapper.h"

#include "providers/qbojson.h"
#include "store/fixedpoint.h"

#include <QJsonArray>

namespace Ledgerlink {

QString QboInvoiceMapper::entityName(InvoiceKind kind)
{
    return kind == InvoiceKind::Invoice ? QStringLiteral("Invoice") : QStringLiteral("CreditMemo");
}

Result<RemoteInvoice> QboInvoiceMapper::fromJson(InvoiceKind kind, const QJsonObject &json)
{
    const QString entity = kind == InvoiceKind::Invoice ? QStringLiteral("invoice") : QStringLiteral("credit note");
    auto id = QboJson::reader().string(json, QStringLiteral("Id"), entity, true);
    auto number = QboJson::reader().string(json, QStringLiteral("DocNumber"), entity);
    auto total = QboJson::reader().amount(json, QStringLiteral("TotalAmt"), entity);
    auto balance = QboJson::reader().amount(json, QStringLiteral("Balance"), entity);
    auto updated = QboJson::lastUpdated(json, entity);
    for (const Error *e :
        { id ? nullptr : &id.error(), number ? nullptr : &number.error(), total ? nullptr : &total.error(),
            balance ? nullptr : &balance.error(), updated ? nullptr : &updated.error() }) {
        if (e) {
            return *e;
        }
    }
    RemoteInvoice r;
    r.remoteId = id.value();
    r.kind = kind;
    r.number = number.value();
    r.totalMinor = total.value();
    // QBO has no "amount paid": what is not open any more was paid (or credited).
    r.amountPaidMinor = json.contains(QStringLiteral("Balance")) ? total.value() - balance.value() : 0;
    const bool deleted = json.value(QStringLiteral("status")).toString() == QLatin1String("Deleted");
    r.status = deleted                               ? QStringLiteral("Deleted")
        : balance.value() == 0 && total.value() != 0 ? QStringLiteral("Paid")
                                                     : QStringLiteral("Open");
    r.version = QboJson::version(updated.value(), json.value(QStringLiteral("SyncToken")).toString());
    return r;
}

QJsonObject QboInvoiceMapper::toJson(const InvoiceWrite &write, const QHash<QString, QString> &itemIds)
{
    const Invoice &inv = write.invoice;
    const InvoiceReferences &refs = write.references;
    QJsonObject o { { QStringLiteral("DocNumber"), inv.number },
        { QStringLiteral("CustomerRef"), QboJson::ref(refs.contactRemoteId) },
        { QStringLiteral("TxnDate"), inv.issueDate.toString(Qt::ISODate) } };
    if (inv.kind == InvoiceKind::Invoice) {
        o.insert(
            QStringLiteral("DueDate"), (inv.dueDate.isValid() ? inv.dueDate : inv.issueDate).toString(Qt::ISODate));
    }
    if (!inv.reference.isEmpty()) {
        o.insert(QStringLiteral("PrivateNote"), inv.reference);
    }
    QJsonArray lines;
    for (const InvoiceLine &line : inv.lines) {
        const auto product = FixedPoint::mulDivRound(line.quantityE4, line.unitPriceMinor, 10000);
        const qint64 amount = product ? product.value() : line.lineAmountMinor;
        QJsonObject detail { { QStringLiteral("Qty"),
                                 ProviderJson::decimal(line.quantityE4, FixedPoint::QuantityScale) },
            { QStringLiteral("UnitPrice"), ProviderJson::decimal(line.unitPriceMinor, FixedPoint::MoneyScale) } };
        if (const QString code = refs.itemCodes.value(line.itemId); line.itemId && itemIds.contains(code)) {
            detail.insert(QStringLiteral("ItemRef"), QboJson::ref(itemIds.value(code)));
        }
        if (const QString tax = refs.taxCodes.value(line.taxTypeId); line.taxTypeId && !tax.isEmpty()) {
            detail.insert(QStringLiteral("TaxCodeRef"), QboJson::ref(tax));
        }
        lines.append(QJsonObject { { QStringLiteral("DetailType"), QStringLiteral("SalesItemLineDetail") },
            { QStringLiteral("Description"), line.description },
            { QStringLiteral("Amount"), ProviderJson::decimal(amount, FixedPoint::MoneyScale) },
            { QStringLiteral("SalesItemLineDetail"), detail } });
    }
    o.insert(QStringLiteral("Line"), lines);
    return o;
}

} // namespace Ledgerlink

#include "myobinvoicemapper.h"

#include "providers/myobjson.h"
#include "store/fixedpoint.h"

#include <QJsonArray>

namespace Ledgerlink {

QString MyobInvoiceMapper::layoutFor(const InvoiceWrite &write, const MyobReferences &references)
{
    if (write.invoice.lines.isEmpty()) {
        return serviceLayout();
    }
    for (const InvoiceLine &line : write.invoice.lines) {
        const QString code = write.references.itemCodes.value(line.itemId);
        if (!line.itemId || code.isEmpty() || !references.hasItem(code)) {
            return serviceLayout();
        }
    }
    return itemLayout();
}

Result<QJsonObject> MyobInvoiceMapper::toJson(
    const InvoiceWrite &write, const QString &layout, const MyobReferences &references)
{
    const Invoice &inv = write.invoice;
    const InvoiceReferences &refs = write.references;
    QJsonObject o { { QStringLiteral("Number"), inv.number },
        { QStringLiteral("Date"), MyobJson::dateText(inv.issueDate) },
        { QStringLiteral("Customer"), MyobJson::ref(refs.contactRemoteId) },
        { QStringLiteral("IsTaxInclusive"), false } };
    if (!inv.reference.isEmpty()) {
        o.insert(QStringLiteral("JournalMemo"), inv.reference);
    }
    QJsonArray lines;
    for (int i = 0; i < inv.lines.size(); ++i) {
        const InvoiceLine &line = inv.lines.at(i);
        const auto product = FixedPoint::mulDivRound(line.quantityE4, line.unitPriceMinor, 10000);
        const qint64 total = product ? product.value() : line.lineAmountMinor;
        QJsonObject l { { QStringLiteral("Type"), QStringLiteral("Transaction") },
            { QStringLiteral("Description"), line.description },
            { QStringLiteral("Total"), ProviderJson::decimal(total, FixedPoint::MoneyScale) } };
        if (const QString tax = refs.taxCodes.value(line.taxTypeId); line.taxTypeId && !tax.isEmpty()) {
            if (!references.hasTaxCode(tax)) {
                return Error(Error::Kind::Item,
                    tr("Invoice %1 line %2 uses tax code %3, which MYOB does not have.")
                        .arg(inv.number)
                        .arg(i + 1)
                        .arg(tax));
            }
            l.insert(QStringLiteral("TaxCode"), MyobJson::ref(references.taxUid(tax)));
        }
        if (layout == itemLayout()) {
            l.insert(QStringLiteral("Item"), MyobJson::ref(references.itemUid(refs.itemCodes.value(line.itemId))));
            l.insert(QStringLiteral("ShipQuantity"), ProviderJson::decimal(line.quantityE4, FixedPoint::QuantityScale));
            l.insert(QStringLiteral("UnitPrice"), ProviderJson::decimal(line.unitPriceMinor, FixedPoint::MoneyScale));
        } else {
            const QString account = line.accountId && refs.accountCodes.contains(line.accountId)
                ? refs.accountCodes.value(line.accountId)
                : refs.defaultAccountCode;
            if (account.isEmpty() || !references.hasAccount(account)) {
                return Error(Error::Kind::Item,
                    tr("Invoice %1 line %2 has no income account MYOB knows (%3). Choose the default sales "
                       "account in the integration's settings.")
                        .arg(inv.number)
                        .arg(i + 1)
                        .arg(account.isEmpty() ? tr("none") : account));
            }
            l.insert(QStringLiteral("Account"), MyobJson::ref(references.accountUid(account)));
        }
        lines.append(l);
    }
    o.insert(QStringLiteral("Lines"), lines);
    return o;
}

Result<RemoteInvoice> MyobInvoiceMapper::fromJson(const QJsonObject &json)
{
    const QString entity = QStringLiteral("invoice");
    auto uid = MyobJson::reader().string(json, QStringLiteral("UID"), entity, true);
    auto number = MyobJson::reader().string(json, QStringLiteral("Number"), entity);
    auto total = MyobJson::reader().amount(json, QStringLiteral("TotalAmount"), entity, true);
    auto balance = MyobJson::reader().amount(json, QStringLiteral("BalanceDueAmount"), entity, true);
    auto status = MyobJson::reader().string(json, QStringLiteral("Status"), entity);
    for (const Error *e :
        { uid ? nullptr : &uid.error(), number ? nullptr : &number.error(), total ? nullptr : &total.error(),
            balance ? nullptr : &balance.error(), status ? nullptr : &status.error() }) {
        if (e) {
            return *e;
        }
    }
    RemoteInvoice r;
    r.remoteId = uid.value();
    r.kind = InvoiceKind::Invoice;
    r.number = number.value();
    r.totalMinor = total.value();
    r.amountPaidMinor = total.value() - balance.value();
    r.status = status->isEmpty() ? QStringLiteral("Open") : status.value();
    r.version = MyobJson::rowVersion(json);
    return r;
}

} // namespace Ledgerlink

#include "xeroinvoicemapper.h"

#include "providers/xerodate.h"
#include "providers/xerojson.h"
#include "store/fixedpoint.h"

#include <QJsonArray>

namespace Ledgerlink {

QString XeroInvoiceMapper::entityName(InvoiceKind kind)
{
    return kind == InvoiceKind::Invoice ? QStringLiteral("Invoices") : QStringLiteral("CreditNotes");
}

QString XeroInvoiceMapper::idField(InvoiceKind kind)
{
    return kind == InvoiceKind::Invoice ? QStringLiteral("InvoiceID") : QStringLiteral("CreditNoteID");
}

QString XeroInvoiceMapper::numberField(InvoiceKind kind)
{
    return kind == InvoiceKind::Invoice ? QStringLiteral("InvoiceNumber") : QStringLiteral("CreditNoteNumber");
}

Result<RemoteInvoice> XeroInvoiceMapper::fromJson(InvoiceKind kind, const QJsonObject &json)
{
    const QString entity = kind == InvoiceKind::Invoice ? QStringLiteral("invoice") : QStringLiteral("credit note");
    auto id = XeroJson::reader().string(json, idField(kind), entity, true);
    if (!id) {
        return id.error();
    }
    auto number = XeroJson::reader().string(json, numberField(kind), entity);
    auto status = XeroJson::reader().string(json, QStringLiteral("Status"), entity, true);
    auto total = XeroJson::reader().amount(json, QStringLiteral("Total"), entity);
    auto paid = XeroJson::reader().amount(json, QStringLiteral("AmountPaid"), entity);
    auto updated = XeroJson::dateTime(json, QStringLiteral("UpdatedDateUTC"), entity);
    for (const Error *e : { number ? nullptr : &number.error(), status ? nullptr : &status.error(),
             total ? nullptr : &total.error(), paid ? nullptr : &paid.error(), updated ? nullptr : &updated.error() }) {
        if (e) {
            return *e;
        }
    }
    RemoteInvoice r;
    r.remoteId = id.value();
    r.kind = kind;
    r.number = number.value();
    r.status = status.value();
    r.totalMinor = total.value();
    r.amountPaidMinor = paid.value();
    r.version = updated->isValid() ? QString::number(updated->toMSecsSinceEpoch()) : QString();
    return r;
}

QJsonObject XeroInvoiceMapper::toJson(const InvoiceWrite &write)
{
    const Invoice &inv = write.invoice;
    const InvoiceReferences &refs = write.references;
    QJsonObject o { { QStringLiteral("Type"),
        inv.kind == InvoiceKind::Invoice ? QStringLiteral("ACCREC") : QStringLiteral("ACCRECCREDIT") } };
    if (!write.remoteId.isEmpty()) {
        o.insert(idField(inv.kind), write.remoteId);
    }
    if (write.voidIt) {
        o.insert(QStringLiteral("Status"), QStringLiteral("VOIDED"));
        return o;
    }
    o.insert(numberField(inv.kind), inv.number);
    o.insert(QStringLiteral("Contact"), QJsonObject { { QStringLiteral("ContactID"), refs.contactRemoteId } });
    o.insert(QStringLiteral("Date"), XeroDate::formatDate(inv.issueDate));
    if (inv.kind == InvoiceKind::Invoice) {
        o.insert(QStringLiteral("DueDate"), XeroDate::formatDate(inv.dueDate.isValid() ? inv.dueDate : inv.issueDate));
    }
    if (!inv.reference.isEmpty()) {
        o.insert(QStringLiteral("Reference"), inv.reference);
    }
    o.insert(QStringLiteral("CurrencyCode"), inv.currency);
    o.insert(QStringLiteral("Status"), QStringLiteral("AUTHORISED"));
    o.insert(QStringLiteral("LineAmountTypes"), QStringLiteral("Exclusive"));
    QJsonArray lines;
    for (const InvoiceLine &line : inv.lines) {
        QJsonObject l { { QStringLiteral("Description"), line.description },
            { QStringLiteral("Quantity"), ProviderJson::decimal(line.quantityE4, FixedPoint::QuantityScale) },
            { QStringLiteral("UnitAmount"), ProviderJson::decimal(line.unitPriceMinor, FixedPoint::MoneyScale) } };
        if (const QString code = refs.itemCodes.value(line.itemId); line.itemId && !code.isEmpty()) {
            l.insert(QStringLiteral("ItemCode"), code);
        }
        if (const QString tax = refs.taxCodes.value(line.taxTypeId); line.taxTypeId && !tax.isEmpty()) {
            l.insert(QStringLiteral("TaxType"), tax);
        }
        const QString account = line.accountId ? refs.accountCodes.value(line.accountId) : refs.defaultAccountCode;
        if (!account.isEmpty()) {
            l.insert(QStringLiteral("AccountCode"), account);
        }
        lines.append(l);
    }
    o.insert(QStringLiteral("LineItems"), lines);
    return o;
}

} // namespace Ledgerlink

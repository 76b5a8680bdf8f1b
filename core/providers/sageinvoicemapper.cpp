#include "sageinvoicemapper.h"

#include "providers/sagejson.h"
#include "store/fixedpoint.h"

#include <QJsonArray>

namespace Ledgerlink {

QString SageInvoiceMapper::collection(InvoiceKind kind)
{
    return kind == InvoiceKind::Invoice ? QStringLiteral("sales_invoices") : QStringLiteral("sales_credit_notes");
}

QString SageInvoiceMapper::singular(InvoiceKind kind)
{
    return kind == InvoiceKind::Invoice ? QStringLiteral("sales_invoice") : QStringLiteral("sales_credit_note");
}

Result<RemoteInvoice> SageInvoiceMapper::fromJson(InvoiceKind kind, const QJsonObject &json)
{
    const QString entity = kind == InvoiceKind::Invoice ? QStringLiteral("invoice") : QStringLiteral("credit note");
    const QString numberField =
        kind == InvoiceKind::Invoice ? QStringLiteral("invoice_number") : QStringLiteral("credit_note_number");
    auto id = SageJson::reader().string(json, QStringLiteral("id"), entity, true);
    auto reference = SageJson::reader().string(json, QStringLiteral("reference"), entity);
    auto number = SageJson::reader().string(json, numberField, entity);
    auto total = SageJson::reader().amount(json, QStringLiteral("total_amount"), entity, true);
    auto outstanding = SageJson::reader().amount(json, QStringLiteral("outstanding_amount"), entity);
    auto updated = SageJson::updatedAt(json, entity);
    auto status = SageJson::linkId(json, QStringLiteral("status"), entity);
    for (const Error *e :
        { id ? nullptr : &id.error(), reference ? nullptr : &reference.error(), number ? nullptr : &number.error(),
            total ? nullptr : &total.error(), outstanding ? nullptr : &outstanding.error(),
            updated ? nullptr : &updated.error(), status ? nullptr : &status.error() }) {
        if (e) {
            return *e;
        }
    }
    RemoteInvoice r;
    r.remoteId = id.value();
    r.version = SageJson::version(updated.value());
    r.kind = kind;
    r.number = !reference->trimmed().isEmpty() ? reference->trimmed() : number->trimmed();
    r.status = status.value();
    r.totalMinor = total.value();
    r.amountPaidMinor = json.contains(QStringLiteral("outstanding_amount")) ? total.value() - outstanding.value() : 0;
    return r;
}

QJsonObject SageInvoiceMapper::toJson(const InvoiceWrite &write, const QHash<QString, QString> &ledgerIdByCode,
    const QHash<QString, QString> &productIdByCode)
{
    const Invoice &inv = write.invoice;
    const InvoiceReferences &refs = write.references;
    QJsonObject o { { QStringLiteral("contact_id"), refs.contactRemoteId },
        { QStringLiteral("date"), inv.issueDate.toString(Qt::ISODate) }, { QStringLiteral("reference"), inv.number },
        { QStringLiteral("contact_reference"), inv.reference } };
    if (inv.kind == InvoiceKind::Invoice) {
        o.insert(
            QStringLiteral("due_date"), (inv.dueDate.isValid() ? inv.dueDate : inv.issueDate).toString(Qt::ISODate));
    }
    if (!inv.currency.isEmpty()) {
        o.insert(QStringLiteral("currency_id"), inv.currency);
    }
    QJsonArray lines;
    for (const InvoiceLine &line : inv.lines) {
        const QString itemCode = line.itemId ? refs.itemCodes.value(line.itemId) : QString();
        QString description = line.description.trimmed();
        if (description.isEmpty()) {
            // Sage refuses a line without description; the item code is the best we have.
            description = itemCode.isEmpty() ? inv.number : itemCode;
        }
        QJsonObject l { { QStringLiteral("description"), description },
            { QStringLiteral("quantity"), ProviderJson::decimal(line.quantityE4, FixedPoint::QuantityScale) },
            { QStringLiteral("unit_price"), ProviderJson::decimal(line.unitPriceMinor, FixedPoint::MoneyScale) },
            { QStringLiteral("tax_amount"), ProviderJson::decimal(line.taxAmountMinor, FixedPoint::MoneyScale) } };
        const QString accountCode =
            line.accountId ? refs.accountCodes.value(line.accountId, refs.defaultAccountCode) : refs.defaultAccountCode;
        if (const QString ledger = ledgerIdByCode.value(accountCode); !ledger.isEmpty()) {
            l.insert(QStringLiteral("ledger_account_id"), ledger);
        }
        if (const QString tax = refs.taxCodes.value(line.taxTypeId); line.taxTypeId && !tax.isEmpty()) {
            l.insert(QStringLiteral("tax_rate_id"), tax);
        }
        if (const QString product = productIdByCode.value(itemCode); !itemCode.isEmpty() && !product.isEmpty()) {
            l.insert(QStringLiteral("product_id"), product);
        }
        lines.append(l);
    }
    o.insert(inv.kind == InvoiceKind::Invoice ? QStringLiteral("invoice_lines") : QStringLiteral("credit_note_lines"),
        lines);
    if (write.remoteId.isEmpty() && !write.idempotencyKey.isEmpty()) {
        o.insert(QStringLiteral("idempotency_id"), SageJson::idempotencyId(write.idempotencyKey));
    }
    return o;
}

} // namespace Ledgerlink

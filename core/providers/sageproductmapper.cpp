#include "sageproductmapper.h"

#include "providers/sagejson.h"
#include "store/fixedpoint.h"

#include <QJsonArray>

namespace Ledgerlink {

namespace {
const QString kSellingPrice = QStringLiteral("Selling Price");
} // namespace

Result<QList<RemoteItem>> SageProductMapper::fromJson(
    const QJsonObject &json, const QHash<QString, QString> &ledgerCodeById)
{
    const QString entity = QStringLiteral("product");
    auto id = SageJson::reader().string(json, QStringLiteral("id"), entity, true);
    auto code = SageJson::reader().string(json, QStringLiteral("item_code"), entity);
    auto description = SageJson::reader().string(json, QStringLiteral("description"), entity);
    auto notes = SageJson::reader().string(json, QStringLiteral("notes"), entity);
    auto updated = SageJson::updatedAt(json, entity);
    auto active = SageJson::reader().boolean(json, QStringLiteral("active"), entity, true);
    auto ledger = SageJson::linkId(json, QStringLiteral("sales_ledger_account"), entity);
    auto tax = SageJson::linkId(json, QStringLiteral("sales_tax_rate"), entity);
    for (const Error *e :
        { id ? nullptr : &id.error(), code ? nullptr : &code.error(), description ? nullptr : &description.error(),
            notes ? nullptr : &notes.error(), updated ? nullptr : &updated.error(), active ? nullptr : &active.error(),
            ledger ? nullptr : &ledger.error(), tax ? nullptr : &tax.error() }) {
        if (e) {
            return *e;
        }
    }
    if (code->trimmed().isEmpty()) {
        return QList<RemoteItem>();
    }
    const QJsonValue pricesValue = json.value(QStringLiteral("sales_prices"));
    if (!pricesValue.isUndefined() && !pricesValue.isNull() && !pricesValue.isArray()) {
        return SageJson::reader().malformed(
            entity, QStringLiteral("product %1: sales_prices is not an array").arg(*id));
    }
    const QJsonArray prices = pricesValue.toArray();
    QJsonObject price;
    for (const auto &p : prices) {
        if (!p.isObject()) {
            return SageJson::reader().malformed(
                entity, QStringLiteral("product %1: a sales price is not an object").arg(*id));
        }
        if (price.isEmpty() || p.toObject().value(QStringLiteral("price_name")).toString() == kSellingPrice) {
            price = p.toObject();
        }
    }
    auto amount = SageJson::reader().amount(price, QStringLiteral("price"), entity);
    if (!amount) {
        return amount.error();
    }
    RemoteItem r;
    r.remoteId = id.value();
    r.updatedAt = updated.value();
    r.taxCode = tax.value();
    r.accountCode = ledgerCodeById.value(ledger.value());
    r.item.code = code->trimmed();
    r.item.name = description->trimmed().isEmpty() ? r.item.code : description->trimmed();
    r.item.description = notes.value();
    r.item.salePriceMinor = amount.value();
    r.item.archived = !active.value();
    // The ledger by Sage's id: the same record versions the same whichever ledgers are known yet.
    r.version = SageJson::version(r.updatedAt,
        { r.item.code, r.item.name, r.item.description, QString::number(r.item.salePriceMinor), r.taxCode,
            ledger.value(), r.item.archived ? QStringLiteral("archived") : QStringLiteral("active") });
    return QList<RemoteItem> { r };
}

QJsonObject SageProductMapper::toJson(const ItemWrite &write, const QHash<QString, QString> &ledgerIdByCode)
{
    const Item &i = write.item;
    QJsonObject o { { QStringLiteral("item_code"), i.code.trimmed() },
        { QStringLiteral("description"), i.name.trimmed().isEmpty() ? i.code.trimmed() : i.name.trimmed() },
        { QStringLiteral("notes"), i.description }, { QStringLiteral("active"), !i.archived },
        { QStringLiteral("sales_prices"),
            QJsonArray { QJsonObject { { QStringLiteral("price_name"), kSellingPrice },
                { QStringLiteral("price"), ProviderJson::decimal(i.salePriceMinor, FixedPoint::MoneyScale) },
                { QStringLiteral("price_includes_tax"), false } } } } };
    if (const QString ledger = ledgerIdByCode.value(write.accountCode); !ledger.isEmpty()) {
        o.insert(QStringLiteral("sales_ledger_account_id"), ledger);
    }
    if (!write.taxCode.isEmpty()) {
        o.insert(QStringLiteral("sales_tax_rate_id"), write.taxCode);
    }
    if (write.remoteId.isEmpty() && !write.idempotencyKey.isEmpty()) {
        o.insert(QStringLiteral("idempotency_id"), SageJson::idempotencyId(write.idempotencyKey));
    }
    return o;
}

} // namespace Ledgerlink

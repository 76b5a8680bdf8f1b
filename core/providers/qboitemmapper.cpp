#include "qboitemmapper.h"

#include "providers/qbojson.h"
#include "store/fixedpoint.h"

namespace Ledgerlink {

Result<RemoteItem> QboItemMapper::fromJson(const QJsonObject &json)
{
    const QString entity = QStringLiteral("item");
    auto id = QboJson::reader().string(json, QStringLiteral("Id"), entity, true);
    auto name = QboJson::reader().string(json, QStringLiteral("Name"), entity, true);
    auto description = QboJson::reader().string(json, QStringLiteral("Description"), entity);
    auto price = QboJson::reader().amount(json, QStringLiteral("UnitPrice"), entity);
    auto updated = QboJson::lastUpdated(json, entity);
    for (const Error *e :
        { id ? nullptr : &id.error(), name ? nullptr : &name.error(), description ? nullptr : &description.error(),
            price ? nullptr : &price.error(), updated ? nullptr : &updated.error() }) {
        if (e) {
            return *e;
        }
    }
    RemoteItem r;
    r.remoteId = id.value();
    r.updatedAt = updated.value();
    r.version = QboJson::version(updated.value(), json.value(QStringLiteral("SyncToken")).toString());
    r.taxCode = json.value(QStringLiteral("SalesTaxCodeRef")).toObject().value(QStringLiteral("value")).toString();
    r.accountCode = json.value(QStringLiteral("IncomeAccountRef")).toObject().value(QStringLiteral("value")).toString();
    r.item.code = name->trimmed();
    r.item.name = name->trimmed();
    r.item.description = description.value();
    r.item.salePriceMinor = price.value();
    r.item.archived = !json.value(QStringLiteral("Active")).toBool(true);
    return r;
}

QJsonObject QboItemMapper::toJson(const ItemWrite &write)
{
    QJsonObject o { { QStringLiteral("Name"), write.item.code.trimmed() },
        { QStringLiteral("Description"), write.item.description.isEmpty() ? write.item.name : write.item.description },
        { QStringLiteral("UnitPrice"), ProviderJson::decimal(write.item.salePriceMinor, FixedPoint::MoneyScale) },
        { QStringLiteral("Active"), !write.item.archived } };
    if (write.remoteId.isEmpty()) {
        o.insert(QStringLiteral("Type"), QStringLiteral("Service"));
    }
    if (!write.accountCode.isEmpty()) {
        o.insert(QStringLiteral("IncomeAccountRef"), QboJson::ref(write.accountCode));
    }
    if (!write.taxCode.isEmpty()) {
        o.insert(QStringLiteral("SalesTaxCodeRef"), QboJson::ref(write.taxCode));
    }
    return o;
}

} // namespace Ledgerlink

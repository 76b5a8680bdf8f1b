#include "xeroitemmapper.h"

#include "providers/xerojson.h"

namespace Ledgerlink {

namespace {
const QString kEntity = QStringLiteral("item");
} // namespace

Result<RemoteItem> XeroItemMapper::fromJson(const QJsonObject &json)
{
    RemoteItem r;
    auto id = XeroJson::reader().string(json, QStringLiteral("ItemID"), kEntity, true);
    auto code = XeroJson::reader().string(json, QStringLiteral("Code"), kEntity, true);
    auto name = XeroJson::reader().string(json, QStringLiteral("Name"), kEntity);
    auto description = XeroJson::reader().string(json, QStringLiteral("Description"), kEntity);
    auto updated = XeroJson::dateTime(json, QStringLiteral("UpdatedDateUTC"), kEntity);
    for (const Error *e : { id ? nullptr : &id.error(), code ? nullptr : &code.error(), name ? nullptr : &name.error(),
             description ? nullptr : &description.error(), updated ? nullptr : &updated.error() }) {
        if (e) {
            return *e;
        }
    }
    const QJsonObject sales = json.value(QStringLiteral("SalesDetails")).toObject();
    auto price = XeroJson::reader().amount(sales, QStringLiteral("UnitPrice"), kEntity);
    if (!price) {
        return price.error();
    }
    r.remoteId = id.value();
    r.updatedAt = updated.value();
    r.version = updated->isValid() ? QString::number(updated->toMSecsSinceEpoch()) : QString();
    r.taxCode = sales.value(QStringLiteral("TaxType")).toString();
    r.accountCode = sales.value(QStringLiteral("AccountCode")).toString();
    r.item.code = code.value();
    r.item.name = name->isEmpty() ? code.value() : name.value();
    r.item.description = description.value();
    r.item.salePriceMinor = price.value();
    return r;
}

QJsonObject XeroItemMapper::toJson(const ItemWrite &write)
{
    QJsonObject sales { { QStringLiteral("UnitPrice"), ProviderJson::decimal(write.item.salePriceMinor, 2) } };
    if (!write.accountCode.isEmpty()) {
        sales.insert(QStringLiteral("AccountCode"), write.accountCode);
    }
    if (!write.taxCode.isEmpty()) {
        sales.insert(QStringLiteral("TaxType"), write.taxCode);
    }
    QJsonObject o { { QStringLiteral("Code"), write.item.code }, { QStringLiteral("Name"), write.item.name },
        { QStringLiteral("Description"), write.item.description }, { QStringLiteral("SalesDetails"), sales },
        { QStringLiteral("IsSold"), true } };
    if (!write.remoteId.isEmpty()) {
        o.insert(QStringLiteral("ItemID"), write.remoteId);
    }
    return o;
}

} // namespace Ledgerlink

#include "myobitemmapper.h"

#include "providers/myobjson.h"
#include "store/fixedpoint.h"

namespace Ledgerlink {

Result<RemoteItem> MyobItemMapper::fromJson(const QJsonObject &json, const MyobReferences &references)
{
    const QString entity = QStringLiteral("item");
    const QJsonValue sellingValue = json.value(QStringLiteral("SellingDetails"));
    if (!sellingValue.isUndefined() && !sellingValue.isNull() && !sellingValue.isObject()) {
        return MyobJson::reader().malformed(entity, QStringLiteral("item: SellingDetails is not an object"));
    }
    const QJsonObject selling = sellingValue.toObject();
    auto uid = MyobJson::reader().string(json, QStringLiteral("UID"), entity, true);
    auto number = MyobJson::reader().string(json, QStringLiteral("Number"), entity, true);
    auto name = MyobJson::reader().string(json, QStringLiteral("Name"), entity, true);
    auto description = MyobJson::reader().string(json, QStringLiteral("Description"), entity);
    auto active = MyobJson::reader().boolean(json, QStringLiteral("IsActive"), entity, true);
    auto price = MyobJson::reader().amount(selling, QStringLiteral("BaseSellingPrice"), entity);
    auto taxUid = MyobJson::uidRef(selling, QStringLiteral("TaxCode"), entity);
    auto accountUid = MyobJson::uidRef(json, QStringLiteral("IncomeAccount"), entity);
    auto modified = MyobJson::dateTime(json, QStringLiteral("LastModified"), entity);
    for (const Error *e : { uid ? nullptr : &uid.error(), number ? nullptr : &number.error(),
             name ? nullptr : &name.error(), description ? nullptr : &description.error(),
             active ? nullptr : &active.error(), price ? nullptr : &price.error(), taxUid ? nullptr : &taxUid.error(),
             accountUid ? nullptr : &accountUid.error(), modified ? nullptr : &modified.error() }) {
        if (e) {
            return *e;
        }
    }
    RemoteItem r;
    r.remoteId = uid.value();
    r.updatedAt = modified.value();
    r.version = MyobJson::rowVersion(json);
    // A reference may carry its code itself (MYOB's full replies do); else we know it from the lists.
    const QString refCode =
        selling.value(QStringLiteral("TaxCode")).toObject().value(QStringLiteral("Code")).toString();
    r.taxCode = refCode.isEmpty() ? references.taxCode(taxUid.value()) : refCode;
    const QString refAccount =
        json.value(QStringLiteral("IncomeAccount")).toObject().value(QStringLiteral("DisplayID")).toString();
    r.accountCode = refAccount.isEmpty() ? references.accountCode(accountUid.value()) : refAccount;
    r.item.code = number->trimmed();
    r.item.name = name->trimmed();
    r.item.description = description.value();
    r.item.salePriceMinor = price.value();
    r.item.archived = !active.value();
    return r;
}

Result<QJsonObject> MyobItemMapper::toJson(const ItemWrite &write, const MyobReferences &references)
{
    QJsonObject selling { { QStringLiteral("BaseSellingPrice"),
                              ProviderJson::decimal(write.item.salePriceMinor, FixedPoint::MoneyScale) },
        { QStringLiteral("IsTaxInclusive"), false } };
    if (!write.taxCode.isEmpty()) {
        if (!references.hasTaxCode(write.taxCode)) {
            return Error(Error::Kind::Item,
                tr("Item %1 uses tax code %2, which MYOB does not have.").arg(write.item.code, write.taxCode));
        }
        selling.insert(QStringLiteral("TaxCode"), MyobJson::ref(references.taxUid(write.taxCode)));
    }
    QJsonObject o { { QStringLiteral("Number"), write.item.code.trimmed() },
        { QStringLiteral("Name"), write.item.name.trimmed() },
        { QStringLiteral("Description"), write.item.description }, { QStringLiteral("IsActive"), !write.item.archived },
        { QStringLiteral("SellingDetails"), selling } };
    if (write.remoteId.isEmpty()) {
        o.insert(QStringLiteral("IsSold"), true);
        o.insert(QStringLiteral("IsBought"), false);
        o.insert(QStringLiteral("IsInventoried"), false);
    }
    if (!write.accountCode.isEmpty()) {
        if (!references.hasAccount(write.accountCode)) {
            return Error(Error::Kind::Item,
                tr("Item %1 uses account %2, which MYOB does not have.").arg(write.item.code, write.accountCode));
        }
        o.insert(QStringLiteral("IncomeAccount"), MyobJson::ref(references.accountUid(write.accountCode)));
    }
    return o;
}

} // namespace Ledgerlink

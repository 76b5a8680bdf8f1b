#include "qbocustomermapper.h"

#include "providers/qbojson.h"

namespace Ledgerlink {

Result<RemoteContact> QboCustomerMapper::fromJson(const QJsonObject &json)
{
    const QString entity = QStringLiteral("customer");
    auto id = QboJson::reader().string(json, QStringLiteral("Id"), entity, true);
    if (!id) {
        return id.error();
    }
    auto name = QboJson::reader().string(json, QStringLiteral("DisplayName"), entity, true);
    if (!name) {
        return name.error();
    }
    auto updated = QboJson::lastUpdated(json, entity);
    if (!updated) {
        return updated.error();
    }
    RemoteContact r;
    r.remoteId = id.value();
    r.updatedAt = updated.value();
    r.version = QboJson::version(updated.value(), json.value(QStringLiteral("SyncToken")).toString());
    Customer &c = r.customer;
    c.name = name->trimmed();
    c.email = json.value(QStringLiteral("PrimaryEmailAddr")).toObject().value(QStringLiteral("Address")).toString();
    c.phone = json.value(QStringLiteral("PrimaryPhone")).toObject().value(QStringLiteral("FreeFormNumber")).toString();
    c.archived = !json.value(QStringLiteral("Active")).toBool(true);
    const QJsonObject address = json.value(QStringLiteral("BillAddr")).toObject();
    c.addressLine1 = address.value(QStringLiteral("Line1")).toString();
    c.addressLine2 = address.value(QStringLiteral("Line2")).toString();
    c.city = address.value(QStringLiteral("City")).toString();
    c.region = address.value(QStringLiteral("CountrySubDivisionCode")).toString();
    c.postalCode = address.value(QStringLiteral("PostalCode")).toString();
    c.country = address.value(QStringLiteral("Country")).toString();
    return r;
}

QJsonObject QboCustomerMapper::toJson(const ContactWrite &write)
{
    const Customer &c = write.customer;
    QJsonObject o { { QStringLiteral("DisplayName"), c.name.trimmed() }, { QStringLiteral("Active"), !c.archived } };
    if (!c.email.isEmpty()) {
        o.insert(QStringLiteral("PrimaryEmailAddr"), QJsonObject { { QStringLiteral("Address"), c.email } });
    }
    if (!c.phone.isEmpty()) {
        o.insert(QStringLiteral("PrimaryPhone"), QJsonObject { { QStringLiteral("FreeFormNumber"), c.phone } });
    }
    if (!c.addressLine1.isEmpty() || !c.city.isEmpty() || !c.postalCode.isEmpty()) {
        o.insert(QStringLiteral("BillAddr"),
            QJsonObject { { QStringLiteral("Line1"), c.addressLine1 }, { QStringLiteral("Line2"), c.addressLine2 },
                { QStringLiteral("City"), c.city }, { QStringLiteral("CountrySubDivisionCode"), c.region },
                { QStringLiteral("PostalCode"), c.postalCode }, { QStringLiteral("Country"), c.country } });
    }
    return o;
}

} // namespace Ledgerlink

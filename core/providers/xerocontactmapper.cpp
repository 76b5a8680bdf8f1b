#include "xerocontactmapper.h"

#include "providers/xerojson.h"

#include <QJsonArray>

namespace Ledgerlink {

namespace {
const QString kEntity = QStringLiteral("contact");

QJsonObject pick(const QJsonArray &list, const QString &typeField, const QStringList &types)
{
    for (const QString &type : types) {
        for (const auto &v : list) {
            const QJsonObject o = v.toObject();
            if (o.value(typeField).toString() == type) {
                return o;
            }
        }
    }
    return {};
}
} // namespace

Result<RemoteContact> XeroContactMapper::fromJson(const QJsonObject &json)
{
    RemoteContact r;
    auto id = XeroJson::reader().string(json, QStringLiteral("ContactID"), kEntity, true);
    if (!id) {
        return id.error();
    }
    auto name = XeroJson::reader().string(json, QStringLiteral("Name"), kEntity, true);
    if (!name) {
        return name.error();
    }
    auto updated = XeroJson::dateTime(json, QStringLiteral("UpdatedDateUTC"), kEntity);
    if (!updated) {
        return updated.error();
    }
    r.remoteId = id.value();
    r.updatedAt = updated.value();
    r.version = updated->isValid() ? QString::number(updated->toMSecsSinceEpoch()) : QString();
    Customer &c = r.customer;
    c.name = name->trimmed();
    for (const auto &[field, target] : { std::pair { QStringLiteral("EmailAddress"), &c.email },
             std::pair { QStringLiteral("AccountNumber"), &c.accountNumber },
             std::pair { QStringLiteral("ContactNumber"), &r.externalKey } }) {
        auto v = XeroJson::reader().string(json, field, kEntity);
        if (!v) {
            return v.error();
        }
        *target = v.value();
    }
    const QString status = json.value(QStringLiteral("ContactStatus")).toString(QStringLiteral("ACTIVE"));
    c.archived = status != QLatin1String("ACTIVE");
    const QJsonObject phone = pick(json.value(QStringLiteral("Phones")).toArray(), QStringLiteral("PhoneType"),
        { QStringLiteral("DEFAULT"), QStringLiteral("MOBILE") });
    if (!phone.isEmpty()) {
        const QString full = phone.value(QStringLiteral("PhoneAreaCode")).toString() + QLatin1Char(' ')
            + phone.value(QStringLiteral("PhoneNumber")).toString();
        c.phone = full.trimmed();
    }
    const QJsonObject address = pick(json.value(QStringLiteral("Addresses")).toArray(), QStringLiteral("AddressType"),
        { QStringLiteral("POBOX"), QStringLiteral("STREET") });
    c.addressLine1 = address.value(QStringLiteral("AddressLine1")).toString();
    c.addressLine2 = address.value(QStringLiteral("AddressLine2")).toString();
    c.city = address.value(QStringLiteral("City")).toString();
    c.region = address.value(QStringLiteral("Region")).toString();
    c.postalCode = address.value(QStringLiteral("PostalCode")).toString();
    c.country = address.value(QStringLiteral("Country")).toString();
    return r;
}

QJsonObject XeroContactMapper::toJson(const ContactWrite &write)
{
    const Customer &c = write.customer;
    QJsonObject o { { QStringLiteral("Name"), c.name.trimmed() }, { QStringLiteral("EmailAddress"), c.email },
        { QStringLiteral("ContactNumber"), write.externalKey },
        { QStringLiteral("ContactStatus"), c.archived ? QStringLiteral("ARCHIVED") : QStringLiteral("ACTIVE") } };
    if (!write.remoteId.isEmpty()) {
        o.insert(QStringLiteral("ContactID"), write.remoteId);
    }
    if (!c.accountNumber.isEmpty()) {
        o.insert(QStringLiteral("AccountNumber"), c.accountNumber);
    }
    if (!c.phone.isEmpty()) {
        o.insert(QStringLiteral("Phones"),
            QJsonArray { QJsonObject { { QStringLiteral("PhoneType"), QStringLiteral("DEFAULT") },
                { QStringLiteral("PhoneNumber"), c.phone } } });
    }
    if (!c.addressLine1.isEmpty() || !c.city.isEmpty() || !c.postalCode.isEmpty()) {
        o.insert(QStringLiteral("Addresses"),
            QJsonArray { QJsonObject { { QStringLiteral("AddressType"), QStringLiteral("POBOX") },
                { QStringLiteral("AddressLine1"), c.addressLine1 }, { QStringLiteral("AddressLine2"), c.addressLine2 },
                { QStringLiteral("City"), c.city }, { QStringLiteral("Region"), c.region },
                { QStringLiteral("PostalCode"), c.postalCode }, { QStringLiteral("Country"), c.country } } });
    }
    return o;
}

} // namespace Ledgerlink

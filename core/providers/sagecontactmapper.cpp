#include "sagecontactmapper.h"

#include "providers/sagejson.h"

#include <QJsonArray>

namespace Ledgerlink {

namespace {

/// Our synthetic keys are not account numbers: they must not come back as one.
bool isSyntheticKey(const QString &reference)
{
    return reference.startsWith(QLatin1String("LL-C"));
}

} // namespace

bool SageContactMapper::isCustomer(const QJsonObject &json)
{
    const QJsonValue types = json.value(QStringLiteral("contact_types"));
    if (!types.isArray() || types.toArray().isEmpty()) {
        return true;
    }
    for (const auto &t : types.toArray()) {
        if (t.toObject().value(QStringLiteral("id")).toString() == QLatin1String("CUSTOMER")) {
            return true;
        }
    }
    return false;
}

Result<RemoteContact> SageContactMapper::fromJson(const QJsonObject &json)
{
    const QString entity = QStringLiteral("contact");
    auto id = SageJson::reader().string(json, QStringLiteral("id"), entity, true);
    auto name = SageJson::reader().string(json, QStringLiteral("name"), entity, true);
    auto reference = SageJson::reader().string(json, QStringLiteral("reference"), entity);
    auto email = SageJson::reader().string(json, QStringLiteral("email"), entity);
    auto phone = SageJson::reader().string(json, QStringLiteral("telephone"), entity);
    auto updated = SageJson::updatedAt(json, entity);
    auto active = SageJson::reader().boolean(json, QStringLiteral("active"), entity, true);
    for (const Error *e :
        { id ? nullptr : &id.error(), name ? nullptr : &name.error(), reference ? nullptr : &reference.error(),
            email ? nullptr : &email.error(), phone ? nullptr : &phone.error(), updated ? nullptr : &updated.error(),
            active ? nullptr : &active.error() }) {
        if (e) {
            return *e;
        }
    }
    const QJsonValue addressValue = json.value(QStringLiteral("main_address"));
    if (!addressValue.isUndefined() && !addressValue.isNull() && !addressValue.isObject()) {
        return SageJson::reader().malformed(
            entity, QStringLiteral("contact %1: main_address is not an object").arg(*id));
    }
    const QJsonObject address = addressValue.toObject();
    QStringList parts;
    for (const char *field : { "address_line_1", "address_line_2", "city", "region", "postal_code" }) {
        auto part =
            SageJson::reader().string(address, QString::fromLatin1(field), entity + QStringLiteral(".main_address"));
        if (!part) {
            return part.error();
        }
        parts << part.value();
    }
    auto country = SageJson::linkId(address, QStringLiteral("country"), entity + QStringLiteral(".main_address"));
    if (!country) {
        return country.error();
    }
    RemoteContact r;
    r.remoteId = id.value();
    r.updatedAt = updated.value();
    r.externalKey = reference->trimmed();
    Customer &c = r.customer;
    c.name = name->trimmed();
    c.email = email->trimmed();
    if (c.email.isEmpty()) {
        // Older businesses keep the email on the main contact person only.
        c.email = json.value(QStringLiteral("main_contact_person"))
                      .toObject()
                      .value(QStringLiteral("email"))
                      .toString()
                      .trimmed();
    }
    c.phone = phone->trimmed();
    c.accountNumber = isSyntheticKey(r.externalKey) ? QString() : r.externalKey;
    c.addressLine1 = parts.at(0);
    c.addressLine2 = parts.at(1);
    c.city = parts.at(2);
    c.region = parts.at(3);
    c.postalCode = parts.at(4);
    c.country = country.value();
    c.archived = !active.value();
    r.version = SageJson::version(r.updatedAt,
        { r.externalKey, c.name, c.email, c.phone, c.addressLine1, c.addressLine2, c.city, c.region, c.postalCode,
            c.country, c.archived ? QStringLiteral("archived") : QStringLiteral("active") });
    return r;
}

QJsonObject SageContactMapper::toJson(const ContactWrite &write)
{
    const Customer &c = write.customer;
    QJsonObject o { { QStringLiteral("name"), c.name.trimmed() }, { QStringLiteral("reference"), write.externalKey },
        { QStringLiteral("contact_type_ids"), QJsonArray { QStringLiteral("CUSTOMER") } },
        { QStringLiteral("email"), c.email.trimmed() }, { QStringLiteral("telephone"), c.phone.trimmed() } };
    if (!c.addressLine1.isEmpty() || !c.city.isEmpty() || !c.postalCode.isEmpty()) {
        QJsonObject address { { QStringLiteral("address_line_1"), c.addressLine1 },
            { QStringLiteral("address_line_2"), c.addressLine2 }, { QStringLiteral("city"), c.city },
            { QStringLiteral("region"), c.region }, { QStringLiteral("postal_code"), c.postalCode } };
        if (!c.country.isEmpty()) {
            address.insert(QStringLiteral("country_id"), c.country);
        }
        o.insert(QStringLiteral("main_address"), address);
    }
    if (write.remoteId.isEmpty() && !write.idempotencyKey.isEmpty()) {
        o.insert(QStringLiteral("idempotency_id"), SageJson::idempotencyId(write.idempotencyKey));
    }
    return o;
}

} // namespace Ledgerlink

#include "myobcustomermapper.h"

#include "providers/myobjson.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Ledgerlink {

namespace {

bool isGeneratedKey(const QString &displayId)
{
    static const QRegularExpression generated(QStringLiteral("^LL-C\\d+$"));
    return generated.match(displayId).hasMatch();
}

} // namespace

Result<RemoteContact> MyobCustomerMapper::fromJson(const QJsonObject &json)
{
    const QString entity = QStringLiteral("customer");
    auto uid = MyobJson::reader().string(json, QStringLiteral("UID"), entity, true);
    auto company = MyobJson::reader().string(json, QStringLiteral("CompanyName"), entity);
    auto first = MyobJson::reader().string(json, QStringLiteral("FirstName"), entity);
    auto last = MyobJson::reader().string(json, QStringLiteral("LastName"), entity);
    auto displayId = MyobJson::reader().string(json, QStringLiteral("DisplayID"), entity);
    auto individual = MyobJson::reader().boolean(json, QStringLiteral("IsIndividual"), entity, false);
    auto active = MyobJson::reader().boolean(json, QStringLiteral("IsActive"), entity, true);
    auto modified = MyobJson::dateTime(json, QStringLiteral("LastModified"), entity);
    for (const Error *e : { uid ? nullptr : &uid.error(), company ? nullptr : &company.error(),
             first ? nullptr : &first.error(), last ? nullptr : &last.error(), displayId ? nullptr : &displayId.error(),
             individual ? nullptr : &individual.error(), active ? nullptr : &active.error(),
             modified ? nullptr : &modified.error() }) {
        if (e) {
            return *e;
        }
    }
    const QString name = individual.value()
        ? QStringList { first->trimmed(), last->trimmed() }.join(QLatin1Char(' ')).trimmed()
        : company->trimmed();
    if (name.isEmpty()) {
        return MyobJson::reader().malformed(entity, QStringLiteral("customer %1 has no name").arg(*uid));
    }
    const QJsonValue addresses = json.value(QStringLiteral("Addresses"));
    if (!addresses.isUndefined() && !addresses.isNull() && !addresses.isArray()) {
        return MyobJson::reader().malformed(entity, QStringLiteral("customer %1: Addresses is not an array").arg(*uid));
    }
    RemoteContact r;
    r.remoteId = uid.value();
    r.updatedAt = modified.value();
    r.version = MyobJson::rowVersion(json);
    r.externalKey = displayId->trimmed();
    Customer &c = r.customer;
    c.name = name;
    c.archived = !active.value();
    if (!isGeneratedKey(r.externalKey)) {
        c.accountNumber = r.externalKey;
    }
    const QJsonObject address = addresses.toArray().at(0).toObject();
    for (const auto &[field, target] : { std::pair { QStringLiteral("Email"), &c.email },
             std::pair { QStringLiteral("Phone1"), &c.phone }, std::pair { QStringLiteral("City"), &c.city },
             std::pair { QStringLiteral("State"), &c.region }, std::pair { QStringLiteral("PostCode"), &c.postalCode },
             std::pair { QStringLiteral("Country"), &c.country } }) {
        auto value = MyobJson::reader().string(address, field, entity);
        if (!value) {
            return value.error();
        }
        *target = value.value();
    }
    auto street = MyobJson::reader().string(address, QStringLiteral("Street"), entity);
    if (!street) {
        return street.error();
    }
    // MYOB keeps the street as one text; our two lines travel as its first two lines.
    const QStringList lines = street->split(QLatin1Char('\n'));
    c.addressLine1 = lines.value(0);
    c.addressLine2 = lines.mid(1).join(QLatin1Char(' '));
    return r;
}

QJsonObject MyobCustomerMapper::toJson(const ContactWrite &write)
{
    const Customer &c = write.customer;
    QJsonObject o { { QStringLiteral("CompanyName"), c.name.trimmed() }, { QStringLiteral("IsIndividual"), false },
        { QStringLiteral("IsActive"), !c.archived }, { QStringLiteral("DisplayID"), write.externalKey } };
    QJsonObject address;
    for (const auto &[field, value] : { std::pair { QStringLiteral("Email"), c.email },
             std::pair { QStringLiteral("Phone1"), c.phone }, std::pair { QStringLiteral("City"), c.city },
             std::pair { QStringLiteral("State"), c.region }, std::pair { QStringLiteral("PostCode"), c.postalCode },
             std::pair { QStringLiteral("Country"), c.country } }) {
        if (!value.isEmpty()) {
            address.insert(field, value);
        }
    }
    const QString street =
        c.addressLine2.isEmpty() ? c.addressLine1 : c.addressLine1 + QLatin1Char('\n') + c.addressLine2;
    if (!street.isEmpty()) {
        address.insert(QStringLiteral("Street"), street);
    }
    // Always sent, empty too: an update replaces the addresses, so a cleared one is cleared in MYOB.
    QJsonArray addresses;
    if (!address.isEmpty()) {
        address.insert(QStringLiteral("Location"), 1);
        addresses.append(address);
    }
    o.insert(QStringLiteral("Addresses"), addresses);
    return o;
}

} // namespace Ledgerlink

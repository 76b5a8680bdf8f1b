#include "myobaccountmapper.h"

#include "providers/myobjson.h"

namespace Ledgerlink {

namespace {

QString typeOf(const QString &myobType, const QString &displayId)
{
    if (myobType == QLatin1String("Income") || myobType == QLatin1String("OtherIncome")) {
        return QStringLiteral("REVENUE");
    }
    if (myobType == QLatin1String("Bank")) {
        return QStringLiteral("BANK");
    }
    if (!myobType.isEmpty()) {
        return myobType.toUpper();
    }
    if (displayId.startsWith(QLatin1String("1-11"))) {
        return QStringLiteral("BANK");
    }
    switch (displayId.isEmpty() ? QChar().unicode() : displayId.at(0).unicode()) {
    case '1':
        return QStringLiteral("ASSET");
    case '2':
        return QStringLiteral("LIABILITY");
    case '3':
        return QStringLiteral("EQUITY");
    case '4':
    case '8':
        return QStringLiteral("REVENUE");
    case '5':
        return QStringLiteral("DIRECTCOSTS");
    case '6':
    case '9':
        return QStringLiteral("EXPENSE");
    default:
        return QStringLiteral("OTHER");
    }
}

} // namespace

Result<RemoteAccount> MyobAccountMapper::fromJson(const QJsonObject &json)
{
    const QString entity = QStringLiteral("account");
    auto uid = MyobJson::reader().string(json, QStringLiteral("UID"), entity, true);
    auto displayId = MyobJson::reader().string(json, QStringLiteral("DisplayID"), entity, true);
    auto name = MyobJson::reader().string(json, QStringLiteral("Name"), entity, true);
    auto type = MyobJson::reader().string(json, QStringLiteral("Type"), entity);
    auto active = MyobJson::reader().boolean(json, QStringLiteral("IsActive"), entity, true);
    for (const Error *e : { uid ? nullptr : &uid.error(), displayId ? nullptr : &displayId.error(),
             name ? nullptr : &name.error(), type ? nullptr : &type.error(), active ? nullptr : &active.error() }) {
        if (e) {
            return *e;
        }
    }
    RemoteAccount r;
    r.remoteId = uid.value();
    r.version = MyobJson::rowVersion(json);
    r.active = active.value();
    r.account.code = displayId->trimmed();
    r.account.name = name->trimmed();
    r.account.type = typeOf(type.value(), r.account.code);
    r.acceptsPayments = r.account.type == QLatin1String("BANK");
    r.account.archived = !r.active;
    return r;
}

} // namespace Ledgerlink

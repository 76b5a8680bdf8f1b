#include "xerojson.h"

#include "providers/xerodate.h"

#include <QJsonValue>

namespace Ledgerlink {

const ProviderJson &XeroJson::reader()
{
    static const ProviderJson json(QStringLiteral("Xero"));
    return json;
}

Result<QDateTime> XeroJson::dateTime(
    const QJsonObject &object, const QString &field, const QString &entity, bool required)
{
    const QJsonValue v = object.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            return reader().malformed(entity, QStringLiteral("%1: missing date field %2").arg(entity, field));
        }
        return QDateTime();
    }
    const auto parsed = XeroDate::parse(v.toString());
    if (!v.isString() || !parsed) {
        return reader().malformed(entity, QStringLiteral("%1: field %2 is not a Xero date").arg(entity, field));
    }
    return parsed->toUTC();
}

Result<QDate> XeroJson::date(const QJsonObject &object, const QString &field, const QString &entity)
{
    auto dt = dateTime(object, field, entity, true);
    if (!dt) {
        return dt.error();
    }
    return dt->date();
}

} // namespace Ledgerlink

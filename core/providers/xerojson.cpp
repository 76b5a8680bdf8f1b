#include "xerojson.h"

#include "providers/xerodate.h"
#include "store/fixedpoint.h"

#include <QJsonValue>

namespace Ledgerlink {

Error XeroJson::malformed(const QString &entity, const QString &detail)
{
    return Error(Error::Kind::Fatal,
        tr("Xero sent %1 data Ledgerlink could not read, so nothing was changed. If this keeps happening, "
           "contact support with the details.")
            .arg(entity),
        detail);
}

Result<QString> XeroJson::requiredString(const QJsonObject &object, const QString &field, const QString &entity)
{
    const QJsonValue v = object.value(field);
    if (!v.isString() || v.toString().trimmed().isEmpty()) {
        return malformed(entity, QStringLiteral("%1: missing or empty string field %2").arg(entity, field));
    }
    return v.toString();
}

Result<QString> XeroJson::optionalString(const QJsonObject &object, const QString &field, const QString &entity)
{
    const QJsonValue v = object.value(field);
    if (v.isUndefined() || v.isNull()) {
        return QString();
    }
    if (!v.isString()) {
        return malformed(entity, QStringLiteral("%1: field %2 is not a string").arg(entity, field));
    }
    return v.toString();
}

Result<qint64> XeroJson::money(
    const QJsonObject &object, const QString &field, const QString &entity, bool required, int scale)
{
    const QJsonValue v = object.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            return malformed(entity, QStringLiteral("%1: missing number field %2").arg(entity, field));
        }
        return qint64(0);
    }
    Result<qint64> parsed = v.isDouble() ? FixedPoint::fromDouble(v.toDouble(), scale)
        : v.isString()                   ? FixedPoint::parse(v.toString(), scale)
                                         : Result<qint64>(malformed(entity, QString()));
    if (!parsed) {
        return malformed(entity, QStringLiteral("%1: field %2 is not a valid amount").arg(entity, field));
    }
    return parsed;
}

Result<QDateTime> XeroJson::dateTime(
    const QJsonObject &object, const QString &field, const QString &entity, bool required)
{
    const QJsonValue v = object.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            return malformed(entity, QStringLiteral("%1: missing date field %2").arg(entity, field));
        }
        return QDateTime();
    }
    const auto parsed = XeroDate::parse(v.toString());
    if (!v.isString() || !parsed) {
        return malformed(entity, QStringLiteral("%1: field %2 is not a Xero date").arg(entity, field));
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

double XeroJson::number(qint64 value, int scale)
{
    // The decimal text is exact; its double is the closest one, which JSON prints back as that text.
    return FixedPoint::format(value, scale).toDouble();
}

} // namespace Ledgerlink

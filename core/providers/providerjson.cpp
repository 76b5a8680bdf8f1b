#include "providerjson.h"

#include "store/fixedpoint.h"

#include <QJsonValue>

namespace Ledgerlink {

ProviderJson::ProviderJson(const QString &providerName)
    : m_providerName(providerName)
{ }

Error ProviderJson::malformed(const QString &entity, const QString &detail) const
{
    return Error(Error::Kind::Fatal,
        tr("%1 sent %2 data Ledgerlink could not read, so Ledgerlink changed nothing on its side. If this "
           "keeps happening, contact support with the details.")
            .arg(m_providerName, entity),
        detail);
}

Result<QString> ProviderJson::string(
    const QJsonObject &object, const QString &field, const QString &entity, bool required) const
{
    const QJsonValue v = object.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            return malformed(entity, QStringLiteral("%1: missing field %2").arg(entity, field));
        }
        return QString();
    }
    if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
        return malformed(entity, QStringLiteral("%1: field %2 is not a (non-empty) string").arg(entity, field));
    }
    return v.toString();
}

Result<qint64> ProviderJson::amount(
    const QJsonObject &object, const QString &field, const QString &entity, bool required, int scale) const
{
    const QJsonValue v = object.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            return malformed(entity, QStringLiteral("%1: missing number field %2").arg(entity, field));
        }
        return qint64(0);
    }
    Result<qint64> parsed = v.isDouble() ? FixedPoint::fromDouble(v.toDouble(), scale)
        : v.isString()                   ? FixedPoint::parse(v.toString().trimmed(), scale)
                                         : Result<qint64>(malformed(entity, QString()));
    if (!parsed) {
        return malformed(entity, QStringLiteral("%1: field %2 is not a valid amount").arg(entity, field));
    }
    return parsed;
}

Result<bool> ProviderJson::boolean(
    const QJsonObject &object, const QString &field, const QString &entity, bool fallback) const
{
    const QJsonValue v = object.value(field);
    if (v.isUndefined() || v.isNull()) {
        return fallback;
    }
    if (!v.isBool()) {
        return malformed(entity, QStringLiteral("%1: field %2 is not true or false").arg(entity, field));
    }
    return v.toBool();
}

Result<QDate> ProviderJson::date(
    const QJsonObject &object, const QString &field, const QString &entity, bool required) const
{
    const QJsonValue v = object.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            return malformed(entity, QStringLiteral("%1: missing date field %2").arg(entity, field));
        }
        return QDate();
    }
    const QDate parsed = QDate::fromString(v.toString().left(10), Qt::ISODate);
    if (!v.isString() || !parsed.isValid()) {
        return malformed(entity, QStringLiteral("%1: field %2 is not a date").arg(entity, field));
    }
    return parsed;
}

double ProviderJson::decimal(qint64 value, int scale)
{
    // The decimal text is exact; its double is the closest one, which JSON prints back as that text.
    return FixedPoint::format(value, scale).toDouble();
}

} // namespace Ledgerlink

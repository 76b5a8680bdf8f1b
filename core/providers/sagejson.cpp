#include "sagejson.h"

#include "store/fixedpoint.h"

#include <QCryptographicHash>
#include <QJsonValue>

namespace Ledgerlink {

Error SageJson::malformed(const QString &entity, const QString &detail)
{
    return Error(Error::Kind::Fatal,
        tr("Sage sent %1 data Ledgerlink could not read, so nothing was changed. If this keeps happening, contact "
           "support with the details.")
            .arg(entity),
        detail);
}

Result<QString> SageJson::string(const QJsonObject &object, const QString &field, const QString &entity, bool required)
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

Result<QString> SageJson::linkId(const QJsonObject &object, const QString &field, const QString &entity, bool required)
{
    const QJsonValue link = object.value(field);
    if (link.isObject()) {
        return string(link.toObject(), QStringLiteral("id"), entity + QLatin1Char('.') + field, true);
    }
    if (!link.isUndefined() && !link.isNull()) {
        return malformed(entity, QStringLiteral("%1: field %2 is not a link object").arg(entity, field));
    }
    return string(object, field + QStringLiteral("_id"), entity, required);
}

Result<qint64> SageJson::money(
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
        : v.isString()                   ? FixedPoint::parse(v.toString().trimmed(), scale)
                                         : Result<qint64>(malformed(entity, QString()));
    if (!parsed) {
        return malformed(entity, QStringLiteral("%1: field %2 is not a valid amount").arg(entity, field));
    }
    return parsed;
}

Result<QDate> SageJson::date(const QJsonObject &object, const QString &field, const QString &entity, bool required)
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

Result<QDateTime> SageJson::updatedAt(const QJsonObject &object, const QString &entity)
{
    const QJsonValue v = object.value(QStringLiteral("updated_at"));
    const QDateTime parsed = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!v.isString() || !parsed.isValid()) {
        return malformed(entity, QStringLiteral("%1: updated_at is missing or not a date-time").arg(entity));
    }
    return parsed.toUTC();
}

Result<bool> SageJson::boolean(const QJsonObject &object, const QString &field, const QString &entity, bool fallback)
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

QString SageJson::version(const QDateTime &updated)
{
    return QString::number(updated.isValid() ? updated.toMSecsSinceEpoch() : 0);
}

double SageJson::number(qint64 value, int scale)
{
    // The decimal text is exact; its double is the closest one, which JSON prints back as that text.
    return FixedPoint::format(value, scale).toDouble();
}

QString SageJson::idempotencyId(const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Md5).toHex());
}

QString SageJson::queryTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

} // namespace Ledgerlink

#include "qbojson.h"

#include "store/fixedpoint.h"

#include <QJsonValue>

namespace Ledgerlink {

Error QboJson::malformed(const QString &entity, const QString &detail)
{
    return Error(Error::Kind::Fatal,
        tr("QuickBooks Online sent %1 data Ledgerlink could not read, so nothing was changed. If this keeps "
           "happening, contact support with the details.")
            .arg(entity),
        detail);
}

Result<QString> QboJson::string(const QJsonObject &object, const QString &field, const QString &entity, bool required)
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

Result<qint64> QboJson::money(
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

Result<QDateTime> QboJson::lastUpdated(const QJsonObject &object, const QString &entity)
{
    const QJsonValue v = object.value(QStringLiteral("MetaData")).toObject().value(QStringLiteral("LastUpdatedTime"));
    if (v.isUndefined() || v.isNull()) {
        return QDateTime();
    }
    const QDateTime parsed = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!v.isString() || !parsed.isValid()) {
        return malformed(entity, QStringLiteral("%1: MetaData.LastUpdatedTime is not a date-time").arg(entity));
    }
    return parsed.toUTC();
}

Result<QDate> QboJson::date(const QJsonObject &object, const QString &field, const QString &entity, bool required)
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

QString QboJson::version(const QDateTime &updated, const QString &syncToken)
{
    return QStringLiteral("%1/%2").arg(updated.isValid() ? updated.toMSecsSinceEpoch() : 0).arg(syncToken);
}

double QboJson::number(qint64 value, int scale)
{
    // The decimal text is exact; its double is the closest one, which JSON prints back as that text.
    return FixedPoint::format(value, scale).toDouble();
}

QJsonObject QboJson::ref(const QString &id)
{
    return { { QStringLiteral("value"), id } };
}

QString QboJson::quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

QString QboJson::queryTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+00:00");
}

} // namespace Ledgerlink

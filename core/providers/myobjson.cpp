#include "myobjson.h"

#include "store/fixedpoint.h"

#include <QJsonValue>

namespace Ledgerlink {

Error MyobJson::malformed(const QString &entity, const QString &detail)
{
    return Error(Error::Kind::Fatal,
        tr("MYOB sent %1 data Ledgerlink could not read, so nothing was changed. If this keeps happening, "
           "contact support with the details.")
            .arg(entity),
        detail);
}

Result<QString> MyobJson::string(const QJsonObject &object, const QString &field, const QString &entity, bool required)
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

Result<qint64> MyobJson::number(
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
        return malformed(entity, QStringLiteral("%1: field %2 is not a valid number").arg(entity, field));
    }
    return parsed;
}

Result<bool> MyobJson::boolean(const QJsonObject &object, const QString &field, const QString &entity, bool fallback)
{
    const QJsonValue v = object.value(field);
    if (v.isUndefined() || v.isNull()) {
        return fallback;
    }
    if (!v.isBool()) {
        return malformed(entity, QStringLiteral("%1: field %2 is not true/false").arg(entity, field));
    }
    return v.toBool();
}

Result<QDateTime> MyobJson::dateTime(const QJsonObject &object, const QString &field, const QString &entity)
{
    const QJsonValue v = object.value(field);
    if (v.isUndefined() || v.isNull()) {
        return QDateTime();
    }
    QDateTime parsed = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!v.isString() || !parsed.isValid()) {
        return malformed(entity, QStringLiteral("%1: field %2 is not a date-time").arg(entity, field));
    }
    if (parsed.timeSpec() == Qt::LocalTime) {
        parsed.setTimeSpec(Qt::UTC); // MYOB's stamps without an offset are UTC
    }
    return parsed.toUTC();
}

Result<QDate> MyobJson::date(const QJsonObject &object, const QString &field, const QString &entity, bool required)
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

Result<QString> MyobJson::uidRef(const QJsonObject &object, const QString &field, const QString &entity)
{
    const QJsonValue v = object.value(field);
    if (v.isUndefined() || v.isNull()) {
        return QString();
    }
    if (!v.isObject()) {
        return malformed(entity, QStringLiteral("%1: field %2 is not a reference object").arg(entity, field));
    }
    return string(v.toObject(), QStringLiteral("UID"), entity);
}

QString MyobJson::rowVersion(const QJsonObject &object)
{
    const QJsonValue v = object.value(QStringLiteral("RowVersion"));
    if (v.isDouble()) {
        return QString::number(qint64(v.toDouble()));
    }
    return v.isString() ? v.toString() : QString();
}

double MyobJson::decimal(qint64 value, int scale)
{
    // The decimal text is exact; its double is the closest one, which JSON prints back as that text.
    return FixedPoint::format(value, scale).toDouble();
}

QJsonObject MyobJson::ref(const QString &uid)
{
    return { { QStringLiteral("UID"), uid } };
}

QString MyobJson::dateText(const QDate &date)
{
    return date.toString(Qt::ISODate) + QStringLiteral("T00:00:00");
}

QString MyobJson::literal(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

QString MyobJson::modifiedSince(const QDateTime &time)
{
    return QStringLiteral("LastModified gt datetime'%1'")
        .arg(time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
}

} // namespace Ledgerlink

#include "myobjson.h"

#include <QJsonValue>

namespace Ledgerlink {

const ProviderJson &MyobJson::reader()
{
    static const ProviderJson json(QStringLiteral("MYOB"));
    return json;
}

Result<QDateTime> MyobJson::dateTime(const QJsonObject &object, const QString &field, const QString &entity)
{
    const QJsonValue v = object.value(field);
    if (v.isUndefined() || v.isNull()) {
        return QDateTime();
    }
    QDateTime parsed = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!v.isString() || !parsed.isValid()) {
        return reader().malformed(entity, QStringLiteral("%1: field %2 is not a date-time").arg(entity, field));
    }
    if (parsed.timeSpec() == Qt::LocalTime) {
        parsed.setTimeSpec(Qt::UTC); // MYOB's stamps without an offset are UTC
    }
    return parsed.toUTC();
}

Result<QString> MyobJson::uidRef(const QJsonObject &object, const QString &field, const QString &entity)
{
    const QJsonValue v = object.value(field);
    if (v.isUndefined() || v.isNull()) {
        return QString();
    }
    if (!v.isObject()) {
        return reader().malformed(entity, QStringLiteral("%1: field %2 is not a reference object").arg(entity, field));
    }
    return reader().string(v.toObject(), QStringLiteral("UID"), entity);
}

QString MyobJson::rowVersion(const QJsonObject &object)
{
    const QJsonValue v = object.value(QStringLiteral("RowVersion"));
    if (v.isDouble()) {
        return QString::number(qint64(v.toDouble()));
    }
    return v.isString() ? v.toString() : QString();
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

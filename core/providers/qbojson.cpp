#include "qbojson.h"

#include <QJsonValue>

namespace Ledgerlink {

const ProviderJson &QboJson::reader()
{
    static const ProviderJson json(QStringLiteral("QuickBooks Online"));
    return json;
}

Result<QDateTime> QboJson::lastUpdated(const QJsonObject &object, const QString &entity)
{
    const QJsonValue v = object.value(QStringLiteral("MetaData")).toObject().value(QStringLiteral("LastUpdatedTime"));
    if (v.isUndefined() || v.isNull()) {
        return QDateTime();
    }
    const QDateTime parsed = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!v.isString() || !parsed.isValid()) {
        return reader().malformed(
            entity, QStringLiteral("%1: MetaData.LastUpdatedTime is not a date-time").arg(entity));
    }
    return parsed.toUTC();
}

QString QboJson::version(const QDateTime &updated, const QString &syncToken)
{
    return QStringLiteral("%1/%2").arg(updated.isValid() ? updated.toMSecsSinceEpoch() : 0).arg(syncToken);
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

QString QboJson::activeAndArchived()
{
    return QStringLiteral("Active IN (true, false)");
}

QString QboJson::queryTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+00:00");
}

} // namespace Ledgerlink

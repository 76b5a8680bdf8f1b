#include "sagejson.h"

#include <QCryptographicHash>
#include <QJsonValue>

namespace Ledgerlink {

const ProviderJson &SageJson::reader()
{
    static const ProviderJson json(QStringLiteral("Sage"));
    return json;
}

Result<QString> SageJson::linkId(const QJsonObject &object, const QString &field, const QString &entity, bool required)
{
    const QJsonValue link = object.value(field);
    if (link.isObject()) {
        return reader().string(link.toObject(), QStringLiteral("id"), entity + QLatin1Char('.') + field, true);
    }
    if (!link.isUndefined() && !link.isNull()) {
        return reader().malformed(entity, QStringLiteral("%1: field %2 is not a link object").arg(entity, field));
    }
    return reader().string(object, field + QStringLiteral("_id"), entity, required);
}

Result<QDateTime> SageJson::updatedAt(const QJsonObject &object, const QString &entity)
{
    const QJsonValue v = object.value(QStringLiteral("updated_at"));
    const QDateTime parsed = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!v.isString() || !parsed.isValid()) {
        return reader().malformed(entity, QStringLiteral("%1: updated_at is missing or not a date-time").arg(entity));
    }
    return parsed.toUTC();
}

QString SageJson::version(const QDateTime &updated)
{
    return QString::number(updated.isValid() ? updated.toMSecsSinceEpoch() : 0);
}

QString SageJson::version(const QDateTime &updated, const QStringList &fields)
{
    const QByteArray digest =
        QCryptographicHash::hash(fields.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return version(updated) + QLatin1Char('|') + QString::fromLatin1(digest);
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

#include "qbobatch.h"

#include "providers/qbojson.h"
#include "providers/qboreply.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace Ledgerlink {

QString QboBatch::tokenKey(const QString &entity, const QString &id)
{
    return entity + QLatin1Char('/') + id;
}

QboBatch::QboBatch(QString entity, QList<Element> elements, const QHash<QString, QString> &syncTokens)
    : m_entity(std::move(entity))
    , m_elements(std::move(elements))
{
    QJsonArray items;
    QStringList keys;
    for (int i = 0; i < m_elements.size(); ++i) {
        const Element &e = m_elements.at(i);
        QJsonObject record = e.json;
        QString operation = QStringLiteral("create");
        if (!e.remoteId.isEmpty()) {
            const QString token = syncTokens.value(tokenKey(m_entity, e.remoteId));
            record.insert(QStringLiteral("Id"), e.remoteId);
            record.insert(QStringLiteral("SyncToken"), token);
            if (e.remove) {
                operation = QStringLiteral("delete");
            } else if (e.voidIt) {
                operation = QStringLiteral("void");
            } else {
                // sparse: fields we do not manage (terms, custom fields) stay as the admin set them.
                operation = QStringLiteral("update");
                record.insert(QStringLiteral("sparse"), true);
            }
            keys << e.key + QLatin1Char('@') + token;
        } else {
            keys << e.key;
        }
        items.append(QJsonObject { { QStringLiteral("bId"), QString::number(i) },
            { QStringLiteral("operation"), operation }, { m_entity, record } });
    }
    m_body =
        QJsonDocument(QJsonObject { { QStringLiteral("BatchItemRequest"), items } }).toJson(QJsonDocument::Compact);
    m_requestId = QString::fromLatin1(QCryptographicHash::hash(
        (m_entity + QLatin1Char('\n') + keys.join(QLatin1Char('\n'))).toUtf8(), QCryptographicHash::Sha1)
                                          .toHex());
}

Result<QboBatch::Parsed> QboBatch::parse(const QJsonObject &reply, const QString &correlationId) const
{
    const QJsonArray answered = reply.value(QStringLiteral("BatchItemResponse")).toArray();
    QHash<QString, QJsonObject> byId;
    for (const auto &v : answered) {
        byId.insert(v.toObject().value(QStringLiteral("bId")).toString(), v.toObject());
    }
    Parsed parsed;
    for (int i = 0; i < m_elements.size(); ++i) {
        const auto found = byId.constFind(QString::number(i));
        if (found == byId.constEnd()) {
            // Without its answer we cannot know what happened to it: nothing of the batch is applied.
            return QboJson::reader().malformed(m_entity, QStringLiteral("batch reply has no item bId %1").arg(i));
        }
        const QJsonObject response = found.value();
        WriteOutcome o;
        o.localId = m_elements.at(i).localId;
        o.correlationId = correlationId;
        if (response.value(QStringLiteral("Fault")).isObject()) {
            const QJsonObject fault = response.value(QStringLiteral("Fault")).toObject();
            o.error = QboReply::faultError(fault, 400, correlationId);
            if (QboReply::faultCode(fault) == QLatin1String("5010")) {
                parsed.stale << i;
            }
        } else {
            const QJsonObject record = response.value(m_entity).toObject();
            const QString id = record.value(QStringLiteral("Id")).toString();
            if (id.isEmpty()) {
                o.error = QboJson::reader().malformed(
                    m_entity, QStringLiteral("batch item %1 has no %2 Id").arg(i).arg(m_entity));
            } else {
                auto updated = QboJson::lastUpdated(record, m_entity);
                o.ok = true;
                o.remoteId = id;
                o.version = QboJson::version(
                    updated ? updated.value() : QDateTime(), record.value(QStringLiteral("SyncToken")).toString());
                parsed.records << record;
            }
        }
        parsed.outcomes.append(o);
    }
    return parsed;
}

} // namespace Ledgerlink

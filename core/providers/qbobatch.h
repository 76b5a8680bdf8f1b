#pragma once

#include "error.h"
#include "providers/providertypes.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace Ledgerlink {

/// One QBO `POST /batch` of one entity: builds the BatchItemRequest body and its requestid, and
/// reads the BatchItemResponse back into one WriteOutcome per element, in order.
class QboBatch
{
public:
    struct Element
    {
        qint64 localId = 0;
        QString key; ///< idempotency key (integration, entity, local id, local version)
        QJsonObject json;
        QString remoteId; ///< empty = create
        bool remove = false;
        bool voidIt = false; ///< operation "void" (invoices): the record stays, zeroed
    };
    struct Parsed
    {
        QList<WriteOutcome> outcomes;
        QList<int> stale; ///< elements answered with Fault 5010 (stale SyncToken)
        QList<QJsonObject> records; ///< the records QBO returned, for its SyncTokens
    };

    QboBatch(QString entity, QList<Element> elements, const QHash<QString, QString> &syncTokens);

    QByteArray body() const { return m_body; }
    /// <= 50 characters: SHA-1 of the elements' keys and SyncTokens, so the same batch sent
    /// again is the same request to Intuit (and answered from its replay).
    QString requestId() const { return m_requestId; }
    Result<Parsed> parse(const QJsonObject &reply, const QString &correlationId) const;

    /// "Entity/Id", the key of `syncTokens`.
    static QString tokenKey(const QString &entity, const QString &id);

private:
    QString m_entity;
    QList<Element> m_elements;
    QByteArray m_body;
    QString m_requestId;
};

} // namespace Ledgerlink

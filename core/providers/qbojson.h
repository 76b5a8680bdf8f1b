#pragma once

#include "providerjson.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Ledgerlink {

/// What only QuickBooks Online JSON needs: MetaData times, versions, references and query literals.
/// The strict field readers all providers share are ProviderJson, via reader().
class QboJson
{
public:
    /// The shared strict readers, with "QuickBooks Online" in their messages.
    static const ProviderJson &reader();
    /// MetaData.LastUpdatedTime ("2026-11-27T10:00:00-08:00") in UTC; invalid when absent.
    static Result<QDateTime> lastUpdated(const QJsonObject &object, const QString &entity);
    /// The opaque version the engine compares: last-updated ms and SyncToken, so that two changes
    /// within one second still differ.
    static QString version(const QDateTime &updated, const QString &syncToken);
    /// Reference object {"value": id}.
    static QJsonObject ref(const QString &id);
    /// A literal for a QBO query: single quotes, with ' and \ escaped.
    static QString quoted(const QString &value);
    /// Query condition for every record, archived ones too: name lists (customers, items) answer
    /// only active records unless the query names Active.
    static QString activeAndArchived();
    /// Query timestamp: "2026-11-27T10:00:00+00:00".
    static QString queryTime(const QDateTime &time);
};

} // namespace Ledgerlink

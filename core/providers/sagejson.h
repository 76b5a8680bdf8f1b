#pragma once

#include "providerjson.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Ledgerlink {

/// What only Sage Business Cloud Accounting JSON needs: links, updated_at versions, idempotency ids
/// and query times. The strict field readers all providers share are ProviderJson, via reader().
class SageJson
{
public:
    /// The shared strict readers, with "Sage" in their messages.
    static const ProviderJson &reader();
    /// A link to another record: {"field": {"id": "..."}} as Sage answers, or "field_id": "..." as
    /// it is written. Absent -> empty unless required.
    static Result<QString> linkId(
        const QJsonObject &object, const QString &field, const QString &entity, bool required = false);
    /// updated_at (ISO 8601) in UTC; required: it is the record's version.
    static Result<QDateTime> updatedAt(const QJsonObject &object, const QString &entity);
    /// The opaque version the engine compares: updated_at in ms since the epoch.
    static QString version(const QDateTime &updated);
    /// Same, followed by "|" and a short digest of the record's mapped fields. Sage's updated_at
    /// has whole seconds: another user's edit within the second of our own write would otherwise
    /// carry the version our write's reply gave the link and look unchanged. Computed from the
    /// read and the write reply alike, so our own write still reads back as unchanged.
    static QString version(const QDateTime &updated, const QStringList &fields);
    /// Sage's idempotency_id (32 hex characters) for one of our idempotency keys: stable, so a
    /// create sent again with the same key is answered with the record made the first time.
    static QString idempotencyId(const QString &key);
    /// updated_or_created_since: "2026-11-27T10:00:00Z".
    static QString queryTime(const QDateTime &time);
};

} // namespace Ledgerlink

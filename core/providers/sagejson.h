#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Ledgerlink {

/// Strict readers and writers for Sage Business Cloud Accounting JSON. Every byte is untrusted: a
/// missing required field or a value of the wrong type is an Error naming the field, never a default.
class SageJson
{
    Q_DECLARE_TR_FUNCTIONS(SageJson)

public:
    static Result<QString> string(
        const QJsonObject &object, const QString &field, const QString &entity, bool required = false);
    /// A link to another record: {"field": {"id": "..."}} as Sage answers, or "field_id": "..." as
    /// it is written. Absent -> empty unless required.
    static Result<QString> linkId(
        const QJsonObject &object, const QString &field, const QString &entity, bool required = false);
    /// A JSON number or numeric text as an exact scaled integer (minor units for scale 2).
    static Result<qint64> money(
        const QJsonObject &object, const QString &field, const QString &entity, bool required = false, int scale = 2);
    /// "yyyy-MM-dd"; absent -> invalid unless required.
    static Result<QDate> date(
        const QJsonObject &object, const QString &field, const QString &entity, bool required = false);
    /// updated_at (ISO 8601) in UTC; required: it is the record's version.
    static Result<QDateTime> updatedAt(const QJsonObject &object, const QString &entity);
    /// A boolean field; absent -> `fallback`, anything but true/false is an error.
    static Result<bool> boolean(const QJsonObject &object, const QString &field, const QString &entity, bool fallback);
    /// The opaque version the engine compares: updated_at in ms since the epoch.
    static QString version(const QDateTime &updated);
    /// A JSON number built from exact decimal text (Sage reads amounts as decimals).
    static double number(qint64 value, int scale);
    /// Sage's idempotency_id (32 hex characters) for one of our idempotency keys: stable, so a
    /// create sent again with the same key is answered with the record made the first time.
    static QString idempotencyId(const QString &key);
    /// updated_or_created_since: "2026-11-27T10:00:00Z".
    static QString queryTime(const QDateTime &time);

    static Error malformed(const QString &entity, const QString &detail);
};

} // namespace Ledgerlink

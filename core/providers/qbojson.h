#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Ledgerlink {

/// Strict readers and writers for QuickBooks Online JSON. Every byte is untrusted: a missing
/// required field or a value of the wrong type is an Error naming the field, never a default.
class QboJson
{
    Q_DECLARE_TR_FUNCTIONS(QboJson)

public:
    static Result<QString> string(
        const QJsonObject &object, const QString &field, const QString &entity, bool required = false);
    /// A JSON number (or numeric text) as minor units; absent -> 0 unless required.
    static Result<qint64> money(
        const QJsonObject &object, const QString &field, const QString &entity, bool required = false, int scale = 2);
    /// MetaData.LastUpdatedTime ("2026-11-27T10:00:00-08:00") in UTC; invalid when absent.
    static Result<QDateTime> lastUpdated(const QJsonObject &object, const QString &entity);
    /// "yyyy-MM-dd" -> date; absent -> invalid unless required.
    static Result<QDate> date(
        const QJsonObject &object, const QString &field, const QString &entity, bool required = false);
    /// The opaque version the engine compares: last-updated ms and SyncToken, so that two changes
    /// within one second still differ.
    static QString version(const QDateTime &updated, const QString &syncToken);
    /// The form QBO wants in requests: a JSON number built from exact decimal text.
    static double number(qint64 value, int scale);
    /// Reference object {"value": id}.
    static QJsonObject ref(const QString &id);
    /// A literal for a QBO query: single quotes, with ' and \ escaped.
    static QString quoted(const QString &value);
    /// Query timestamp: "2026-11-27T10:00:00+00:00".
    static QString queryTime(const QDateTime &time);

    static Error malformed(const QString &entity, const QString &detail);
};

} // namespace Ledgerlink

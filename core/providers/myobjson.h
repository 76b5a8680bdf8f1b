#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Ledgerlink {

/// Strict readers and writers for MYOB AccountRight JSON. Every byte is untrusted: a missing
/// required field or a value of the wrong type is an Error naming the field, never a default.
class MyobJson
{
    Q_DECLARE_TR_FUNCTIONS(MyobJson)

public:
    static Result<QString> string(
        const QJsonObject &object, const QString &field, const QString &entity, bool required = false);
    /// A JSON number (or numeric text) as an exact fixed-point value (minor units for money);
    /// absent -> 0 unless required.
    static Result<qint64> number(
        const QJsonObject &object, const QString &field, const QString &entity, bool required = false, int scale = 2);
    /// A JSON bool; absent -> `fallback`.
    static Result<bool> boolean(const QJsonObject &object, const QString &field, const QString &entity, bool fallback);
    /// "2026-11-27T10:00:00" (MYOB's local-less form, taken as UTC) or with offset/Z; invalid when absent.
    static Result<QDateTime> dateTime(const QJsonObject &object, const QString &field, const QString &entity);
    /// The date part of "2026-11-27T00:00:00"; absent -> invalid unless required.
    static Result<QDate> date(
        const QJsonObject &object, const QString &field, const QString &entity, bool required = false);
    /// The UID inside a reference object {"UID": "..."}; absent -> empty.
    static Result<QString> uidRef(const QJsonObject &object, const QString &field, const QString &entity);
    /// RowVersion as text (MYOB sends a string; a number is accepted too); absent -> empty.
    static QString rowVersion(const QJsonObject &object);

    /// The form MYOB wants in requests: a JSON number built from exact decimal text.
    static double decimal(qint64 value, int scale);
    /// Reference object {"UID": uid}.
    static QJsonObject ref(const QString &uid);
    /// "2026-11-27T00:00:00": MYOB dates carry a time part.
    static QString dateText(const QDate &date);
    /// An OData string literal: single quotes, a quote inside doubled.
    static QString literal(const QString &value);
    /// The watermark filter: LastModified gt datetime'2026-11-27T10:00:00' (UTC).
    static QString modifiedSince(const QDateTime &time);

    static Error malformed(const QString &entity, const QString &detail);
};

} // namespace Ledgerlink

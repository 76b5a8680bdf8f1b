#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Ledgerlink {

/// Strict readers for Xero JSON fields. Every byte is untrusted: a missing required field or a
/// value of the wrong type is an Error naming the field, never a default that looks real.
class XeroJson
{
    Q_DECLARE_TR_FUNCTIONS(XeroJson)

public:
    static Result<QString> requiredString(const QJsonObject &object, const QString &field, const QString &entity);
    /// Absent or null -> empty; present but not a string -> error.
    static Result<QString> optionalString(const QJsonObject &object, const QString &field, const QString &entity);
    /// A JSON number (or numeric text) as minor units; absent -> 0 unless required.
    static Result<qint64> money(
        const QJsonObject &object, const QString &field, const QString &entity, bool required = false, int scale = 2);
    /// "/Date(ms±hhmm)/" -> UTC; absent -> invalid unless required.
    static Result<QDateTime> dateTime(
        const QJsonObject &object, const QString &field, const QString &entity, bool required = false);
    static Result<QDate> date(const QJsonObject &object, const QString &field, const QString &entity);
    /// The form Xero wants in requests: a JSON number built from exact decimal text.
    static double number(qint64 value, int scale);

    static Error malformed(const QString &entity, const QString &detail);
};

} // namespace Ledgerlink

#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Ledgerlink {

class Database;

/// The few SQL helpers every repository shares: prepared execution with one error shape,
/// `INSERT … RETURNING id` (SQLite ≥ 3.35 and PostgreSQL both have it) and the column
/// conventions of schema.cpp (ISO-8601 UTC text timestamps, NULL for "not set").
class StoreSql
{
    Q_DECLARE_TR_FUNCTIONS(StoreSql)

public:
    /// Prepares `sql`, binds `values` in order and executes it. On failure `sqlError` (if given)
    /// receives the driver's error, so callers can turn a UNIQUE violation into their own message.
    static Result<QSqlQuery> exec(const Database &db, const QString &sql, const QVariantList &values,
        const QString &userMessage, QSqlError *sqlError = nullptr);
    /// Runs an INSERT and returns the new row's id.
    static Result<qint64> insert(const Database &db, const QString &sql, const QVariantList &values,
        const QString &userMessage, QSqlError *sqlError = nullptr);
    /// Number of rows changed by an UPDATE/DELETE, or an error.
    static Result<int> update(const Database &db, const QString &sql, const QVariantList &values,
        const QString &userMessage, QSqlError *sqlError = nullptr);

    /// Inside a transaction, keeps other connections from changing row `id` of `table` until it
    /// ends (PostgreSQL: SELECT … FOR UPDATE). SQLite needs nothing: Database::begin() uses
    /// BEGIN IMMEDIATE, which already admits one writer at a time.
    static Status lockRow(const Database &db, const QString &table, qint64 id, const QString &userMessage);

    static Error error(const QString &userMessage, const QSqlError &sqlError);
    /// True for a UNIQUE constraint violation on either backend.
    static bool isUniqueViolation(const QSqlError &sqlError);
    /// An Item error for a record that is not (or no longer) there; `userMessage` names it.
    static Error notFound(const QString &userMessage, qint64 id);

    static QString timeText(const QDateTime &time);
    static QDateTime time(const QVariant &value);
    static QVariant timeOrNull(const QDateTime &time);
    static QVariant textOrNull(const QString &text);
    static QVariant idOrNull(qint64 id);
    static qint64 id(const QVariant &value) { return value.isNull() ? 0 : value.toLongLong(); }
};

} // namespace Ledgerlink

#include "storesql.h"

#include "database.h"
#include "logging.h"

namespace Ledgerlink {

Result<QSqlQuery> StoreSql::exec(
    const Database &db, const QString &sql, const QVariantList &values, const QString &userMessage, QSqlError *sqlError)
{
    QSqlQuery query(db.connection());
    if (!query.prepare(sql)) {
        qCWarning(lcStore) << "prepare failed:" << query.lastError().text();
        if (sqlError) {
            *sqlError = query.lastError();
        }
        return error(userMessage, query.lastError());
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        qCDebug(lcStore) << "statement failed:" << query.lastError().text();
        if (sqlError) {
            *sqlError = query.lastError();
        }
        return error(userMessage, query.lastError());
    }
    return query;
}

Result<qint64> StoreSql::insert(
    const Database &db, const QString &sql, const QVariantList &values, const QString &userMessage, QSqlError *sqlError)
{
    auto query = exec(db, sql + QLatin1String(" RETURNING id"), values, userMessage, sqlError);
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return Error(Error::Kind::Fatal, userMessage, QStringLiteral("INSERT returned no id"));
    }
    return query.value().value(0).toLongLong();
}

Result<int> StoreSql::update(
    const Database &db, const QString &sql, const QVariantList &values, const QString &userMessage, QSqlError *sqlError)
{
    auto query = exec(db, sql, values, userMessage, sqlError);
    if (!query) {
        return query.error();
    }
    return query.value().numRowsAffected();
}

Status StoreSql::lockRow(const Database &db, const QString &table, qint64 id, const QString &userMessage)
{
    if (!db.isPostgres()) {
        return {};
    }
    auto query = exec(db, QStringLiteral("SELECT id FROM %1 WHERE id = ? FOR UPDATE").arg(table), { id }, userMessage);
    return query ? Status() : Status(query.error());
}

Error StoreSql::error(const QString &userMessage, const QSqlError &sqlError)
{
    const bool busy = sqlError.nativeErrorCode() == QLatin1String("5") // SQLITE_BUSY
        || sqlError.nativeErrorCode() == QLatin1String("40P01") // deadlock_detected
        || sqlError.nativeErrorCode() == QLatin1String("40001"); // serialization_failure
    if (busy) {
        return Error(Error::Kind::Retryable, userMessage, sqlError.text(), true);
    }
    return Error(Error::Kind::Fatal, userMessage, sqlError.text());
}

bool StoreSql::isUniqueViolation(const QSqlError &sqlError)
{
    // PostgreSQL reports the SQLSTATE; SQLite reports SQLITE_CONSTRAINT (19) or its extended code.
    const QString code = sqlError.nativeErrorCode();
    return code == QLatin1String("23505") || code == QLatin1String("2067") || code == QLatin1String("1555")
        || (code == QLatin1String("19") && sqlError.text().contains(QLatin1String("UNIQUE")));
}

Error StoreSql::notFound(const QString &userMessage, qint64 id)
{
    return Error(Error::Kind::Item, userMessage, QStringLiteral("no row with id %1").arg(id));
}

QString StoreSql::timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime StoreSql::time(const QVariant &value)
{
    if (value.isNull()) {
        return {};
    }
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QVariant StoreSql::timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(timeText(time)) : QVariant(QMetaType::fromType<QString>());
}

QVariant StoreSql::textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant StoreSql::idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

} // namespace Ledgerlink

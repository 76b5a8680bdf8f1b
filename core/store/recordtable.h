#pragma once

#include "clock.h"
#include "database.h"
#include "storesql.h"

#include <QStringList>

#include <functional>

namespace Ledgerlink {

/// The shared insert/update/find/page/archive logic of the simple business tables (customers,
/// items, tax_types, accounts): each has `id`, its own columns, `archived`, `created_at` and
/// `updated_at`. T must have the members id, archived, createdAt and updatedAt. The repositories
/// own one RecordTable each and add validation and their own messages.
template <typename T> class RecordTable
{
public:
    struct Spec
    {
        QString table;
        QStringList columns; ///< own columns, in the order values() and read() use
        std::function<QVariantList(const T &)> values;
        std::function<void(const QSqlQuery &, int firstColumn, T &)> read;
        QString saveFailed; ///< user text when a write fails
        QString readFailed; ///< user text when a read fails
        QString notFound; ///< user text for a missing row
        std::function<QString(const T &)> duplicate; ///< user text for a UNIQUE violation (optional)
    };

    RecordTable(Database &database, Clock &clock, Spec spec)
        : m_database(database)
        , m_clock(clock)
        , m_spec(std::move(spec))
    { }

    Result<T> insert(T record)
    {
        record.createdAt = record.updatedAt = m_clock.now().toUTC();
        QVariantList values = m_spec.values(record);
        values << int(record.archived) << StoreSql::timeText(record.createdAt) << StoreSql::timeText(record.updatedAt);
        QStringList marks;
        for (int i = 0; i < values.size(); ++i) {
            marks << QStringLiteral("?");
        }
        const QString sql =
            QStringLiteral("INSERT INTO %1 (%2, archived, created_at, updated_at) VALUES (%3)")
                .arg(m_spec.table, m_spec.columns.join(QLatin1String(", ")), marks.join(QLatin1String(", ")));
        QSqlError sqlError;
        auto id = StoreSql::insert(m_database, sql, values, m_spec.saveFailed, &sqlError);
        if (!id) {
            return translateDuplicate(id.error(), sqlError, record);
        }
        record.id = id.value();
        return record;
    }

    Result<T> update(T record)
    {
        auto existing = findById(record.id);
        if (!existing) {
            return existing.error();
        }
        record.createdAt = existing->createdAt;
        record.updatedAt = m_clock.now().toUTC();
        QVariantList values = m_spec.values(record);
        values << int(record.archived) << StoreSql::timeText(record.updatedAt) << record.id;
        const QString sql = QStringLiteral("UPDATE %1 SET %2 = ?, archived = ?, updated_at = ? WHERE id = ?")
                                .arg(m_spec.table, m_spec.columns.join(QLatin1String(" = ?, ")));
        QSqlError sqlError;
        auto changed = StoreSql::update(m_database, sql, values, m_spec.saveFailed, &sqlError);
        if (!changed) {
            return translateDuplicate(changed.error(), sqlError, record);
        }
        return record;
    }

    Result<T> findById(qint64 id)
    {
        auto rows = select(QStringLiteral("WHERE id = ?"), { id });
        if (!rows) {
            return rows.error();
        }
        if (rows->isEmpty()) {
            return StoreSql::notFound(m_spec.notFound.arg(id), id);
        }
        return rows->constFirst();
    }

    /// Keyset paging in id order: pass the last id of the previous page (0 for the first).
    Result<QList<T>> page(qint64 afterId, int limit)
    {
        return select(QStringLiteral("WHERE id > ? ORDER BY id LIMIT ?"), { afterId, limit });
    }

    /// Rows whose (updated_at, id) comes after (since, afterId), oldest change first. With
    /// afterId 0 this includes rows changed exactly at `since`, so no same-millisecond change is lost.
    Result<QList<T>> changedSince(const QDateTime &since, qint64 afterId, int limit)
    {
        const QString stamp = StoreSql::timeText(since);
        return select(QStringLiteral("WHERE updated_at > ? OR (updated_at = ? AND id > ?) ORDER BY updated_at, id "
                                     "LIMIT ?"),
            { stamp, stamp, afterId, limit });
    }

    Status archive(qint64 id)
    {
        auto changed = StoreSql::update(m_database,
            QStringLiteral("UPDATE %1 SET archived = 1, updated_at = ? WHERE id = ?").arg(m_spec.table),
            { StoreSql::timeText(m_clock.now()), id }, m_spec.saveFailed);
        if (!changed) {
            return changed.error();
        }
        if (changed.value() == 0) {
            return StoreSql::notFound(m_spec.notFound.arg(id), id);
        }
        return {};
    }

private:
    Error translateDuplicate(const Error &error, const QSqlError &sqlError, const T &record) const
    {
        if (m_spec.duplicate && StoreSql::isUniqueViolation(sqlError)) {
            return Error(Error::Kind::Item, m_spec.duplicate(record), error.detail());
        }
        return error;
    }

    Result<QList<T>> select(const QString &tail, const QVariantList &values)
    {
        const QString sql = QStringLiteral("SELECT id, %1, archived, created_at, updated_at FROM %2 %3")
                                .arg(m_spec.columns.join(QLatin1String(", ")), m_spec.table, tail);
        auto query = StoreSql::exec(m_database, sql, values, m_spec.readFailed);
        if (!query) {
            return query.error();
        }
        QList<T> rows;
        const int n = int(m_spec.columns.size());
        while (query.value().next()) {
            const QSqlQuery &q = query.value();
            T record;
            record.id = q.value(0).toLongLong();
            m_spec.read(q, 1, record);
            record.archived = q.value(n + 1).toInt() != 0;
            record.createdAt = StoreSql::time(q.value(n + 2));
            record.updatedAt = StoreSql::time(q.value(n + 3));
            rows.append(record);
        }
        return rows;
    }

    Database &m_database;
    Clock &m_clock;
    Spec m_spec;
};

} // namespace Ledgerlink

#include "changelogrepository.h"

#include "clock.h"
#include "database.h"
#include "storesql.h"

namespace Ledgerlink {

ChangeLogRepository::ChangeLogRepository(Database &database, Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

Result<qint64> ChangeLogRepository::insert(const ChangeLogEntry &entry)
{
    if (entry.entity.isEmpty() || entry.field.isEmpty() || entry.localId <= 0) {
        return Error(Error::Kind::Fatal, tr("Ledgerlink could not record a change: the record is not named."),
            QStringLiteral("change log entry without entity, field or local id"));
    }
    const QDateTime at = entry.at.isValid() ? entry.at : m_clock.now();
    // Old and new values keep NULL apart from "": a field that was empty is not a field that was unset.
    auto textOrNull = [](const QString &text) {
        return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
    };
    return StoreSql::insert(m_database,
        QStringLiteral("INSERT INTO change_log (integration_id, run_id, entity, local_id, field, old_value, new_value, "
                       "source, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { StoreSql::textOrNull(entry.integrationId), StoreSql::idOrNull(entry.runId), entry.entity, entry.localId,
            entry.field, textOrNull(entry.oldValue), textOrNull(entry.newValue),
            entry.source == ChangeSource::Remote ? QStringLiteral("REMOTE") : QStringLiteral("LOCAL"),
            StoreSql::timeText(at) },
        tr("Ledgerlink could not record a change in its database."));
}

Result<qint64> ChangeLogRepository::record(const ChangeLogEntry &entry)
{
    return insert(entry);
}

Status ChangeLogRepository::recordAll(const QList<ChangeLogEntry> &entries)
{
    return m_database.inTransaction([&]() -> Status {
        for (const ChangeLogEntry &entry : entries) {
            if (auto id = insert(entry); !id) {
                return id.error();
            }
        }
        return {};
    });
}

Result<QList<ChangeLogEntry>> ChangeLogRepository::forRecord(const QString &entity, qint64 localId)
{
    auto query = StoreSql::exec(m_database,
        QStringLiteral("SELECT id, integration_id, run_id, entity, local_id, field, old_value, "
                       "new_value, source, at FROM change_log WHERE entity = ? AND local_id = ? "
                       "ORDER BY at, id"),
        { entity, localId }, tr("Ledgerlink could not read the change history of a record."));
    if (!query) {
        return query.error();
    }
    QList<ChangeLogEntry> entries;
    QSqlQuery &q = query.value();
    while (q.next()) {
        ChangeLogEntry entry;
        entry.id = q.value(0).toLongLong();
        entry.integrationId = q.value(1).toString();
        entry.runId = StoreSql::id(q.value(2));
        entry.entity = q.value(3).toString();
        entry.localId = q.value(4).toLongLong();
        entry.field = q.value(5).toString();
        entry.oldValue = q.value(6).toString();
        entry.newValue = q.value(7).toString();
        entry.source = q.value(8).toString() == QLatin1String("REMOTE") ? ChangeSource::Remote : ChangeSource::Local;
        entry.at = StoreSql::time(q.value(9));
        entries.append(entry);
    }
    return entries;
}

} // namespace Ledgerlink

#include "syncstatestore.h"

#include "store/database.h"
#include "store/storesql.h"

namespace Ledgerlink {

SyncStateStore::SyncStateStore(Database &database)
    : m_database(database)
{ }

Result<QDateTime> SyncStateStore::watermark(const QString &integrationId, const QString &entity)
{
    auto query = StoreSql::exec(m_database,
        QStringLiteral("SELECT watermark FROM sync_state WHERE integration_id = ? AND entity = ?"),
        { integrationId, entity }, tr("Ledgerlink could not read where the last sync stopped."));
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return QDateTime();
    }
    return StoreSql::time(query.value().value(0));
}

Status SyncStateStore::setWatermark(
    const QString &integrationId, const QString &entity, const QDateTime &watermark, bool full)
{
    const QString failed = tr("Ledgerlink could not record where this sync stopped.");
    return m_database.inTransaction([&]() -> Status {
        auto changed = StoreSql::update(m_database,
            full ? QStringLiteral("UPDATE sync_state SET watermark = ?, last_full_sync_at = ? "
                                  "WHERE integration_id = ? AND entity = ?")
                 : QStringLiteral("UPDATE sync_state SET watermark = ?, last_full_sync_at = last_full_sync_at "
                                  "WHERE integration_id = ? AND entity = ?"),
            full ? QVariantList { StoreSql::timeText(watermark), StoreSql::timeText(watermark), integrationId, entity }
                 : QVariantList { StoreSql::timeText(watermark), integrationId, entity },
            failed);
        if (!changed) {
            return changed.error();
        }
        if (changed.value() > 0) {
            return {};
        }
        auto inserted = StoreSql::exec(m_database,
            QStringLiteral("INSERT INTO sync_state (integration_id, entity, watermark, last_full_sync_at) "
                           "VALUES (?, ?, ?, ?)"),
            { integrationId, entity, StoreSql::timeText(watermark),
                full ? QVariant(StoreSql::timeText(watermark)) : QVariant() },
            failed);
        return inserted ? Status() : Status(inserted.error());
    });
}

namespace {
QString runRow()
{
    return QStringLiteral("_run");
}
} // namespace

Result<QDateTime> SyncStateStore::lastFullRun(const QString &integrationId)
{
    auto query = StoreSql::exec(m_database,
        QStringLiteral("SELECT last_full_sync_at FROM sync_state WHERE integration_id = ? AND entity = ?"),
        { integrationId, runRow() }, tr("Ledgerlink could not read when the last full sync ran."));
    if (!query) {
        return query.error();
    }
    if (!query.value().next() || query.value().value(0).isNull()) {
        return QDateTime();
    }
    return StoreSql::time(query.value().value(0));
}

Status SyncStateStore::recordFullRun(const QString &integrationId, const QDateTime &at)
{
    return setWatermark(integrationId, runRow(), at, true);
}

Status SyncStateStore::clear(const QString &integrationId)
{
    // The deletions marks ("<entity>#deleted") stay: a record deleted at the provider while the
    // integration was off is still reported by the next full read (RunContext::deletedSince).
    auto changed = StoreSql::update(m_database,
        QStringLiteral("DELETE FROM sync_state WHERE integration_id = ? AND entity NOT LIKE '%#deleted'"),
        { integrationId }, tr("Ledgerlink could not reset the sync position."));
    return changed ? Status() : Status(changed.error());
}

} // namespace Ledgerlink

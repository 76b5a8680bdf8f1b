#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Ledgerlink {

class Database;

/// Per integration and entity: the incremental-read watermark (the provider's clock at the start
/// of the last complete read) and when the last full read ran. Table sync_state (schema v2); the
/// whole run's last full pass is the row of the pseudo entity "_run" (the daily reconciliation).
class SyncStateStore
{
    Q_DECLARE_TR_FUNCTIONS(SyncStateStore)

public:
    explicit SyncStateStore(Database &database);

    Result<QDateTime> watermark(const QString &integrationId, const QString &entity);
    Status setWatermark(const QString &integrationId, const QString &entity, const QDateTime &watermark, bool full);
    /// When the last full run of the integration finished well (invalid: never).
    Result<QDateTime> lastFullRun(const QString &integrationId);
    /// Records a full run that finished (succeeded or partly failed) at `at`.
    Status recordFullRun(const QString &integrationId, const QDateTime &at);
    /// Forgets every read watermark of the integration: the next run reads everything (re-enable).
    /// Where deletions were last read ("<entity>#deleted") is kept, so none is lost meanwhile.
    Status clear(const QString &integrationId);

private:
    Database &m_database;
};

} // namespace Ledgerlink

#include "historyrepository.h"

#include "clock.h"
#include "database.h"
#include "storesql.h"

#include <QSysInfo>

namespace Ledgerlink {

namespace {

const QString kRunColumns =
    QStringLiteral("id, integration_id, trigger_kind, started_at, finished_at, result, created_count, updated_count, "
                   "unchanged_count, failed_count, skipped_count, message, detail, host");

RunResult resultFromText(const QString &text)
{
    for (RunResult result : { RunResult::Running, RunResult::Succeeded, RunResult::PartlyFailed, RunResult::Failed,
             RunResult::Cancelled }) {
        if (HistoryRepository::resultText(result) == text) {
            return result;
        }
    }
    return RunResult::Failed;
}

ItemOutcome outcomeFromText(const QString &text)
{
    for (ItemOutcome outcome : { ItemOutcome::Ok, ItemOutcome::Failed, ItemOutcome::Skipped, ItemOutcome::Parked }) {
        if (HistoryRepository::outcomeText(outcome) == text) {
            return outcome;
        }
    }
    return ItemOutcome::Failed;
}

// LIKE pattern for a literal search text: %, _ and the escape character itself are escaped.
QString likePattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    escaped.replace(QLatin1String("%"), QLatin1String("\\%"));
    escaped.replace(QLatin1String("_"), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

HistoryRepository::HistoryRepository(Database &database, Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

QString HistoryRepository::resultText(RunResult result)
{
    switch (result) {
    case RunResult::Running:
        return QStringLiteral("RUNNING");
    case RunResult::Succeeded:
        return QStringLiteral("SUCCEEDED");
    case RunResult::PartlyFailed:
        return QStringLiteral("PARTLY_FAILED");
    case RunResult::Failed:
        return QStringLiteral("FAILED");
    case RunResult::Cancelled:
        return QStringLiteral("CANCELLED");
    }
    return {};
}

QString HistoryRepository::outcomeText(ItemOutcome outcome)
{
    switch (outcome) {
    case ItemOutcome::Ok:
        return QStringLiteral("OK");
    case ItemOutcome::Failed:
        return QStringLiteral("FAILED");
    case ItemOutcome::Skipped:
        return QStringLiteral("SKIPPED");
    case ItemOutcome::Parked:
        return QStringLiteral("PARKED");
    }
    return {};
}

Result<qint64> HistoryRepository::startRun(const QString &integrationId, const QString &trigger)
{
    return StoreSql::insert(m_database,
        QStringLiteral("INSERT INTO sync_runs (integration_id, trigger_kind, started_at, result, "
                       "host) VALUES (?, ?, ?, 'RUNNING', ?)"),
        { integrationId, trigger, StoreSql::timeText(m_clock.now()), QSysInfo::machineHostName() },
        tr("Ledgerlink could not record the start of the sync in its history."));
}

Result<qint64> HistoryRepository::insertItem(qint64 runId, const SyncItem &item)
{
    const QDateTime at = item.at.isValid() ? item.at : m_clock.now();
    return StoreSql::insert(m_database,
        QStringLiteral("INSERT INTO sync_items (run_id, entity, local_id, remote_id, action, outcome, error_message, "
                       "detail, correlation_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { runId, item.entity, StoreSql::idOrNull(item.localId), StoreSql::textOrNull(item.remoteId), item.action,
            outcomeText(item.outcome), StoreSql::textOrNull(item.errorMessage), StoreSql::textOrNull(item.detail),
            StoreSql::textOrNull(item.correlationId), StoreSql::timeText(at) },
        tr("Ledgerlink could not record a synced record in its history."));
}

Result<qint64> HistoryRepository::addItem(qint64 runId, const SyncItem &item)
{
    return insertItem(runId, item);
}

Status HistoryRepository::addItems(qint64 runId, const QList<SyncItem> &items)
{
    return m_database.inTransaction([&]() -> Status {
        for (const SyncItem &item : items) {
            if (auto id = insertItem(runId, item); !id) {
                return id.error();
            }
        }
        return {};
    });
}

Status HistoryRepository::finishRun(
    qint64 runId, RunResult result, const RunCounts &counts, const QString &message, const QString &detail)
{
    auto changed = StoreSql::update(m_database,
        QStringLiteral(
            "UPDATE sync_runs SET finished_at = ?, result = ?, created_count = ?, updated_count = ?, "
            "unchanged_count = ?, failed_count = ?, skipped_count = ?, message = ?, detail = ? WHERE id = ?"),
        { StoreSql::timeText(m_clock.now()), resultText(result), counts.created, counts.updated, counts.unchanged,
            counts.failed, counts.skipped, StoreSql::textOrNull(message), StoreSql::textOrNull(detail), runId },
        tr("Ledgerlink could not record the end of the sync in its history."));
    if (!changed) {
        return changed.error();
    }
    if (changed.value() == 0) {
        return StoreSql::notFound(tr("Sync run %1 does not exist in the history.").arg(runId), runId);
    }
    return {};
}

Result<SyncRun> HistoryRepository::run(qint64 runId)
{
    RunFilter filter;
    filter.beforeRunId = runId + 1;
    filter.limit = 1;
    auto found = runs(filter);
    if (!found) {
        return found.error();
    }
    if (found->isEmpty() || found->constFirst().id != runId) {
        return StoreSql::notFound(tr("Sync run %1 does not exist in the history.").arg(runId), runId);
    }
    return found->constFirst();
}

std::pair<QString, QVariantList> HistoryRepository::runsQuery(const RunFilter &filter)
{
    QStringList where;
    QVariantList values;
    if (filter.beforeRunId > 0) {
        where << QStringLiteral("id < ?");
        values << filter.beforeRunId;
    }
    if (!filter.integrationId.isEmpty()) {
        where << QStringLiteral("integration_id = ?");
        values << filter.integrationId;
    }
    if (filter.failedOnly) {
        where << QStringLiteral("(result IN ('FAILED', 'PARTLY_FAILED') OR failed_count > 0)");
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("started_at >= ?");
        values << StoreSql::timeText(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("started_at < ?");
        values << StoreSql::timeText(filter.to);
    }
    if (!filter.search.trimmed().isEmpty()) {
        const QString pattern = likePattern(filter.search.trimmed());
        where << QStringLiteral(
            "(LOWER(COALESCE(message, '')) LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM sync_items i "
            "WHERE i.run_id = sync_runs.id AND (LOWER(COALESCE(i.error_message, '')) LIKE ? ESCAPE '\\' "
            "OR LOWER(COALESCE(i.remote_id, '')) LIKE ? ESCAPE '\\' "
            "OR LOWER(COALESCE(i.correlation_id, '')) LIKE ? ESCAPE '\\')))");
        values << pattern << pattern << pattern << pattern;
    }
    QString sql = QStringLiteral("SELECT %1 FROM sync_runs").arg(kRunColumns);
    if (!where.isEmpty()) {
        sql += QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "));
    }
    sql += QLatin1String(" ORDER BY id DESC LIMIT ?");
    values << qMax(1, filter.limit);
    return { sql, values };
}

Result<QList<SyncRun>> HistoryRepository::runs(const RunFilter &filter)
{
    const auto [sql, values] = runsQuery(filter);
    auto query = StoreSql::exec(m_database, sql, values, tr("Ledgerlink could not read its sync history."));
    if (!query) {
        return query.error();
    }
    QList<SyncRun> runs;
    QSqlQuery &q = query.value();
    while (q.next()) {
        SyncRun run;
        run.id = q.value(0).toLongLong();
        run.integrationId = q.value(1).toString();
        run.trigger = q.value(2).toString();
        run.startedAt = StoreSql::time(q.value(3));
        run.finishedAt = StoreSql::time(q.value(4));
        run.result = resultFromText(q.value(5).toString());
        run.counts = { q.value(6).toInt(), q.value(7).toInt(), q.value(8).toInt(), q.value(9).toInt(),
            q.value(10).toInt() };
        run.message = q.value(11).toString();
        run.detail = q.value(12).toString();
        run.host = q.value(13).toString();
        runs.append(run);
    }
    return runs;
}

QString HistoryRepository::itemsQuery(bool failedOnly)
{
    const QString outcome = failedOnly ? QStringLiteral(" AND outcome IN ('FAILED', 'PARKED')") : QString();
    return QStringLiteral("SELECT id, run_id, entity, local_id, remote_id, action, outcome, error_message, detail, "
                          "correlation_id, at FROM sync_items WHERE run_id = ?%1 ORDER BY id")
        .arg(outcome);
}

Result<QList<SyncItem>> HistoryRepository::items(qint64 runId, bool failedOnly)
{
    const QString outcome = failedOnly ? QStringLiteral(" AND outcome IN ('FAILED', 'PARKED')") : QString();
    auto query = StoreSql::exec(m_database,
        QStringLiteral("SELECT id, run_id, entity, local_id, remote_id, action, outcome, "
                       "error_message, detail, correlation_id, at FROM sync_items "
                       "WHERE run_id = ?%1 ORDER BY id")
            .arg(outcome),
        { runId }, tr("Ledgerlink could not read the records of a sync run."));
    if (!query) {
        return query.error();
    }
    QList<SyncItem> items;
    QSqlQuery &q = query.value();
    while (q.next()) {
        SyncItem item;
        item.id = q.value(0).toLongLong();
        item.runId = q.value(1).toLongLong();
        item.entity = q.value(2).toString();
        item.localId = StoreSql::id(q.value(3));
        item.remoteId = q.value(4).toString();
        item.action = q.value(5).toString();
        item.outcome = outcomeFromText(q.value(6).toString());
        item.errorMessage = q.value(7).toString();
        item.detail = q.value(8).toString();
        item.correlationId = q.value(9).toString();
        item.at = StoreSql::time(q.value(10));
        items.append(item);
    }
    return items;
}

} // namespace Ledgerlink

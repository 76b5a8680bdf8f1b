#pragma once

#include "error.h"
#include "syncrun.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantList>

#include <utility>

namespace Ledgerlink {

class Clock;
class Database;

/// Sync history: runs and the records handled in them. Written by the sync engine, read by the
/// History page and `ledgerlink history`. Queries page by keyset (never OFFSET) so a history of
/// a million runs stays quick to browse.
class HistoryRepository
{
    Q_DECLARE_TR_FUNCTIONS(HistoryRepository)

public:
    HistoryRepository(Database &database, Clock &clock);

    /// Opens a run (result Running) and returns its id. Records this machine's name.
    Result<qint64> startRun(const QString &integrationId, const QString &trigger);
    Result<qint64> addItem(qint64 runId, const SyncItem &item);
    /// Adds many items in one transaction (a page of records).
    Status addItems(qint64 runId, const QList<SyncItem> &items);
    Status finishRun(
        qint64 runId, RunResult result, const RunCounts &counts, const QString &message, const QString &detail = {});

    Result<SyncRun> run(qint64 runId);
    Result<QList<SyncRun>> runs(const RunFilter &filter);
    /// A run's items in the order they were handled; failedOnly keeps Failed and Parked ones.
    Result<QList<SyncItem>> items(qint64 runId, bool failedOnly = false);

    /// The statements runs() and items() execute (one `?` per value). Public so tests can check
    /// that every History page is served by an index, without a sort of the whole table.
    static std::pair<QString, QVariantList> runsQuery(const RunFilter &filter);
    static QString itemsQuery(bool failedOnly);

    static QString resultText(RunResult result);
    static QString outcomeText(ItemOutcome outcome);

private:
    Result<qint64> insertItem(qint64 runId, const SyncItem &item);

    Database &m_database;
    Clock &m_clock;
};

} // namespace Ledgerlink

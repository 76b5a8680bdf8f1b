#pragma once

#include <QDateTime>
#include <QString>

namespace Ledgerlink {

/// How a sync run ended. Running until finishRun() is called.
enum class RunResult {
    Running,
    Succeeded, ///< every record went through
    PartlyFailed, ///< the run finished but some records failed or were parked
    Failed, ///< the run stopped early (fatal error)
    Cancelled,
};

/// What happened to one record in a run.
enum class ItemOutcome {
    Ok,
    Failed,
    Skipped,
    Parked, ///< skipped until the record changes or the user retries it from History
};

struct RunCounts
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int failed = 0;
    int skipped = 0;
};

/// One row of History: a sync run of one integration.
struct SyncRun
{
    qint64 id = 0;
    QString integrationId;
    QString trigger; ///< "schedule", "manual", "cli", "retry", …
    QDateTime startedAt; ///< UTC
    QDateTime finishedAt; ///< UTC, invalid while running
    RunResult result = RunResult::Running;
    RunCounts counts;
    QString message;
    QString detail;
    QString host;
};

/// One record handled in a run.
struct SyncItem
{
    qint64 id = 0;
    qint64 runId = 0;
    QString entity;
    qint64 localId = 0;
    QString remoteId;
    QString action; ///< "create", "update", "pull", …
    ItemOutcome outcome = ItemOutcome::Ok;
    QString errorMessage;
    QString detail;
    QString correlationId; ///< the provider's request id, for support tickets
    QDateTime at; ///< UTC
};

/// What History shows. Runs come newest first; page with beforeRunId = last id of the previous page.
struct RunFilter
{
    QString integrationId; ///< empty = all integrations
    bool failedOnly = false; ///< runs that failed or had failed/parked records
    QDateTime from; ///< started at or after (UTC); invalid = no bound
    QDateTime to; ///< started before (UTC); invalid = no bound
    QString search; ///< in the run message or its records' errors, remote ids and correlation ids
    qint64 beforeRunId = 0; ///< keyset cursor; 0 = newest
    int limit = 100;
};

} // namespace Ledgerlink

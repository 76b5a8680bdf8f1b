#pragma once

#include "store/syncrun.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Ledgerlink {

// The value types the sync worker emits; registered metatypes so they cross to the GUI thread
// in queued signals (SyncEngine::registerMetaTypes()).

/// Where a run stands: phase is the entity being worked on ("customers", "invoices", …).
struct RunProgress
{
    QString integrationId;
    qint64 runId = 0;
    QString phase;
    int done = 0;
    int total = 0;
};

/// One record that could not be synced, as History shows it.
struct RecordFailure
{
    QString integrationId;
    qint64 runId = 0;
    QString entity;
    qint64 localId = 0;
    QString remoteId;
    QString message;
    QString correlationId;
};

/// How a run ended.
struct RunSummary
{
    QString integrationId;
    qint64 runId = 0; ///< 0 when the run was refused before it started (disabled, locked)
    RunResult result = RunResult::Succeeded;
    RunCounts counts;
    QString message;
    QString detail;
};

/// What a run would do, computed without sending anything (the wizard's review step).
struct PreviewEntity
{
    QString entity;
    int toSend = 0;
};

struct PreviewRefusal
{
    QString entity;
    qint64 localId = 0;
    QString label; ///< invoice number, customer name, item code
    QString reason;
};

struct SyncPreview
{
    QString integrationId;
    QList<PreviewEntity> entities;
    QList<PreviewRefusal> refusals;
    QString error; ///< non-empty when the preview could not be computed
};

} // namespace Ledgerlink

Q_DECLARE_METATYPE(Ledgerlink::RunProgress)
Q_DECLARE_METATYPE(Ledgerlink::RecordFailure)
Q_DECLARE_METATYPE(Ledgerlink::RunSummary)
Q_DECLARE_METATYPE(Ledgerlink::SyncPreview)

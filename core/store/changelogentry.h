#pragma once

#include <QDateTime>
#include <QString>

namespace Ledgerlink {

/// Which side a field change came from.
enum class ChangeSource {
    Local, ///< edited in Ledgerlink (or the business system feeding it)
    Remote, ///< pulled from the provider
};

/// One field of one record changing value: the audit trail shown next to a record.
struct ChangeLogEntry
{
    qint64 id = 0;
    QString integrationId; ///< empty for local edits outside a sync
    qint64 runId = 0; ///< 0 when not part of a run
    QString entity;
    qint64 localId = 0;
    QString field;
    QString oldValue;
    QString newValue;
    ChangeSource source = ChangeSource::Local;
    QDateTime at; ///< UTC; set from the Clock when left invalid
};

} // namespace Ledgerlink

#pragma once

#include "changelogentry.h"
#include "error.h"

#include <QCoreApplication>
#include <QList>

namespace Ledgerlink {

class Clock;
class Database;

/// Field-level change history of records (old value, new value, local or remote origin).
class ChangeLogRepository
{
    Q_DECLARE_TR_FUNCTIONS(ChangeLogRepository)

public:
    ChangeLogRepository(Database &database, Clock &clock);

    Result<qint64> record(const ChangeLogEntry &entry);
    /// Records several field changes of one save in one transaction.
    Status recordAll(const QList<ChangeLogEntry> &entries);
    /// The changes of one record, oldest first.
    Result<QList<ChangeLogEntry>> forRecord(const QString &entity, qint64 localId);

private:
    Result<qint64> insert(const ChangeLogEntry &entry);

    Database &m_database;
    Clock &m_clock;
};

} // namespace Ledgerlink

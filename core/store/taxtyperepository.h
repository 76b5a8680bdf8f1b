#pragma once

#include "error.h"
#include "recordtable.h"
#include "taxtype.h"

#include <QCoreApplication>
#include <QList>

namespace Ledgerlink {

class Clock;
class Database;

/// Reads and writes tax types. Timestamps come from the injected Clock.
class TaxTypeRepository
{
    Q_DECLARE_TR_FUNCTIONS(TaxTypeRepository)

public:
    TaxTypeRepository(Database &database, Clock &clock);

    /// Stores a new taxType; returns it with id, createdAt and updatedAt set.
    Result<TaxType> insert(const TaxType &taxType);
    /// Saves changes to an existing taxType and sets updatedAt.
    Result<TaxType> update(const TaxType &taxType);
    Result<TaxType> findById(qint64 id);
    /// Keyset paging in id order; pass the last id of the previous page (0 to start).
    Result<QList<TaxType>> page(qint64 afterId, int limit);
    /// TaxTypes changed at or after `since` (see RecordTable::changedSince), oldest first.
    Result<QList<TaxType>> changedSince(const QDateTime &since, qint64 afterId = 0, int limit = 500);
    Status archive(qint64 id);

private:
    Status validate(const TaxType &taxType) const;

    RecordTable<TaxType> m_table;
};

} // namespace Ledgerlink

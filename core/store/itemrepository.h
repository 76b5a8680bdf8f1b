#pragma once

#include "error.h"
#include "item.h"
#include "recordtable.h"

#include <QCoreApplication>
#include <QList>

namespace Ledgerlink {

class Clock;
class Database;

/// Reads and writes items. Timestamps come from the injected Clock.
class ItemRepository
{
    Q_DECLARE_TR_FUNCTIONS(ItemRepository)

public:
    ItemRepository(Database &database, Clock &clock);

    /// Stores a new item; returns it with id, createdAt and updatedAt set.
    Result<Item> insert(const Item &item);
    /// Saves changes to an existing item and sets updatedAt.
    Result<Item> update(const Item &item);
    Result<Item> findById(qint64 id);
    /// Keyset paging in id order; pass the last id of the previous page (0 to start).
    Result<QList<Item>> page(qint64 afterId, int limit);
    /// Items changed at or after `since` (see RecordTable::changedSince), oldest first.
    Result<QList<Item>> changedSince(const QDateTime &since, qint64 afterId = 0, int limit = 500);
    Status archive(qint64 id);

private:
    Status validate(const Item &item) const;

    RecordTable<Item> m_table;
};

} // namespace Ledgerlink

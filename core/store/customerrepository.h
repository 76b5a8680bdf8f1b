#pragma once

#include "customer.h"
#include "error.h"
#include "recordtable.h"

#include <QCoreApplication>
#include <QList>

namespace Ledgerlink {

class Clock;
class Database;

/// Reads and writes customers. Timestamps come from the injected Clock.
class CustomerRepository
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRepository)

public:
    CustomerRepository(Database &database, Clock &clock);

    /// Stores a new customer; returns it with id, createdAt and updatedAt set.
    Result<Customer> insert(const Customer &customer);
    /// Saves changes to an existing customer and sets updatedAt.
    Result<Customer> update(const Customer &customer);
    Result<Customer> findById(qint64 id);
    /// Keyset paging in id order; pass the last id of the previous page (0 to start).
    Result<QList<Customer>> page(qint64 afterId, int limit);
    /// Customers changed at or after `since` (see RecordTable::changedSince), oldest first.
    Result<QList<Customer>> changedSince(const QDateTime &since, qint64 afterId = 0, int limit = 500);
    Status archive(qint64 id);

private:
    Status validate(const Customer &customer) const;

    RecordTable<Customer> m_table;
};

} // namespace Ledgerlink

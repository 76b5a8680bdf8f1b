#pragma once

#include "account.h"
#include "error.h"
#include "recordtable.h"

#include <QCoreApplication>
#include <QList>

namespace Ledgerlink {

class Clock;
class Database;

/// Reads and writes accounts. Timestamps come from the injected Clock.
class AccountRepository
{
    Q_DECLARE_TR_FUNCTIONS(AccountRepository)

public:
    AccountRepository(Database &database, Clock &clock);

    /// Stores a new account; returns it with id, createdAt and updatedAt set.
    Result<Account> insert(const Account &account);
    /// Saves changes to an existing account and sets updatedAt.
    Result<Account> update(const Account &account);
    Result<Account> findById(qint64 id);
    /// Keyset paging in id order; pass the last id of the previous page (0 to start).
    Result<QList<Account>> page(qint64 afterId, int limit);
    /// Accounts changed at or after `since` (see RecordTable::changedSince), oldest first.
    Result<QList<Account>> changedSince(const QDateTime &since, qint64 afterId = 0, int limit = 500);
    Status archive(qint64 id);

private:
    Status validate(const Account &account) const;

    RecordTable<Account> m_table;
};

} // namespace Ledgerlink

#pragma once

#include "error.h"
#include "store/account.h"

#include <QList>

namespace Ledgerlink {

class Clock;
class Database;

/// The local chart of accounts for the Configure step's account mapping, read through
/// AccountRepository: every account that is not archived, in id order. The composition root reads
/// it and hands it to ConfigurePage::setAccounts(), so the page itself never touches the store.
class AccountChoices
{
public:
    static Result<QList<Account>> load(Database &database, Clock &clock);
};

} // namespace Ledgerlink

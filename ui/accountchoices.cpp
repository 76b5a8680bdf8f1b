#include "accountchoices.h"

#include "store/accountrepository.h"

namespace Ledgerlink {

Result<QList<Account>> AccountChoices::load(Database &database, Clock &clock)
{
    AccountRepository repository(database, clock);
    QList<Account> accounts;
    qint64 after = 0;
    constexpr int kPage = 500;
    for (;;) {
        auto page = repository.page(after, kPage);
        if (!page) {
            return page.error();
        }
        for (const Account &account : page.value()) {
            if (!account.archived) {
                accounts.append(account);
            }
        }
        if (page->size() < kPage) {
            return accounts;
        }
        after = page->constLast().id;
    }
}

} // namespace Ledgerlink

#include "accountrepository.h"

namespace Ledgerlink {

namespace {

RecordTable<Account>::Spec accountSpec()
{
    RecordTable<Account>::Spec spec;
    spec.table = QStringLiteral("accounts");
    spec.columns = QStringList { QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("type") };
    spec.values = [](const Account &r) { return QVariantList { r.code, r.name, r.type }; };
    spec.read = [](const QSqlQuery &q, int i, Account &r) {
        r.code = q.value(i++).toString();
        r.name = q.value(i++).toString();
        r.type = q.value(i).toString();
    };
    spec.saveFailed = AccountRepository::tr("Ledgerlink could not save the account to its database.");
    spec.readFailed = AccountRepository::tr("Ledgerlink could not read accounts from its database.");
    spec.notFound = AccountRepository::tr("Account %1 does not exist (it may have been deleted).");
    spec.duplicate = [](const Account &r) {
        return AccountRepository::tr("Another account already has the code %1. Account codes must be unique.")
            .arg(r.code);
    };
    return spec;
}

} // namespace

AccountRepository::AccountRepository(Database &database, Clock &clock)
    : m_table(database, clock, accountSpec())
{ }

Status AccountRepository::validate(const Account &account) const
{
    if (account.code.trimmed().isEmpty() || account.name.trimmed().isEmpty() || account.type.trimmed().isEmpty()) {
        return Error(Error::Kind::Item, tr("An account needs a code, a name and a type."));
    }
    return {};
}

Result<Account> AccountRepository::insert(const Account &account)
{
    if (Status valid = validate(account); !valid) {
        return valid.error();
    }
    return m_table.insert(account);
}

Result<Account> AccountRepository::update(const Account &account)
{
    if (Status valid = validate(account); !valid) {
        return valid.error();
    }
    return m_table.update(account);
}

Result<Account> AccountRepository::findById(qint64 id)
{
    return m_table.findById(id);
}

Result<QList<Account>> AccountRepository::page(qint64 afterId, int limit)
{
    return m_table.page(afterId, limit);
}

Result<QList<Account>> AccountRepository::changedSince(const QDateTime &since, qint64 afterId, int limit)
{
    return m_table.changedSince(since, afterId, limit);
}

Status AccountRepository::archive(qint64 id)
{
    return m_table.archive(id);
}

} // namespace Ledgerlink

#include "customerrepository.h"

namespace Ledgerlink {

namespace {

RecordTable<Customer>::Spec customerSpec()
{
    RecordTable<Customer>::Spec spec;
    spec.table = QStringLiteral("customers");
    spec.columns = QStringList { QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone"),
        QStringLiteral("account_number"), QStringLiteral("address_line1"), QStringLiteral("address_line2"),
        QStringLiteral("city"), QStringLiteral("region"), QStringLiteral("postal_code"), QStringLiteral("country") };
    spec.values = [](const Customer &c) {
        return QVariantList { c.name, StoreSql::textOrNull(c.email), StoreSql::textOrNull(c.phone),
            StoreSql::textOrNull(c.accountNumber), StoreSql::textOrNull(c.addressLine1),
            StoreSql::textOrNull(c.addressLine2), StoreSql::textOrNull(c.city), StoreSql::textOrNull(c.region),
            StoreSql::textOrNull(c.postalCode), StoreSql::textOrNull(c.country) };
    };
    spec.read = [](const QSqlQuery &q, int i, Customer &c) {
        c.name = q.value(i++).toString();
        c.email = q.value(i++).toString();
        c.phone = q.value(i++).toString();
        c.accountNumber = q.value(i++).toString();
        c.addressLine1 = q.value(i++).toString();
        c.addressLine2 = q.value(i++).toString();
        c.city = q.value(i++).toString();
        c.region = q.value(i++).toString();
        c.postalCode = q.value(i++).toString();
        c.country = q.value(i).toString();
    };
    spec.saveFailed = CustomerRepository::tr("Ledgerlink could not save the customer to its database.");
    spec.readFailed = CustomerRepository::tr("Ledgerlink could not read customers from its database.");
    spec.notFound = CustomerRepository::tr("Customer %1 does not exist (it may have been deleted).");
    return spec;
}

} // namespace

CustomerRepository::CustomerRepository(Database &database, Clock &clock)
    : m_table(database, clock, customerSpec())
{ }

Status CustomerRepository::validate(const Customer &customer) const
{
    if (customer.name.trimmed().isEmpty()) {
        return Error(Error::Kind::Item, tr("A customer needs a name."));
    }
    return {};
}

Result<Customer> CustomerRepository::insert(const Customer &customer)
{
    if (Status valid = validate(customer); !valid) {
        return valid.error();
    }
    return m_table.insert(customer);
}

Result<Customer> CustomerRepository::update(const Customer &customer)
{
    if (Status valid = validate(customer); !valid) {
        return valid.error();
    }
    return m_table.update(customer);
}

Result<Customer> CustomerRepository::findById(qint64 id)
{
    return m_table.findById(id);
}

Result<QList<Customer>> CustomerRepository::page(qint64 afterId, int limit)
{
    return m_table.page(afterId, limit);
}

Result<QList<Customer>> CustomerRepository::changedSince(const QDateTime &since, qint64 afterId, int limit)
{
    return m_table.changedSince(since, afterId, limit);
}

Status CustomerRepository::archive(qint64 id)
{
    return m_table.archive(id);
}

} // namespace Ledgerlink

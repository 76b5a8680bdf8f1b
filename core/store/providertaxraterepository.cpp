#include "providertaxraterepository.h"

#include "clock.h"
#include "database.h"
#include "storesql.h"

namespace Ledgerlink {

ProviderTaxRateRepository::ProviderTaxRateRepository(Database &database, Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

Status ProviderTaxRateRepository::replaceAll(const QString &integrationId, const QList<TaxType> &rates)
{
    const QString failed = tr("Ledgerlink could not save the accounting package's tax rates to its database.");
    const QString readAt = StoreSql::timeText(m_clock.now());
    return m_database.inTransaction([&]() -> Status {
        auto removed = StoreSql::update(m_database,
            QStringLiteral("DELETE FROM provider_tax_rates WHERE integration_id = ?"), { integrationId }, failed);
        if (!removed) {
            return removed.error();
        }
        for (const TaxType &r : rates) {
            auto inserted = StoreSql::exec(m_database,
                QStringLiteral(
                    "INSERT INTO provider_tax_rates (integration_id, code, name, rate_e4, archived, read_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)"),
                { integrationId, r.code, r.name, r.rateE4, r.archived ? 1 : 0, readAt }, failed);
            if (!inserted) {
                return inserted.error();
            }
        }
        return {};
    });
}

Result<QList<TaxType>> ProviderTaxRateRepository::forIntegration(const QString &integrationId)
{
    auto query = StoreSql::exec(m_database,
        QStringLiteral("SELECT code, name, rate_e4, archived, read_at FROM provider_tax_rates "
                       "WHERE integration_id = ? ORDER BY id"),
        { integrationId }, tr("Ledgerlink could not read the accounting package's tax rates from its database."));
    if (!query) {
        return query.error();
    }
    QList<TaxType> rates;
    QSqlQuery &q = query.value();
    while (q.next()) {
        TaxType r;
        r.code = q.value(0).toString();
        r.name = q.value(1).toString();
        r.rateE4 = q.value(2).toLongLong();
        r.archived = q.value(3).toInt() != 0;
        r.createdAt = StoreSql::time(q.value(4));
        r.updatedAt = r.createdAt;
        rates.append(r);
    }
    return rates;
}

Result<QDateTime> ProviderTaxRateRepository::readAt(const QString &integrationId)
{
    auto query = StoreSql::exec(m_database,
        QStringLiteral("SELECT MAX(read_at) FROM provider_tax_rates WHERE integration_id = ?"), { integrationId },
        tr("Ledgerlink could not read the accounting package's tax rates from its database."));
    if (!query) {
        return query.error();
    }
    if (!query.value().next() || query.value().value(0).isNull()) {
        return QDateTime();
    }
    return StoreSql::time(query.value().value(0));
}

} // namespace Ledgerlink

#pragma once

#include "error.h"
#include "taxtype.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace Ledgerlink {

class Clock;
class Database;

/// The provider's tax rates as last read in full, per integration (table provider_tax_rates,
/// schema v4): what the tax mapping editor offers. ReferenceDataStep replaces the whole list
/// after a complete read; nothing else writes it. A rate is a TaxType whose code is the provider's
/// tax code (id stays 0: these are not local records; createdAt/updatedAt: when it was read).
class ProviderTaxRateRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProviderTaxRateRepository)

public:
    ProviderTaxRateRepository(Database &database, Clock &clock);

    /// Replaces the integration's list with `rates` (in one transaction), stamped with the clock's now.
    Status replaceAll(const QString &integrationId, const QList<TaxType> &rates);
    /// The integration's list in the order it was read; empty when no read stored one yet.
    Result<QList<TaxType>> forIntegration(const QString &integrationId);
    /// When the stored list was read; invalid when there is none.
    Result<QDateTime> readAt(const QString &integrationId);

private:
    Database &m_database;
    Clock &m_clock;
};

} // namespace Ledgerlink

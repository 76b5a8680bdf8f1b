#pragma once

#include "sync/syncstep.h"

#include <QHash>
#include <QSet>

namespace Ledgerlink {

/// Reference data comes from the accounting package: the chart of accounts (matched by code) and
/// the tax rates, whose names and rates override the local tax types (matched by code, then name).
/// A local tax type named in the admin's "tax_mapping" is matched by the mapping alone: it keeps its
/// own name and code (the mapping's key) and takes the provider rate; a mapping entry naming a code
/// the provider does not have is a recorded failure.
class ReferenceDataStep : public SyncStep
{
    Q_OBJECT

public:
    using SyncStep::SyncStep;

    QString phase() const override { return QStringLiteral("reference data"); }
    void run(Done done) override;

private:
    void taxRates(Done done);
    Status applyAccounts(const QList<RemoteAccount> &accounts);
    Status applyTaxRates(const QList<RemoteTaxRate> &rates);
    /// The mapped local tax types of one provider rate: rate follows the provider, linked if free.
    void applyMapped(const RemoteTaxRate &remote, QList<TaxType> locals);
    /// After all rates were read: every mapping entry must name a code the provider has.
    void checkMapping();
    /// After all rates were read: the full list, for the tax mapping editor to offer.
    void storeProviderRates();

    QSet<QString> m_providerCodes;
    QList<TaxType> m_providerRates; ///< as read, in the provider's order
    QHash<QString, qint64> m_localIdByCode;
};

} // namespace Ledgerlink

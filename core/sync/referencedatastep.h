#pragma once

#include "sync/syncstep.h"

namespace Ledgerlink {

/// Reference data comes from the accounting package: the chart of accounts (matched by code) and
/// the tax rates, whose names and rates override the local tax types (matched by code, then name).
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
};

} // namespace Ledgerlink

#pragma once

#include "sync/syncstep.h"

namespace Ledgerlink {

/// Payments recorded in the accounting package against invoices we pushed become local payments:
/// the invoice becomes Paid when nothing is due, or records a part payment. A payment already
/// linked is not applied twice; one whose local twin was recorded but not yet linked (a crash
/// between the two writes) is recognised by invoice, date, amount and reference and linked.
class PaymentPullStep : public SyncStep
{
    Q_OBJECT

public:
    using SyncStep::SyncStep;

    QString phase() const override { return QStringLiteral("payments"); }
    void run(Done done) override;

private:
    Status apply(const QList<RemotePayment> &payments);
};

} // namespace Ledgerlink

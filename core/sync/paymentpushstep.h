#pragma once

#include "sync/syncstep.h"

#include <QHash>

namespace Ledgerlink {

/// Local payments out (setting push_local_payments): after the provider's payments came in, each
/// local payment of an invoice we pushed that is not linked yet is sent as a new payment, into the
/// payment's own account or else payment_account_code. Journaled like every write (PENDING before,
/// LINKED after, idempotency key per payment and version). Payments the engine pulled from the
/// provider are linked when they are recorded and so never go back; a payment already linked is
/// not sent again (providers do not edit payments, they delete them).
class PaymentPushStep : public SyncStep
{
    Q_OBJECT

public:
    using SyncStep::SyncStep;

    QString phase() const override { return QStringLiteral("payments"); }
    void run(Done done) override;

private:
    Status loadAccounts();
    /// Adds `payment` to `writes` (one page's) if it must go out.
    Status consider(const Payment &payment, QList<PaymentWrite> &writes);

    QHash<qint64, QString> m_accountCodes;
};

} // namespace Ledgerlink

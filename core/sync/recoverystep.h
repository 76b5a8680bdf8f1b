#pragma once

#include "sync/syncstep.h"

namespace Ledgerlink {

/// Crash recovery, first in every run: a write journaled as PENDING without a remote id may or
/// may not have reached the provider before the process died. Each is looked up at the provider
/// by our external key (ContactNumber, InvoiceNumber / CreditNoteNumber): found -> linked, never
/// sent again; not found -> stays PENDING and the step of its entity sends it again with the same
/// Idempotency-Key. Items need no lookup: the item step matches them by code.
class RecoveryStep : public SyncStep
{
    Q_OBJECT

public:
    using SyncStep::SyncStep;

    QString phase() const override { return QStringLiteral("recovery"); }
    void run(Done done) override;

private:
    void next(QList<Link> pending, Done done);
    void resolved(const Link &link, const QString &remoteId, const QString &version);
};

} // namespace Ledgerlink

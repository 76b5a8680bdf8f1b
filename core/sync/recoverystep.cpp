#include "recoverystep.h"

#include "sync/customersyncstep.h"

namespace Ledgerlink {

void RecoveryStep::run(Done done)
{
    auto pending = m_context.links.pendingWrites(m_context.integration.id);
    if (!pending) {
        done(pending.error());
        return;
    }
    QList<Link> lookups;
    for (const Link &l : pending.value()) {
        if (l.remoteId.isEmpty()
            && (l.entity == SyncEntity::customer() || l.entity == SyncEntity::invoice()
                || l.entity == SyncEntity::creditNote())) {
            lookups.append(l);
        }
    }
    next(lookups, done);
}

void RecoveryStep::resolved(const Link &link, const QString &remoteId, const QString &version)
{
    auto completed = m_context.links.completeWrite(link.id, remoteId, version);
    m_context.record(link.entity, link.localId, remoteId, QStringLiteral("recover"),
        completed ? ItemOutcome::Ok : ItemOutcome::Failed, completed ? Error() : completed.error());
}

void RecoveryStep::next(QList<Link> pending, Done done)
{
    if (pending.isEmpty() || m_context.isCancelled()) {
        done({});
        return;
    }
    const Link link = pending.takeFirst();
    // Either lookup ends the same way: complete the journaled write when the provider has the
    // record, then go on with the next pending one.
    auto lookedUp = [=](const auto &found) {
        if (!found) {
            done(found.error());
            return;
        }
        if (found->has_value()) {
            resolved(link, found->value().remoteId, found->value().version);
        }
        next(pending, done);
    };
    if (link.entity == SyncEntity::customer()) {
        auto customer = m_context.customers.findById(link.localId);
        if (!customer) {
            next(pending, done);
            return;
        }
        ContactWrite contact;
        contact.localId = customer->id;
        contact.externalKey = CustomerSyncStep::externalKey(customer.value());
        contact.customer = customer.value();
        m_context.client.findContact(contact, lookedUp);
        return;
    }
    auto invoice = m_context.invoices.findById(link.localId);
    if (!invoice) {
        next(pending, done);
        return;
    }
    m_context.client.findInvoiceByNumber(invoice->kind, invoice->number, lookedUp);
}

} // namespace Ledgerlink

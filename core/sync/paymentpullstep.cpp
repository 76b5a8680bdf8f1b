#include "paymentpullstep.h"

namespace Ledgerlink {

void PaymentPullStep::run(Done done)
{
    if (!m_context.settings.payments.receives()) {
        done({});
        return;
    }
    readAll<RemotePayment>(
        SyncEntity::payment(), true,
        [this](const ListQuery &q, ProviderClient::ListCallback<RemotePayment> cb) {
            m_context.client.listPayments(q, cb);
        },
        [this](const QList<RemotePayment> &page) { return apply(page); }, done);
}

Status PaymentPullStep::apply(const QList<RemotePayment> &remotePayments)
{
    const QString entity = SyncEntity::payment();
    const QString id = m_context.integration.id;
    for (const RemotePayment &remote : remotePayments) {
        if (remote.deleted || remote.invoiceRemoteId.isEmpty()) {
            continue;
        }
        auto link = m_context.links.findByRemote(id, entity, remote.remoteId);
        if (!link) {
            return link.error();
        }
        if (link->has_value()) {
            continue;
        }
        auto invoiceLink = m_context.links.findByRemote(id, SyncEntity::invoice(), remote.invoiceRemoteId);
        if (!invoiceLink) {
            return invoiceLink.error();
        }
        if (!invoiceLink->has_value()) {
            continue; // a payment on a document Ledgerlink did not push
        }
        const qint64 invoiceId = invoiceLink->value().localId;
        auto existing = m_context.payments.forInvoice(invoiceId);
        if (!existing) {
            return existing.error();
        }
        Payment payment;
        for (const Payment &p : existing.value()) {
            auto paymentLink = m_context.links.findByLocal(id, entity, p.id);
            if (!paymentLink) {
                return paymentLink.error();
            }
            if (!paymentLink->has_value() && p.amountMinor == remote.amountMinor && p.paymentDate == remote.date
                && p.reference == remote.reference) {
                payment = p;
                break;
            }
        }
        if (payment.id == 0) {
            Payment fresh;
            fresh.invoiceId = invoiceId;
            fresh.paymentDate = remote.date;
            fresh.amountMinor = remote.amountMinor;
            fresh.reference = remote.reference;
            auto recorded = m_context.payments.record(fresh);
            if (!recorded) {
                m_context.record(
                    entity, 0, remote.remoteId, QStringLiteral("import"), ItemOutcome::Failed, recorded.error());
                continue;
            }
            payment = recorded.value();
        }
        auto linked = m_context.links.linkExisting(
            id, entity, payment.id, remote.remoteId, remote.version, RunContext::localVersion(payment.updatedAt));
        if (!linked) {
            m_context.record(
                entity, payment.id, remote.remoteId, QStringLiteral("import"), ItemOutcome::Failed, linked.error());
            continue;
        }
        // The invoice changed locally because of the provider: follow its version so that it is not
        // pushed back as a local edit.
        auto invoice = m_context.invoices.findById(invoiceId);
        if (invoice) {
            const Link &l = invoiceLink->value();
            m_context.links.linkExisting(id, SyncEntity::invoice(), invoiceId, l.remoteId, l.remoteVersion,
                RunContext::localVersion(invoice->updatedAt));
        }
        m_context.record(entity, payment.id, remote.remoteId, QStringLiteral("import"), ItemOutcome::Ok);
    }
    return {};
}

} // namespace Ledgerlink

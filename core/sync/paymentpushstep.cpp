#include "paymentpushstep.h"

#include "sync/invoicepushstep.h"

namespace Ledgerlink {

void PaymentPushStep::run(Done done)
{
    if (!m_context.settings.pushLocalPayments || !m_context.settings.payments.enabled) {
        done({});
        return;
    }
    if (Status loaded = loadAccounts(); !loaded) {
        done(loaded);
        return;
    }
    pushPages<Payment>(
        m_context.countLocal(QStringLiteral("payments")),
        [this](qint64 after, int limit) { return m_context.payments.page(after, limit); },
        [this](const QList<Payment> &page, Done pageDone) {
            QList<PaymentWrite> writes;
            for (const Payment &p : page) {
                if (Status considered = consider(p, writes); !considered) {
                    pageDone(considered);
                    return;
                }
            }
            writeAll<PaymentWrite>(
                SyncEntity::payment(), writes,
                [](const PaymentWrite &w) { return RunContext::localVersion(w.payment.updatedAt); },
                [this](const QList<PaymentWrite> &batch, ProviderClient::WriteCallback cb) {
                    m_context.client.writePayments(batch, cb);
                },
                pageDone);
        },
        done);
}

Status PaymentPushStep::loadAccounts()
{
    for (qint64 after = 0;;) {
        auto page = m_context.accounts.page(after, 500);
        if (!page) {
            return page.error();
        }
        if (page->isEmpty()) {
            return {};
        }
        for (const Account &a : page.value()) {
            after = a.id;
            m_accountCodes.insert(a.id, a.code);
        }
    }
}

Status PaymentPushStep::consider(const Payment &payment, QList<PaymentWrite> &writes)
{
    const QString id = m_context.integration.id;
    const QString entity = SyncEntity::payment();
    auto link = m_context.links.findByLocal(id, entity, payment.id);
    if (!link) {
        return link.error();
    }
    const QString version = RunContext::localVersion(payment.updatedAt);
    if (link->has_value()) {
        const Link &l = link->value();
        // Linked: pulled from the provider, or sent before. Failed and unchanged: parked until it
        // changes or History's Retry asks for it. Pending: the outcome is unknown; sending again
        // with the same key lets the provider answer from its idempotency store.
        const bool failedAndChanged =
            l.state == LinkState::Failed && (l.localVersion != version || m_context.mustResend(entity, payment.id));
        if (!l.remoteId.isEmpty() || (l.state != LinkState::Pending && !failedAndChanged)) {
            return {};
        }
    }
    auto invoice = m_context.invoices.findById(payment.invoiceId);
    if (!invoice) {
        return invoice.error().kind() == Error::Kind::Item ? Status() : Status(invoice.error()); // deleted since
    }
    auto invoiceLink = m_context.links.findByLocal(id, InvoicePushStep::linkEntity(invoice->kind), invoice->id);
    if (!invoiceLink) {
        return invoiceLink.error();
    }
    if (!invoiceLink->has_value() || invoiceLink->value().remoteId.isEmpty()) {
        return {}; // the document is not in the accounting package (yet): its payments wait with it
    }
    auto customerLink = m_context.links.findByLocal(id, SyncEntity::customer(), invoice->customerId);
    if (!customerLink) {
        return customerLink.error();
    }
    PaymentWrite w;
    w.localId = payment.id;
    w.payment = payment;
    w.invoiceRemoteId = invoiceLink->value().remoteId;
    w.invoiceKind = invoice->kind;
    w.customerRemoteId = customerLink->has_value() ? customerLink->value().remoteId : QString();
    w.accountCode = payment.accountId ? m_accountCodes.value(payment.accountId) : QString();
    if (w.accountCode.isEmpty()) {
        w.accountCode = m_context.settings.paymentAccountCode;
    }
    writes.append(w);
    return {};
}

} // namespace Ledgerlink

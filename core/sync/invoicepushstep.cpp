#include "invoicepushstep.h"

#include <utility>

namespace Ledgerlink {

QString InvoicePushStep::linkEntity(InvoiceKind kind)
{
    return kind == InvoiceKind::Invoice ? SyncEntity::invoice() : SyncEntity::creditNote();
}

void InvoicePushStep::run(Done done)
{
    if (!m_context.settings.invoices.sends() && !m_context.settings.creditNotes.sends()) {
        done({});
        return;
    }
    if (Status loaded = loadReferences(); !loaded) {
        done(loaded);
        return;
    }
    m_cutoff = m_context.settings.documentCutoff(m_context.integration);
    pushPages<Invoice>(
        m_context.countLocal(QStringLiteral("invoices")),
        [this](qint64 after, int limit) { return m_context.invoices.page(after, limit); },
        [this](const QList<Invoice> &page, Done pageDone) { pushPage(page, pageDone); }, done);
}

void InvoicePushStep::pushPage(const QList<Invoice> &page, Done done)
{
    m_invoices.clear();
    m_creditNotes.clear();
    for (const Invoice &invoice : page) {
        if (Status considered = consider(invoice); !considered) {
            done(considered);
            return;
        }
    }
    auto version = [](const InvoiceWrite &w) { return RunContext::localVersion(w.invoice.updatedAt); };
    writeAll<InvoiceWrite>(
        SyncEntity::invoice(), std::exchange(m_invoices, {}), version,
        [this](const QList<InvoiceWrite> &batch, ProviderClient::WriteCallback cb) {
            m_context.client.writeInvoices(InvoiceKind::Invoice, batch, cb);
        },
        [this, done, version](const Status &status) {
            if (!status) {
                done(status);
                return;
            }
            writeAll<InvoiceWrite>(
                SyncEntity::creditNote(), std::exchange(m_creditNotes, {}), version,
                [this](const QList<InvoiceWrite> &batch, ProviderClient::WriteCallback cb) {
                    m_context.client.writeInvoices(InvoiceKind::CreditNote, batch, cb);
                },
                done);
        });
}

Status InvoicePushStep::loadReferences()
{
    for (qint64 after = 0;;) {
        auto page = m_context.taxTypes.page(after, 500);
        if (!page) {
            return page.error();
        }
        if (page->isEmpty()) {
            break;
        }
        for (const TaxType &t : page.value()) {
            after = t.id;
            const QString code = m_context.settings.providerTaxCode(t.code);
            m_references.taxCodes.insert(t.id, code);
            if (m_context.providerTaxCodes && m_context.settings.taxMapping.contains(t.code)
                && !m_context.providerTaxCodes->contains(code)) {
                m_unknownTaxCodes.insert(t.id, code);
            }
        }
    }
    m_references.defaultAccountCode = m_context.settings.defaultAccountCode;
    for (qint64 after = 0;;) {
        auto page = m_context.accounts.page(after, 500);
        if (!page) {
            return page.error();
        }
        if (page->isEmpty()) {
            break;
        }
        for (const Account &a : page.value()) {
            after = a.id;
            m_references.accountCodes.insert(a.id, a.code);
            if (m_references.defaultAccountCode.isEmpty() && a.type == QLatin1String("REVENUE") && !a.archived) {
                m_references.defaultAccountCode = a.code;
            }
        }
    }
    for (qint64 after = 0;;) {
        auto page = m_context.items.page(after, 500);
        if (!page) {
            return page.error();
        }
        if (page->isEmpty()) {
            break;
        }
        for (const Item &i : page.value()) {
            after = i.id;
            auto link = m_context.links.findByLocal(m_context.integration.id, SyncEntity::item(), i.id);
            if (!link) {
                return link.error();
            }
            // Only items the provider knows may be named on a line.
            if (link->has_value() && !link->value().remoteId.isEmpty()) {
                m_references.itemCodes.insert(i.id, i.code);
            }
        }
    }
    return {};
}

Status InvoicePushStep::consider(const Invoice &invoice)
{
    const bool isInvoice = invoice.kind == InvoiceKind::Invoice;
    if (!(isInvoice ? m_context.settings.invoices : m_context.settings.creditNotes).sends()) {
        return {};
    }
    const QString entity = linkEntity(invoice.kind);
    if (!m_context.inScope(entity, invoice.id)) {
        return {};
    }
    const bool resend = m_context.mustResend(entity, invoice.id);
    auto link = m_context.links.findByLocal(m_context.integration.id, entity, invoice.id);
    if (!link) {
        return link.error();
    }
    const QString version = RunContext::localVersion(invoice.updatedAt);
    InvoiceWrite w;
    w.localId = invoice.id;
    w.invoice = invoice;
    if (link->has_value() && !link->value().remoteId.isEmpty()) {
        const Link &l = link->value();
        if (l.state != LinkState::Pending && l.localVersion == version && !resend) {
            return {};
        }
        if (invoice.status == InvoiceStatus::Paid) {
            // Paid is the provider's business once the payments are there: only follow the version.
            auto linked = m_context.links.linkExisting(
                m_context.integration.id, entity, invoice.id, l.remoteId, l.remoteVersion, version);
            return linked ? Status() : Status(linked.error());
        }
        w.remoteId = l.remoteId;
        w.voidIt = invoice.status == InvoiceStatus::Void;
    } else {
        const bool pending = link->has_value() && link->value().state == LinkState::Pending;
        if (!pending) {
            if (link->has_value() && link->value().localVersion == version && !resend) {
                return {}; // failed before and unchanged since: parked
            }
            if (invoice.createdAt < m_cutoff || invoice.status == InvoiceStatus::Void
                || !m_context.settings.reachedTrigger(invoice.status)) {
                return {};
            }
        }
    }
    if (!w.voidIt) {
        for (int i = 0; i < invoice.lines.size(); ++i) {
            const InvoiceLine &line = invoice.lines.at(i);
            if (m_unknownTaxCodes.contains(line.taxTypeId)) {
                m_context.record(entity, invoice.id, w.remoteId, QStringLiteral("create"), ItemOutcome::Failed,
                    Error(Error::Kind::Item,
                        tr("Invoice %1 is not sent: line %2 uses a tax type that the tax mapping sends as \"%3\", "
                           "a tax code the accounting package does not have. Correct the tax mapping.")
                            .arg(invoice.number)
                            .arg(i + 1)
                            .arg(m_unknownTaxCodes.value(line.taxTypeId))));
                return {};
            }
        }
        if (m_context.settings.customerMatching.skip.contains(invoice.customerId)) {
            m_context.record(entity, invoice.id, w.remoteId, QStringLiteral("create"), ItemOutcome::Skipped,
                Error(Error::Kind::Parked,
                    tr("Invoice %1 is not sent because its customer is marked \"skip\" in the customer matching "
                       "table.")
                        .arg(invoice.number)));
            return {};
        }
        auto customer =
            m_context.links.findByLocal(m_context.integration.id, SyncEntity::customer(), invoice.customerId);
        if (!customer) {
            return customer.error();
        }
        if (!customer->has_value() || customer->value().remoteId.isEmpty()) {
            m_context.record(entity, invoice.id, w.remoteId, QStringLiteral("create"), ItemOutcome::Skipped,
                Error(Error::Kind::Parked,
                    tr("Invoice %1 waits until its customer is in the accounting package.").arg(invoice.number)));
            return {};
        }
        w.references = m_references;
        w.references.contactRemoteId = customer->value().remoteId;
    }
    (isInvoice ? m_invoices : m_creditNotes).append(w);
    return {};
}

} // namespace Ledgerlink

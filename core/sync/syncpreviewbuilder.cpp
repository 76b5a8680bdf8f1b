#include "syncpreviewbuilder.h"

#include "providers/providerclient.h"
#include "store/integrationrepository.h"
#include "sync/customersyncstep.h"
#include "sync/invoicepushstep.h"
#include "sync/previewrules.h"
#include "sync/runcontext.h"

#include <QSet>

namespace Ledgerlink {

namespace {

/// RunContext wants a client; the preview never calls it.
class NoClient : public ProviderClient
{
public:
    QString providerKey() const override { return {}; }
    int maxBatchSize() const override { return 1; }
    int pageSize() const override { return 1; }
    void listAccounts(const ListQuery &, ListCallback<RemoteAccount>) override { }
    void listTaxRates(ListCallback<RemoteTaxRate>) override { }
    void listContacts(const ListQuery &, ListCallback<RemoteContact>) override { }
    void listItems(const ListQuery &, ListCallback<RemoteItem>) override { }
    void listPayments(const ListQuery &, ListCallback<RemotePayment>) override { }
    void writeContacts(const QList<ContactWrite> &, WriteCallback) override { }
    void writeItems(const QList<ItemWrite> &, WriteCallback) override { }
    void writeInvoices(InvoiceKind, const QList<InvoiceWrite> &, WriteCallback) override { }
    void findContactByKey(const QString &, LookupCallback<RemoteContact>) override { }
    void findInvoiceByNumber(InvoiceKind, const QString &, LookupCallback<RemoteInvoice>) override { }
};

template <typename T, typename Repo> QList<T> all(Repo &repo)
{
    QList<T> rows;
    for (qint64 after = 0;;) {
        auto page = repo.page(after, 500);
        if (!page || page->isEmpty()) {
            return rows;
        }
        after = page->constLast().id;
        rows << page.value();
    }
}

bool needsSend(RunContext &ctx, const QString &entity, qint64 id, const QDateTime &updatedAt, bool archived)
{
    auto link = ctx.links.findByLocal(ctx.integration.id, entity, id);
    if (!link || !link->has_value()) {
        return !archived;
    }
    return link->value().state == LinkState::Pending
        || link->value().localVersion != RunContext::localVersion(updatedAt);
}

} // namespace

SyncPreviewBuilder::SyncPreviewBuilder(Database &database, Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

SyncPreview SyncPreviewBuilder::build(const QString &integrationId)
{
    auto integration = IntegrationRepository(m_database, m_clock).findById(integrationId);
    if (!integration) {
        SyncPreview preview;
        preview.integrationId = integrationId;
        preview.error = integration.error().userMessage();
        return preview;
    }
    return build(integration.value());
}

SyncPreview SyncPreviewBuilder::build(const Integration &integration)
{
    const QString &integrationId = integration.id;
    SyncPreview preview;
    preview.integrationId = integrationId;
    NoClient client;
    std::atomic_bool cancelled { false };
    RunContext ctx(m_database, m_clock, client, integration, 0, false, {}, cancelled);
    const PreviewRules rules = PreviewRules::forProvider(integration.provider);
    auto refuse = [&](const QString &entity, qint64 id, const QString &label, const QString &reason) {
        preview.refusals.append({ entity, id, label, reason });
    };

    QSet<qint64> customersInProvider;
    PreviewEntity customers { SyncEntity::customer(), 0 };
    QHash<QString, qint64> names;
    for (const Customer &c : all<Customer>(ctx.customers)) {
        if (ctx.settings.customerMatching.skip.contains(c.id)) {
            continue; // kept out by the matching table: never sent, and neither are its invoices
        }
        auto link = ctx.links.findByLocal(integrationId, SyncEntity::customer(), c.id);
        const bool linked = link && link->has_value() && !link->value().remoteId.isEmpty();
        const QString key = c.name.trimmed().toCaseFolded();
        bool ok = true;
        if (ctx.settings.customers.sends() && needsSend(ctx, SyncEntity::customer(), c.id, c.updatedAt, c.archived)) {
            if (const QString problem = rules.customerNameProblem(c.name); !problem.isEmpty()) {
                refuse(SyncEntity::customer(), c.id, c.name, problem);
                ok = false;
            } else if (rules.uniqueCustomerNames && !c.archived && names.contains(key)) {
                refuse(SyncEntity::customer(), c.id, c.name,
                    tr("Another customer has the same name; %1 requires unique names among active customers.")
                        .arg(rules.providerName));
                ok = false;
            }
            if (const QString problem = rules.customerKeyProblem(CustomerSyncStep::externalKey(c));
                !problem.isEmpty()) {
                refuse(SyncEntity::customer(), c.id, c.name, problem);
                ok = false;
            }
            customers.toSend += ok ? 1 : 0;
        }
        if (!c.archived) {
            names.insert(key, c.id);
        }
        if (linked || (ok && ctx.settings.customers.sends() && !c.archived)) {
            customersInProvider.insert(c.id);
        }
    }
    preview.entities.append(customers);

    QHash<qint64, TaxType> taxTypes;
    for (const TaxType &t : all<TaxType>(ctx.taxTypes)) {
        taxTypes.insert(t.id, t);
    }
    QHash<qint64, Account> accounts;
    for (const Account &a : all<Account>(ctx.accounts)) {
        accounts.insert(a.id, a);
    }
    PreviewEntity items { SyncEntity::item(), 0 };
    if (ctx.settings.items.sends()) {
        for (const Item &i : all<Item>(ctx.items)) {
            if (!needsSend(ctx, SyncEntity::item(), i.id, i.updatedAt, i.archived)) {
                continue;
            }
            if (const QString problem = rules.itemProblem(i.code, i.name); !problem.isEmpty()) {
                refuse(SyncEntity::item(), i.id, i.code, problem);
            } else if (i.taxTypeId && taxTypes.value(i.taxTypeId).code.isEmpty()) {
                refuse(SyncEntity::item(), i.id, i.code,
                    tr("The item's tax type is not one of the organisation's tax rates."));
            } else {
                ++items.toSend;
            }
        }
    }
    preview.entities.append(items);

    PreviewEntity invoices { SyncEntity::invoice(), 0 };
    PreviewEntity creditNotes { SyncEntity::creditNote(), 0 };
    const QDateTime cutoff = ctx.settings.documentCutoff(ctx.integration);
    for (const Invoice &inv : all<Invoice>(ctx.invoices)) {
        const bool isInvoice = inv.kind == InvoiceKind::Invoice;
        const QString entity = InvoicePushStep::linkEntity(inv.kind);
        if (!(isInvoice ? ctx.settings.invoices : ctx.settings.creditNotes).sends()) {
            continue;
        }
        auto link = ctx.links.findByLocal(integrationId, entity, inv.id);
        const bool linked = link && link->has_value() && !link->value().remoteId.isEmpty();
        if (!linked
            && (inv.createdAt < cutoff || inv.status == InvoiceStatus::Void
                || !ctx.settings.reachedTrigger(inv.status))) {
            continue;
        }
        if (!needsSend(ctx, entity, inv.id, inv.updatedAt, false)) {
            continue;
        }
        const int lineCount = int(inv.lines.size());
        // A document kind the provider does not take at all: nothing else would make it go out.
        QString reason =
            rules.creditNotes || isInvoice ? QString() : rules.documentProblem(inv.number, lineCount, true);
        if (reason.isEmpty() && !customersInProvider.contains(inv.customerId)) {
            reason = tr("Its customer will not be in the accounting package.");
        }
        if (reason.isEmpty()) {
            reason = rules.documentProblem(inv.number, lineCount, !isInvoice);
        }
        if (reason.isEmpty() && inv.totalMinor < 0) {
            reason = tr("Its total is negative; enter it as a credit note instead.");
        }
        for (const InvoiceLine &line : inv.lines) {
            if (reason.isEmpty() && line.taxTypeId && taxTypes.value(line.taxTypeId).code.isEmpty()) {
                reason = tr("Line %1 uses a tax type the organisation does not have.").arg(line.position + 1);
            }
            if (reason.isEmpty() && line.accountId && accounts.value(line.accountId).code.isEmpty()) {
                reason = tr("Line %1 uses an account the organisation does not have.").arg(line.position + 1);
            }
        }
        if (!reason.isEmpty()) {
            refuse(entity, inv.id, inv.number, reason);
            continue;
        }
        ++(isInvoice ? invoices : creditNotes).toSend;
    }
    preview.entities.append(invoices);
    preview.entities.append(creditNotes);
    return preview;
}

} // namespace Ledgerlink

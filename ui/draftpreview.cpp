#include "draftpreview.h"

#include "clock.h"
#include "integrationbuilder.h"
#include "integrationdraft.h"
#include "store/integration.h"
#include "sync/syncpreviewbuilder.h"

namespace Ledgerlink {

DraftPreview::DraftPreview(Database &database, Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

QString DraftPreview::pageKey(const QString &entity)
{
    static const QMap<QString, QString> keys {
        { QStringLiteral("customer"), QStringLiteral("customers") },
        { QStringLiteral("item"), QStringLiteral("items") },
        { QStringLiteral("tax_rate"), QStringLiteral("taxRates") },
        { QStringLiteral("account"), QStringLiteral("accounts") },
        { QStringLiteral("invoice"), QStringLiteral("invoices") },
        { QStringLiteral("credit_note"), QStringLiteral("creditNotes") },
        { QStringLiteral("payment"), QStringLiteral("payments") },
    };
    return keys.value(entity);
}

DraftPreview::Counts DraftPreview::compute(const IntegrationDraft &draft)
{
    // The integration as the builder will store it; activation "now" decides which documents count.
    Integration integration;
    integration.provider = draft.provider;
    integration.appType = IntegrationBuilder::appTypeText(draft.appType);
    integration.clientId = draft.clientId;
    integration.tenantId = draft.organisationIds.value(0);
    integration.tenantName = draft.organisationNames.value(0);
    integration.enabled = true;
    integration.settings = IntegrationBuilder::settingsJson(draft);
    integration.activatedAt = m_clock.now();

    const SyncPreview preview = SyncPreviewBuilder(m_database, m_clock).build(integration);
    Counts counts;
    if (!preview.error.isEmpty()) {
        counts.error = preview.error;
        return counts;
    }
    for (const PreviewEntity &entity : preview.entities) {
        const QString key = pageKey(entity.entity);
        if (!key.isEmpty()) {
            counts.toSend.insert(key, entity.toSend);
        }
    }
    return counts;
}

} // namespace Ledgerlink

#include "settingsdraft.h"

#include "clock.h"
#include "integrationbuilder.h"
#include "store/integrationrepository.h"
#include "store/invoicerules.h"
#include "sync/syncsettings.h"

#include <QStringList>

namespace Ledgerlink {

namespace {

SyncDirection directionOf(SyncSettings::Direction direction)
{
    switch (direction) {
    case SyncSettings::Direction::ToProvider:
        return SyncDirection::ToProvider;
    case SyncSettings::Direction::FromProvider:
        return SyncDirection::FromProvider;
    case SyncSettings::Direction::Both:
        return SyncDirection::Both;
    }
    return SyncDirection::Both;
}

EntitySync entityOf(const SyncSettings::Entity &entity)
{
    return { entity.enabled, directionOf(entity.direction) };
}

// The keys IntegrationBuilder::settingsJson() writes for the Configure page's answers, including
// the optional ones it leaves out when empty (a cleared account or date must disappear).
const QStringList &configureKeys()
{
    static const QStringList keys { QStringLiteral("customers"), QStringLiteral("items"), QStringLiteral("tax_rates"),
        QStringLiteral("accounts"), QStringLiteral("invoices"), QStringLiteral("credit_notes"),
        QStringLiteral("payments"), QStringLiteral("push_local_payments"), QStringLiteral("invoice_trigger_status"),
        QStringLiteral("poll_minutes"), QStringLiteral("start_date"), QStringLiteral("sales_account_code"),
        QStringLiteral("default_account_code"), QStringLiteral("payment_account_code") };
    return keys;
}

// `stored` with `keys` replaced by what `answers` has for them: a key the answers lack is removed.
QJsonObject replaceKeys(const QJsonObject &stored, const QJsonObject &answers, const QStringList &keys)
{
    QJsonObject merged = stored;
    for (const QString &key : keys) {
        merged.remove(key);
    }
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        if (keys.contains(it.key())) {
            merged.insert(it.key(), it.value());
        }
    }
    return merged;
}

} // namespace

IntegrationDraft SettingsDraft::fromIntegration(const Integration &integration)
{
    const SyncSettings settings = SyncSettings::fromJson(integration.settings);
    IntegrationDraft draft;
    draft.provider = integration.provider;
    draft.clientId = integration.clientId;
    draft.organisationIds = QStringList { integration.tenantId };
    draft.organisationNames = QStringList { integration.tenantName };
    draft.customers = entityOf(settings.customers);
    draft.items = entityOf(settings.items);
    draft.taxRates = entityOf(settings.taxRates);
    draft.accounts = entityOf(settings.accounts);
    draft.invoices = entityOf(settings.invoices);
    draft.creditNotes = entityOf(settings.creditNotes);
    draft.payments = entityOf(settings.payments);
    draft.pushLocalPayments = settings.pushLocalPayments;
    draft.invoiceTriggerStatus = InvoiceRules::statusText(settings.triggerStatus);
    draft.startDate = settings.startDate;
    draft.pollMinutes = settings.pollMinutes;
    draft.salesAccountCode = settings.defaultAccountCode;
    draft.paymentAccountCode = settings.paymentAccountCode;
    return draft;
}

QJsonObject SettingsDraft::mergedSettings(const QJsonObject &stored, const IntegrationDraft &draft)
{
    // The draft carries no matching table or scopes (the page does not edit them), so the builder
    // writes neither and the stored ones stay.
    return replaceKeys(stored, IntegrationBuilder::settingsJson(draft), configureKeys());
}

QJsonObject SettingsDraft::withTaxMapping(const QJsonObject &stored, const QHash<QString, QString> &mapping)
{
    // SyncSettings writes the key exactly as the engine reads it back.
    SyncSettings settings;
    settings.taxMapping = mapping;
    return replaceKeys(stored, settings.toJson(), { QStringLiteral("tax_mapping") });
}

Result<Integration> SettingsDraft::save(
    Database &database, Clock &clock, const QString &integrationId, const IntegrationDraft &draft)
{
    IntegrationRepository repository(database, clock);
    Result<Integration> found = repository.findById(integrationId);
    if (!found) {
        return found.error();
    }
    Integration integration = found.value();
    const int oldMinutes = SyncSettings::fromJson(integration.settings).pollMinutes;
    integration.settings = mergedSettings(integration.settings, draft);
    if (draft.pollMinutes != oldMinutes) {
        const qint64 seconds = qint64(draft.pollMinutes) * 60;
        if (integration.lastSuccessfulPollAt.isValid()) {
            integration.nextPollAt = integration.lastSuccessfulPollAt.addSecs(seconds);
        } else if (integration.nextPollAt.isValid()) {
            integration.nextPollAt = clock.now().toUTC().addSecs(seconds);
        } // else: never polled and nothing planned - the scheduler polls at once, as before
    }
    return repository.update(integration);
}

Result<Integration> SettingsDraft::saveTaxMapping(
    Database &database, Clock &clock, const QString &integrationId, const QHash<QString, QString> &mapping)
{
    IntegrationRepository repository(database, clock);
    Result<Integration> found = repository.findById(integrationId);
    if (!found) {
        return found.error();
    }
    Integration integration = found.value();
    integration.settings = withTaxMapping(integration.settings, mapping);
    return repository.update(integration);
}

} // namespace Ledgerlink

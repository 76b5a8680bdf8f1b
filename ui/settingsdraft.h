#pragma once

#include "error.h"
#include "integrationdraft.h"
#include "store/integration.h"

#include <QHash>
#include <QJsonObject>

namespace Ledgerlink {

class Clock;
class Database;

/// "Edit settings" of an existing integration in the wizard's terms: its settings JSON read into an
/// IntegrationDraft the Configure page can show (with core's SyncSettings, so defaults and old key
/// names match what the engine reads), and the page's answers written back.
///
/// Only the keys the Configure page owns are replaced; everything else in the JSON (connection id,
/// custom connection scopes, customer matching, full_reconcile_hours) is kept as it was.
class SettingsDraft
{
public:
    static IntegrationDraft fromIntegration(const Integration &integration);
    static QJsonObject mergedSettings(const QJsonObject &stored, const IntegrationDraft &draft);
    /// `stored` with only "tax_mapping" replaced by `mapping` (removed when empty).
    static QJsonObject withTaxMapping(const QJsonObject &stored, const QHash<QString, QString> &mapping);
    /// Saves the answers to the integration. A changed poll interval reschedules the next poll
    /// from the last successful one (the scheduler reads nextPollAt).
    static Result<Integration> save(
        Database &database, Clock &clock, const QString &integrationId, const IntegrationDraft &draft);
    /// Saves only the tax mapping (the tax mapping editor); every other key stays as stored.
    static Result<Integration> saveTaxMapping(
        Database &database, Clock &clock, const QString &integrationId, const QHash<QString, QString> &mapping);
};

} // namespace Ledgerlink

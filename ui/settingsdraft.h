#pragma once

#include "error.h"
#include "integrationdraft.h"
#include "store/integration.h"

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
    /// Saves the answers to the integration. A changed poll interval reschedules the next poll
    /// from the last successful one (the scheduler reads nextPollAt).
    static Result<Integration> save(
        Database &database, Clock &clock, const QString &integrationId, const IntegrationDraft &draft);
};

} // namespace Ledgerlink

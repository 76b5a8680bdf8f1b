#pragma once

#include "sync/synctypes.h"

#include <QCoreApplication>

namespace Ledgerlink {

class Clock;
class Database;
struct Integration;

/// The review step's preview, computed from the store alone (nothing is sent): how many records of
/// each entity a run would send, and every record the provider would refuse, checked against
/// the integration's provider's known rules (PreviewRules: Xero, QuickBooks Online, Sage, MYOB
/// chosen by Integration::provider) - required fields and lengths, unique customer names, tax
/// types and accounts the organisation does not have, documents without lines or with a customer
/// that will not be in the accounting package, credit notes and invoices with negative totals.
class SyncPreviewBuilder
{
    Q_DECLARE_TR_FUNCTIONS(SyncPreviewBuilder)

public:
    SyncPreviewBuilder(Database &database, Clock &clock);

    SyncPreview build(const QString &integrationId);
    /// For the wizard's review step: an integration that is not stored yet.
    SyncPreview build(const Integration &integration);

private:
    Database &m_database;
    Clock &m_clock;
};

} // namespace Ledgerlink

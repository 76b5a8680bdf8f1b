#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QString>

namespace Ledgerlink {

class Clock;
class Database;

/// Moves an integration's links to another organisation's integration, so that nothing is lost
/// or duplicated when the business changes organisation (or accounting package).
///
/// A remote id means nothing in another organisation, so links are not copied; each record is
/// found again there by what is stable across organisations, using the engine's own machinery:
///
///   invoices, credit notes -> PENDING links without a remote id in the target: the next run's
///                             recovery step looks each up by its number before anything is sent;
///                             found -> linked, not found -> sent once
///   customers, items,      -> links dropped; the target's next run is a first activation (full
///   payments, reference       read, watermarks cleared): customers are matched by external key,
///   data                      email and name, items by code, payments by amount/date/reference
///   already linked in target -> the target's link is kept
///
/// The source integration is switched off (it would otherwise recreate everything in the old
/// organisation). Both integrations' sync locks are held, and everything is one transaction.
/// The target's history gets a "move" run listing every record and its old remote id.
class LinkMover
{
    Q_DECLARE_TR_FUNCTIONS(LinkMover)

public:
    struct Summary
    {
        int lookedUp = 0; ///< documents the next run looks up in the target before sending
        int rematched = 0; ///< customers, items, payments, reference data matched again by the next run
        int alreadyLinked = 0; ///< records the target already had linked (kept as they are)
        qint64 runId = 0; ///< the target's history run of the move
    };

    LinkMover(Database &database, Clock &clock);

    Result<Summary> move(const QString &fromIntegrationId, const QString &toIntegrationId);

private:
    Database &m_database;
    Clock &m_clock;
};

} // namespace Ledgerlink

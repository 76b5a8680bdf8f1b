#pragma once

#include "clock.h"
#include "store/accountrepository.h"
#include "store/changelogrepository.h"
#include "store/customerrepository.h"
#include "store/historyrepository.h"
#include "store/integration.h"
#include "store/invoicerepository.h"
#include "store/itemrepository.h"
#include "store/linkrepository.h"
#include "store/paymentrepository.h"
#include "store/taxtyperepository.h"
#include "sync/progressthrottle.h"
#include "sync/syncsettings.h"
#include "sync/syncstatestore.h"
#include "sync/synctypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <atomic>
#include <functional>
#include <optional>

namespace Ledgerlink {

class Database;
class ProviderClient;

/// Link entity names, as stored in links.entity and sync_items.entity.
namespace SyncEntity {
inline QString customer()
{
    return QStringLiteral("customer");
}
inline QString item()
{
    return QStringLiteral("item");
}
inline QString taxRate()
{
    return QStringLiteral("tax_rate");
}
inline QString account()
{
    return QStringLiteral("account");
}
inline QString invoice()
{
    return QStringLiteral("invoice");
}
inline QString creditNote()
{
    return QStringLiteral("credit_note");
}
inline QString payment()
{
    return QStringLiteral("payment");
}
} // namespace SyncEntity

/// Everything one run of one integration works with: the store repositories on the worker's
/// connection, the provider client, the settings, the counters, and the way out to History and
/// the engine's signals. Owned by SyncRunner; steps borrow it.
class RunContext
{
    Q_DECLARE_TR_FUNCTIONS(RunContext)

public:
    struct Observer
    {
        std::function<void(const RunProgress &)> progress;
        std::function<void(const RecordFailure &)> recordFailed;
    };

    /// A "retry" run re-attempts only the records that failed in an earlier run: those local
    /// records are sent again in their current form even when unchanged since, and reads keep only
    /// the remote records that failed (read in full, without moving the watermarks).
    struct RetryScope
    {
        qint64 runId = 0; ///< the run whose failures are retried
        QHash<QString, QSet<qint64>> local; ///< entity -> local ids
        QHash<QString, QSet<QString>> remote; ///< entity -> remote ids
        bool isEmpty() const { return local.isEmpty() && remote.isEmpty(); }
    };

    RunContext(Database &database, Clock &clock, ProviderClient &client, Integration integration, qint64 runId,
        bool full, Observer observer, const std::atomic_bool &cancelled);

    Database &database;
    Clock &clock;
    ProviderClient &client;
    Integration integration;
    SyncSettings settings;
    qint64 runId = 0;
    bool full = false; ///< read everything, not only what changed since the watermark
    bool firstActivation = false; ///< never polled successfully: every remote customer is imported
    RunCounts counts;
    std::optional<RetryScope> retry; ///< set for a retry run only
    /// Every tax code the provider has, when this run read them all (ReferenceDataStep): the tax
    /// mapping is checked against it. Unset when the tax rates were not read (mapping trusted).
    std::optional<QSet<QString>> providerTaxCodes;

    CustomerRepository customers;
    ItemRepository items;
    TaxTypeRepository taxTypes;
    AccountRepository accounts;
    InvoiceRepository invoices;
    PaymentRepository payments;
    LinkRepository links;
    HistoryRepository history;
    ChangeLogRepository changes;
    SyncStateStore state;

    bool isCancelled() const { return m_cancelled.load(); }

    /// Whether this local record may be written in this run (always, outside a retry run).
    bool inScope(const QString &entity, qint64 localId) const;
    /// Whether this remote record may be applied in this run (always, outside a retry run).
    bool inRemoteScope(const QString &entity, const QString &remoteId) const;
    /// Whether the entity is read at all in this run.
    bool reads(const QString &entity) const;
    /// A retry run re-sends this record even though its journal says that version was tried.
    bool mustResend(const QString &entity, qint64 localId) const { return retry && inScope(entity, localId); }

    /// Records one record's outcome in History and the counters; failures also go to the UI.
    /// action: "create", "update", "import", "match", "recover", "pull", "void"
    void record(const QString &entity, qint64 localId, const QString &remoteId, const QString &action,
        ItemOutcome outcome, const Error &error = {}, const QString &correlationId = {});
    /// How many rows a local table has (customers, items, invoices, payments): the total a paged
    /// push reports its progress against. 0 when it cannot be counted (progress then grows as it goes).
    int countLocal(const QString &table) const;
    /// Throttled (ProgressThrottle): a phase's first and last update always go out.
    void progress(const QString &phase, int done, int total);

    /// The version of a local record as the journal keeps it.
    static QString localVersion(const QDateTime &updatedAt);
    /// Stable Idempotency-Key part for one element: (integration, entity, local id, local version).
    QString idempotencyKey(const QString &entity, qint64 localId, const QString &version) const;
    /// The watermark to read from, or invalid for a full read.
    QDateTime readSince(const QString &entity);
    /// A completed read: the next one starts from the provider's clock minus a safety overlap.
    void readCompleted(const QString &entity, const QDateTime &serverTime);
    /// For a full read: the time to ask for deletions from (providers that list them apart, Sage),
    /// the last full read's provider clock minus the overlap, kept as the pseudo entity
    /// "<entity>#deleted" of sync_state. Incremental reads never ask, so a quiet poll is one read
    /// per entity; the daily full read catches every deletion since the one before, however old.
    /// Invalid (no deletions) in a retry run and before the entity was ever read (nothing linked).
    QDateTime deletedSince(const QString &entity);
    /// A full read completed: the next one asks for deletions from `serverTime` on.
    void deletionsRead(const QString &entity, const QDateTime &serverTime);
    /// A record of `entity` was written: the next incremental read brings it back (its time at the
    /// provider is after the watermark). Kept as the pseudo entity "<entity>#written" of sync_state
    /// holding the watermark the write followed.
    void noteWritten(const QString &entity);
    /// The page size for reading `entity`: the provider's largest when the read re-reads what this
    /// engine wrote since the last read (those come back in full: the watermark cannot skip them
    /// without risking other users' changes in the same window, docs/sync.md), else the usual one.
    int readPageSize(const QString &entity);

private:
    Observer m_observer;
    const std::atomic_bool &m_cancelled;
    ProgressThrottle m_throttle;
    QSet<QString> m_written; ///< entities noteWritten() already recorded in this run
};

} // namespace Ledgerlink

#pragma once

#include "clock.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

class QTimer;

namespace Ledgerlink {

class Database;
struct Integration;
struct RunSummary;

/// Decides when each integration syncs: every enabled one when its next poll is due (its own
/// interval, default 15 minutes, from the Last successful poll), plus "Sync now". A request for an
/// integration that already has a run pending or running is coalesced into it. Disabled
/// integrations are skipped. Time comes from the injected Clock; tick() is public for tests.
/// A scheduled run is a full one (full=true: everything read, not only changes) when the
/// integration's last full run is older than its "full_reconcile_hours" (default 24): the daily
/// reconciliation that catches what an incremental read cannot (deletions, clock skew).
/// Lives on the GUI thread with the GUI's store connection; runs go out through `requestRun`.
class Scheduler : public QObject
{
    Q_OBJECT

public:
    using RequestRun = std::function<void(const QString &integrationId, const QString &trigger, bool full)>;
    /// Older form without `full`: the daily full reconciliation is then left out.
    using RequestIncrementalRun = std::function<void(const QString &integrationId, const QString &trigger)>;

    Scheduler(Database &database, Clock &clock, RequestRun requestRun, QObject *parent = nullptr);
    Scheduler(Database &database, Clock &clock, RequestIncrementalRun requestRun, QObject *parent = nullptr);
    ~Scheduler() override;

    /// Checks every `intervalMs` (default 30 s) for due integrations.
    void start(int intervalMs = 30000);
    void stop();

    /// Starts a run now unless one is pending or running for it (then it is coalesced: false).
    bool syncNow(const QString &integrationId);
    bool isPending(const QString &integrationId) const { return m_pending.contains(integrationId); }

public Q_SLOTS:
    /// Starts every due, enabled integration that has nothing pending.
    void tick();
    /// Connect SyncEngine::runFinished here.
    void runFinished(const Ledgerlink::RunSummary &summary);

private:
    bool request(const QString &integrationId, const QString &trigger, bool full);
    /// Whether the integration's last full run is older than its full_reconcile_hours.
    bool fullDue(const Integration &integration, const QDateTime &now);

    Database &m_database;
    Clock &m_clock;
    RequestRun m_requestRun;
    QSet<QString> m_pending;
    QTimer *m_timer = nullptr;
};

} // namespace Ledgerlink

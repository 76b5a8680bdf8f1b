#include "scheduler.h"

#include "logging.h"
#include "store/integrationrepository.h"
#include "sync/syncsettings.h"
#include "sync/syncstatestore.h"
#include "sync/synctypes.h"

#include <QTimer>

namespace Ledgerlink {

Scheduler::Scheduler(Database &database, Clock &clock, RequestRun requestRun, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_requestRun(std::move(requestRun))
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &Scheduler::tick);
}

Scheduler::Scheduler(Database &database, Clock &clock, RequestIncrementalRun requestRun, QObject *parent)
    : Scheduler(database, clock,
        RequestRun([requestRun](const QString &id, const QString &trigger, bool) { requestRun(id, trigger); }), parent)
{ }

Scheduler::~Scheduler() = default;

void Scheduler::start(int intervalMs)
{
    m_timer->start(intervalMs);
    tick();
}

void Scheduler::stop()
{
    m_timer->stop();
}

bool Scheduler::request(const QString &integrationId, const QString &trigger, bool full)
{
    if (m_pending.contains(integrationId)) {
        return false;
    }
    m_pending.insert(integrationId);
    m_requestRun(integrationId, trigger, full);
    return true;
}

bool Scheduler::syncNow(const QString &integrationId)
{
    return request(integrationId, QStringLiteral("manual"), false);
}

bool Scheduler::fullDue(const Integration &integration, const QDateTime &now)
{
    auto last = SyncStateStore(m_database).lastFullRun(integration.id);
    if (!last) {
        qCWarning(lcSync) << "scheduler could not read the last full run:" << last.error().toString();
        return false; // an incremental run still moves data; the next tick asks again
    }
    if (!last->isValid()) {
        return true;
    }
    const int hours = SyncSettings::fromJson(integration.settings).fullReconcileHours;
    return last->addSecs(qint64(hours) * 3600) <= now;
}

void Scheduler::tick()
{
    auto integrations = IntegrationRepository(m_database, m_clock).all();
    if (!integrations) {
        qCWarning(lcSync) << "scheduler could not read integrations:" << integrations.error().toString();
        return;
    }
    const QDateTime now = m_clock.now().toUTC();
    for (const Integration &integration : integrations.value()) {
        if (!integration.enabled || integration.state == IntegrationState::NeedsReauthorisation) {
            continue;
        }
        const int minutes = SyncSettings::fromJson(integration.settings).pollMinutes;
        QDateTime due = integration.nextPollAt;
        if (!due.isValid() && integration.lastSuccessfulPollAt.isValid()) {
            due = integration.lastSuccessfulPollAt.addSecs(qint64(minutes) * 60);
        }
        if (!due.isValid() || due <= now) {
            request(integration.id, QStringLiteral("schedule"), fullDue(integration, now));
        }
    }
}

void Scheduler::runFinished(const RunSummary &summary)
{
    m_pending.remove(summary.integrationId);
}

} // namespace Ledgerlink

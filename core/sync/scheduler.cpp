#include "scheduler.h"

#include "logging.h"
#include "store/integrationrepository.h"
#include "sync/syncsettings.h"
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

bool Scheduler::request(const QString &integrationId, const QString &trigger)
{
    if (m_pending.contains(integrationId)) {
        return false;
    }
    m_pending.insert(integrationId);
    m_requestRun(integrationId, trigger);
    return true;
}

bool Scheduler::syncNow(const QString &integrationId)
{
    return request(integrationId, QStringLiteral("manual"));
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
            request(integration.id, QStringLiteral("schedule"));
        }
    }
}

void Scheduler::runFinished(const RunSummary &summary)
{
    m_pending.remove(summary.integrationId);
}

} // namespace Ledgerlink

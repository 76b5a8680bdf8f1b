#include "linkmover.h"

#include "clock.h"
#include "logging.h"
#include "store/historyrepository.h"
#include "store/integrationrepository.h"
#include "store/linkrepository.h"
#include "store/synclock.h"
#include "sync/runcontext.h"
#include "sync/syncstatestore.h"

namespace Ledgerlink {

namespace {

QString organisationLabel(const Integration &integration)
{
    return integration.tenantName.isEmpty() ? integration.tenantId : integration.tenantName;
}

} // namespace

LinkMover::LinkMover(Database &database, Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

Result<LinkMover::Summary> LinkMover::move(const QString &fromIntegrationId, const QString &toIntegrationId)
{
    IntegrationRepository integrations(m_database, m_clock);
    auto from = integrations.findById(fromIntegrationId);
    if (!from) {
        return from.error();
    }
    auto to = integrations.findById(toIntegrationId);
    if (!to) {
        return to.error();
    }
    if (from->id == to->id
        || (from->provider == to->provider && !from->tenantId.isEmpty() && from->tenantId == to->tenantId)) {
        return Error(Error::Kind::Config,
            tr("Choose another organisation: the links are already in %1.").arg(organisationLabel(to.value())),
            QStringLiteral("same integration or tenant"));
    }

    // Neither integration may sync while its links change (another PC of the office included).
    SyncLock fromLock(m_database, m_clock, from->id);
    SyncLock toLock(m_database, m_clock, to->id);
    for (SyncLock *lock : { &fromLock, &toLock }) {
        if (Status taken = lock->acquire(); !taken) {
            return Error(Error::Kind::Retryable,
                tr("A sync is running, so no links were moved. Try again when it has finished."),
                taken.error().userMessage());
        }
    }

    LinkRepository links(m_database, m_clock);
    auto sourceLinks = links.forIntegration(from->id);
    if (!sourceLinks) {
        return sourceLinks.error();
    }
    const QStringList lookupEntities { SyncEntity::invoice(), SyncEntity::creditNote() };

    Summary summary;
    QList<SyncItem> items;
    Integration source = from.value();
    Integration target = to.value();
    Status moved = m_database.inTransaction([&]() -> Status {
        for (const Link &link : sourceLinks.value()) {
            auto existing = links.findByLocal(target.id, link.entity, link.localId);
            if (!existing) {
                return existing.error();
            }
            SyncItem item;
            item.entity = link.entity;
            item.localId = link.localId;
            item.remoteId = link.remoteId;
            item.action = QStringLiteral("move");
            item.at = m_clock.now().toUTC();
            if (existing->has_value()) {
                ++summary.alreadyLinked;
                item.outcome = ItemOutcome::Skipped;
                item.errorMessage = tr("Already linked in %1; that link is kept.").arg(organisationLabel(target));
            } else if (lookupEntities.contains(link.entity)) {
                auto pending = links.addLookup(target.id, link.entity, link.localId);
                if (!pending) {
                    return pending.error();
                }
                ++summary.lookedUp;
                item.detail = QStringLiteral("looked up by number in the target before sending");
            } else {
                ++summary.rematched;
                item.detail = QStringLiteral("matched again by the target's next full read");
            }
            items.append(item);
        }
        if (auto removed = links.removeForIntegration(source.id); !removed) {
            return removed.error();
        }
        // The target's next run is a first activation: a full read that matches everything again.
        if (Status cleared = SyncStateStore(m_database).clear(target.id); !cleared) {
            return cleared;
        }
        target.lastSuccessfulPollAt = QDateTime();
        if (auto saved = integrations.update(target); !saved) {
            return saved.error();
        }
        source.enabled = false;
        source.state = IntegrationState::NotEnabled;
        if (auto saved = integrations.update(source); !saved) {
            return saved.error();
        }
        return {};
    });
    if (!moved) {
        return moved.error();
    }

    // History is the record of what happened, written once the move itself is safe.
    HistoryRepository history(m_database, m_clock);
    auto run = history.startRun(target.id, QStringLiteral("move"));
    if (!run) {
        qCWarning(lcSync) << "links moved but the history run could not be written:" << run.error().toString();
        return summary;
    }
    summary.runId = run.value();
    if (Status added = history.addItems(summary.runId, items); !added) {
        qCWarning(lcSync) << "links moved but their history items could not be written:" << added.error().toString();
    }
    RunCounts counts;
    counts.unchanged = summary.alreadyLinked;
    counts.updated = summary.lookedUp + summary.rematched;
    const QString message = tr("Links moved from %1: %n record(s) will be found again in %2 by its next sync "
                               "before anything is sent.",
        nullptr, summary.lookedUp + summary.rematched)
                                .arg(organisationLabel(source), organisationLabel(target));
    history.finishRun(summary.runId, RunResult::Succeeded, counts, message);
    qCInfo(lcSync) << "moved" << items.size() << "links from integration" << source.id << "to" << target.id;
    return summary;
}

} // namespace Ledgerlink

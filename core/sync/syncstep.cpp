#include "syncstep.h"

namespace Ledgerlink {

SyncStep::SyncStep(RunContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

SyncStep::~SyncStep() = default;

QString SyncStep::actionOf(const QString &remoteId)
{
    return remoteId.isEmpty() ? QStringLiteral("create") : QStringLiteral("update");
}

void SyncStep::reportSent(int sent, int total, int batchSize)
{
    if (!m_paging) {
        m_context.progress(phase(), sent, total);
        return;
    }
    m_paging->sent += batchSize;
    const int done = qMin(m_paging->start + m_paging->sent, m_paging->start + pushPageSize());
    m_paging->total = qMax(m_paging->total, done);
    m_context.progress(phase(), done, m_paging->total);
}

void SyncStep::completeOne(
    const QString &entity, qint64 linkId, qint64 localId, const QString &oldRemoteId, const WriteOutcome &outcome)
{
    const QString action = actionOf(oldRemoteId);
    if (!outcome.ok) {
        m_context.links.failWrite(linkId, outcome.error.userMessage());
        m_context.record(
            entity, localId, oldRemoteId, action, ItemOutcome::Failed, outcome.error, outcome.correlationId);
        return;
    }
    auto linked = m_context.links.completeWrite(linkId, outcome.remoteId, outcome.version);
    if (!linked) {
        m_context.record(
            entity, localId, outcome.remoteId, action, ItemOutcome::Failed, linked.error(), outcome.correlationId);
        return;
    }
    m_context.record(entity, localId, outcome.remoteId, action, ItemOutcome::Ok, {}, outcome.correlationId);
    m_context.noteWritten(entity);
}

} // namespace Ledgerlink

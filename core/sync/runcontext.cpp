#include "runcontext.h"

#include "logging.h"
#include "providers/providerclient.h"
#include "store/storesql.h"

#include <QCryptographicHash>

namespace Ledgerlink {

namespace {
// Re-read a little before the last watermark: a record saved at the provider in the same second
// as our read, or by a slow transaction, is caught by the next run. Re-read records compare equal
// to their link's version and change nothing.
constexpr int kOverlapSeconds = 120;
} // namespace

RunContext::RunContext(Database &db, Clock &clk, ProviderClient &providerClient, Integration theIntegration,
    qint64 theRunId, bool fullRead, Observer observer, const std::atomic_bool &cancelled)
    : database(db)
    , clock(clk)
    , client(providerClient)
    , integration(std::move(theIntegration))
    , settings(SyncSettings::fromJson(integration.settings))
    , runId(theRunId)
    , full(fullRead)
    , customers(db, clk)
    , items(db, clk)
    , taxTypes(db, clk)
    , accounts(db, clk)
    , invoices(db, clk)
    , payments(db, clk)
    , links(db, clk)
    , history(db, clk)
    , changes(db, clk)
    , state(db)
    , m_observer(std::move(observer))
    , m_cancelled(cancelled)
{ }

void RunContext::record(const QString &entity, qint64 localId, const QString &remoteId, const QString &action,
    ItemOutcome outcome, const Error &error, const QString &correlationId)
{
    SyncItem item;
    item.entity = entity;
    item.localId = localId;
    item.remoteId = remoteId;
    item.action = action;
    item.outcome = outcome;
    item.errorMessage = outcome == ItemOutcome::Ok ? QString() : error.userMessage();
    item.detail = error.detail();
    item.correlationId = correlationId;
    if (auto added = history.addItem(runId, item); !added) {
        qCWarning(lcSync) << "could not record a run item:" << added.error().toString();
    }
    switch (outcome) {
    case ItemOutcome::Ok:
        if (action == QLatin1String("create") || action == QLatin1String("import")) {
            ++counts.created;
        } else {
            ++counts.updated;
        }
        break;
    case ItemOutcome::Failed:
        ++counts.failed;
        if (m_observer.recordFailed) {
            m_observer.recordFailed(
                { integration.id, runId, entity, localId, remoteId, item.errorMessage, correlationId });
        }
        break;
    case ItemOutcome::Skipped:
    case ItemOutcome::Parked:
        ++counts.skipped;
        break;
    }
}

void RunContext::progress(const QString &phase, int done, int total)
{
    if (m_observer.progress && m_throttle.accept(phase, done, total, clock.now().toMSecsSinceEpoch())) {
        m_observer.progress({ integration.id, runId, phase, done, total });
    }
}

int RunContext::countLocal(const QString &table) const
{
    // Only our own table names come here; they cannot be bound as parameters.
    Q_ASSERT(table == QLatin1String("customers") || table == QLatin1String("items")
        || table == QLatin1String("invoices") || table == QLatin1String("payments"));
    auto query = StoreSql::exec(database, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table), {},
        tr("Ledgerlink could not count the records to send."));
    if (!query) {
        qCWarning(lcSync) << "could not count" << table;
        return 0;
    }
    QSqlQuery &rows = query.value();
    return rows.next() ? rows.value(0).toInt() : 0;
}

bool RunContext::inScope(const QString &entity, qint64 localId) const
{
    return !retry || retry->local.value(entity).contains(localId);
}

bool RunContext::inRemoteScope(const QString &entity, const QString &remoteId) const
{
    return !retry || retry->remote.value(entity).contains(remoteId);
}

bool RunContext::reads(const QString &entity) const
{
    return !retry || !retry->remote.value(entity).isEmpty();
}

QString RunContext::localVersion(const QDateTime &updatedAt)
{
    return StoreSql::timeText(updatedAt);
}

QString RunContext::idempotencyKey(const QString &entity, qint64 localId, const QString &version) const
{
    QString text = QStringLiteral("%1|%2|%3|%4").arg(integration.id, entity).arg(localId).arg(version);
    if (mustResend(entity, localId)) {
        // The same key would let the provider replay its stored answer to the failed attempt.
        text += QStringLiteral("|retry|%1").arg(runId);
    }
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(48));
}

QDateTime RunContext::readSince(const QString &entity)
{
    if (full || retry) {
        return {};
    }
    auto mark = state.watermark(integration.id, entity);
    if (!mark || !mark->isValid()) {
        return {};
    }
    return mark->addSecs(-kOverlapSeconds);
}

namespace {
QString deletedRow(const QString &entity)
{
    return entity + QStringLiteral("#deleted");
}
} // namespace

QDateTime RunContext::deletedSince(const QString &entity)
{
    if (retry) {
        return {};
    }
    auto mark = state.watermark(integration.id, deletedRow(entity));
    if (!mark) {
        return {};
    }
    if (!mark->isValid()) {
        // Before deletions had their own mark, every incremental read asked for them: the last
        // read's watermark is where they stopped. Never read at all: nothing is linked yet.
        mark = state.watermark(integration.id, entity);
        if (!mark || !mark->isValid()) {
            return {};
        }
    }
    return mark->addSecs(-kOverlapSeconds);
}

void RunContext::deletionsRead(const QString &entity, const QDateTime &serverTime)
{
    if (!serverTime.isValid() || retry) {
        return;
    }
    if (auto saved = state.setWatermark(integration.id, deletedRow(entity), serverTime, false); !saved) {
        qCWarning(lcSync) << "could not save the deletions watermark:" << saved.error().toString();
    }
}

void RunContext::noteWritten(const QString &entity)
{
    if (m_written.contains(entity)) {
        return;
    }
    m_written.insert(entity);
    auto mark = state.watermark(integration.id, entity);
    if (!mark || !mark->isValid()) {
        return; // never read: nothing to come back in an incremental read
    }
    if (auto saved = state.setWatermark(integration.id, entity + QStringLiteral("#written"), *mark, false); !saved) {
        qCWarning(lcSync) << "could not note the write:" << saved.error().toString();
    }
}

int RunContext::readPageSize(const QString &entity)
{
    if (!full && !retry) {
        auto mark = state.watermark(integration.id, entity);
        auto written = state.watermark(integration.id, entity + QStringLiteral("#written"));
        // No read has completed since the writes: they are all in this read.
        if (mark && written && mark->isValid() && written.value() == mark.value()) {
            return client.maxPageSize();
        }
    }
    return client.pageSize();
}

void RunContext::readCompleted(const QString &entity, const QDateTime &serverTime)
{
    if (!serverTime.isValid() || retry) {
        return; // a retry read keeps only a few records: it says nothing about the others
    }
    if (auto saved = state.setWatermark(integration.id, entity, serverTime, full); !saved) {
        qCWarning(lcSync) << "could not save the watermark:" << saved.error().toString();
    }
}

} // namespace Ledgerlink

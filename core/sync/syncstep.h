#pragma once

#include "error.h"
#include "providers/providerclient.h"
#include "sync/runcontext.h"

#include <QObject>

#include <algorithm>
#include <functional>

namespace Ledgerlink {

/// One phase of a run (reference data, customers, items, invoices, payments). run() ends in
/// exactly one `done`: ok, or an Error that stops the run (Fatal, Auth, Retryable after the
/// client's retries). A record's own failure is recorded in History and is not an Error here.
class SyncStep : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Status &status)>;

    explicit SyncStep(RunContext &context, QObject *parent = nullptr);
    ~SyncStep() override;

    virtual QString phase() const = 0;
    virtual void run(Done done) = 0;

protected:
    template <typename T> using Fetch = std::function<void(const ListQuery &, ProviderClient::ListCallback<T>)>;
    template <typename T> using PageHandler = std::function<Status(const QList<T> &)>;
    template <typename W> using Send = std::function<void(const QList<W> &, ProviderClient::WriteCallback)>;
    template <typename W> using VersionOf = std::function<QString(const W &)>;

    /// Reads every page changed since the entity's watermark (or everything), hands each page to
    /// `handle`, and moves the watermark to the provider's clock of the first page once all went well.
    template <typename T>
    void readAll(const QString &entity, bool incremental, Fetch<T> fetch, PageHandler<T> handle, Done done)
    {
        if (!m_context.reads(entity)) {
            done({});
            return;
        }
        ListQuery query;
        query.modifiedSince = incremental ? m_context.readSince(entity) : QDateTime();
        query.pageSize = m_context.readPageSize(entity);
        if (m_context.retry) {
            handle = [this, entity, handle](const QList<T> &records) {
                QList<T> kept;
                for (const T &r : records) {
                    if (m_context.inRemoteScope(entity, r.remoteId)) {
                        kept.append(r);
                    }
                }
                return handle(kept);
            };
        }
        readPage<T>(entity, query, {}, fetch, handle, done);
    }

    /// Sends `writes` in batches of the provider's size, each element journaled before the call
    /// (LinkRepository::beginWrite) and completed or failed after it. An Item error of a whole
    /// batch fails its records and goes on; any other error leaves the links PENDING (the outcome
    /// is unknown: the next run looks them up before sending again) and stops.
    template <typename W>
    void writeAll(const QString &entity, QList<W> writes, VersionOf<W> versionOf, Send<W> send, Done done)
    {
        if (m_context.retry) {
            writes.erase(std::remove_if(writes.begin(), writes.end(),
                             [this, &entity](const W &w) { return !m_context.inScope(entity, w.localId); }),
                writes.end());
        }
        writeBatch<W>(entity, std::move(writes), 0, versionOf, send, done);
    }

    RunContext &m_context;

private:
    template <typename T>
    void readPage(const QString &entity, ListQuery query, QDateTime firstServerTime, Fetch<T> fetch,
        PageHandler<T> handle, Done done)
    {
        fetch(query, [=](const Result<RemotePage<T>> &page) mutable {
            if (!page) {
                done(page.error());
                return;
            }
            if (!firstServerTime.isValid()) {
                firstServerTime = page->serverTime;
            }
            if (Status handled = handle(page->records); !handled) {
                done(handled);
                return;
            }
            if (page->hasMore && !m_context.isCancelled()) {
                query.page += 1;
                readPage<T>(entity, query, firstServerTime, fetch, handle, done);
                return;
            }
            if (!m_context.isCancelled()) {
                m_context.readCompleted(entity, firstServerTime);
            }
            done({});
        });
    }

    template <typename W>
    void writeBatch(const QString &entity, QList<W> writes, int sent, VersionOf<W> versionOf, Send<W> send, Done done)
    {
        const int total = sent + int(writes.size());
        if (writes.isEmpty() || m_context.isCancelled()) {
            done({});
            return;
        }
        const int n = qMin(int(writes.size()), m_context.client.maxBatchSize());
        QList<W> batch;
        QList<qint64> linkIds;
        QStringList versions;
        for (int i = 0; i < n; ++i) {
            W w = writes.takeFirst();
            const QString version = versionOf(w);
            w.idempotencyKey = m_context.idempotencyKey(entity, w.localId, version);
            auto link =
                m_context.links.beginWrite(m_context.integration.id, entity, w.localId, version, w.idempotencyKey);
            if (!link) {
                if (link.error().kind() != Error::Kind::Item) {
                    done(link.error());
                    return;
                }
                m_context.record(
                    entity, w.localId, w.remoteId, actionOf(w.remoteId), ItemOutcome::Failed, link.error());
                continue;
            }
            batch.append(w);
            linkIds.append(link->id);
            versions.append(version);
        }
        if (batch.isEmpty()) {
            writeBatch<W>(entity, std::move(writes), sent + n, versionOf, send, done);
            return;
        }
        send(batch, [=](const Result<QList<WriteOutcome>> &result) {
            if (!result && result.error().kind() != Error::Kind::Item) {
                done(result.error());
                return;
            }
            for (int i = 0; i < batch.size(); ++i) {
                const W &w = batch.at(i);
                const WriteOutcome outcome =
                    result ? result->at(i) : WriteOutcome { w.localId, false, {}, {}, result.error(), {} };
                completeOne(entity, linkIds.at(i), w.localId, w.remoteId, outcome);
            }
            m_context.progress(phase(), sent + n, total);
            writeBatch<W>(entity, writes, sent + n, versionOf, send, done);
        });
    }

    void completeOne(
        const QString &entity, qint64 linkId, qint64 localId, const QString &oldRemoteId, const WriteOutcome &outcome);
    static QString actionOf(const QString &remoteId);
};

} // namespace Ledgerlink

#pragma once

#include "error.h"
#include "providers/providerclient.h"
#include "sync/runcontext.h"

#include <QObject>

#include <algorithm>
#include <functional>
#include <optional>

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
    template <typename R> using LoadPage = std::function<Result<QList<R>>(qint64 afterId, int limit)>;
    template <typename R> using WritePage = std::function<void(const QList<R> &records, Done done)>;

    /// Local records read per page by pushPages(): about 200, rounded up to whole batches so a
    /// page of pending records costs no more requests than one long list would (QBO: 210).
    int pushPageSize() const
    {
        const int batch = qMax(1, m_context.client.maxBatchSize());
        return (200 + batch - 1) / batch * batch;
    }

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
        if (!query.modifiedSince.isValid() && m_context.client.listsDeletionsSeparately()) {
            query.deletedSince = m_context.deletedSince(entity);
        }
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

    /// Pushes local records one page at a time, so memory holds one page and its writes however
    /// large the backlog: reads pushPageSize() records after the last id (`load`), lets `writePage`
    /// decide them and send what must go out (writeAll), and only once that is done reads the
    /// next page (queued, so no page waits on the stack of the one before). Progress counts the
    /// records looked at out of `total` (a COUNT taken up front; raised if the table grew).
    template <typename R> void pushPages(int total, LoadPage<R> load, WritePage<R> writePage, Done done)
    {
        m_paging = Paging { 0, 0, total };
        pushPage<R>(0, std::move(load), std::move(writePage), std::move(done));
    }

    RunContext &m_context;

private:
    struct Paging
    {
        int start = 0; ///< records looked at before the current page
        int sent = 0; ///< elements sent from the current page
        int total = 0;
    };

    template <typename R> void pushPage(qint64 after, LoadPage<R> load, WritePage<R> writePage, Done done)
    {
        auto page = m_context.isCancelled() ? Result<QList<R>>(QList<R>()) : load(after, pushPageSize());
        if (!page || page->isEmpty()) {
            if (page && !m_context.isCancelled() && m_paging->start < m_paging->total) {
                // Fewer records than counted (deleted meanwhile): the phase still ends at done == total.
                m_context.progress(phase(), m_paging->start, m_paging->start);
            }
            m_paging.reset();
            done(page ? Status() : Status(page.error()));
            return;
        }
        const qint64 last = page->constLast().id;
        const int count = int(page->size());
        writePage(page.value(), [=](const Status &status) {
            if (!status) {
                m_paging.reset();
                done(status);
                return;
            }
            m_paging->start += count;
            m_paging->sent = 0;
            m_paging->total = qMax(m_paging->total, m_paging->start);
            m_context.progress(phase(), m_paging->start, m_paging->total);
            QMetaObject::invokeMethod(
                this, [=]() { pushPage<R>(last, load, writePage, done); }, Qt::QueuedConnection);
        });
    }

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
                if (!query.modifiedSince.isValid() && m_context.client.listsDeletionsSeparately()) {
                    m_context.deletionsRead(entity, firstServerTime);
                }
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
            reportSent(sent + n, total, int(batch.size()));
            writeBatch<W>(entity, writes, sent + n, versionOf, send, done);
        });
    }

    /// Progress after a batch: within pushPages() the records looked at plus what this page sent
    /// so far (never beyond the page, so it only grows); else `sent` of this writeAll's `total`.
    void reportSent(int sent, int total, int batchSize);
    void completeOne(
        const QString &entity, qint64 linkId, qint64 localId, const QString &oldRemoteId, const WriteOutcome &outcome);
    static QString actionOf(const QString &remoteId);

    std::optional<Paging> m_paging;
};

} // namespace Ledgerlink

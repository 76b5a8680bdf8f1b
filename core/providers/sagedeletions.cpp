#include "sagedeletions.h"

#include "providers/sagejson.h"
#include "providers/sagetransport.h"

#include <QPointer>
#include <QUrlQuery>

namespace Ledgerlink {

namespace {

struct Deleted
{
    QString id;
    QString name; ///< displayed_as: History and the change log name the record by it
};

/// Wraps `callback`: the last page of a full read that asks for deletions waits for them.
template <typename T>
ProviderClient::ListCallback<T> withDeleted(SageTransport *transport, const QString &collection, const ListQuery &query,
    ProviderClient::ListCallback<T> callback, std::function<T(const Deleted &deleted, const QDateTime &at)> make,
    std::function<Error(const QString &)> malformed)
{
    if (query.modifiedSince.isValid() || !query.deletedSince.isValid()) {
        return callback; // incremental: one GET per entity, the deletions wait for the full read
    }
    QPointer<SageTransport> guard(transport);
    const QDateTime since = query.deletedSince;
    return [=](const Result<RemotePage<T>> &page) {
        if (!page || page->hasMore || !guard) {
            callback(page);
            return;
        }
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("deleted_since"), SageJson::queryTime(since));
        RemotePage<T> out = page.value();
        guard->fetchAll(collection, q, [=](const Result<QList<QJsonObject>> &records) mutable {
            if (!records) {
                callback(records.error());
                return;
            }
            for (const QJsonObject &json : records.value()) {
                const QString id = json.value(QStringLiteral("id")).toString();
                if (id.isEmpty()) {
                    // One unreadable record spoils the page, as for the live records.
                    callback(malformed(collection));
                    return;
                }
                out.records.append(make({ id, json.value(QStringLiteral("displayed_as")).toString() }, out.serverTime));
            }
            callback(out);
        });
    };
}

Error malformedDeleted(const QString &collection)
{
    return Error(Error::Kind::Fatal,
        SageDeletions::tr("Sage sent a list of deleted records Ledgerlink could not read, so Ledgerlink "
                          "changed nothing on its side. If this keeps happening, contact support with the "
                          "details."),
        QStringLiteral("%1?deleted_since: a record without an id").arg(collection));
}

} // namespace

ProviderClient::ListCallback<RemoteContact> SageDeletions::contacts(
    SageTransport *transport, const ListQuery &query, ProviderClient::ListCallback<RemoteContact> callback)
{
    return withDeleted<RemoteContact>(
        transport, QStringLiteral("contacts"), query, std::move(callback),
        [](const Deleted &d, const QDateTime &at) {
            RemoteContact c;
            c.remoteId = d.id;
            c.version = version();
            c.updatedAt = at;
            c.deleted = true;
            c.customer.name = d.name;
            c.customer.archived = true;
            return c;
        },
        &malformedDeleted);
}

ProviderClient::ListCallback<RemoteItem> SageDeletions::products(
    SageTransport *transport, const ListQuery &query, ProviderClient::ListCallback<RemoteItem> callback)
{
    return withDeleted<RemoteItem>(
        transport, QStringLiteral("products"), query, std::move(callback),
        [](const Deleted &d, const QDateTime &at) {
            RemoteItem r;
            r.remoteId = d.id;
            r.version = version();
            r.updatedAt = at;
            r.deleted = true;
            r.item.name = d.name;
            r.item.archived = true;
            return r;
        },
        &malformedDeleted);
}

} // namespace Ledgerlink

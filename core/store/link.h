#pragma once

#include <QDateTime>
#include <QString>

namespace Ledgerlink {

/// Where a link stands in the write journal.
enum class LinkState {
    Pending, ///< a provider write was started and its outcome is not known yet
    Linked, ///< the local record and the remote one are known to be the same
    Failed, ///< the last write definitely failed (lastError says why); nothing was created remotely
};

/// Ties a local record (entity + local id) to its remote twin in one integration.
struct Link
{
    qint64 id = 0;
    QString integrationId;
    QString entity; ///< "customer", "item", "invoice", …
    qint64 localId = 0;
    QString remoteId; ///< empty while a first write is pending
    QString remoteVersion;
    QString localVersion;
    LinkState state = LinkState::Linked;
    QString idempotencyKey;
    QString lastError;
    QDateTime lastSyncedAt; ///< UTC
    QDateTime updatedAt; ///< UTC
};

} // namespace Ledgerlink

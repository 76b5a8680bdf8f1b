#pragma once

#include "providers/providerclient.h"

#include <QCoreApplication>

namespace Ledgerlink {

class SageTransport;

/// Sage removes a deleted contact or product from its lists and shows it only when asked with
/// `deleted_since`. On a full read that asks for them (ListQuery::deletedSince: the engine's own
/// deletions watermark from Sage's clock minus the overlap, RunContext::deletedSince) the last
/// page of the live records is followed by the records deleted since then, appended to that page
/// as `deleted` records (id and name only, version "deleted", archived), which the engine applies
/// as it applies a contact archived at the other providers. An incremental read lists the live
/// records only: a quiet poll is one GET per entity, and the daily full read catches up.
class SageDeletions
{
    Q_DECLARE_TR_FUNCTIONS(SageDeletions)

public:
    /// The version every deleted record carries: a re-read within the overlap compares equal.
    static QString version() { return QStringLiteral("deleted"); }

    static ProviderClient::ListCallback<RemoteContact> contacts(
        SageTransport *transport, const ListQuery &query, ProviderClient::ListCallback<RemoteContact> callback);
    static ProviderClient::ListCallback<RemoteItem> products(
        SageTransport *transport, const ListQuery &query, ProviderClient::ListCallback<RemoteItem> callback);
};

} // namespace Ledgerlink

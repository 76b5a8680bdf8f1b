#pragma once

#include "clock.h"
#include "error.h"
#include "providers/accesstokensource.h"
#include "providers/providertypes.h"
#include "sync/customermatcher.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QObject>

#include <memory>

namespace Ledgerlink {

class Database;
class ProviderClient;

/// The first connect's customer matching suggestions, as the engine will apply them:
///
///   start() -> every contact of the organisation, page by page (ProviderClient::listContacts,
///              full read, the provider's largest page)
///           -> the local customers (store, in pages of 500)
///           -> CustomerMatcher::suggest(local, remote) -> finished(Outcome)
///
/// Used by the wizard before the integration exists, so nothing is linked yet. Never blocks: the
/// provider is read asynchronously; the local read is a plain indexed scan. Ends in exactly one
/// finished() per start(), from the event loop - cancel() included (with a Config "cancelled" error).
class CustomerMatchPreview : public QObject
{
    Q_OBJECT

public:
    struct Match
    {
        qint64 localId = 0;
        QString localName;
        QString remoteId;
        QString remoteName;
        CustomerMatcher::Rule rule = CustomerMatcher::Rule::Name;
    };
    struct Outcome
    {
        QList<Match> matches; ///< sorted by local name
        int unmatchedLocal = 0; ///< active local customers without a suggestion: created by the first sync
        int remoteContacts = 0; ///< contacts read from the provider
    };

    /// Takes the client (built by ProviderClientFactory for the chosen organisation) and, when the
    /// preview should own it, the token source that client uses (it outlives the client here).
    /// One start() per object.
    CustomerMatchPreview(Database &database, Clock &clock, std::unique_ptr<ProviderClient> client,
        std::unique_ptr<AccessTokenSource> tokens = nullptr, QObject *parent = nullptr);
    ~CustomerMatchPreview() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const Ledgerlink::Result<Ledgerlink::CustomerMatchPreview::Outcome> &result);

private:
    void readPage(int page);
    void combine();
    void finish(Result<Outcome> result);

    Database &m_database;
    Clock &m_clock;
    std::unique_ptr<AccessTokenSource> m_tokens; ///< declared first: destroyed after the client
    std::unique_ptr<ProviderClient> m_client;
    QList<RemoteContact> m_remote;
    bool m_running = false;
};

} // namespace Ledgerlink

Q_DECLARE_METATYPE(Ledgerlink::Result<Ledgerlink::CustomerMatchPreview::Outcome>)

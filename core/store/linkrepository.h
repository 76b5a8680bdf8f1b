#pragma once

#include "error.h"
#include "link.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace Ledgerlink {

class Clock;
class Database;

/// The write journal between local records and provider records.
///
///   beginWrite()  ── PENDING (idempotency key, local version) ── provider call ──┐
///                                                                               ├─ completeWrite(): LINKED
///   crash here: pendingWrites() lists it; retry with the same key ◄─────────────┤
///                                                                               └─ failWrite(): FAILED/LINKED
///
/// The schema enforces one link per (integration, entity, local id) and per (integration,
/// entity, remote id); a violation comes back as an Item error that names both records.
class LinkRepository
{
    Q_DECLARE_TR_FUNCTIONS(LinkRepository)

public:
    LinkRepository(Database &database, Clock &clock);

    /// Records, before the provider is called, that a write of this local version is under way.
    /// An empty key gets a fresh UUID; the returned Link carries the key to send to the provider.
    /// An existing link keeps its remote id (an update of an already linked record).
    Result<Link> beginWrite(const QString &integrationId, const QString &entity, qint64 localId,
        const QString &localVersion, const QString &idempotencyKey = {});
    /// Records the provider's answer: remote id and version, state LINKED.
    Result<Link> completeWrite(qint64 linkId, const QString &remoteId, const QString &remoteVersion);
    /// Records that the write definitely failed (the provider answered with an error).
    Result<Link> failWrite(qint64 linkId, const QString &errorMessage);
    /// Links a record pulled from the provider (no write involved).
    Result<Link> linkExisting(const QString &integrationId, const QString &entity, qint64 localId,
        const QString &remoteId, const QString &remoteVersion, const QString &localVersion);

    Result<std::optional<Link>> findByLocal(const QString &integrationId, const QString &entity, qint64 localId);
    /// The links of many local records in one query (a records page shows up to a few hundred rows;
    /// one query per row made the page's load grow with every integration). Any order.
    Result<QList<Link>> findByLocalIds(
        const QString &integrationId, const QStringList &entities, const QList<qint64> &localIds);
    Result<std::optional<Link>> findByRemote(
        const QString &integrationId, const QString &entity, const QString &remoteId);
    Result<Link> findById(qint64 id);
    /// Writes whose outcome is unknown (crash recovery), oldest first.
    Result<QList<Link>> pendingWrites(const QString &integrationId);
    /// Every link of an integration, in id order.
    Result<QList<Link>> forIntegration(const QString &integrationId);
    /// A PENDING link without a remote id and with a fresh idempotency key: the next run looks the
    /// record up at the provider before sending it (LinkMover). One statement, so that a caller can
    /// run it inside its own transaction.
    Result<Link> addLookup(const QString &integrationId, const QString &entity, qint64 localId);
    /// Deletes every link of an integration; returns how many. One statement (see addLookup).
    Result<int> removeForIntegration(const QString &integrationId);

    static QString stateText(LinkState state);

private:
    Result<QList<Link>> select(const QString &tail, const QVariantList &values) const;
    Error duplicateRemote(const QString &integrationId, const QString &entity, qint64 localId, const QString &remoteId,
        const Error &error);

    Database &m_database;
    Clock &m_clock;
};

} // namespace Ledgerlink

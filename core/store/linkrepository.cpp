#include "linkrepository.h"

#include "clock.h"
#include "database.h"
#include "storesql.h"

#include <QUuid>

namespace Ledgerlink {

namespace {

const QString kColumns = QStringLiteral("id, integration_id, entity, local_id, remote_id, remote_version, "
                                        "local_version, state, idempotency_key, last_error, last_synced_at, "
                                        "updated_at");

LinkState stateFromText(const QString &text)
{
    if (text == QLatin1String("PENDING")) {
        return LinkState::Pending;
    }
    if (text == QLatin1String("FAILED")) {
        return LinkState::Failed;
    }
    return LinkState::Linked;
}

} // namespace

LinkRepository::LinkRepository(Database &database, Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

QString LinkRepository::stateText(LinkState state)
{
    switch (state) {
    case LinkState::Pending:
        return QStringLiteral("PENDING");
    case LinkState::Linked:
        return QStringLiteral("LINKED");
    case LinkState::Failed:
        return QStringLiteral("FAILED");
    }
    return {};
}

Result<Link> LinkRepository::beginWrite(const QString &integrationId, const QString &entity, qint64 localId,
    const QString &localVersion, const QString &idempotencyKey)
{
    const QString key = idempotencyKey.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : idempotencyKey;
    const QString now = StoreSql::timeText(m_clock.now());
    qint64 linkId = 0;
    Status status = m_database.inTransaction([&]() -> Status {
        auto existing = findByLocal(integrationId, entity, localId);
        if (!existing) {
            return existing.error();
        }
        const QString failed = tr("Ledgerlink could not record the start of a write in its database.");
        if (existing->has_value()) {
            linkId = existing->value().id;
            auto changed = StoreSql::update(m_database,
                QStringLiteral("UPDATE links SET state = 'PENDING', local_version = ?, "
                               "idempotency_key = ?, updated_at = ? WHERE id = ?"),
                { StoreSql::textOrNull(localVersion), key, now, linkId }, failed);
            return changed ? Status() : Status(changed.error());
        }
        auto id = StoreSql::insert(m_database,
            QStringLiteral("INSERT INTO links (integration_id, entity, local_id, local_version, "
                           "state, idempotency_key, updated_at) VALUES (?, ?, ?, ?, 'PENDING', "
                           "?, ?)"),
            { integrationId, entity, localId, StoreSql::textOrNull(localVersion), key, now }, failed);
        if (!id) {
            return id.error();
        }
        linkId = id.value();
        return {};
    });
    if (!status) {
        return status.error();
    }
    return findById(linkId);
}

Result<Link> LinkRepository::completeWrite(qint64 linkId, const QString &remoteId, const QString &remoteVersion)
{
    auto link = findById(linkId);
    if (!link) {
        return link.error();
    }
    if (remoteId.isEmpty()) {
        return Error(Error::Kind::Item, tr("The provider did not return an id for the %1 record.").arg(link->entity));
    }
    const QString now = StoreSql::timeText(m_clock.now());
    QSqlError sqlError;
    auto changed = StoreSql::update(m_database,
        QStringLiteral("UPDATE links SET remote_id = ?, remote_version = ?, state = 'LINKED', last_error = NULL, "
                       "last_synced_at = ?, updated_at = ? WHERE id = ?"),
        { remoteId, StoreSql::textOrNull(remoteVersion), now, now, linkId },
        tr("Ledgerlink could not record the result of a write in its database."), &sqlError);
    if (!changed) {
        if (StoreSql::isUniqueViolation(sqlError)) {
            return duplicateRemote(link->integrationId, link->entity, link->localId, remoteId, changed.error());
        }
        return changed.error();
    }
    return findById(linkId);
}

Result<Link> LinkRepository::failWrite(qint64 linkId, const QString &errorMessage)
{
    // A link that already had a remote twin stays LINKED to it; a first write that failed is FAILED.
    auto changed = StoreSql::update(m_database,
        QStringLiteral("UPDATE links SET state = CASE WHEN remote_id IS NULL THEN 'FAILED' ELSE 'LINKED' END, "
                       "last_error = ?, updated_at = ? WHERE id = ?"),
        { errorMessage, StoreSql::timeText(m_clock.now()), linkId },
        tr("Ledgerlink could not record the failed write in its database."));
    if (!changed) {
        return changed.error();
    }
    return findById(linkId);
}

Result<Link> LinkRepository::linkExisting(const QString &integrationId, const QString &entity, qint64 localId,
    const QString &remoteId, const QString &remoteVersion, const QString &localVersion)
{
    const QString now = StoreSql::timeText(m_clock.now());
    const QString failed = tr("Ledgerlink could not save the link between two records in its database.");
    qint64 linkId = 0;
    QSqlError sqlError;
    Status status = m_database.inTransaction([&]() -> Status {
        auto existing = findByLocal(integrationId, entity, localId);
        if (!existing) {
            return existing.error();
        }
        const QVariantList values { remoteId, StoreSql::textOrNull(remoteVersion), StoreSql::textOrNull(localVersion),
            now, now };
        if (existing->has_value()) {
            linkId = existing->value().id;
            auto changed = StoreSql::update(m_database,
                QStringLiteral("UPDATE links SET remote_id = ?, remote_version = ?, "
                               "local_version = ?, state = 'LINKED', last_error = NULL, "
                               "last_synced_at = ?, updated_at = ? WHERE id = ?"),
                values + QVariantList { linkId }, failed, &sqlError);
            return changed ? Status() : Status(changed.error());
        }
        auto id = StoreSql::insert(m_database,
            QStringLiteral("INSERT INTO links (remote_id, remote_version, local_version, "
                           "last_synced_at, updated_at, integration_id, entity, local_id, "
                           "state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'LINKED')"),
            values + QVariantList { integrationId, entity, localId }, failed, &sqlError);
        if (!id) {
            return id.error();
        }
        linkId = id.value();
        return {};
    });
    if (!status) {
        // Named after the rollback: PostgreSQL answers nothing inside a failed transaction.
        if (StoreSql::isUniqueViolation(sqlError)) {
            return duplicateRemote(integrationId, entity, localId, remoteId, status.error());
        }
        return status.error();
    }
    return findById(linkId);
}

Error LinkRepository::duplicateRemote(
    const QString &integrationId, const QString &entity, qint64 localId, const QString &remoteId, const Error &error)
{
    auto other = findByRemote(integrationId, entity, remoteId);
    const qint64 otherLocal = other && other->has_value() ? other->value().localId : 0;
    return Error(Error::Kind::Item,
        tr("The provider's %1 %2 is already linked to local %1 %3, so it cannot also be linked to %1 %4. "
           "One of them is probably a duplicate; merge them and sync again.")
            .arg(entity, remoteId)
            .arg(otherLocal)
            .arg(localId),
        error.detail());
}

Result<std::optional<Link>> LinkRepository::findByLocal(
    const QString &integrationId, const QString &entity, qint64 localId)
{
    auto rows = select(
        QStringLiteral("WHERE integration_id = ? AND entity = ? AND local_id = ?"), { integrationId, entity, localId });
    if (!rows) {
        return rows.error();
    }
    return rows->isEmpty() ? std::optional<Link>() : std::optional<Link>(rows->constFirst());
}

Result<QList<Link>> LinkRepository::findByLocalIds(
    const QString &integrationId, const QStringList &entities, const QList<qint64> &localIds)
{
    QList<Link> found;
    if (entities.isEmpty()) {
        return found;
    }
    // Chunks keep the bound values well under SQLite's and PostgreSQL's parameter limits.
    constexpr qsizetype kChunk = 500;
    for (qsizetype start = 0; start < localIds.size(); start += kChunk) {
        const QList<qint64> chunk = localIds.mid(start, kChunk);
        QVariantList values { integrationId };
        for (const QString &entity : entities) {
            values << entity;
        }
        for (qint64 id : chunk) {
            values << id;
        }
        const QString entityMarks = QStringList(entities.size(), QStringLiteral("?")).join(QLatin1Char(','));
        const QString idMarks = QStringList(chunk.size(), QStringLiteral("?")).join(QLatin1Char(','));
        auto rows = select(QStringLiteral("WHERE integration_id = ? AND entity IN (%1) AND local_id IN (%2)")
                               .arg(entityMarks, idMarks),
            values);
        if (!rows) {
            return rows.error();
        }
        found.append(rows.value());
    }
    return found;
}

Result<std::optional<Link>> LinkRepository::findByRemote(
    const QString &integrationId, const QString &entity, const QString &remoteId)
{
    auto rows = select(QStringLiteral("WHERE integration_id = ? AND entity = ? AND remote_id = ?"),
        { integrationId, entity, remoteId });
    if (!rows) {
        return rows.error();
    }
    return rows->isEmpty() ? std::optional<Link>() : std::optional<Link>(rows->constFirst());
}

Result<Link> LinkRepository::findById(qint64 id)
{
    auto rows = select(QStringLiteral("WHERE id = ?"), { id });
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return StoreSql::notFound(tr("Link %1 does not exist.").arg(id), id);
    }
    return rows->constFirst();
}

Result<QList<Link>> LinkRepository::pendingWrites(const QString &integrationId)
{
    return select(
        QStringLiteral("WHERE integration_id = ? AND state = 'PENDING' ORDER BY updated_at, id"), { integrationId });
}

Result<QList<Link>> LinkRepository::forIntegration(const QString &integrationId)
{
    return select(QStringLiteral("WHERE integration_id = ? ORDER BY id"), { integrationId });
}

Result<Link> LinkRepository::addLookup(const QString &integrationId, const QString &entity, qint64 localId)
{
    auto id = StoreSql::insert(m_database,
        QStringLiteral("INSERT INTO links (integration_id, entity, local_id, state, idempotency_key, updated_at) "
                       "VALUES (?, ?, ?, 'PENDING', ?, ?)"),
        { integrationId, entity, localId, QUuid::createUuid().toString(QUuid::WithoutBraces),
            StoreSql::timeText(m_clock.now()) },
        tr("Ledgerlink could not record the %1 record to look up in its database.").arg(entity));
    if (!id) {
        return id.error();
    }
    return findById(id.value());
}

Result<int> LinkRepository::removeForIntegration(const QString &integrationId)
{
    return StoreSql::update(m_database, QStringLiteral("DELETE FROM links WHERE integration_id = ?"), { integrationId },
        tr("Ledgerlink could not remove the old links from its database."));
}

Result<QList<Link>> LinkRepository::select(const QString &tail, const QVariantList &values) const
{
    auto query = StoreSql::exec(m_database, QStringLiteral("SELECT %1 FROM links %2").arg(kColumns, tail), values,
        tr("Ledgerlink could not read links from its database."));
    if (!query) {
        return query.error();
    }
    QList<Link> links;
    QSqlQuery &q = query.value();
    while (q.next()) {
        Link link;
        link.id = q.value(0).toLongLong();
        link.integrationId = q.value(1).toString();
        link.entity = q.value(2).toString();
        link.localId = q.value(3).toLongLong();
        link.remoteId = q.value(4).toString();
        link.remoteVersion = q.value(5).toString();
        link.localVersion = q.value(6).toString();
        link.state = stateFromText(q.value(7).toString());
        link.idempotencyKey = q.value(8).toString();
        link.lastError = q.value(9).toString();
        link.lastSyncedAt = StoreSql::time(q.value(10));
        link.updatedAt = StoreSql::time(q.value(11));
        links.append(link);
    }
    return links;
}

} // namespace Ledgerlink

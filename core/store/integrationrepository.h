#pragma once

#include "error.h"
#include "integration.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Ledgerlink {

class Clock;
class Database;

/// Stores integrations (see Integration). Times come from the injected Clock.
class IntegrationRepository
{
    Q_DECLARE_TR_FUNCTIONS(IntegrationRepository)

public:
    IntegrationRepository(Database &database, Clock &clock);

    /// Stores a new integration; an empty id gets a fresh UUID. Returns it as stored.
    Result<Integration> insert(const Integration &integration);
    /// Saves every field; sets updatedAt, and activatedAt the first time the state becomes Active.
    Result<Integration> update(const Integration &integration);
    Result<Integration> findById(const QString &id);
    /// All integrations, oldest first.
    Result<QList<Integration>> all();
    /// Changes only the state (sets activatedAt on the first activation).
    Status setState(const QString &id, IntegrationState state);
    /// Records a good poll and when the next one is due; a transient state returns to Active.
    Status recordSuccessfulPoll(const QString &id, const QDateTime &nextPollAt);

    /// Remembers that a keychain entry named `keyName` belongs to `ownerId` (never its value).
    Status addSecretKeyName(const QString &ownerId, const QString &keyName);
    Result<QStringList> secretKeyNames(const QString &ownerId);
    /// Deletes the integration with its links, history and secret key names. Delete the
    /// keychain entries (secretKeyNames()) first: afterwards nothing knows their names.
    Status remove(const QString &id);

private:
    Result<QList<Integration>> select(const QString &tail, const QVariantList &values) const;

    Database &m_database;
    Clock &m_clock;
};

} // namespace Ledgerlink

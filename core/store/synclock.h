#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Ledgerlink {

class Clock;
class Database;

/// Makes sure only one Ledgerlink process syncs a given integration at a time, across the PCs of
/// an office sharing one PostgreSQL database or the processes of one machine sharing an SQLite file.
///
/// PostgreSQL: a session-level pg_try_advisory_lock on a stable 64-bit hash of the integration id
/// decides; it dies with the holder's connection, so a crashed holder never blocks anyone. A row
/// in sync_locks only tells a refused process who holds the lock and since when.
///
/// SQLite: the row in sync_locks is the lock, written inside BEGIN IMMEDIATE. It is refused while
/// its heartbeat is fresh, unless its holder is a process of this host that no longer exists
/// (a crash): then, like a heartbeat older than `staleAfterSeconds`, it is taken over.
///
/// The holder reads "hostname (pid N)". Call heartbeat() regularly during a run and release() at
/// the end; the destructor releases a lock still held.
class SyncLock
{
    Q_DECLARE_TR_FUNCTIONS(SyncLock)

public:
    SyncLock(Database &database, Clock &clock, QString integrationId, int staleAfterSeconds = 120);
    ~SyncLock();
    SyncLock(const SyncLock &) = delete;
    SyncLock &operator=(const SyncLock &) = delete;

    /// Takes the lock, or returns a Retryable error naming the holder.
    Status acquire();
    /// Refreshes the row's heartbeat; fails if the lock was taken over meanwhile.
    Status heartbeat();
    Status release();
    bool isHeld() const { return m_held; }

    /// "hostname (pid N)" for this process.
    static QString currentHolder();
    /// The advisory lock key for an integration id: FNV-1a 64 of its UTF-8 bytes.
    static qint64 lockKey(const QString &integrationId);
    /// Whether a process with this pid exists on this host.
    static bool processExists(qint64 pid);

private:
    Status acquirePostgres();
    Status acquireSqlite();
    Status writeRow();
    Error refusal(const QString &holder, const QDateTime &since) const;

    Database &m_database;
    Clock &m_clock;
    QString m_integrationId;
    int m_staleAfterSeconds;
    QString m_holder;
    bool m_held = false;
};

} // namespace Ledgerlink

#include "synclock.h"

#include "clock.h"
#include "database.h"
#include "logging.h"
#include "storesql.h"

#include <QRegularExpression>
#include <QSysInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

namespace Ledgerlink {

namespace {

struct LockRow
{
    bool exists = false;
    QString holder;
    QDateTime acquiredAt;
    QDateTime heartbeatAt;
};

Result<LockRow> readRow(Database &database, const QString &integrationId)
{
    auto query = StoreSql::exec(database,
        QStringLiteral("SELECT holder, acquired_at, heartbeat_at FROM sync_locks "
                       "WHERE integration_id = ?"),
        { integrationId }, SyncLock::tr("Ledgerlink could not check who is syncing."));
    if (!query) {
        return query.error();
    }
    LockRow row;
    if (query.value().next()) {
        row.exists = true;
        row.holder = query.value().value(0).toString();
        row.acquiredAt = StoreSql::time(query.value().value(1));
        row.heartbeatAt = StoreSql::time(query.value().value(2));
    }
    return row;
}

} // namespace

SyncLock::SyncLock(Database &database, Clock &clock, QString integrationId, int staleAfterSeconds)
    : m_database(database)
    , m_clock(clock)
    , m_integrationId(std::move(integrationId))
    , m_staleAfterSeconds(staleAfterSeconds)
    , m_holder(currentHolder())
{ }

SyncLock::~SyncLock()
{
    if (m_held) {
        if (Status status = release(); !status) {
            qCWarning(lcStore) << "could not release the sync lock of" << m_integrationId << status.error().detail();
        }
    }
}

QString SyncLock::currentHolder()
{
    return QStringLiteral("%1 (pid %2)").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid());
}

qint64 SyncLock::lockKey(const QString &integrationId)
{
    // FNV-1a: stable across processes, platforms and Qt versions (unlike qHash, which is seeded).
    quint64 hash = 14695981039346656037ULL;
    const QByteArray bytes = integrationId.toUtf8();
    for (const char c : bytes) {
        hash ^= quint64(quint8(c));
        hash *= 1099511628211ULL;
    }
    return qint64(hash);
}

bool SyncLock::processExists(qint64 pid)
{
    if (pid <= 0) {
        return false;
    }
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process) {
        return GetLastError() == ERROR_ACCESS_DENIED;
    }
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    // Signal 0 checks existence only; EPERM means it exists but belongs to someone else.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#endif
}

Error SyncLock::refusal(const QString &holder, const QDateTime &since) const
{
    const QDateTime now = m_clock.now().toUTC();
    const QDateTime at = since.toUTC();
    const QString when = at.date() == now.date() ? at.toString(QStringLiteral("HH:mm"))
                                                 : at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return Error(Error::Kind::Retryable,
        tr("Another Ledgerlink (%1) has been syncing this integration since %2 UTC; this run will wait for "
           "it.")
            .arg(holder, when),
        QStringLiteral("sync lock of %1 held by %2 since %3").arg(m_integrationId, holder, StoreSql::timeText(since)),
        true);
}

Status SyncLock::acquire()
{
    if (m_held) {
        return {};
    }
    Status status = m_database.isPostgres() ? acquirePostgres() : acquireSqlite();
    if (status) {
        m_held = true;
        qCInfo(lcStore) << "sync lock taken for" << m_integrationId;
    }
    return status;
}

Status SyncLock::writeRow()
{
    const QString now = StoreSql::timeText(m_clock.now());
    // Both backends have ON CONFLICT … DO UPDATE (SQLite since 3.24).
    auto query = StoreSql::exec(m_database,
        QStringLiteral("INSERT INTO sync_locks (integration_id, holder, acquired_at, "
                       "heartbeat_at) VALUES (?, ?, ?, ?) ON CONFLICT (integration_id) "
                       "DO UPDATE SET holder = excluded.holder, acquired_at = "
                       "excluded.acquired_at, heartbeat_at = excluded.heartbeat_at"),
        { m_integrationId, m_holder, now, now },
        tr("Ledgerlink could not record that it is syncing this integration."));
    return query ? Status() : Status(query.error());
}

Status SyncLock::acquirePostgres()
{
    auto locked = StoreSql::exec(m_database, QStringLiteral("SELECT pg_try_advisory_lock(?)"),
        { lockKey(m_integrationId) }, tr("Ledgerlink could not check who is syncing."));
    if (!locked) {
        return locked.error();
    }
    if (!locked.value().next() || !locked.value().value(0).toBool()) {
        auto row = readRow(m_database, m_integrationId);
        if (!row) {
            return row.error();
        }
        // The row can lag behind the lock by a moment; the lock is what counts.
        return refusal(
            row->exists ? row->holder : tr("another computer"), row->exists ? row->acquiredAt : m_clock.now());
    }
    // We hold the advisory lock, so any row left is from a holder whose session is gone.
    if (Status written = writeRow(); !written) {
        StoreSql::exec(m_database, QStringLiteral("SELECT pg_advisory_unlock(?)"), { lockKey(m_integrationId) }, {});
        return written;
    }
    return {};
}

Status SyncLock::acquireSqlite()
{
    return m_database.inTransaction([&]() -> Status {
        auto row = readRow(m_database, m_integrationId);
        if (!row) {
            return row.error();
        }
        if (row->exists) {
            const QDateTime now = m_clock.now();
            const bool fresh = row->heartbeatAt.isValid() && row->heartbeatAt.secsTo(now) < m_staleAfterSeconds;
            static const QRegularExpression pattern(QStringLiteral("^(.*) \\(pid (\\d+)\\)$"));
            const QRegularExpressionMatch match = pattern.match(row->holder);
            const bool sameHost = match.hasMatch() && match.captured(1) == QSysInfo::machineHostName();
            const bool holderDead = sameHost && !processExists(match.captured(2).toLongLong());
            if (fresh && !holderDead) {
                return refusal(row->holder, row->acquiredAt);
            }
            qCInfo(lcStore) << "taking over the sync lock of" << m_integrationId << "from" << row->holder
                            << (holderDead ? "(process gone)" : "(no heartbeat)");
        }
        return writeRow();
    });
}

Status SyncLock::heartbeat()
{
    if (!m_held) {
        return Error(Error::Kind::Fatal, tr("Internal error: heartbeat without holding the sync lock."));
    }
    auto changed = StoreSql::update(m_database,
        QStringLiteral("UPDATE sync_locks SET heartbeat_at = ? WHERE integration_id = ? "
                       "AND holder = ?"),
        { StoreSql::timeText(m_clock.now()), m_integrationId, m_holder },
        tr("Ledgerlink could not record that it is still syncing."));
    if (!changed) {
        return changed.error();
    }
    if (changed.value() == 0) {
        return Error(Error::Kind::Fatal,
            tr("Another Ledgerlink took over syncing this integration because this one seemed stuck. This "
               "run stops; the other one carries on."),
            QStringLiteral("sync lock row of %1 no longer held by %2").arg(m_integrationId, m_holder));
    }
    return {};
}

Status SyncLock::release()
{
    if (!m_held) {
        return {};
    }
    m_held = false;
    auto removed =
        StoreSql::update(m_database, QStringLiteral("DELETE FROM sync_locks WHERE integration_id = ? AND holder = ?"),
            { m_integrationId, m_holder }, tr("Ledgerlink could not release the sync lock."));
    if (m_database.isPostgres()) {
        auto unlocked = StoreSql::exec(m_database, QStringLiteral("SELECT pg_advisory_unlock(?)"),
            { lockKey(m_integrationId) }, tr("Ledgerlink could not release the sync lock."));
        if (!unlocked) {
            return unlocked.error();
        }
    }
    qCInfo(lcStore) << "sync lock released for" << m_integrationId;
    return removed ? Status() : Status(removed.error());
}

} // namespace Ledgerlink

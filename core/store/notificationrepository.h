#pragma once

#include "error.h"
#include "notification.h"

#include <QCoreApplication>
#include <QList>

namespace Ledgerlink {

class Clock;
class Database;

/// The bell's notifications. Reading a normal notification clears it from the unread count; a
/// sticky one keeps counting until resolved() is called for its integration (the problem is fixed).
class NotificationRepository
{
    Q_DECLARE_TR_FUNCTIONS(NotificationRepository)

public:
    NotificationRepository(Database &database, Clock &clock);

    /// Stores a notification (createdAt from the Clock); returns its id.
    Result<qint64> add(const Notification &notification);
    /// Unresolved notifications that need attention: unread ones plus every sticky one.
    Result<int> unreadCount();
    /// Unresolved notifications, newest first; pass the last id of the previous page to go on.
    Result<QList<Notification>> list(int limit = 50, qint64 beforeId = 0);
    Status markRead(qint64 id);
    Status markAllRead();
    /// The integration's problem is fixed: its sticky notifications are resolved and leave the list.
    Status resolved(const QString &integrationId);

private:
    Database &m_database;
    Clock &m_clock;
};

} // namespace Ledgerlink

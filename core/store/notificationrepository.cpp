#include "notificationrepository.h"

#include "clock.h"
#include "database.h"
#include "storesql.h"

namespace Ledgerlink {

namespace {

QString severityText(NotificationSeverity severity)
{
    switch (severity) {
    case NotificationSeverity::Info:
        return QStringLiteral("INFO");
    case NotificationSeverity::Warning:
        return QStringLiteral("WARNING");
    case NotificationSeverity::Error:
        return QStringLiteral("ERROR");
    }
    return {};
}

NotificationSeverity severityFromText(const QString &text)
{
    if (text == QLatin1String("ERROR")) {
        return NotificationSeverity::Error;
    }
    return text == QLatin1String("WARNING") ? NotificationSeverity::Warning : NotificationSeverity::Info;
}

} // namespace

NotificationRepository::NotificationRepository(Database &database, Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

Result<qint64> NotificationRepository::add(const Notification &n)
{
    return StoreSql::insert(m_database,
        QStringLiteral("INSERT INTO notifications (integration_id, run_id, severity, title, message, "
                       "created_at, is_read, sticky, resolved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)"),
        { StoreSql::textOrNull(n.integrationId), StoreSql::idOrNull(n.runId), severityText(n.severity), n.title,
            n.message, StoreSql::timeText(m_clock.now()), int(n.read), int(n.sticky) },
        tr("Ledgerlink could not save a notification."));
}

Result<int> NotificationRepository::unreadCount()
{
    auto query = StoreSql::exec(m_database,
        QStringLiteral("SELECT COUNT(*) FROM notifications WHERE resolved = 0 "
                       "AND (is_read = 0 OR sticky = 1)"),
        {}, tr("Ledgerlink could not read its notifications."));
    if (!query) {
        return query.error();
    }
    return query.value().next() ? query.value().value(0).toInt() : 0;
}

Result<QList<Notification>> NotificationRepository::list(int limit, qint64 beforeId)
{
    auto query = StoreSql::exec(m_database,
        QStringLiteral("SELECT id, integration_id, run_id, severity, title, message, created_at, "
                       "is_read, sticky, resolved FROM notifications WHERE resolved = 0 "
                       "AND (? = 0 OR id < ?) ORDER BY id DESC LIMIT ?"),
        { beforeId, beforeId, qMax(1, limit) }, tr("Ledgerlink could not read its notifications."));
    if (!query) {
        return query.error();
    }
    QList<Notification> notifications;
    QSqlQuery &q = query.value();
    while (q.next()) {
        Notification n;
        n.id = q.value(0).toLongLong();
        n.integrationId = q.value(1).toString();
        n.runId = StoreSql::id(q.value(2));
        n.severity = severityFromText(q.value(3).toString());
        n.title = q.value(4).toString();
        n.message = q.value(5).toString();
        n.createdAt = StoreSql::time(q.value(6));
        n.read = q.value(7).toInt() != 0;
        n.sticky = q.value(8).toInt() != 0;
        n.resolved = q.value(9).toInt() != 0;
        notifications.append(n);
    }
    return notifications;
}

Status NotificationRepository::markRead(qint64 id)
{
    auto changed = StoreSql::update(m_database, QStringLiteral("UPDATE notifications SET is_read = 1 WHERE id = ?"),
        { id }, tr("Ledgerlink could not update a notification."));
    if (!changed) {
        return changed.error();
    }
    if (changed.value() == 0) {
        return StoreSql::notFound(tr("Notification %1 does not exist.").arg(id), id);
    }
    return {};
}

Status NotificationRepository::markAllRead()
{
    auto changed =
        StoreSql::update(m_database, QStringLiteral("UPDATE notifications SET is_read = 1 WHERE is_read = 0"), {},
            tr("Ledgerlink could not update its notifications."));
    return changed ? Status() : Status(changed.error());
}

Status NotificationRepository::resolved(const QString &integrationId)
{
    auto changed = StoreSql::update(m_database,
        QStringLiteral("UPDATE notifications SET resolved = 1, is_read = 1 "
                       "WHERE integration_id = ? AND sticky = 1 AND resolved = 0"),
        { integrationId }, tr("Ledgerlink could not update its notifications."));
    return changed ? Status() : Status(changed.error());
}

} // namespace Ledgerlink

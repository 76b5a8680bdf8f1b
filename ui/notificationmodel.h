#pragma once

#include "store/notificationrepository.h"

#include <QAbstractListModel>
#include <QList>

namespace Ledgerlink {

/// The bell's list over NotificationRepository, newest first. refresh() re-reads the store (the
/// sync engine writes the notifications on its own thread and connection) and reports the
/// unread count and each notification that arrived since the last look.
class NotificationModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        RunIdRole,
        IntegrationIdRole,
        ReadRole,
        StickyRole,
        SeverityRole, ///< int(NotificationSeverity)
        MessageRole,
    };

    NotificationModel(Database &database, Clock &clock, QObject *parent = nullptr);

    int unreadCount() const { return m_unread; }
    const Notification &notification(int row) const { return m_items.at(row); }
    /// Marks one notification read (a sticky one keeps counting until its problem is fixed).
    void markRead(int row);
    void markAllRead();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void unreadCountChanged(int count);
    /// A notification that was not there at the previous refresh (not emitted for the first load).
    void notificationArrived(const Ledgerlink::Notification &notification);
    void errorOccurred(const QString &message);

private:
    NotificationRepository m_repository;
    QList<Notification> m_items;
    qint64 m_newestSeenId = -1; ///< -1 until the first load
    int m_unread = 0;
};

} // namespace Ledgerlink

#pragma once

#include <QDateTime>
#include <QString>

namespace Ledgerlink {

enum class NotificationSeverity {
    Info,
    Warning,
    Error,
};

/// An entry of the bell. A sticky one (e.g. "sign in to Xero again") stays, and keeps counting
/// as unread, until the problem of its integration is resolved.
struct Notification
{
    qint64 id = 0;
    QString integrationId; ///< empty for application-wide notices
    qint64 runId = 0;
    NotificationSeverity severity = NotificationSeverity::Info;
    QString title;
    QString message;
    QDateTime createdAt; ///< UTC
    bool read = false;
    bool sticky = false;
    bool resolved = false;
};

} // namespace Ledgerlink

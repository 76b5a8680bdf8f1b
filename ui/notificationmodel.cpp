#include "notificationmodel.h"

#include "logging.h"

#include <QFont>
#include <QIcon>
#include <QLocale>

namespace Ledgerlink {

namespace {

constexpr int kShown = 100; // the bell shows the most recent ones; older ones are in History

bool sameList(const QList<Notification> &a, const QList<Notification> &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).id != b.at(i).id || a.at(i).read != b.at(i).read || a.at(i).resolved != b.at(i).resolved) {
            return false;
        }
    }
    return true;
}

} // namespace

NotificationModel::NotificationModel(Database &database, Clock &clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(database, clock)
{ }

void NotificationModel::refresh()
{
    auto list = m_repository.list(kShown);
    auto unread = m_repository.unreadCount();
    if (!list || !unread) {
        const Error &error = !list ? list.error() : unread.error();
        qCWarning(lcUi) << "notifications could not be read:" << error.detail();
        Q_EMIT errorOccurred(error.userMessage());
        return;
    }
    QList<Notification> arrived;
    qint64 newest = m_newestSeenId;
    for (const Notification &n : list.value()) {
        if (m_newestSeenId >= 0 && n.id > m_newestSeenId) {
            arrived.prepend(n); // oldest first
        }
        newest = qMax(newest, n.id);
    }
    if (m_newestSeenId < 0) {
        newest = qMax<qint64>(newest, 0);
    }
    m_newestSeenId = newest;
    if (!sameList(m_items, list.value())) {
        beginResetModel();
        m_items = list.value();
        endResetModel();
    } else {
        m_items = list.value();
    }
    if (m_unread != unread.value()) {
        m_unread = unread.value();
        Q_EMIT unreadCountChanged(m_unread);
    }
    for (const Notification &n : std::as_const(arrived)) {
        Q_EMIT notificationArrived(n);
    }
}

void NotificationModel::markRead(int row)
{
    if (row < 0 || row >= m_items.size() || m_items.at(row).read) {
        return;
    }
    if (Status marked = m_repository.markRead(m_items.at(row).id); !marked) {
        Q_EMIT errorOccurred(marked.error().userMessage());
        return;
    }
    refresh();
}

void NotificationModel::markAllRead()
{
    if (Status marked = m_repository.markAllRead(); !marked) {
        Q_EMIT errorOccurred(marked.error().userMessage());
        return;
    }
    refresh();
}

int NotificationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant NotificationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Notification &n = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString when = n.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        return n.message.isEmpty() ? tr("%1\n%2").arg(n.title, when) : tr("%1\n%2 · %3").arg(n.title, when, n.message);
    }
    case Qt::ToolTipRole:
        return QLocale().toString(n.createdAt.toLocalTime(), QLocale::LongFormat);
    case Qt::AccessibleTextRole:
        return (n.read ? tr("Read: %1") : tr("Unread: %1")).arg(n.title);
    case Qt::FontRole: {
        QFont font;
        font.setBold(!n.read || n.sticky);
        return font;
    }
    case Qt::DecorationRole:
        switch (n.severity) {
        case NotificationSeverity::Info:
            return QIcon(QStringLiteral(":/icons/state-active.svg"));
        case NotificationSeverity::Warning:
            return QIcon(QStringLiteral(":/icons/state-reauthorise.svg"));
        case NotificationSeverity::Error:
            return QIcon(QStringLiteral(":/icons/state-error.svg"));
        }
        return {};
    case IdRole:
        return n.id;
    case RunIdRole:
        return n.runId;
    case IntegrationIdRole:
        return n.integrationId;
    case ReadRole:
        return n.read;
    case StickyRole:
        return n.sticky;
    case SeverityRole:
        return int(n.severity);
    case MessageRole:
        return n.message;
    default:
        return {};
    }
}

} // namespace Ledgerlink

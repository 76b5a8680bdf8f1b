#include "notificationpopup.h"

#include "notificationmodel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace Ledgerlink {

NotificationPopup::NotificationPopup(NotificationModel &model, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_model(model)
{
    setObjectName(QStringLiteral("notificationPopup"));
    setAccessibleName(tr("Notifications"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Notifications").toHtmlEscaped()));
    m_markAll = new QPushButton(tr("Mark &all read"));
    m_markAll->setObjectName(QStringLiteral("markAllReadButton"));
    header->addWidget(title, 1);
    header->addWidget(m_markAll);
    layout->addLayout(header);
    m_view = new QListView;
    m_view->setObjectName(QStringLiteral("notificationList"));
    m_view->setAccessibleName(tr("Notifications, newest first"));
    m_view->setModel(&m_model);
    m_view->setWordWrap(true);
    m_view->setIconSize(QSize(20, 20));
    m_view->setSpacing(2);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_view, 1);
    m_empty = new QLabel(tr("No notifications. The outcome of every sync will appear here."));
    m_empty->setObjectName(QStringLiteral("notificationsEmpty"));
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    resize(420, 360);

    // A click may emit both clicked and activated (style-dependent); the first one closes the popup.
    auto activate = [this](const QModelIndex &index) {
        if (isVisible()) {
            activateRow(index.row());
        }
    };
    connect(m_view, &QListView::activated, this, activate);
    connect(m_view, &QListView::clicked, this, activate);
    connect(m_markAll, &QPushButton::clicked, &m_model, &NotificationModel::markAllRead);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &NotificationPopup::updateEmptyState);
    updateEmptyState();
}

void NotificationPopup::updateEmptyState()
{
    const bool empty = m_model.rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    m_markAll->setEnabled(m_model.unreadCount() > 0);
}

void NotificationPopup::activateRow(int row)
{
    if (row < 0 || row >= m_model.rowCount()) {
        return;
    }
    const qint64 runId = m_model.notification(row).runId;
    m_model.markRead(row);
    hide();
    if (runId > 0) {
        Q_EMIT runRequested(runId);
    }
}

void NotificationPopup::showBelow(QWidget *anchor)
{
    updateEmptyState();
    QPoint position = anchor->mapToGlobal(QPoint(anchor->width() - width(), anchor->height()));
    if (const QScreen *screen = anchor->screen()) {
        const QRect available = screen->availableGeometry();
        position.setX(qBound(available.left(), position.x(), available.right() - width()));
        position.setY(qBound(available.top(), position.y(), available.bottom() - height()));
    }
    move(position);
    show();
    m_view->setFocus();
}

} // namespace Ledgerlink

#pragma once

#include <QFrame>

class QLabel;
class QListView;
class QPushButton;

namespace Ledgerlink {

class NotificationModel;

/// The list that drops down from the bell: newest first, unread in bold. Activating an entry
/// marks it read and asks for its run to be opened in History.
class NotificationPopup : public QFrame
{
    Q_OBJECT

public:
    explicit NotificationPopup(NotificationModel &model, QWidget *parent = nullptr);

    /// Opens below `anchor`, right-aligned with it.
    void showBelow(QWidget *anchor);
    QListView *view() const { return m_view; }
    /// What activating `row` does (also used by tests): mark read, emit runRequested, close.
    void activateRow(int row);

Q_SIGNALS:
    void runRequested(qint64 runId);

private:
    void updateEmptyState();

    NotificationModel &m_model;
    QListView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_markAll = nullptr;
};

} // namespace Ledgerlink

#pragma once

#include "messagebar.h"

#include <QPersistentModelIndex>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace Ledgerlink {

class Clock;
class Confirmation;
class IntegrationListModel;
class SyncProgressPanel;
struct RunProgress;
struct RunSummary;

/// One integration in full, opened from its card: state badge, Enabled switch, Last successful
/// poll, Sync now, Edit settings, Tax mapping, the live progress area, Reconnect, Move links to another organisation
/// and Disconnect. A view: it reads its row of the IntegrationListModel and asks for every change through a signal; the
/// composition root performs it and the model's refresh shows the result.
class IntegrationPage : public QWidget
{
    Q_OBJECT

public:
    IntegrationPage(IntegrationListModel &model, Clock &clock, QWidget *parent = nullptr);

    void setIntegration(const QString &integrationId);
    QString integrationId() const { return m_integrationId; }

    Confirmation *confirmation() const { return m_confirmation; }
    SyncProgressPanel *progressPanel() const { return m_progress; }
    MessageBar *messageBar() const { return m_message; }

public Q_SLOTS:
    /// Re-reads the row (the model changed).
    void updateFromModel();
    // The sync engine's signals; those of other integrations are ignored.
    void showRunStarted(const QString &integrationId, qint64 runId);
    void showPhase(const Ledgerlink::RunProgress &progress);
    void showProgress(const Ledgerlink::RunProgress &progress);
    void showRateLimitWait(const QString &integrationId, const QDateTime &until, const QString &reason);
    void showRunFinished(const Ledgerlink::RunSummary &summary);
    /// The outcome of a requested action (disconnect, move, …) in the page's message bar.
    void showMessage(const QString &integrationId, Ledgerlink::MessageBar::Kind kind, const QString &text);

Q_SIGNALS:
    void backRequested();
    void syncNowRequested(const QString &integrationId);
    /// Switched on: enable it and run a full sync.
    void enableRequested(const QString &integrationId);
    /// Switched off (confirmed): nothing updates until it is enabled again.
    void disableRequested(const QString &integrationId);
    /// Needs re-authorisation: sign in again.
    void reconnectRequested(const QString &integrationId);
    /// Edit settings: show the Configure step for this integration.
    void editSettingsRequested(const QString &integrationId);
    /// Tax mapping: choose which provider tax code each local tax type is sent as.
    void taxMappingRequested(const QString &integrationId);
    /// Confirmed: revoke the grant and forget the secrets; local data and links stay.
    void disconnectRequested(const QString &integrationId);
    /// Confirmed: re-point every link of `fromIntegrationId` to `toIntegrationId`.
    void moveLinksRequested(const QString &fromIntegrationId, const QString &toIntegrationId);

private:
    QWidget *buildHeader();
    QWidget *buildStatus();
    QWidget *buildActions();
    void enabledClicked(bool checked);
    void confirmDisconnect();
    void confirmMove();
    void fillMoveTargets();
    QString organisation() const;

    IntegrationListModel &m_model;
    QString m_integrationId;
    QPersistentModelIndex m_index;
    Confirmation *m_confirmation = nullptr;
    QPushButton *m_back = nullptr;
    QLabel *m_logo = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_badgeIcon = nullptr;
    QLabel *m_badge = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLabel *m_enabledHint = nullptr;
    QLabel *m_lastPoll = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_editSettings = nullptr;
    QPushButton *m_taxMapping = nullptr;
    SyncProgressPanel *m_progress = nullptr;
    QPushButton *m_reconnect = nullptr;
    QLabel *m_reconnectHint = nullptr;
    QComboBox *m_moveTarget = nullptr;
    QPushButton *m_move = nullptr;
    QPushButton *m_disconnect = nullptr;
    MessageBar *m_message = nullptr;
};

} // namespace Ledgerlink

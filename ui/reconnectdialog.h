#pragma once

#include "auth/grantrenewal.h"
#include "store/integration.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace Ledgerlink {

class MessageBar;
class SignInWaitPanel;

/// "Reconnect" for an integration that needs re-authorisation: signs in again for THAT integration
/// (core's GrantRenewal) instead of adding a new one. Looks like the wizard's Authorise step.
///
///   [Sign in to X] -> GrantRenewal::start -> browser opens, address with Copy, spinner + Cancel
///   renewed  -> renewed(outcome), the dialog closes (accepted)
///   failed   -> the message, [Sign in Again]
///   Cancel / Close while waiting -> GrantRenewal::cancel (the loopback listener closes)
class ReconnectDialog : public QDialog
{
    Q_OBJECT

public:
    /// `renewal` must outlive the dialog (usually the dialog is its parent).
    ReconnectDialog(GrantRenewal &renewal, const Integration &integration, const GrantRenewal::Options &options = {},
        QWidget *parent = nullptr);

    bool isWaiting() const { return m_waiting; }
    MessageBar *messageBar() const { return m_message; }

public Q_SLOTS:
    void startSignIn();
    void cancelSignIn();
    void reject() override;

Q_SIGNALS:
    /// The grant is renewed and stored; the integration is active again.
    void renewed(const Ledgerlink::GrantRenewal::Outcome &outcome);

private:
    void showAuthorizeUrl(const QUrl &url);
    void onFinished(const Result<GrantRenewal::Outcome> &result);
    void setWaiting(bool waiting);

    GrantRenewal &m_renewal;
    QString m_integrationId;
    QString m_providerName;
    GrantRenewal::Options m_options;
    QPushButton *m_signIn = nullptr;
    SignInWaitPanel *m_wait = nullptr;
    MessageBar *m_message = nullptr;
    QPushButton *m_close = nullptr;
    bool m_waiting = false;
};

} // namespace Ledgerlink

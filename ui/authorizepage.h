#pragma once

#include <QUrl>
#include <QWizardPage>

class QLabel;
class QListWidget;
class QPushButton;
class QWidget;

namespace Ledgerlink {

struct IntegrationDraft;
class MessageBar;
class SignInWaitPanel;

/// Wizard step 3: sign in at the provider. The page only shows the flow; core's authoriser does it.
///
///   [Sign in] --authorizationRequested()--> core starts the loopback flow
///   core --setAuthorizeUrl(url)--> page opens the browser, shows the URL with Copy, spinner + Cancel
///   [Cancel]  --authorizationCancelled()--> core stops listening
///   core --setConnected(names, ids)--> "Connected to <org>" (check-boxes when several)
///   core --setAuthorizationFailed(message)--> the message, and Sign in again
class AuthorizePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AuthorizePage(IntegrationDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isWaiting() const;
    QStringList checkedOrganisationIds() const;

public Q_SLOTS:
    /// The consent page to open; the page opens the system browser and offers the URL for copying.
    void setAuthorizeUrl(const QUrl &url);
    /// Signed in: the organisations the grant reaches (ids parallel to names; empty ids = use names).
    void setConnected(const QStringList &organisationNames, const QStringList &organisationIds = {});
    void setAuthorizationFailed(const QString &message);

Q_SIGNALS:
    void authorizationRequested();
    void authorizationCancelled();

private:
    void startSignIn();
    void cancelSignIn();
    void setWaiting(bool waiting);

    IntegrationDraft &m_draft;
    QLabel *m_intro = nullptr;
    QPushButton *m_signIn = nullptr;
    SignInWaitPanel *m_wait = nullptr;
    QLabel *m_connected = nullptr;
    QListWidget *m_organisations = nullptr;
    MessageBar *m_message = nullptr;
    bool m_isConnected = false;
    bool m_waiting = false;
};

} // namespace Ledgerlink

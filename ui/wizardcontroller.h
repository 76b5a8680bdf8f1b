#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

namespace Ledgerlink {

class AddAppWizard;
class AuthSession;
class IntegrationBuilder;
struct IntegrationDraft;

/// Connects one "Add a new app" wizard to core (ownCloud's page controllers, in one place):
///   authorizationRequested -> AuthSession (AuthorizationFlow; the Authorise page opens the
///   browser with QDesktopServices) -> setConnected / setAuthorizationFailed
///   authorizationCancelled -> cancel the sign-in
///   draftAccepted -> IntegrationBuilder::commit(draft, refresh token) -> integrationsSaved / saveFailed
/// The refresh token never leaves memory except into the keychain. Lives as long as the wizard.
class WizardController : public QObject
{
    Q_OBJECT

public:
    /// `sandboxBase`: ledgerlink-sandbox URL for the demo and tests; empty for the real providers.
    WizardController(AddAppWizard *wizard, IntegrationBuilder &builder, const QUrl &sandboxBase = {});
    ~WizardController() override;

    /// How long a browser sign-in may take (tests shorten it).
    void setAuthorizationTimeout(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    /// The integrations are stored, Active and enabled: start their first sync.
    void integrationsSaved(const QStringList &integrationIds);
    void saveFailed(const QString &message);

private:
    void authorize(const IntegrationDraft &draft);
    void save(const IntegrationDraft &draft);

    QPointer<AddAppWizard> m_wizard;
    IntegrationBuilder &m_builder;
    QUrl m_sandboxBase;
    AuthSession *m_session = nullptr;
    QString m_refreshToken;
    int m_timeoutMs = 5 * 60 * 1000;
};

} // namespace Ledgerlink

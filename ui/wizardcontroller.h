#pragma once

#include "authsession.h"
#include "error.h"
#include "sync/customermatchpreview.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

namespace Ledgerlink {

class AddAppWizard;
class Clock;
class ConfigurePage;
class Database;
class IntegrationBuilder;
struct IntegrationDraft;

/// Connects one "Add a new app" wizard to core (ownCloud's page controllers, in one place):
///   authorizationRequested -> AuthSession (AuthorizationFlow; the Authorise page opens the
///   browser with QDesktopServices) -> setConnected / setAuthorizationFailed
///   authorizationCancelled -> cancel the sign-in
///   signed in (one organisation) / Configure entered (first ticked organisation changed)
///     -> CustomerMatchPreview (the organisation's contacts with the sign-in's access token, the
///        local customers) -> ConfigurePage::setCustomerMatches / setCustomerMatchesFailed
///   draftAccepted -> IntegrationBuilder::commit(draft, refresh token) -> integrationsSaved / saveFailed
/// The tokens never leave memory except the refresh token into the keychain. Lives as long as the
/// wizard (and, after Save, until the builder answers).
class WizardController : public QObject
{
    Q_OBJECT

public:
    /// `sandboxBase`: ledgerlink-sandbox URL for the demo and tests; empty for the real providers.
    WizardController(AddAppWizard *wizard, IntegrationBuilder &builder, const QUrl &sandboxBase = {});
    ~WizardController() override;

    /// How long a browser sign-in may take (tests shorten it).
    void setAuthorizationTimeout(int ms) { m_timeoutMs = ms; }
    /// Enables the Configure step's customer matching suggestions; the local customers are read
    /// from `database` (this thread's connection). Without it the table stays hidden.
    void setLocalStore(Database &database, Clock &clock);

Q_SIGNALS:
    /// The integrations are stored, Active and enabled: start their first sync.
    void integrationsSaved(const QStringList &integrationIds);
    void saveFailed(const QString &message);

private:
    void authorize(const IntegrationDraft &draft);
    void signedIn(const AuthSession::Outcome &outcome);
    void pageChanged(int id);
    void readContacts(const QString &organisationId, const QString &organisationName);
    void showMatches(const Result<CustomerMatchPreview::Outcome> &result);
    void stopReading();
    void save(const IntegrationDraft &draft);
    ConfigurePage *configurePage() const;

    QPointer<AddAppWizard> m_wizard;
    IntegrationBuilder &m_builder;
    QUrl m_sandboxBase;
    AuthSession *m_session = nullptr;
    QString m_refreshToken;
    QString m_accessToken;
    QDateTime m_accessExpiresAt;
    int m_organisationCount = 0;
    int m_timeoutMs = 5 * 60 * 1000;
    Database *m_database = nullptr;
    Clock *m_clock = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<CustomerMatchPreview> m_preview;
    QString m_matchOrganisationId; ///< whose contacts are shown or being read
    QString m_matchOrganisationName;
};

} // namespace Ledgerlink

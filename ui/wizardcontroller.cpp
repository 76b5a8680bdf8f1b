#include "wizardcontroller.h"

#include "addappwizard.h"
#include "authsession.h"
#include "integrationbuilder.h"
#include "logging.h"

#include <memory>
#include <utility>

namespace Ledgerlink {

WizardController::WizardController(AddAppWizard *wizard, IntegrationBuilder &builder, const QUrl &sandboxBase)
    : QObject(wizard)
    , m_wizard(wizard)
    , m_builder(builder)
    , m_sandboxBase(sandboxBase)
    , m_session(new AuthSession(this))
{
    connect(wizard, &AddAppWizard::authorizationRequested, this, &WizardController::authorize);
    connect(wizard, &AddAppWizard::authorizationCancelled, m_session, &AuthSession::cancel);
    connect(wizard, &AddAppWizard::draftAccepted, this, &WizardController::save);
    connect(m_session, &AuthSession::authorizeUrlReady, wizard, &AddAppWizard::setAuthorizeUrl);
    connect(m_session, &AuthSession::succeeded, this, [this](const AuthSession::Outcome &outcome) {
        m_refreshToken = outcome.refreshToken;
        if (m_wizard) {
            m_wizard->setConnected(outcome.organisationNames, outcome.organisationIds);
        }
    });
    connect(m_session, &AuthSession::failed, wizard, &AddAppWizard::setAuthorizationFailed);
}

WizardController::~WizardController() = default;

void WizardController::authorize(const IntegrationDraft &draft)
{
    AuthSession::Request request;
    request.provider = draft.provider;
    request.appType = draft.appType;
    request.clientId = draft.clientId;
    request.clientSecret = draft.clientSecret;
    request.scopes = draft.scopes;
    request.port = quint16(draft.redirectPort);
    request.sandboxBase = m_sandboxBase;
    request.timeoutMs = m_timeoutMs;
    m_refreshToken.clear();
    m_session->start(request);
}

void WizardController::save(const IntegrationDraft &draft)
{
    // The wizard closes (and is deleted) once accepted; the save outlives it, so from here on the
    // controller belongs to the builder and deletes itself after reporting the outcome.
    setParent(&m_builder);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&m_builder, &IntegrationBuilder::finished, this,
        [this, connection](const Result<IntegrationBuilder::Outcome> &result) {
            QObject::disconnect(*connection);
            deleteLater();
            if (!result) {
                qCWarning(lcUi) << "saving the integration failed:" << result.error().detail();
                Q_EMIT saveFailed(result.error().userMessage());
                return;
            }
            QStringList ids;
            for (const Integration &integration : result->integrations) {
                ids.append(integration.id);
            }
            Q_EMIT integrationsSaved(ids);
        });
    if (!m_builder.commit(draft, std::exchange(m_refreshToken, QString()))) {
        QObject::disconnect(*connection);
        deleteLater();
        Q_EMIT saveFailed(tr("Another integration is being saved. Wait a moment and try again."));
    }
}

} // namespace Ledgerlink

#include "wizardcontroller.h"

#include "addappwizard.h"
#include "configurepage.h"
#include "integrationbuilder.h"
#include "logging.h"
#include "providercatalog.h"
#include "providers/providerclient.h"
#include "providers/providerclientfactory.h"
#include "sync/signintokensource.h"

#include <QNetworkAccessManager>

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
    connect(wizard, &QWizard::currentIdChanged, this, &WizardController::pageChanged);
    connect(wizard, &QWizard::rejected, this, &WizardController::stopReading);
    connect(m_session, &AuthSession::authorizeUrlReady, wizard, &AddAppWizard::setAuthorizeUrl);
    connect(m_session, &AuthSession::succeeded, this, &WizardController::signedIn);
    connect(m_session, &AuthSession::failed, wizard, &AddAppWizard::setAuthorizationFailed);
}

WizardController::~WizardController() = default;

void WizardController::setLocalStore(Database &database, Clock &clock)
{
    m_database = &database;
    m_clock = &clock;
}

ConfigurePage *WizardController::configurePage() const
{
    return m_wizard ? qobject_cast<ConfigurePage *>(m_wizard->page(AddAppWizard::ConfigurePageId)) : nullptr;
}

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
    m_accessToken.clear();
    // A new sign-in may reach other organisations: what was read for the old one no longer applies.
    stopReading();
    m_matchOrganisationId.clear();
    if (ConfigurePage *configure = configurePage()) {
        configure->setCustomerMatches({});
    }
    m_session->start(request);
}

void WizardController::signedIn(const AuthSession::Outcome &outcome)
{
    m_refreshToken = outcome.refreshToken;
    m_accessToken = outcome.accessToken;
    m_accessExpiresAt = outcome.accessExpiresAt;
    m_organisationCount = int(outcome.organisationIds.size());
    if (!m_wizard) {
        return;
    }
    m_wizard->setConnected(outcome.organisationNames, outcome.organisationIds);
    // One organisation is ticked already: read its contacts while the admin reads the page. With
    // several, the read waits for the choice (Configure entered with the first ticked one).
    if (outcome.organisationIds.size() == 1) {
        readContacts(outcome.organisationIds.constFirst(), outcome.organisationNames.value(0));
    }
}

void WizardController::pageChanged(int id)
{
    if (id != AddAppWizard::ConfigurePageId || !m_wizard) {
        return;
    }
    const IntegrationDraft &draft = m_wizard->draft();
    if (draft.organisationIds.isEmpty() || draft.organisationIds.constFirst() == m_matchOrganisationId) {
        return; // still the organisation shown (or being read)
    }
    readContacts(draft.organisationIds.constFirst(), draft.organisationNames.value(0));
}

void WizardController::readContacts(const QString &organisationId, const QString &organisationName)
{
    ConfigurePage *configure = configurePage();
    // No access token: nobody signed in through this controller (the screenshot tour sets the
    // outcome by hand). There is nothing to read with, and "the sign-in has expired" would be untrue.
    if (!m_database || !m_clock || !configure || m_accessToken.isEmpty()) {
        return;
    }
    stopReading();
    m_matchOrganisationId = organisationId;
    m_matchOrganisationName = organisationName;
    const IntegrationDraft &draft = m_wizard->draft();
    const QString provider = ProviderCatalog::displayName(draft.provider);

    // The integration as IntegrationBuilder will store it: the factory needs provider, tenant and
    // client id (MYOB's API key); nothing of it is written anywhere.
    Integration integration;
    integration.provider = draft.provider;
    integration.appType = IntegrationBuilder::appTypeText(draft.appType);
    integration.clientId = draft.clientId.trimmed();
    integration.tenantId = organisationId;
    integration.tenantName = organisationName;
    integration.settings = IntegrationBuilder::settingsJson(draft);

    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
    }
    auto tokens = std::make_unique<SignInTokenSource>(m_accessToken, m_accessExpiresAt, *m_clock);
    ProviderClientFactory::Options options;
    options.sandboxBase = m_sandboxBase;
    // The admin is waiting on the page: fail soon rather than retry for minutes. The first sync
    // matches automatically anyway.
    options.pacing.maxAttempts = 2;
    options.pacing.timeoutMs = 30000;
    options.pacing.maxWaitSeconds = 30;
    auto client = ProviderClientFactory::create(integration, m_network, tokens.get(), *m_clock, options);
    if (!client) {
        showMatches(client.error());
        return;
    }
    auto *preview = new CustomerMatchPreview(*m_database, *m_clock, std::move(client).value(), std::move(tokens), this);
    m_preview = preview;
    connect(preview, &CustomerMatchPreview::finished, this,
        [this, preview](const Result<CustomerMatchPreview::Outcome> &result) {
            preview->deleteLater();
            if (m_preview != preview) {
                return;
            }
            m_preview = nullptr;
            showMatches(result);
        });
    configure->showCustomerMatchesReading(tr("Reading %1's contacts…").arg(provider));
    preview->start();
}

void WizardController::showMatches(const Result<CustomerMatchPreview::Outcome> &result)
{
    ConfigurePage *configure = configurePage();
    if (!configure) {
        return;
    }
    const QString provider = ProviderCatalog::displayName(m_wizard->draft().provider);
    if (!result) {
        qCInfo(lcUi) << "customer matching suggestions unavailable:" << result.error().detail();
        m_matchOrganisationId.clear(); // entering Configure again tries again
        configure->setCustomerMatchesFailed(tr("Ledgerlink could not read %1's contacts: %2 The customers will be "
                                               "matched automatically on the first sync.")
                                                .arg(provider, result.error().userMessage()));
        return;
    }
    // Only customers with a likely twin get a row: the decision that matters is link or not.
    // The rest (possibly thousands) would all say "Create" - one line counts them instead.
    QList<CustomerMatchSuggestion> rows;
    for (const CustomerMatchPreview::Match &match : result->matches) {
        rows.append({ match.localId, match.localName, match.remoteId, match.remoteName });
    }
    // With several organisations, say whose contacts these are; with several ticked, that the
    // answers only concern the first one (IntegrationBuilder stores them for that one only).
    QString caption;
    if (m_wizard->draft().organisationIds.size() > 1) {
        caption = tr("Suggestions from the contacts of %1, the first organisation you ticked. The other "
                     "organisations are matched automatically on their first sync.")
                      .arg(m_matchOrganisationName);
    } else if (m_organisationCount > 1) {
        caption = tr("Suggestions from the contacts of %1.").arg(m_matchOrganisationName);
    }
    const QString summary = result->unmatchedLocal > 0
        ? tr("%n other customer(s) have no likely match in %1 and are treated as new.", nullptr, result->unmatchedLocal)
              .arg(provider)
        : QString();
    configure->setCustomerMatches(rows, caption, summary);
}

void WizardController::stopReading()
{
    if (CustomerMatchPreview *preview = m_preview) {
        m_preview = nullptr;
        disconnect(preview, nullptr, this, nullptr);
        preview->cancel();
        preview->deleteLater();
    }
}

void WizardController::save(const IntegrationDraft &draft)
{
    stopReading();
    m_accessToken.clear();
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

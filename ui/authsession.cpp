#include "authsession.h"

#include "auth/authorizationflow.h"
#include "logging.h"

namespace Ledgerlink {

AuthSession::AuthSession(QObject *parent)
    : QObject(parent)
{ }

AuthSession::~AuthSession()
{
    cancel();
}

void AuthSession::start(const Request &request)
{
    cancel();
    const auto provider = ProviderEndpoints::fromKey(request.provider);
    if (!provider) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT failed(tr("Ledgerlink does not know this accounting package.")); },
            Qt::QueuedConnection);
        return;
    }
    AuthorizationRequest auth;
    auth.provider = provider.value();
    auth.appType = request.appType;
    auth.clientId = request.clientId;
    auth.clientSecret = request.clientSecret;
    auth.scopes = request.scopes;
    if (auth.scopes.isEmpty()) {
        // Authorise comes before Configure: ask for what every entity needs, so changing the
        // configuration later does not require signing in again.
        using Entity = ProviderEndpoints::Entity;
        const ProviderEndpoints::Entities all = Entity::Customers | Entity::Invoices | Entity::Payments | Entity::Items
            | Entity::TaxRates | Entity::Accounts;
        auth.scopes = ProviderEndpoints::scopes(provider.value(), all, request.appType == AppType::CustomConnection);
    }
    auth.port = request.port;
    auth.sandboxBase = request.sandboxBase;
    auth.timeoutMs = request.timeoutMs;
    auto *flow = new AuthorizationFlow(auth, Clock::system(), this);
    m_flow = flow;
    connect(flow, &AuthorizationFlow::authorizeUrlReady, this, &AuthSession::authorizeUrlReady);
    connect(flow, &AuthorizationFlow::finished, this, [this, flow](const Result<AuthorizationResult> &result) {
        flow->deleteLater();
        if (m_flow == flow) {
            m_flow = nullptr;
        }
        if (!result) {
            qCInfo(lcUi) << "sign-in failed:" << result.error().detail();
            Q_EMIT failed(result.error().userMessage());
            return;
        }
        Outcome outcome;
        for (const AuthorizedOrganisation &organisation : result->organisations) {
            outcome.organisationIds.append(organisation.id);
            outcome.organisationNames.append(organisation.name);
        }
        outcome.refreshToken = result->refreshToken;
        outcome.accessToken = result->accessToken;
        outcome.accessExpiresAt = result->accessExpiresAt;
        Q_EMIT succeeded(outcome);
    });
    flow->start();
}

void AuthSession::cancel()
{
    if (AuthorizationFlow *flow = m_flow) {
        m_flow = nullptr;
        // cancel() makes the flow emit finished(); nobody is listening for this attempt any more.
        disconnect(flow, nullptr, this, nullptr);
        flow->cancel();
        flow->deleteLater();
    }
}

} // namespace Ledgerlink

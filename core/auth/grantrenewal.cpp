#include "grantrenewal.h"

#include "auth/authorizationflow.h"
#include "auth/secretjob.h"
#include "auth/secretstore.h"
#include "logging.h"
#include "store/database.h"
#include "store/integrationrepository.h"
#include "store/notificationrepository.h"

#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace Ledgerlink {

namespace {

const QString kClientSecretName = QStringLiteral("client_secret");
const QString kRefreshTokenName = QStringLiteral("refresh_token");
const QString kConnectionIdKey = QStringLiteral("connection_id");
const QString kCancelledDetail = QStringLiteral("renewal cancelled");

} // namespace

GrantRenewal::GrantRenewal(Database &database, Clock &clock, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_secrets(secrets)
{
    qRegisterMetaType<Result<Outcome>>();
}

GrantRenewal::~GrantRenewal()
{
    if (AuthorizationFlow *flow = m_flow) {
        disconnect(flow, nullptr, this, nullptr);
        flow->cancel();
    }
}

AppType GrantRenewal::appTypeOf(const QString &text)
{
    const QString t = text.toLower();
    if (t.contains(QLatin1String("pkce")) || t.contains(QLatin1String("desktop"))) {
        return AppType::PkceDesktop;
    }
    if (t.contains(QLatin1String("custom"))) {
        return AppType::CustomConnection;
    }
    return AppType::WebApp;
}

bool GrantRenewal::isCancellation(const Error &error)
{
    return error.detail() == kCancelledDetail || error.detail() == QLatin1String("cancelled");
}

QString GrantRenewal::secretOwner() const
{
    // Like KeychainTokenSource: the grant owns the secrets; an integration without one owns its own.
    return m_integration.grantId.isEmpty() ? m_integration.id : m_integration.grantId;
}

bool GrantRenewal::start(const QString &integrationId, const Options &options)
{
    if (m_running) {
        return false;
    }
    m_running = true;
    ++m_attempt;
    m_options = options;
    m_sharers.clear();
    m_reached.clear();
    m_pending.clear();
    m_clientSecret.clear();
    m_owner.clear();
    m_newOwner = false;
    Result<Integration> found = IntegrationRepository(m_database, m_clock).findById(integrationId);
    if (!found) {
        QTimer::singleShot(0, this, [this, error = found.error()] { finish(error); });
        return true;
    }
    m_integration = found.value();
    if (!ProviderEndpoints::fromKey(m_integration.provider)) {
        const Error error(Error::Kind::Config, tr("Ledgerlink does not know this accounting package."),
            QStringLiteral("unknown provider %1").arg(m_integration.provider));
        QTimer::singleShot(0, this, [this, error] { finish(error); });
        return true;
    }
    QTimer::singleShot(0, this, [this, attempt = m_attempt] {
        if (attempt == m_attempt && m_running) {
            readClientSecret();
        }
    });
    return true;
}

void GrantRenewal::cancel()
{
    if (!m_running) {
        return;
    }
    if (!m_owner.isEmpty()) {
        // The keychain writes have begun: let them complete so the keychain and the store agree.
        return;
    }
    if (AuthorizationFlow *flow = m_flow) {
        disconnect(flow, nullptr, this, nullptr);
        flow->cancel();
        flow->deleteLater();
        m_flow = nullptr;
    }
    finish(Error(Error::Kind::Config, tr("Signing in again was cancelled. Nothing was changed."), kCancelledDetail));
}

void GrantRenewal::readClientSecret()
{
    if (appTypeOf(m_integration.appType) == AppType::PkceDesktop) {
        authorise({});
        return;
    }
    SecretJob *job = m_secrets.read(secretOwner(), kClientSecretName);
    connect(job, &SecretJob::finished, this, [this, job, attempt = m_attempt](const Result<QByteArray> &secret) {
        if (attempt != m_attempt || !m_running) {
            return;
        }
        if (!secret) {
            if (job->notFound()) {
                finish(Error(Error::Kind::Config,
                    tr("The client secret of %1 is no longer in this computer's keychain, so Ledgerlink cannot sign "
                       "in again. Disconnect the integration and add the app again with its client secret.")
                        .arg(m_integration.tenantName),
                    QStringLiteral("no %1 for owner %2").arg(kClientSecretName, secretOwner())));
            } else {
                finish(secret.error());
            }
            return;
        }
        m_clientSecret = secret.value();
        authorise(QString::fromUtf8(secret.value()));
    });
}

void GrantRenewal::authorise(const QString &clientSecret)
{
    const auto provider = ProviderEndpoints::fromKey(m_integration.provider).value();
    AuthorizationRequest request;
    request.provider = provider;
    request.appType = appTypeOf(m_integration.appType);
    request.clientId = m_integration.clientId;
    request.clientSecret = clientSecret;
    // A custom connection asks for the scopes the admin ticked; everything else for what every
    // entity needs, as the wizard does, so a later change of the settings needs no new sign-in.
    request.scopes = m_integration.settings.value(QStringLiteral("scopes")).toVariant().toStringList();
    if (request.scopes.isEmpty()) {
        using Entity = ProviderEndpoints::Entity;
        request.scopes = ProviderEndpoints::scopes(provider,
            Entity::Customers | Entity::Invoices | Entity::Payments | Entity::Items | Entity::TaxRates
                | Entity::Accounts,
            request.appType == AppType::CustomConnection);
    }
    request.port = m_options.port != 0   ? m_options.port
        : m_integration.redirectPort > 0 ? quint16(m_integration.redirectPort)
                                         : LoopbackReplyHandler::DefaultPort;
    request.sandboxBase = m_options.sandboxBase;
    request.timeoutMs = m_options.timeoutMs;
    auto *flow = new AuthorizationFlow(request, m_clock, this);
    m_flow = flow;
    connect(flow, &AuthorizationFlow::authorizeUrlReady, this, &GrantRenewal::authorizeUrlReady);
    connect(flow, &AuthorizationFlow::finished, this, [this, flow](const Result<AuthorizationResult> &result) {
        flow->deleteLater();
        if (m_flow == flow) {
            m_flow = nullptr;
        }
        onAuthorised(result);
    });
    qCInfo(lcAuth) << "renewing the grant of integration" << m_integration.id << "with" << m_integration.provider;
    flow->start();
}

void GrantRenewal::onAuthorised(const Result<AuthorizationResult> &result)
{
    if (!result) {
        finish(result.error());
        return;
    }
    m_reached = result->organisations;
    const auto reaches = [this](const QString &tenantId) {
        return std::any_of(m_reached.cbegin(), m_reached.cend(),
            [&tenantId](const AuthorizedOrganisation &o) { return o.id == tenantId; });
    };
    if (!reaches(m_integration.tenantId)) {
        QStringList names;
        for (const AuthorizedOrganisation &o : std::as_const(m_reached)) {
            names.append(o.name.isEmpty() ? o.id : o.name);
        }
        finish(Error(Error::Kind::Config,
            tr("You signed in, but that sign-in does not give Ledgerlink access to %1, so nothing was changed. Sign "
               "in again as a user who can open %1, and allow access to it on the consent page.")
                .arg(m_integration.tenantName),
            QStringLiteral("tenant %1 not among the %2 organisation(s) reached: %3")
                .arg(m_integration.tenantId)
                .arg(m_reached.size())
                .arg(names.join(QStringLiteral(", ")))));
        return;
    }

    // Sharers of the grant keep working only if the new refresh token reaches their organisation too.
    bool allSharersReached = true;
    if (!m_integration.grantId.isEmpty()) {
        Result<QList<Integration>> all = IntegrationRepository(m_database, m_clock).all();
        if (!all) {
            finish(all.error());
            return;
        }
        for (const Integration &other : all.value()) {
            if (other.id == m_integration.id || other.grantId != m_integration.grantId) {
                continue;
            }
            if (reaches(other.tenantId)) {
                m_sharers.append(other);
            } else {
                allSharersReached = false;
            }
        }
    }
    m_newOwner = m_integration.grantId.isEmpty() || !allSharersReached;
    m_owner = m_newOwner ? QUuid::createUuid().toString(QUuid::WithoutBraces) : m_integration.grantId;
    if (m_newOwner && !allSharersReached) {
        m_sharers.clear(); // they stay on the old grant
    }
    if (m_newOwner && !m_clientSecret.isEmpty()) {
        m_pending.append({ kClientSecretName, m_clientSecret }); // the new grant needs its own copy
    }
    m_clientSecret.clear();
    if (!result->refreshToken.isEmpty()) {
        m_pending.append({ kRefreshTokenName, result->refreshToken.toUtf8() });
    }
    writeNext();
}

void GrantRenewal::writeNext()
{
    if (m_pending.isEmpty()) {
        store();
        return;
    }
    const PendingSecret secret = m_pending.takeFirst();
    SecretJob *job = m_secrets.write(m_owner, secret.name, secret.value);
    connect(job, &SecretJob::finished, this, [this](const Result<QByteArray> &written) {
        if (!written) {
            qCWarning(lcAuth) << "grant renewal: keychain write failed:" << written.error().detail();
            failAfterWrites(written.error());
            return;
        }
        writeNext();
    });
}

void GrantRenewal::store()
{
    IntegrationRepository integrations(m_database, m_clock);
    NotificationRepository notifications(m_database, m_clock);
    QStringList renewed;
    const auto renew = [&](Integration integration) -> Status {
        integration.grantId = m_owner;
        integration.state = integration.enabled ? IntegrationState::Active : IntegrationState::NotEnabled;
        for (const AuthorizedOrganisation &o : std::as_const(m_reached)) {
            if (o.id == integration.tenantId && !o.connectionId.isEmpty()) {
                integration.settings.insert(kConnectionIdKey, o.connectionId);
            }
        }
        if (auto updated = integrations.update(integration); !updated) {
            return updated.error();
        }
        if (Status resolved = notifications.resolved(integration.id); !resolved) {
            return resolved;
        }
        renewed.append(integration.id);
        return {};
    };
    const Status status = m_database.inTransaction([&]() -> Status {
        if (Status own = renew(m_integration); !own) {
            return own;
        }
        for (const Integration &sharer : std::as_const(m_sharers)) {
            // Only those that lost the grant too; a working sharer just picks up the new token.
            if (sharer.state == IntegrationState::NeedsReauthorisation) {
                if (Status other = renew(sharer); !other) {
                    return other;
                }
            }
        }
        return {};
    });
    if (!status) {
        qCWarning(lcAuth) << "grant renewal: store failed:" << status.error().detail();
        failAfterWrites(status.error());
        return;
    }
    qCInfo(lcAuth) << "grant renewed for" << renewed.size() << "integration(s)";
    finish(Outcome { m_integration.id, m_integration.tenantName, renewed, m_owner });
}

void GrantRenewal::failAfterWrites(const Error &error)
{
    m_pending.clear();
    if (!m_newOwner) {
        // The existing entries were overwritten at most; the integration stays as it was.
        finish(error);
        return;
    }
    SecretJob *job = m_secrets.removeAll(m_owner);
    connect(job, &SecretJob::finished, this, [this, error](const Result<QByteArray> &removed) {
        if (!removed) {
            qCWarning(lcAuth) << "grant renewal: could not remove the new grant's secrets:" << removed.error().detail();
        }
        finish(error);
    });
}

void GrantRenewal::finish(Result<Outcome> result)
{
    if (!m_running) {
        return;
    }
    m_running = false;
    m_pending.clear();
    m_clientSecret.clear();
    ++m_attempt; // late answers of this attempt are ignored
    Q_EMIT finished(result);
}

} // namespace Ledgerlink

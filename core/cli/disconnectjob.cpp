#include "disconnectjob.h"

#include "auth/grantrevocation.h"
#include "auth/secretjob.h"
#include "auth/secretstore.h"
#include "auth/storeopener.h"
#include "auth/tokenmanager.h"
#include "cli/integrationselector.h"
#include "clock.h"
#include "logging.h"
#include "providers/keychaintokensource.h"
#include "store/integrationrepository.h"

#include <QNetworkAccessManager>

namespace Ledgerlink {

DisconnectJob::DisconnectJob(
    AppOptions options, QString integration, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_name(std::move(integration))
    , m_out(out)
    , m_err(err)
    , m_network(new QNetworkAccessManager(this))
{ }

DisconnectJob::~DisconnectJob() = default;

void DisconnectJob::start()
{
    m_opener = new StoreOpener(this);
    connect(m_opener, &StoreOpener::finished, this, [this](const Status &opened) {
        if (!opened) {
            fail(opened.error());
            return;
        }
        m_context = m_opener->takeContext();
        begin();
    });
    m_opener->open(m_options);
}

void DisconnectJob::begin()
{
    Database &database = m_context->database();
    Result<Integration> found = IntegrationSelector::selectOne(database, m_name);
    if (!found) {
        m_err << found.error().userMessage() << Qt::endl;
        finish(2);
        return;
    }
    m_integration = found.value();
    if (m_integration.grantId.isEmpty()) {
        m_out << tr("%1 is not connected; nothing to revoke.").arg(IntegrationSelector::label(m_integration))
              << Qt::endl;
        markDisconnected(Status());
        return;
    }
    Result<QList<Integration>> all = IntegrationRepository(database, Clock::system()).all();
    if (!all) {
        fail(all.error());
        return;
    }
    for (const Integration &other : all.value()) {
        if (other.id != m_integration.id && other.grantId == m_integration.grantId) {
            m_sharedGrant = true;
        }
    }
    m_secrets = std::make_unique<SecretStore>(database);
    readClientSecret();
}

void DisconnectJob::readClientSecret()
{
    if (KeychainTokenSource::appTypeFromText(m_integration.appType) == AppType::PkceDesktop) {
        fetchAccessToken();
        return;
    }
    SecretJob *job = m_secrets->read(m_integration.grantId, KeychainTokenSource::clientSecretName());
    connect(job, &SecretJob::finished, this, [this, job](const Result<QByteArray> &secret) {
        if (!secret && !job->notFound()) {
            fail(secret.error()); // the keychain itself is unreachable: change nothing
            return;
        }
        m_clientSecret = secret ? QString::fromUtf8(secret.value()) : QString();
        fetchAccessToken();
    });
}

void DisconnectJob::fetchAccessToken()
{
    const QString connectionId = m_integration.settings.value(QStringLiteral("connection_id")).toString();
    const bool needsToken = m_integration.provider == QLatin1String("xero") && !connectionId.isEmpty()
        && KeychainTokenSource::appTypeFromText(m_integration.appType) != AppType::CustomConnection;
    if (!needsToken) {
        readRefreshToken();
        return;
    }
    m_tokens = new KeychainTokenSource(
        m_integration, QUrl(m_options.sandboxUrl), m_context->database(), m_network, Clock::system(), this);
    m_tokens->accessToken(this, [this](const Result<QString> &token) {
        if (token) {
            m_accessToken = token.value();
        } else {
            // Already revoked or expired: the connection cannot be removed from here, but the
            // keychain entries still go.
            qCInfo(lcAuth) << "disconnect: no access token:" << token.error().detail();
        }
        readRefreshToken();
    });
}

void DisconnectJob::readRefreshToken()
{
    if (m_sharedGrant || KeychainTokenSource::appTypeFromText(m_integration.appType) == AppType::CustomConnection) {
        revoke();
        return;
    }
    // Read after any refresh above: TokenManager writes the rotated token before handing out the access token.
    SecretJob *job = m_secrets->read(m_integration.grantId, TokenManager::refreshTokenName());
    connect(job, &SecretJob::finished, this, [this](const Result<QByteArray> &token) {
        m_refreshToken = token ? QString::fromUtf8(token.value()) : QString();
        revoke();
    });
}

void DisconnectJob::revoke()
{
    const auto provider = ProviderEndpoints::fromKey(m_integration.provider);
    GrantRevocation::Request request;
    request.endpoints = ProviderEndpoints::forProvider(
        provider.value_or(ProviderEndpoints::Provider::Xero), QUrl(m_options.sandboxUrl));
    request.appType = KeychainTokenSource::appTypeFromText(m_integration.appType);
    request.clientId = m_integration.clientId;
    request.clientSecret = m_clientSecret;
    request.refreshToken = m_refreshToken;
    request.accessToken = m_accessToken;
    request.connectionId = m_integration.settings.value(QStringLiteral("connection_id")).toString();
    request.grantId = m_integration.grantId;
    request.revokeGrant = !m_sharedGrant;
    m_clientSecret.clear();
    m_refreshToken.clear();
    m_accessToken.clear();
    auto *revocation = new GrantRevocation(request, m_network, *m_secrets, this);
    connect(revocation, &GrantRevocation::finished, this, [this, revocation](const Status &status) {
        revocation->deleteLater();
        markDisconnected(status);
    });
    revocation->start();
}

void DisconnectJob::markDisconnected(const Status &revocation)
{
    // A keychain failure leaves the secrets in place: keep the grant so disconnect can be retried.
    const bool secretsGone = revocation.ok() || revocation.error().kind() == Error::Kind::Retryable;
    m_integration.state = IntegrationState::NotEnabled;
    m_integration.enabled = false;
    if (secretsGone) {
        m_integration.grantId.clear();
        m_integration.settings.remove(QStringLiteral("connection_id"));
    }
    if (auto updated = IntegrationRepository(m_context->database(), Clock::system()).update(m_integration); !updated) {
        fail(updated.error());
        return;
    }
    if (!revocation) {
        fail(revocation.error());
        return;
    }
    m_out << tr("Disconnected %1. Its records, links and history are kept.")
                 .arg(IntegrationSelector::label(m_integration))
          << Qt::endl;
    finish(0);
}

void DisconnectJob::fail(const Error &error)
{
    m_err << error.userMessage() << Qt::endl;
    if (!error.detail().isEmpty()) {
        qCInfo(lcAuth) << "disconnect:" << error.detail();
    }
    finish(1);
}

void DisconnectJob::finish(int exitCode)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    Q_EMIT finished(exitCode);
}

} // namespace Ledgerlink

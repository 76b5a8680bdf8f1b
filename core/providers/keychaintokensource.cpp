#include "keychaintokensource.h"

#include "auth/secretjob.h"
#include "auth/secretstore.h"
#include "store/integration.h"

#include <QJsonArray>
#include <QVariant>

namespace Ledgerlink {

AppType KeychainTokenSource::appTypeFromText(const QString &text)
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

KeychainTokenSource::KeychainTokenSource(const Integration &integration, const QUrl &sandboxBase, Database &database,
    QNetworkAccessManager *network, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_secrets(std::make_unique<SecretStore>(database, clock))
{
    const auto provider = ProviderEndpoints::fromKey(integration.provider);
    m_config.endpoints =
        ProviderEndpoints::forProvider(provider.value_or(ProviderEndpoints::Provider::Xero), sandboxBase);
    m_config.appType = appTypeFromText(integration.appType);
    m_config.clientId = integration.clientId;
    m_config.grantId = integration.grantId.isEmpty() ? integration.id : integration.grantId;
    // A custom connection asks for its scopes on every token request: the ones the admin ticked,
    // else the minimum for every entity.
    m_config.scopes = integration.settings.value(QStringLiteral("scopes")).toVariant().toStringList();
    if (m_config.scopes.isEmpty()) {
        using E = ProviderEndpoints::Entity;
        m_config.scopes = ProviderEndpoints::scopes(m_config.endpoints.provider,
            E::Customers | E::Invoices | E::Payments | E::Items | E::TaxRates | E::Accounts,
            m_config.appType == AppType::CustomConnection);
    }
}

KeychainTokenSource::~KeychainTokenSource() = default;

void KeychainTokenSource::accessToken(QObject *context, Callback callback)
{
    if (m_manager) {
        m_manager->accessToken(context, std::move(callback));
        return;
    }
    m_waiters.append({ QPointer<QObject>(context), std::move(callback) });
    if (m_config.appType == AppType::PkceDesktop) {
        createManager({});
        return;
    }
    if (m_reading) {
        return;
    }
    m_reading = true;
    SecretJob *job = m_secrets->read(m_config.grantId, clientSecretName());
    connect(job, &SecretJob::finished, this, [this](const Result<QByteArray> &secret) {
        m_reading = false;
        if (!secret) {
            failAll(secret.error());
            return;
        }
        createManager(QString::fromUtf8(secret.value()));
    });
}

void KeychainTokenSource::invalidate(const QString &token)
{
    if (m_manager) {
        m_manager->invalidate(token);
    }
}

void KeychainTokenSource::createManager(const QString &clientSecret)
{
    m_config.clientSecret = clientSecret;
    m_manager = std::make_unique<TokenManager>(m_config, *m_secrets, m_network, m_clock);
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context) {
            m_manager->accessToken(w.context, w.callback);
        }
    }
}

void KeychainTokenSource::failAll(const Error &error)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context) {
            w.callback(error);
        }
    }
}

} // namespace Ledgerlink

#include "clientcredentialstokensource.h"

#include "auth/clientcredentialsflow.h"

#include <QTimer>

namespace Ledgerlink {

AccessTokenSource::~AccessTokenSource() = default;

namespace {
// Ask for a new token this long before the old one expires, so no request carries a dying token.
constexpr int kMarginSeconds = 60;
} // namespace

ClientCredentialsTokenSource::ClientCredentialsTokenSource(QNetworkAccessManager *network, ProviderEndpoints endpoints,
    QString clientId, QString clientSecret, QStringList scopes, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoints(std::move(endpoints))
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
    , m_scopes(std::move(scopes))
    , m_clock(clock)
{ }

ClientCredentialsTokenSource::~ClientCredentialsTokenSource() = default;

void ClientCredentialsTokenSource::accessToken(QObject *context, Callback callback)
{
    const bool valid =
        !m_token.isEmpty() && (!m_expiresAt.isValid() || m_clock.now().secsTo(m_expiresAt) > kMarginSeconds);
    if (valid) {
        const QString token = m_token;
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, this, [guard, callback, token]() {
            if (guard) {
                callback(token);
            }
        });
        return;
    }
    m_waiters.append({ QPointer<QObject>(context), std::move(callback) });
    request();
}

void ClientCredentialsTokenSource::invalidate(const QString &token)
{
    if (token == m_token) {
        m_token.clear();
    }
}

void ClientCredentialsTokenSource::request()
{
    if (m_requesting) {
        return;
    }
    m_requesting = true;
    auto *flow = new ClientCredentialsFlow(m_network, m_endpoints, m_clientId, m_clientSecret, m_scopes, m_clock, this);
    connect(flow, &ClientCredentialsFlow::finished, this, [this, flow](const Result<TokenResponse> &result) {
        flow->deleteLater();
        m_requesting = false;
        if (!result) {
            complete(result.error());
            return;
        }
        m_token = result->accessToken;
        m_expiresAt = result->accessExpiresAt;
        complete(m_token);
    });
    flow->start();
}

void ClientCredentialsTokenSource::complete(const Result<QString> &result)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const auto &w : waiters) {
        if (w.context) {
            w.callback(result);
        }
    }
}

} // namespace Ledgerlink

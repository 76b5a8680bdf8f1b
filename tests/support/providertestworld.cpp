#include "providertestworld.h"

#include "clock.h"
#include "store/integrationrepository.h"
#include "sync/syncengine.h"
#include "syncwaiter.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <utility>

namespace Ledgerlink {

TestRefreshTokenSource::TestRefreshTokenSource(QNetworkAccessManager *network, QUrl tokenUrl, HeaderPairs headers,
    QList<QPair<QString, QString>> extraForm, QString accessToken, QString refreshToken)
    : m_network(network)
    , m_tokenUrl(std::move(tokenUrl))
    , m_headers(std::move(headers))
    , m_extraForm(std::move(extraForm))
    , m_access(std::move(accessToken))
    , m_refresh(std::move(refreshToken))
{ }

void TestRefreshTokenSource::accessToken(QObject *context, Callback callback)
{
    if (!m_access.isEmpty()) {
        const QString token = m_access;
        QTimer::singleShot(0, context, [callback, token]() { callback(token); });
        return;
    }
    // One refresh at a time, like TokenManager: parallel 401s must not race with a rotated
    // refresh token (MYOB's parallel creates).
    m_waiting.append({ QPointer<QObject>(context), std::move(callback) });
    if (m_waiting.size() > 1) {
        return;
    }
    QNetworkRequest request(m_tokenUrl);
    request.setRawHeader("Accept", "application/json");
    for (const auto &[name, value] : m_headers) {
        request.setRawHeader(name, value);
    }
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), QString::fromLatin1(QUrl::toPercentEncoding(m_refresh)));
    for (const auto &[name, value] : m_extraForm) {
        form.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    QNetworkReply *reply = m_network->post(request, form.toString(QUrl::FullyEncoded).toLatin1());
    ++m_refreshes;
    QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply]() {
        reply->deleteLater();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        m_access = json.value(QStringLiteral("access_token")).toString();
        m_refresh = json.value(QStringLiteral("refresh_token")).toString(m_refresh);
        const QList<Waiting> waiting = std::exchange(m_waiting, {});
        for (const Waiting &w : waiting) {
            if (!w.context) {
                continue;
            }
            if (m_access.isEmpty()) {
                w.callback(Error(Error::Kind::Auth, QStringLiteral("refresh failed")));
            } else {
                w.callback(m_access);
            }
        }
    });
}

void TestRefreshTokenSource::invalidate(const QString &token)
{
    if (token == m_access) {
        m_access.clear();
    }
}

ProviderTestWorld::ProviderTestWorld(Spec spec)
    : m_spec(std::move(spec))
{ }

ProviderTestWorld::~ProviderTestWorld()
{
    // The worker and its store connection go before the store and the sandbox they talk to.
    m_sync.reset();
    m_database.reset();
    m_client.reset();
    m_server.reset();
}

bool ProviderTestWorld::startSandbox()
{
    if (!m_profile.isValid()) {
        qWarning("no temporary profile");
        return false;
    }
    m_server = std::make_unique<SandboxServer>();
    if (m_server->listen() == 0) {
        qWarning("sandbox did not listen");
        return false;
    }
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    m_client->postJson(QStringLiteral("/_sandbox/limits"),
        { { QStringLiteral("provider"), m_spec.provider }, { QStringLiteral("lift"), true } });
    m_engineGrant = m_spec.connect(*m_client);
    m_token = m_spec.connect(*m_client).value(QStringLiteral("access_token")).toString();
    if (m_token.isEmpty() || m_engineGrant.value(QStringLiteral("refresh_token")).toString().isEmpty()) {
        qWarning("%s consent flow gave no tokens", qPrintable(m_spec.provider));
        return false;
    }
    return true;
}

bool ProviderTestWorld::startEngine()
{
    const DatabaseLocation location = DatabaseLocation::sqliteFile(m_profile.filePath(QStringLiteral("store.db")));
    auto db = Database::open(location);
    if (!db) {
        qWarning("%s", qPrintable(db.error().toString()));
        return false;
    }
    m_database = std::move(db).value();

    Integration integration;
    integration.provider = m_spec.provider;
    integration.appType = QStringLiteral("web");
    integration.clientId = m_spec.clientId;
    integration.tenantId = m_spec.tenantId;
    integration.tenantName = m_spec.tenantName;
    integration.state = IntegrationState::Active;
    integration.enabled = true;
    auto stored = IntegrationRepository(*m_database, Clock::system()).insert(integration);
    if (!stored) {
        qWarning("%s", qPrintable(stored.error().toString()));
        return false;
    }
    m_integration = stored.value();

    SyncEngine::Config config;
    config.location = location;
    config.sandboxBase = QUrl(m_server->baseUrl());
    config.pacing.baseBackoffMs = 40;
    config.pacing.maxBackoffMs = 200;
    config.pacing.timeoutMs = 5000;
    config.pacing.default429WaitSeconds = 1; // not QBO's 60 s: throttled test runs wait it out
    const QUrl base = config.sandboxBase;
    const QString access = m_engineGrant.value(QStringLiteral("access_token")).toString();
    const QString refresh = m_engineGrant.value(QStringLiteral("refresh_token")).toString();
    const TokenSourceFactory factory = m_spec.tokenSource;
    config.tokenSources = [base, access, refresh, factory](const Integration &, QNetworkAccessManager *network,
                              Database &) { return factory(network, base, access, refresh); };
    m_sync = std::make_unique<SyncThread>(config);
    return SyncWaiter::start(*m_sync);
}

RunSummary ProviderTestWorld::runSync(bool full, int timeoutMs)
{
    return SyncWaiter::run(*m_sync, m_integration.id, full, timeoutMs);
}

QJsonObject ProviderTestWorld::stats()
{
    return m_client->get(QStringLiteral("/_sandbox/stats")).json();
}

void ProviderTestWorld::resetStats()
{
    m_client->send("DELETE", QStringLiteral("/_sandbox/stats"));
}

int ProviderTestWorld::requests(const QString &method, const QString &apiFragment, const QString &fragment)
{
    const QJsonObject byPath = stats().value(QStringLiteral("by_path")).toObject();
    int n = 0;
    for (auto it = byPath.constBegin(); it != byPath.constEnd(); ++it) {
        if (it.key().startsWith(method + QLatin1Char(' ')) && it.key().contains(apiFragment)
            && it.key().contains(fragment)) {
            n += it.value().toInt();
        }
    }
    return n;
}

} // namespace Ledgerlink

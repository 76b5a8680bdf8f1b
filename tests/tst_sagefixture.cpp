#include "tst_sagefixture.h"

#include "auth/providerendpoints.h"
#include "localrecords.h"
#include "store/integrationrepository.h"
#include "store/linkrepository.h"
#include "sync/syncengine.h"
#include "syncwaiter.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace Ledgerlink {

SageTestTokenSource::SageTestTokenSource(
    QNetworkAccessManager *network, const QUrl &sandboxBase, QString accessToken, QString refreshToken)
    : m_network(network)
    , m_base(sandboxBase)
    , m_access(std::move(accessToken))
    , m_refresh(std::move(refreshToken))
{ }

void SageTestTokenSource::accessToken(QObject *context, Callback callback)
{
    if (!m_access.isEmpty()) {
        const QString token = m_access;
        QTimer::singleShot(0, context, [callback, token]() { callback(token); });
        return;
    }
    QNetworkRequest request(ProviderEndpoints::forProvider(ProviderEndpoints::Provider::Sage, m_base).tokenUrl);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), QString::fromLatin1(QUrl::toPercentEncoding(m_refresh)));
    form.addQueryItem(QStringLiteral("client_id"), SageFixture::clientId());
    form.addQueryItem(QStringLiteral("client_secret"), SageFixture::clientSecret());
    QNetworkReply *reply = m_network->post(request, form.toString(QUrl::FullyEncoded).toLatin1());
    ++m_refreshes;
    QObject::connect(reply, &QNetworkReply::finished, context, [this, reply, callback]() {
        reply->deleteLater();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        m_access = json.value(QStringLiteral("access_token")).toString();
        m_refresh = json.value(QStringLiteral("refresh_token")).toString(m_refresh);
        if (m_access.isEmpty()) {
            callback(Error(Error::Kind::Auth, QStringLiteral("refresh failed")));
            return;
        }
        callback(m_access);
    });
}

void SageTestTokenSource::invalidate(const QString &token)
{
    if (token == m_access) {
        m_access.clear();
    }
}

SageFixture::SageFixture() = default;

SageFixture::~SageFixture()
{
    m_sync.reset();
    m_database.reset();
    m_client.reset();
    m_server.reset();
}

QJsonObject SageFixture::connect(SandboxTestClient &client)
{
    const QString redirect = SandboxTestClient::defaultRedirect();
    const HttpResult page = client.get(QStringLiteral("/sage/auth/oauth2/auth/central?filter=apiv3.1&response_type=code"
                                                      "&client_id=%1&redirect_uri=%2&scope=full_access&state=s1")
                                           .arg(clientId(), QString::fromLatin1(QUrl::toPercentEncoding(redirect))));
    if (page.status != 200) {
        return {};
    }
    const QByteArray location =
        client
            .postForm(QStringLiteral("/sage/auth/oauth2/auth/central/consent"),
                { { QStringLiteral("client_id"), clientId() }, { QStringLiteral("redirect_uri"), redirect },
                    { QStringLiteral("scope"), QStringLiteral("full_access") },
                    { QStringLiteral("state"), QStringLiteral("s1") }, { QStringLiteral("company"), business() },
                    { QStringLiteral("decision"), QStringLiteral("allow") } })
            .header("location");
    return client
        .postForm(QStringLiteral("/sage/oauth/token"),
            { { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
                { QStringLiteral("code"), SandboxTestClient::queryValue(location, QStringLiteral("code")) },
                { QStringLiteral("redirect_uri"), redirect }, { QStringLiteral("client_id"), clientId() },
                { QStringLiteral("client_secret"), clientSecret() } })
        .json();
}

bool SageFixture::setUp()
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
        { { QStringLiteral("provider"), QStringLiteral("sage") }, { QStringLiteral("lift"), true } });
    // Two grants: one for the engine, one for the test acting as another Sage user.
    const QJsonObject engineGrant = connect(*m_client);
    m_token = connect(*m_client).value(QStringLiteral("access_token")).toString();
    if (m_token.isEmpty() || engineGrant.value(QStringLiteral("refresh_token")).toString().isEmpty()) {
        qWarning("Sage consent flow gave no tokens");
        return false;
    }
    const DatabaseLocation location = DatabaseLocation::sqliteFile(m_profile.filePath(QStringLiteral("store.db")));
    auto db = Database::open(location);
    if (!db) {
        qWarning("%s", qPrintable(db.error().toString()));
        return false;
    }
    m_database = std::move(db).value();

    Integration integration;
    integration.provider = QStringLiteral("sage");
    integration.appType = QStringLiteral("web");
    integration.clientId = clientId();
    integration.tenantId = business();
    integration.tenantName = QStringLiteral("Demo Company (Ledgerlink)");
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
    const QUrl base = config.sandboxBase;
    const QString access = engineGrant.value(QStringLiteral("access_token")).toString();
    const QString refresh = engineGrant.value(QStringLiteral("refresh_token")).toString();
    config.tokenSources = [base, access, refresh](const Integration &, QNetworkAccessManager *network, Database &) {
        return std::unique_ptr<AccessTokenSource>(new SageTestTokenSource(network, base, access, refresh));
    };
    m_sync = std::make_unique<SyncThread>(config);
    return SyncWaiter::start(*m_sync);
}

RunSummary SageFixture::runSync(bool full, int timeoutMs)
{
    return SyncWaiter::run(*m_sync, m_integration.id, full, timeoutMs);
}

HttpResult SageFixture::api(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return m_client->send(method, QStringLiteral("/sage/api/v3.1/") + path,
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
        { { "Authorization", "Bearer " + m_token.toLatin1() }, { "X-Business", business().toLatin1() },
            { "Accept", "application/json" }, { "Content-Type", "application/json" } });
}

QString SageFixture::create(const QString &collection, const QString &singular, const QJsonObject &record)
{
    const HttpResult r = api("POST", collection, { { singular, record } });
    return r.status == 201 ? r.json().value(QStringLiteral("id")).toString() : QString();
}

QJsonArray SageFixture::remote(const QString &collection)
{
    const QJsonArray all = m_client->get(QStringLiteral("/_sandbox/data/sage/%1/%2").arg(business(), collection))
                               .json()
                               .value(QStringLiteral("records"))
                               .toArray();
    QJsonArray live;
    for (const auto &v : all) {
        if (!v.toObject().value(QStringLiteral("deleted")).toBool()) {
            live.append(v);
        }
    }
    return live;
}

QJsonObject SageFixture::stats()
{
    return m_client->get(QStringLiteral("/_sandbox/stats")).json();
}

void SageFixture::resetStats()
{
    m_client->send("DELETE", QStringLiteral("/_sandbox/stats"));
}

int SageFixture::requests(const QString &method, const QString &fragment)
{
    const QJsonObject byPath = stats().value(QStringLiteral("by_path")).toObject();
    int n = 0;
    for (auto it = byPath.constBegin(); it != byPath.constEnd(); ++it) {
        if (it.key().startsWith(method + QLatin1Char(' ')) && it.key().contains(QStringLiteral("/sage/api/"))
            && it.key().contains(fragment)) {
            n += it.value().toInt();
        }
    }
    return n;
}

QString SageFixture::remoteIdOf(const QString &entity, qint64 localId)
{
    auto link = LinkRepository(*m_database, Clock::system()).findByLocal(m_integration.id, entity, localId);
    return link && link->has_value() ? link->value().remoteId : QString();
}

Customer SageFixture::addCustomer(const QString &name, const QString &email, const QString &accountNumber)
{
    return LocalRecords(*m_database).addCustomer(name, email, accountNumber);
}

qint64 SageFixture::taxTypeId(const QString &code)
{
    return LocalRecords(*m_database).taxTypeId(code);
}

Invoice SageFixture::addInvoice(qint64 customerId, const QString &number, qint64 unitPriceMinor)
{
    return LocalRecords(*m_database)
        .addInvoice(customerId, number, unitPriceMinor, QStringLiteral("GBP"), QStringLiteral("GB_STANDARD"));
}

} // namespace Ledgerlink

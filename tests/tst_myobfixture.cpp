#include "tst_myobfixture.h"

#include "auth/providerendpoints.h"
#include "localrecords.h"
#include "store/integrationrepository.h"
#include "sync/syncengine.h"
#include "syncwaiter.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace Ledgerlink {

namespace {
const QString kSecret = QStringLiteral("myob-web-secret-0123456789abcdef");
} // namespace

MyobTestTokenSource::MyobTestTokenSource(
    QNetworkAccessManager *network, const QUrl &sandboxBase, QString accessToken, QString refreshToken)
    : m_network(network)
    , m_base(sandboxBase)
    , m_access(std::move(accessToken))
    , m_refresh(std::move(refreshToken))
{ }

void MyobTestTokenSource::accessToken(QObject *context, Callback callback)
{
    if (!m_access.isEmpty()) {
        const QString token = m_access;
        QTimer::singleShot(0, context, [callback, token]() { callback(token); });
        return;
    }
    QNetworkRequest request(ProviderEndpoints::forProvider(ProviderEndpoints::Provider::Myob, m_base).tokenUrl);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = m_network->post(request,
        "grant_type=refresh_token&refresh_token=" + QUrl::toPercentEncoding(m_refresh) + "&client_id="
            + QUrl::toPercentEncoding(MyobFixture::clientId()) + "&client_secret=" + QUrl::toPercentEncoding(kSecret));
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

void MyobTestTokenSource::invalidate(const QString &token)
{
    if (token == m_access) {
        m_access.clear();
    }
}

MyobFixture::MyobFixture() = default;

MyobFixture::~MyobFixture()
{
    m_sync.reset();
    m_database.reset();
    m_client.reset();
    m_server.reset();
}

QJsonObject MyobFixture::connect(SandboxTestClient &client)
{
    const QString redirect = SandboxTestClient::defaultRedirect();
    const HttpResult page = client.get(
        QStringLiteral("/myob/secure/oauth2/account/authorize?client_id=%1&redirect_uri=%2&response_type=code"
                       "&scope=sme-company-file%20sme-sales&state=m1&prompt=consent")
            .arg(clientId(), QString::fromLatin1(QUrl::toPercentEncoding(redirect))));
    if (page.status != 200) {
        return {};
    }
    const QByteArray location =
        client
            .postForm(QStringLiteral("/myob/secure/oauth2/account/authorize/consent"),
                { { QStringLiteral("client_id"), clientId() }, { QStringLiteral("redirect_uri"), redirect },
                    { QStringLiteral("scope"), QStringLiteral("sme-company-file sme-sales") },
                    { QStringLiteral("state"), QStringLiteral("m1") }, { QStringLiteral("company"), business() },
                    { QStringLiteral("decision"), QStringLiteral("allow") } })
            .header("location");
    return client
        .postForm(QStringLiteral("/myob/secure/oauth2/v1/authorize"),
            { { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
                { QStringLiteral("code"), SandboxTestClient::queryValue(location, QStringLiteral("code")) },
                { QStringLiteral("redirect_uri"), redirect }, { QStringLiteral("client_id"), clientId() },
                { QStringLiteral("client_secret"), kSecret } })
        .json();
}

bool MyobFixture::setUp(bool startEngine)
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
        { { QStringLiteral("provider"), QStringLiteral("myob") }, { QStringLiteral("lift"), true } });
    // Two grants: one for the engine, one for the test acting as another MYOB user.
    m_engineGrant = connect(*m_client);
    m_token = connect(*m_client).value(QStringLiteral("access_token")).toString();
    if (m_token.isEmpty() || m_engineGrant.value(QStringLiteral("refresh_token")).toString().isEmpty()) {
        qWarning("MYOB consent flow gave no tokens");
        return false;
    }
    if (!startEngine) {
        return true;
    }
    const DatabaseLocation location = DatabaseLocation::sqliteFile(m_profile.filePath(QStringLiteral("store.db")));
    auto db = Database::open(location);
    if (!db) {
        qWarning("%s", qPrintable(db.error().toString()));
        return false;
    }
    m_database = std::move(db).value();

    Integration integration;
    integration.provider = QStringLiteral("myob");
    integration.appType = QStringLiteral("web");
    integration.clientId = clientId();
    integration.tenantId = business();
    integration.tenantName = QStringLiteral("Demo Company File (Ledgerlink)");
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
    const QString access = m_engineGrant.value(QStringLiteral("access_token")).toString();
    const QString refresh = m_engineGrant.value(QStringLiteral("refresh_token")).toString();
    config.tokenSources = [base, access, refresh](const Integration &, QNetworkAccessManager *network, Database &) {
        return std::unique_ptr<AccessTokenSource>(new MyobTestTokenSource(network, base, access, refresh));
    };
    m_sync = std::make_unique<SyncThread>(config);
    return SyncWaiter::start(*m_sync);
}

RunSummary MyobFixture::runSync(bool full, int timeoutMs)
{
    return SyncWaiter::run(*m_sync, m_integration.id, full, timeoutMs);
}

HttpResult MyobFixture::api(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return m_client->send(method, QStringLiteral("/myob/api/accountright/%1/%2").arg(business(), path),
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
        { { "Authorization", "Bearer " + m_token.toLatin1() }, { "x-myobapi-key", clientId().toLatin1() },
            { "x-myobapi-version", "v2" }, { "Content-Type", "application/json" } });
}

QString MyobFixture::create(const QString &entity, const QJsonObject &body)
{
    const HttpResult r = api("POST", entity, body);
    if (r.status != 201) {
        qWarning("POST %s: HTTP %d %s", qPrintable(entity), r.status, r.body.constData());
        return {};
    }
    return QString::fromLatin1(r.header("location")).section(QLatin1Char('/'), -1);
}

QJsonArray MyobFixture::remote(const QString &entity)
{
    return m_client->get(QStringLiteral("/_sandbox/data/myob/%1/%2").arg(business(), entity))
        .json()
        .value(QStringLiteral("records"))
        .toArray();
}

QString MyobFixture::remoteUid(const QString &entity, const QString &field, const QString &value)
{
    for (const auto &v : remote(entity)) {
        if (v.toObject().value(field).toString() == value) {
            return v.toObject().value(QStringLiteral("UID")).toString();
        }
    }
    return {};
}

QJsonObject MyobFixture::stats()
{
    return m_client->get(QStringLiteral("/_sandbox/stats")).json();
}

void MyobFixture::resetStats()
{
    m_client->send("DELETE", QStringLiteral("/_sandbox/stats"));
}

int MyobFixture::requests(const QString &method, const QString &fragment)
{
    const QJsonObject byPath = stats().value(QStringLiteral("by_path")).toObject();
    int n = 0;
    for (auto it = byPath.constBegin(); it != byPath.constEnd(); ++it) {
        if (it.key().startsWith(method + QLatin1Char(' ')) && it.key().contains(QStringLiteral("/myob/api/"))
            && it.key().contains(fragment)) {
            n += it.value().toInt();
        }
    }
    return n;
}

Customer MyobFixture::addCustomer(const QString &name, const QString &email, const QString &accountNumber)
{
    return LocalRecords(*m_database).addCustomer(name, email, accountNumber);
}

qint64 MyobFixture::taxTypeId(const QString &code)
{
    return LocalRecords(*m_database).taxTypeId(code);
}

Invoice MyobFixture::addInvoice(qint64 customerId, const QString &number, qint64 unitPriceMinor)
{
    return LocalRecords(*m_database)
        .addInvoice(customerId, number, unitPriceMinor, QStringLiteral("AUD"), QStringLiteral("FRE"));
}

} // namespace Ledgerlink

#include "tst_qbofixture.h"

#include "auth/providerendpoints.h"
#include "localrecords.h"
#include "store/customerrepository.h"
#include "store/integrationrepository.h"
#include "store/invoicerepository.h"
#include "store/taxtyperepository.h"
#include "sync/syncengine.h"
#include "syncwaiter.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

#include <optional>

namespace Ledgerlink {

namespace {
const QString kClient = QStringLiteral("LEDGERLINK-QBO-WEB");
const QString kSecret = QStringLiteral("qbo-web-secret-0123456789abcdef");
} // namespace

QboTestTokenSource::QboTestTokenSource(
    QNetworkAccessManager *network, const QUrl &sandboxBase, QString accessToken, QString refreshToken)
    : m_network(network)
    , m_base(sandboxBase)
    , m_access(std::move(accessToken))
    , m_refresh(std::move(refreshToken))
{ }

void QboTestTokenSource::accessToken(QObject *context, Callback callback)
{
    if (!m_access.isEmpty()) {
        const QString token = m_access;
        QTimer::singleShot(0, context, [callback, token]() { callback(token); });
        return;
    }
    QNetworkRequest request(ProviderEndpoints::forProvider(ProviderEndpoints::Provider::Qbo, m_base).tokenUrl);
    request.setRawHeader("Authorization", SandboxTestClient::basic(kClient, kSecret));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply =
        m_network->post(request, "grant_type=refresh_token&refresh_token=" + QUrl::toPercentEncoding(m_refresh));
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

void QboTestTokenSource::invalidate(const QString &token)
{
    if (token == m_access) {
        m_access.clear();
    }
}

QboFixture::QboFixture() = default;

QboFixture::~QboFixture()
{
    m_sync.reset();
    m_database.reset();
    m_client.reset();
    m_server.reset();
}

QJsonObject QboFixture::connect(SandboxTestClient &client)
{
    const QString redirect = SandboxTestClient::defaultRedirect();
    const HttpResult allowed = client.postForm(QStringLiteral("/qbo/appcenter/connect/oauth2/consent"),
        { { QStringLiteral("client_id"), kClient }, { QStringLiteral("redirect_uri"), redirect },
            { QStringLiteral("scope"), QStringLiteral("com.intuit.quickbooks.accounting") },
            { QStringLiteral("state"), QStringLiteral("t1") }, { QStringLiteral("company"), realm() },
            { QStringLiteral("decision"), QStringLiteral("allow") } });
    const QString code = SandboxTestClient::queryValue(allowed.header("location"), QStringLiteral("code"));
    return client
        .postForm(QStringLiteral("/qbo/oauth/oauth2/v1/tokens/bearer"),
            { { QStringLiteral("grant_type"), QStringLiteral("authorization_code") }, { QStringLiteral("code"), code },
                { QStringLiteral("redirect_uri"), redirect } },
            { { "Authorization", SandboxTestClient::basic(kClient, kSecret) }, { "Accept", "application/json" } })
        .json();
}

bool QboFixture::setUp()
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
        { { QStringLiteral("provider"), QStringLiteral("qbo") }, { QStringLiteral("lift"), true } });
    // Two grants: one for the engine, one for the test acting as another QBO user.
    const QJsonObject engineGrant = connect(*m_client);
    m_token = connect(*m_client).value(QStringLiteral("access_token")).toString();
    if (m_token.isEmpty() || engineGrant.value(QStringLiteral("refresh_token")).toString().isEmpty()) {
        qWarning("QBO consent flow gave no tokens");
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
    integration.provider = QStringLiteral("qbo");
    integration.appType = QStringLiteral("web");
    integration.clientId = kClient;
    integration.tenantId = realm();
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
        return std::unique_ptr<AccessTokenSource>(new QboTestTokenSource(network, base, access, refresh));
    };
    m_sync = std::make_unique<SyncThread>(config);
    return SyncWaiter::start(*m_sync);
}

RunSummary QboFixture::runSync(bool full, int timeoutMs)
{
    return SyncWaiter::run(*m_sync, m_integration.id, full, timeoutMs);
}

HttpResult QboFixture::api(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return m_client->send(method, QStringLiteral("/qbo/api/v3/company/%1/%2").arg(realm(), path),
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
        { { "Authorization", "Bearer " + m_token.toLatin1() }, { "Accept", "application/json" },
            { "Content-Type", "application/json" } });
}

QJsonArray QboFixture::remote(const QString &entity)
{
    return m_client->get(QStringLiteral("/_sandbox/data/qbo/%1/%2").arg(realm(), entity))
        .json()
        .value(QStringLiteral("records"))
        .toArray();
}

QJsonObject QboFixture::stats()
{
    return m_client->get(QStringLiteral("/_sandbox/stats")).json();
}

void QboFixture::resetStats()
{
    m_client->send("DELETE", QStringLiteral("/_sandbox/stats"));
}

int QboFixture::requests(const QString &method, const QString &fragment)
{
    const QJsonObject byPath = stats().value(QStringLiteral("by_path")).toObject();
    int n = 0;
    for (auto it = byPath.constBegin(); it != byPath.constEnd(); ++it) {
        if (it.key().startsWith(method + QLatin1Char(' ')) && it.key().contains(QStringLiteral("/qbo/api/"))
            && it.key().contains(fragment)) {
            n += it.value().toInt();
        }
    }
    return n;
}

Customer QboFixture::addCustomer(const QString &name, const QString &email)
{
    return LocalRecords(*m_database).addCustomer(name, email);
}

qint64 QboFixture::taxTypeId(const QString &code)
{
    return LocalRecords(*m_database).taxTypeId(code);
}

Invoice QboFixture::addInvoice(qint64 customerId, const QString &number, qint64 unitPriceMinor)
{
    return LocalRecords(*m_database)
        .addInvoice(customerId, number, unitPriceMinor, QStringLiteral("USD"), QStringLiteral("NON"));
}

} // namespace Ledgerlink

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
    : TestRefreshTokenSource(network,
        ProviderEndpoints::forProvider(ProviderEndpoints::Provider::Qbo, sandboxBase).tokenUrl,
        { { "Authorization", SandboxTestClient::basic(kClient, kSecret) } }, {}, std::move(accessToken),
        std::move(refreshToken))
{ }

QboFixture::QboFixture()
    : m_world(
        { QStringLiteral("qbo"), kClient, realm(), QStringLiteral("Demo Company (Ledgerlink)"), &QboFixture::connect,
            [](QNetworkAccessManager *network, const QUrl &base, const QString &access, const QString &refresh) {
                return std::unique_ptr<AccessTokenSource>(new QboTestTokenSource(network, base, access, refresh));
            } })
{ }

QboFixture::~QboFixture() = default;

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
    return m_world.startSandbox() && m_world.startEngine();
}

RunSummary QboFixture::runSync(bool full, int timeoutMs)
{
    return m_world.runSync(full, timeoutMs);
}

HttpResult QboFixture::api(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return m_world.client().send(method, QStringLiteral("/qbo/api/v3/company/%1/%2").arg(realm(), path),
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
        { { "Authorization", "Bearer " + m_world.token().toLatin1() }, { "Accept", "application/json" },
            { "Content-Type", "application/json" } });
}

QJsonArray QboFixture::remote(const QString &entity)
{
    return m_world.client()
        .get(QStringLiteral("/_sandbox/data/qbo/%1/%2").arg(realm(), entity))
        .json()
        .value(QStringLiteral("records"))
        .toArray();
}

QJsonObject QboFixture::stats()
{
    return m_world.stats();
}

void QboFixture::resetStats()
{
    m_world.resetStats();
}

int QboFixture::requests(const QString &method, const QString &fragment)
{
    return m_world.requests(method, QStringLiteral("/qbo/api/"), fragment);
}

Customer QboFixture::addCustomer(const QString &name, const QString &email)
{
    return LocalRecords(m_world.database()).addCustomer(name, email);
}

qint64 QboFixture::taxTypeId(const QString &code)
{
    return LocalRecords(m_world.database()).taxTypeId(code);
}

Invoice QboFixture::addInvoice(qint64 customerId, const QString &number, qint64 unitPriceMinor)
{
    return LocalRecords(m_world.database())
        .addInvoice(customerId, number, unitPriceMinor, QStringLiteral("USD"), QStringLiteral("NON"));
}

} // namespace Ledgerlink

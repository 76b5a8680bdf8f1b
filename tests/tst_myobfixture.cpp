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
    : TestRefreshTokenSource(network,
        ProviderEndpoints::forProvider(ProviderEndpoints::Provider::Myob, sandboxBase).tokenUrl, {},
        { { QStringLiteral("client_id"), MyobFixture::clientId() }, { QStringLiteral("client_secret"), kSecret } },
        std::move(accessToken), std::move(refreshToken))
{ }

MyobFixture::MyobFixture()
    : m_world({ QStringLiteral("myob"), clientId(), business(), QStringLiteral("Demo Company File (Ledgerlink)"),
        &MyobFixture::connect,
        [](QNetworkAccessManager *network, const QUrl &base, const QString &access, const QString &refresh) {
            return std::unique_ptr<AccessTokenSource>(new MyobTestTokenSource(network, base, access, refresh));
        } })
{ }

MyobFixture::~MyobFixture() = default;

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
    return m_world.startSandbox() && (!startEngine || m_world.startEngine());
}

RunSummary MyobFixture::runSync(bool full, int timeoutMs)
{
    return m_world.runSync(full, timeoutMs);
}

HttpResult MyobFixture::api(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return m_world.client().send(method, QStringLiteral("/myob/api/accountright/%1/%2").arg(business(), path),
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
        { { "Authorization", "Bearer " + m_world.token().toLatin1() }, { "x-myobapi-key", clientId().toLatin1() },
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
    return m_world.client()
        .get(QStringLiteral("/_sandbox/data/myob/%1/%2").arg(business(), entity))
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
    return m_world.stats();
}

void MyobFixture::resetStats()
{
    m_world.resetStats();
}

int MyobFixture::requests(const QString &method, const QString &fragment)
{
    return m_world.requests(method, QStringLiteral("/myob/api/"), fragment);
}

Customer MyobFixture::addCustomer(const QString &name, const QString &email, const QString &accountNumber)
{
    return LocalRecords(m_world.database()).addCustomer(name, email, accountNumber);
}

qint64 MyobFixture::taxTypeId(const QString &code)
{
    return LocalRecords(m_world.database()).taxTypeId(code);
}

Invoice MyobFixture::addInvoice(qint64 customerId, const QString &number, qint64 unitPriceMinor)
{
    return LocalRecords(m_world.database())
        .addInvoice(customerId, number, unitPriceMinor, QStringLiteral("AUD"), QStringLiteral("FRE"));
}

} // namespace Ledgerlink

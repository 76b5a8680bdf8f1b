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
    : TestRefreshTokenSource(network,
        ProviderEndpoints::forProvider(ProviderEndpoints::Provider::Sage, sandboxBase).tokenUrl, {},
        { { QStringLiteral("client_id"), SageFixture::clientId() },
            { QStringLiteral("client_secret"), SageFixture::clientSecret() } },
        std::move(accessToken), std::move(refreshToken))
{ }

SageFixture::SageFixture()
    : m_world({ QStringLiteral("sage"), clientId(), business(), QStringLiteral("Demo Company (Ledgerlink)"),
        &SageFixture::connect,
        [](QNetworkAccessManager *network, const QUrl &base, const QString &access, const QString &refresh) {
            return std::unique_ptr<AccessTokenSource>(new SageTestTokenSource(network, base, access, refresh));
        } })
{ }

SageFixture::~SageFixture() = default;

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
    return m_world.startSandbox() && m_world.startEngine();
}

RunSummary SageFixture::runSync(bool full, int timeoutMs)
{
    return m_world.runSync(full, timeoutMs);
}

HttpResult SageFixture::api(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return m_world.client().send(method, QStringLiteral("/sage/api/v3.1/") + path,
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
        { { "Authorization", "Bearer " + m_world.token().toLatin1() }, { "X-Business", business().toLatin1() },
            { "Accept", "application/json" }, { "Content-Type", "application/json" } });
}

QString SageFixture::create(const QString &collection, const QString &singular, const QJsonObject &record)
{
    const HttpResult r = api("POST", collection, { { singular, record } });
    return r.status == 201 ? r.json().value(QStringLiteral("id")).toString() : QString();
}

QJsonArray SageFixture::remote(const QString &collection)
{
    const QJsonArray all = m_world.client()
                               .get(QStringLiteral("/_sandbox/data/sage/%1/%2").arg(business(), collection))
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
    return m_world.stats();
}

void SageFixture::resetStats()
{
    m_world.resetStats();
}

int SageFixture::requests(const QString &method, const QString &fragment)
{
    return m_world.requests(method, QStringLiteral("/sage/api/"), fragment);
}

QString SageFixture::remoteIdOf(const QString &entity, qint64 localId)
{
    auto link =
        LinkRepository(m_world.database(), Clock::system()).findByLocal(m_world.integration().id, entity, localId);
    return link && link->has_value() ? link->value().remoteId : QString();
}

Customer SageFixture::addCustomer(const QString &name, const QString &email, const QString &accountNumber)
{
    return LocalRecords(m_world.database()).addCustomer(name, email, accountNumber);
}

qint64 SageFixture::taxTypeId(const QString &code)
{
    return LocalRecords(m_world.database()).taxTypeId(code);
}

Invoice SageFixture::addInvoice(qint64 customerId, const QString &number, qint64 unitPriceMinor)
{
    return LocalRecords(m_world.database())
        .addInvoice(customerId, number, unitPriceMinor, QStringLiteral("GBP"), QStringLiteral("GB_STANDARD"));
}

} // namespace Ledgerlink

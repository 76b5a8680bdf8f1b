#include "auth/organisationdiscovery.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Ledgerlink;
using Provider = ProviderEndpoints::Provider;
using Organisations = Result<QList<AuthorizedOrganisation>>;

// QBO and MYOB name the company in the redirect itself (realmId / businessId). The Xero
// /connections path runs against the sandbox in tst_authorizationflow.
class tst_OrganisationDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void companyFromCallback_data();
    void companyFromCallback();
    void missingCompanyIsAnError();
    void unreachableListIsRetryable();

private:
    std::optional<Organisations> run(Provider provider, const QVariantMap &callback, const QUrl &sandbox = {});
    QNetworkAccessManager m_network;
};

std::optional<Organisations> tst_OrganisationDiscovery::run(
    Provider provider, const QVariantMap &callback, const QUrl &sandbox)
{
    OrganisationDiscovery discovery(&m_network, ProviderEndpoints::forProvider(provider, sandbox));
    std::optional<Organisations> result;
    int count = 0;
    connect(&discovery, &OrganisationDiscovery::finished, this, [&](const Organisations &r) {
        result = r;
        ++count;
    });
    discovery.start(QStringLiteral("access"), callback);
    if (result.has_value()) {
        return std::nullopt; // must not finish synchronously
    }
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000) || count != 1) {
        return std::nullopt;
    }
    return result;
}

void tst_OrganisationDiscovery::companyFromCallback_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QVariantMap>("callback");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::newRow("qbo") << Provider::Qbo
                         << QVariantMap { { QStringLiteral("code"), QStringLiteral("c") },
                                { QStringLiteral("realmId"), QStringLiteral("9130355") } }
                         << QStringLiteral("9130355") << QString();
    QTest::newRow("myob") << Provider::Myob
                          << QVariantMap { { QStringLiteral("businessId"), QStringLiteral("7a1e-44") },
                                 { QStringLiteral("businessName"), QStringLiteral("Clearwater Ltd") } }
                          << QStringLiteral("7a1e-44") << QStringLiteral("Clearwater Ltd");
}

void tst_OrganisationDiscovery::companyFromCallback()
{
    QFETCH(Provider, provider);
    QFETCH(QVariantMap, callback);
    QFETCH(QString, id);
    QFETCH(QString, name);
    const auto result = run(provider, callback);
    QVERIFY(result.has_value());
    QVERIFY(result->ok());
    QCOMPARE(result->value().size(), 1);
    QCOMPARE(result->value().first().id, id);
    QCOMPARE(result->value().first().name, name);
}

void tst_OrganisationDiscovery::missingCompanyIsAnError()
{
    const auto result = run(Provider::Qbo, { { QStringLiteral("code"), QStringLiteral("c") } });
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QVERIFY(result->error().userMessage().contains(QLatin1String("QuickBooks Online")));
}

void tst_OrganisationDiscovery::unreachableListIsRetryable()
{
    // Nothing listens on port 9 of 127.0.0.1 (discard): the Sage /businesses request fails.
    const auto result = run(Provider::Sage, {}, QUrl(QStringLiteral("http://127.0.0.1:9")));
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QVERIFY(result->error().isRetryable());
    QVERIFY(result->error().detail().contains(QLatin1String("/sage/api/v3.1/businesses")));
}

QTEST_GUILESS_MAIN(tst_OrganisationDiscovery)
#include "tst_organisationdiscovery.moc"

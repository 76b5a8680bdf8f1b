#include "auth/providerendpoints.h"

#include <QTest>

using namespace Ledgerlink;
using Provider = ProviderEndpoints::Provider;
using Entity = ProviderEndpoints::Entity;

class tst_ProviderEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realEndpoints_data();
    void realEndpoints();
    void sandboxRewritesEveryHost_data();
    void sandboxRewritesEveryHost();
    void sandboxEndpointsUseBase();
    void unknownHostIsKept();
    void xeroScopes_data();
    void xeroScopes();
    void otherProviderScopes();
    void keysRoundTrip();
};

void tst_ProviderEndpoints::realEndpoints_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QString>("authorize");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("revoke");
    QTest::addColumn<QString>("organisations");
    QTest::newRow("xero") << Provider::Xero << "https://login.xero.com/identity/connect/authorize"
                          << "https://identity.xero.com/connect/token"
                          << "https://identity.xero.com/connect/revocation"
                          << "https://api.xero.com/connections";
    QTest::newRow("qbo") << Provider::Qbo << "https://appcenter.intuit.com/connect/oauth2"
                         << "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer"
                         << "https://developer.api.intuit.com/v2/oauth2/tokens/revoke"
                         << "";
    QTest::newRow("sage") << Provider::Sage << "https://www.sageone.com/oauth2/auth/central?filter=apiv3.1"
                          << "https://oauth.accounting.sage.com/token"
                          << "https://oauth.accounting.sage.com/revoke"
                          << "https://api.accounting.sage.com/v3.1/businesses";
    QTest::newRow("myob") << Provider::Myob << "https://secure.myob.com/oauth2/account/authorize"
                          << "https://secure.myob.com/oauth2/v1/authorize"
                          << ""
                          << "";
}

void tst_ProviderEndpoints::realEndpoints()
{
    QFETCH(Provider, provider);
    QFETCH(QString, authorize);
    QFETCH(QString, token);
    QFETCH(QString, revoke);
    QFETCH(QString, organisations);
    const ProviderEndpoints e = ProviderEndpoints::forProvider(provider);
    QCOMPARE(e.provider, provider);
    QCOMPARE(e.authorizeUrl.toString(), authorize);
    QCOMPARE(e.tokenUrl.toString(), token);
    QCOMPARE(e.revokeUrl.toString(), revoke);
    QCOMPARE(e.organisationsUrl.toString(), organisations);
    QVERIFY(e.apiBaseUrl.scheme() == QLatin1String("https"));
}

void tst_ProviderEndpoints::sandboxRewritesEveryHost_data()
{
    QTest::addColumn<QString>("real");
    QTest::addColumn<QString>("sandbox");
    const char *base = "http://127.0.0.1:4711";
    const struct
    {
        const char *real;
        const char *path;
    } rows[] = {
        { "https://login.xero.com/identity/connect/authorize", "/xero/login/identity/connect/authorize" },
        { "https://identity.xero.com/connect/token", "/xero/identity/connect/token" },
        { "https://api.xero.com/connections", "/xero/api/connections" },
        { "https://appcenter.intuit.com/connect/oauth2", "/qbo/appcenter/connect/oauth2" },
        { "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer", "/qbo/oauth/oauth2/v1/tokens/bearer" },
        { "https://developer.api.intuit.com/v2/oauth2/tokens/revoke", "/qbo/developer/v2/oauth2/tokens/revoke" },
        { "https://quickbooks.api.intuit.com/v3/company", "/qbo/api/v3/company" },
        { "https://www.sageone.com/oauth2/auth/central?filter=apiv3.1",
            "/sage/auth/oauth2/auth/central?filter=apiv3.1" },
        { "https://oauth.accounting.sage.com/token", "/sage/oauth/token" },
        { "https://api.accounting.sage.com/v3.1/businesses", "/sage/api/v3.1/businesses" },
        { "https://secure.myob.com/oauth2/account/authorize", "/myob/secure/oauth2/account/authorize" },
        { "https://api.myob.com/accountright", "/myob/api/accountright" },
    };
    for (const auto &row : rows) {
        QTest::newRow(row.real) << QString::fromLatin1(row.real)
                                << QString::fromLatin1(base) + QString::fromLatin1(row.path);
    }
}

void tst_ProviderEndpoints::sandboxRewritesEveryHost()
{
    QFETCH(QString, real);
    QFETCH(QString, sandbox);
    QCOMPARE(
        ProviderEndpoints::sandboxUrl(QUrl(real), QUrl(QStringLiteral("http://127.0.0.1:4711"))).toString(), sandbox);
    // A trailing slash on the base changes nothing.
    QCOMPARE(
        ProviderEndpoints::sandboxUrl(QUrl(real), QUrl(QStringLiteral("http://127.0.0.1:4711/"))).toString(), sandbox);
}

void tst_ProviderEndpoints::sandboxEndpointsUseBase()
{
    const QUrl base(QStringLiteral("http://127.0.0.1:9999"));
    for (Provider p : { Provider::Xero, Provider::Qbo, Provider::Sage, Provider::Myob }) {
        const ProviderEndpoints e = ProviderEndpoints::forProvider(p, base);
        for (const QUrl &u : { e.authorizeUrl, e.tokenUrl, e.apiBaseUrl }) {
            QCOMPARE(u.host(), QStringLiteral("127.0.0.1"));
            QCOMPARE(u.port(), 9999);
            QVERIFY2(u.path().startsWith(QLatin1Char('/') + ProviderEndpoints::key(p) + QLatin1Char('/')),
                qPrintable(u.toString()));
        }
    }
    QCOMPARE(ProviderEndpoints::forProvider(Provider::Xero, base).authorizeUrl.toString(),
        QStringLiteral("http://127.0.0.1:9999/xero/login/identity/connect/authorize"));
}

void tst_ProviderEndpoints::unknownHostIsKept()
{
    const QUrl other(QStringLiteral("https://example.com/x"));
    QCOMPARE(ProviderEndpoints::sandboxUrl(other, QUrl(QStringLiteral("http://127.0.0.1:1"))), other);
    QCOMPARE(ProviderEndpoints::sandboxUrl(QUrl(QStringLiteral("https://api.xero.com/connections")), QUrl()),
        QUrl(QStringLiteral("https://api.xero.com/connections")));
}

void tst_ProviderEndpoints::xeroScopes_data()
{
    QTest::addColumn<ProviderEndpoints::Entities>("entities");
    QTest::addColumn<bool>("custom");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("customers") << ProviderEndpoints::Entities(Entity::Customers) << false
                               << QStringList { QStringLiteral("accounting.contacts"),
                                      QStringLiteral("offline_access") };
    QTest::newRow("customers custom connection") << ProviderEndpoints::Entities(Entity::Customers) << true
                                                 << QStringList { QStringLiteral("accounting.contacts") };
    QTest::newRow("invoices") << ProviderEndpoints::Entities(Entity::Invoices) << false
                              << QStringList { QStringLiteral("accounting.contacts"),
                                     QStringLiteral("accounting.settings"), QStringLiteral("accounting.invoices"),
                                     QStringLiteral("offline_access") };
    QTest::newRow("everything") << (Entity::Customers | Entity::Invoices | Entity::Payments | Entity::Items
        | Entity::TaxRates | Entity::Accounts)
                                << false
                                << QStringList { QStringLiteral("accounting.contacts"),
                                       QStringLiteral("accounting.settings"), QStringLiteral("accounting.invoices"),
                                       QStringLiteral("accounting.payments"), QStringLiteral("offline_access") };
    QTest::newRow("tax rates") << ProviderEndpoints::Entities(Entity::TaxRates) << false
                               << QStringList { QStringLiteral("accounting.settings"),
                                      QStringLiteral("offline_access") };
}

void tst_ProviderEndpoints::xeroScopes()
{
    QFETCH(ProviderEndpoints::Entities, entities);
    QFETCH(bool, custom);
    QFETCH(QStringList, expected);
    const QStringList scopes = ProviderEndpoints::scopes(Provider::Xero, entities, custom);
    QCOMPARE(scopes, expected);
    QVERIFY(!scopes.contains(QStringLiteral("accounting.transactions")));
}

void tst_ProviderEndpoints::otherProviderScopes()
{
    const auto all = Entity::Customers | Entity::Invoices | Entity::Payments;
    QCOMPARE(ProviderEndpoints::scopes(Provider::Qbo, all),
        QStringList { QStringLiteral("com.intuit.quickbooks.accounting") });
    QCOMPARE(ProviderEndpoints::scopes(Provider::Sage, all), QStringList { QStringLiteral("full_access") });
    const QStringList myob = ProviderEndpoints::scopes(Provider::Myob, Entity::Customers);
    QVERIFY(myob.contains(QStringLiteral("sme-contacts-customer")));
    QVERIFY(!myob.contains(QStringLiteral("sme-sales")));
}

void tst_ProviderEndpoints::keysRoundTrip()
{
    for (Provider p : { Provider::Xero, Provider::Qbo, Provider::Sage, Provider::Myob }) {
        QCOMPARE(ProviderEndpoints::fromKey(ProviderEndpoints::key(p)), std::optional<Provider>(p));
        QVERIFY(!ProviderEndpoints::displayName(p).isEmpty());
    }
    QVERIFY(!ProviderEndpoints::fromKey(QStringLiteral("freshbooks")).has_value());
}

QTEST_GUILESS_MAIN(tst_ProviderEndpoints)
#include "tst_providerendpoints.moc"

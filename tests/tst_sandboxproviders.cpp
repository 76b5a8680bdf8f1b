// What the four providers have in common, checked on each over real HTTP: POST /_sandbox/seed makes a
// full demo organisation (customers, items, tax rates, accounts, invoices with payments); every entity
// the issue lists can be created, read and paged; QBO requestid replies survive a --state restart.
#include "sandboxserver.h"
#include "testprofile.h"
#include "tst_sandboxsession.h"

#include <QTest>

#include <memory>

using namespace Ledgerlink;

namespace {

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

QString encoded(const QString &text)
{
    return sandboxEncoded(text);
}

using Session = SandboxSession;
const QString kQboRealm = kSandboxQboRealm;
const QString kSageBusiness = kSandboxSageBusiness;
const QString kMyobBusiness = kSandboxMyobBusiness;

} // namespace

class tst_SandboxProviders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void seedMakesFullDemoOrganisation_data();
    void seedMakesFullDemoOrganisation();
    void qboCreditMemoCreatesListsAndPages();
    void qboRequestIdReplaySurvivesRestart();
    void sageEntitiesCreateListAndPage_data();
    void sageEntitiesCreateListAndPage();
    void myobEntitiesCreateListAndPage_data();
    void myobEntitiesCreateListAndPage();

private:
    Session connectTo(const QString &provider);
    HttpResult api(const Session &session, const QByteArray &method, const QString &path, const QJsonObject &body = {},
        int timeoutMs = 10000);
    QJsonArray records(const QString &provider, const QString &tenant, const QString &entity);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void tst_SandboxProviders::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen() != 0);
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    for (const char *p : { "xero", "qbo", "sage", "myob" }) {
        m_client->postJson(str("/_sandbox/limits"), { { str("provider"), str(p) }, { str("lift"), true } });
    }
}

void tst_SandboxProviders::cleanup()
{
    m_client.reset();
    m_server.reset();
}

Session tst_SandboxProviders::connectTo(const QString &provider)
{
    return sandboxConnect(*m_client, provider);
}

HttpResult tst_SandboxProviders::api(
    const Session &session, const QByteArray &method, const QString &path, const QJsonObject &body, int timeoutMs)
{
    return sandboxApi(*m_client, session, method, path, body, timeoutMs);
}

QJsonArray tst_SandboxProviders::records(const QString &provider, const QString &tenant, const QString &entity)
{
    return sandboxRecords(*m_client, provider, tenant, entity);
}

void tst_SandboxProviders::seedMakesFullDemoOrganisation_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QStringList>("entities"); // customers, items, tax rates, accounts, invoices, payments
    QTest::addColumn<QString>("invoiceList"); // a paged API list of the invoices: 4 per page
    QTest::addColumn<QString>("nextField");

    QTest::newRow("xero") << str("xero") << SandboxTestClient::xeroTenant(0)
                          << QStringList { str("Contacts"), str("Items"), str("TaxRates"), str("Accounts"),
                                 str("Invoices"), str("Payments") }
                          << str("Invoices?page=1&pageSize=4") << str("pagination");
    QTest::newRow("qbo") << str("qbo") << kQboRealm
                         << QStringList { str("Customer"), str("Item"), str("TaxCode"), str("Account"), str("Invoice"),
                                str("Payment") }
                         << str("query?query=") + encoded(str("SELECT * FROM Invoice STARTPOSITION 1 MAXRESULTS 4"))
                         << str("QueryResponse");
    QTest::newRow("sage") << str("sage") << kSageBusiness
                          << QStringList { str("contacts"), str("products"), str("tax_rates"), str("ledger_accounts"),
                                 str("sales_invoices"), str("contact_payments") }
                          << str("sales_invoices?items_per_page=4") << str("$next");
    QTest::newRow("myob") << str("myob") << kMyobBusiness
                          << QStringList { str("Contact/Customer"), str("Inventory/Item"), str("GeneralLedger/TaxCode"),
                                 str("GeneralLedger/Account"), str("Sale/Invoice/Item"), str("Sale/CustomerPayment") }
                          << str("Sale/Invoice/Item?$top=4") << str("NextPageLink");
}

void tst_SandboxProviders::seedMakesFullDemoOrganisation()
{
    QFETCH(QString, provider);
    QFETCH(QString, tenant);
    QFETCH(QStringList, entities);
    QFETCH(QString, invoiceList);
    QFETCH(QString, nextField);
    const HttpResult seeded = m_client->postJson(str("/_sandbox/seed"),
        { { str("provider"), provider }, { str("tenant"), tenant }, { str("customers"), 5 }, { str("items"), 3 },
            { str("invoices"), 6 }, { str("paid_ratio"), 0.5 } });
    QCOMPARE(seeded.status, 200);
    const QJsonObject made = seeded.json();
    QCOMPARE(made.value(str("customers")).toInt(), 5);
    QCOMPARE(made.value(str("items")).toInt(), 3);
    QCOMPARE(made.value(str("invoices")).toInt(), 6);
    QCOMPARE(made.value(str("payments")).toInt(), 3);
    QCOMPARE(records(provider, tenant, entities.at(0)).size(), 5);
    QCOMPARE(records(provider, tenant, entities.at(1)).size(), 3);
    QVERIFY(records(provider, tenant, entities.at(2)).size() >= 2);
    QVERIFY(records(provider, tenant, entities.at(3)).size() >= 3);
    QCOMPARE(records(provider, tenant, entities.at(4)).size(), 6);
    QCOMPARE(records(provider, tenant, entities.at(5)).size(), 3);
    // The seeded records are what the provider's own API lists, a page at a time.
    const Session session = connectTo(provider);
    QVERIFY(!session.token.isEmpty());
    const HttpResult page = api(session, "GET", invoiceList);
    QCOMPARE(page.status, 200);
    const QJsonValue next = page.json().value(nextField);
    QVERIFY2(!next.isNull() && !next.isUndefined(), page.body.constData());
    // A second seed adds to the first without clashing names or numbers.
    const HttpResult again = m_client->postJson(str("/_sandbox/seed"),
        { { str("provider"), provider }, { str("tenant"), tenant }, { str("customers"), 2 }, { str("items"), 1 },
            { str("invoices"), 2 }, { str("paid_ratio"), 1.0 } });
    QCOMPARE(again.json().value(str("customers")).toInt(), 2);
    QCOMPARE(again.json().value(str("invoices")).toInt(), 2);
    QCOMPARE(again.json().value(str("payments")).toInt(), 2);
    QCOMPARE(records(provider, tenant, entities.at(0)).size(), 7);
}

void tst_SandboxProviders::qboCreditMemoCreatesListsAndPages()
{
    m_client->postJson(str("/_sandbox/seed"),
        { { str("provider"), str("qbo") }, { str("customers"), 1 }, { str("items"), 1 }, { str("invoices"), 0 } });
    const QString customer =
        records(str("qbo"), kQboRealm, str("Customer")).at(0).toObject().value(str("Id")).toString();
    const QString item = records(str("qbo"), kQboRealm, str("Item")).at(0).toObject().value(str("Id")).toString();
    const Session session = connectTo(str("qbo"));
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const HttpResult created = api(session, "POST", str("creditmemo"),
            { { str("CustomerRef"), QJsonObject { { str("value"), customer } } },
                { str("Line"),
                    QJsonArray { QJsonObject { { str("Amount"), 10.0 * (i + 1) },
                        { str("DetailType"), str("SalesItemLineDetail") },
                        { str("SalesItemLineDetail"),
                            QJsonObject { { str("ItemRef"), QJsonObject { { str("value"), item } } }, { str("Qty"), 1 },
                                { str("UnitPrice"), 10.0 * (i + 1) } } } } } } });
        QCOMPARE(created.status, 200);
        const QJsonObject memo = created.json().value(str("CreditMemo")).toObject();
        QCOMPARE(memo.value(str("TotalAmt")).toDouble(), 10.0 * (i + 1));
        QCOMPARE(memo.value(str("RemainingCredit")).toDouble(), 10.0 * (i + 1));
        ids << memo.value(str("Id")).toString();
    }
    QCOMPARE(api(session, "GET", str("creditmemo/") + ids.at(1))
                 .json()
                 .value(str("CreditMemo"))
                 .toObject()
                 .value(str("Id"))
                 .toString(),
        ids.at(1));
    const QJsonObject page =
        api(session, "GET", str("query?query=") + encoded(str("SELECT * FROM CreditMemo STARTPOSITION 3 MAXRESULTS 2")))
            .json()
            .value(str("QueryResponse"))
            .toObject();
    QCOMPARE(page.value(str("CreditMemo")).toArray().size(), 1);
    QCOMPARE(page.value(str("startPosition")).toInt(), 3);
    const HttpResult unknownCustomer = api(session, "POST", str("creditmemo"),
        { { str("CustomerRef"), QJsonObject { { str("value"), str("999") } } }, { str("Line"), QJsonArray {} } });
    QCOMPARE(unknownCustomer.status, 400);
    QCOMPARE(unknownCustomer.json()
                 .value(str("Fault"))
                 .toObject()
                 .value(str("Error"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(str("code"))
                 .toString(),
        str("2500"));
}

void tst_SandboxProviders::qboRequestIdReplaySurvivesRestart()
{
    TestProfile profile;
    const QString stateFile = profile.filePath(str("qbo-state.json"));
    QString error;
    QVERIFY(m_server->setStateFile(stateFile, &error));
    const Session session = connectTo(str("qbo"));
    const QJsonObject body { { str("DisplayName"), str("Restart Co") } };
    const HttpResult first = api(session, "POST", str("customer?requestid=restart-1"), body);
    QCOMPARE(first.status, 200);
    m_client.reset();
    m_server.reset(); // saves on the way out

    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->setStateFile(stateFile, &error));
    QVERIFY(m_server->listen() != 0);
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    // Without the saved reply this would be a second "Restart Co": Fault 6240 Duplicate Name.
    const HttpResult again = api(session, "POST", str("customer?requestid=restart-1"), body);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, first.body);
    QCOMPARE(records(str("qbo"), kQboRealm, str("Customer")).size(), 1);
    m_client.reset();
    m_server.reset(); // while the profile folder still exists
}

void tst_SandboxProviders::sageEntitiesCreateListAndPage_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QString>("key"); // the body's wrapper object
    QTest::addColumn<QJsonObject>("record");

    QTest::newRow("products") << str("products") << str("product")
                              << QJsonObject { { str("item_code"), str("P1") }, { str("description"), str("Widget") },
                                     { str("sales_prices"),
                                         QJsonArray { QJsonObject { { str("price_name"), str("Selling Price") },
                                             { str("price"), 12.5 } } } } };
    QTest::newRow("tax_rates") << str("tax_rates") << str("tax_rate")
                               << QJsonObject { { str("name"), str("Custom 7%") }, { str("percentage"), 7.0 } };
    QTest::newRow("ledger_accounts") << str("ledger_accounts") << str("ledger_account")
                                     << QJsonObject { { str("ledger_account_type_id"), str("SALES") },
                                            { str("nominal_code"), str("4010") }, { str("name"), str("Other sales") } };
    QTest::newRow("sales_credit_notes") << str("sales_credit_notes") << str("sales_credit_note")
                                        << QJsonObject { { str("date"), str("2026-11-01") },
                                               { str("credit_note_lines"),
                                                   QJsonArray { QJsonObject { { str("description"), str("Refund") },
                                                       { str("quantity"), 1 }, { str("unit_price"), 40.0 } } } } };
}

void tst_SandboxProviders::sageEntitiesCreateListAndPage()
{
    QFETCH(QString, collection);
    QFETCH(QString, key);
    QFETCH(QJsonObject, record);
    m_client->postJson(str("/_sandbox/seed"),
        { { str("provider"), str("sage") }, { str("customers"), 1 }, { str("items"), 0 }, { str("invoices"), 0 } });
    if (collection == QLatin1String("sales_credit_notes")) {
        record.insert(
            str("contact_id"), records(str("sage"), kSageBusiness, str("contacts")).at(0).toObject().value(str("id")));
    }
    const Session session = connectTo(str("sage"));
    const int before = api(session, "GET", collection).json().value(str("$total")).toInt();
    QString id;
    for (int i = 0; i < 2; ++i) {
        const HttpResult created = api(session, "POST", collection, { { key, record } });
        QCOMPARE(created.status, 201);
        id = created.json().value(str("id")).toString();
        QVERIFY(!id.isEmpty());
    }
    const HttpResult one = api(session, "GET", collection + QLatin1Char('/') + id);
    QCOMPARE(one.status, 200);
    if (collection == QLatin1String("sales_credit_notes")) {
        QCOMPARE(one.json().value(str("total_amount")).toDouble(), 48.0); // 40 + 20% tax
    }
    const QJsonObject page = api(session, "GET", collection + str("?items_per_page=1")).json();
    QCOMPARE(page.value(str("$total")).toInt(), before + 2);
    QCOMPARE(page.value(str("$items")).toArray().size(), 1);
    QVERIFY(page.value(str("$next")).toString().contains(str("page=2")));
    QCOMPARE(api(session, "POST", collection, { { key, QJsonObject {} } }).status, 422);
}

void tst_SandboxProviders::myobEntitiesCreateListAndPage_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QJsonObject>("record");

    QTest::newRow("Inventory/Item") << str("Inventory/Item")
                                    << QJsonObject { { str("Number"), str("W-1") }, { str("Name"), str("Widget") },
                                           { str("IsSold"), true } };
    QTest::newRow("GeneralLedger/TaxCode")
        << str("GeneralLedger/TaxCode") << QJsonObject { { str("Code"), str("GS2") }, { str("Rate"), 5.0 } };
    QTest::newRow("GeneralLedger/Account")
        << str("GeneralLedger/Account")
        << QJsonObject { { str("DisplayID"), str("4-2000") }, { str("Name"), str("Other income") } };
    QTest::newRow("Sale/Invoice/Item") << str("Sale/Invoice/Item")
                                       << QJsonObject { { str("Date"), str("2026-11-01T00:00:00") },
                                              { str("Lines"),
                                                  QJsonArray { QJsonObject { { str("Type"), str("Transaction") },
                                                      { str("ShipQuantity"), 2 }, { str("UnitPrice"), 15.0 },
                                                      { str("Total"), 30.0 } } } } };
}

void tst_SandboxProviders::myobEntitiesCreateListAndPage()
{
    QFETCH(QString, entity);
    QFETCH(QJsonObject, record);
    m_client->postJson(str("/_sandbox/seed"),
        { { str("provider"), str("myob") }, { str("customers"), 1 }, { str("items"), 0 }, { str("invoices"), 0 } });
    if (entity == QLatin1String("Sale/Invoice/Item")) {
        record.insert(str("Customer"),
            QJsonObject { { str("UID"),
                records(str("myob"), kMyobBusiness, str("Contact/Customer")).at(0).toObject().value(str("UID")) } });
    }
    const Session session = connectTo(str("myob"));
    const int before = api(session, "GET", entity).json().value(str("Count")).toInt();
    QByteArray location;
    for (int i = 0; i < 2; ++i) {
        const HttpResult created = api(session, "POST", entity, record);
        QCOMPARE(created.status, 201);
        location = created.header("location");
        QVERIFY(location.contains(QByteArray(entity.toLatin1() + '/')));
    }
    const HttpResult one = api(
        session, "GET", entity + QLatin1Char('/') + QString::fromLatin1(location.mid(location.lastIndexOf('/') + 1)));
    QCOMPARE(one.status, 200);
    if (entity == QLatin1String("Sale/Invoice/Item")) {
        QCOMPARE(one.json().value(str("BalanceDueAmount")).toDouble(), 30.0);
    }
    const QJsonObject page = api(session, "GET", entity + str("?$top=1")).json();
    QCOMPARE(page.value(str("Count")).toInt(), before + 2);
    QCOMPARE(page.value(str("Items")).toArray().size(), 1);
    QVERIFY(page.value(str("NextPageLink")).toString().contains(str("skip=1")));
    if (entity == QLatin1String("Inventory/Item")) {
        QCOMPARE(api(session, "POST", entity, { { str("Name"), str("No number") } }).status, 400);
    }
}

QTEST_GUILESS_MAIN(tst_SandboxProviders)
#include "tst_sandboxproviders.moc"

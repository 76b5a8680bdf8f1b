// CustomerMatchPreview: the wizard's matching suggestions - every page of the provider's contacts
// combined with the local customers by CustomerMatcher, one finished() per start(), and no
// callback into a preview that is gone. The provider is a scripted ProviderClient (no network).
#include "integrationbuilder.h"
#include "providers/providerclient.h"
#include "providers/xerocontactmapper.h"
#include "sandboxdata.h"
#include "sandboxthread.h"
#include "store/customerrepository.h"
#include "store/demodatagenerator.h"
#include "storefixture.h"
#include "sync/customermatchpreview.h"
#include "sync/syncsettings.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTest>
#include <QTimer>

using namespace Ledgerlink;

namespace {

/// Answers listContacts() from `pages` (page N = pages[N-1]) from the event loop, or with
/// `failure` on page `failOnPage`. Everything else is unused by the preview and refuses.
class ScriptedClient : public ProviderClient
{
public:
    QList<QList<RemoteContact>> pages;
    int failOnPage = 0;
    Error failure;
    QList<ListQuery> queries;

    QString providerKey() const override { return QStringLiteral("xero"); }
    int maxBatchSize() const override { return 50; }
    int pageSize() const override { return 100; }
    int maxPageSize() const override { return 2; }

    void listContacts(const ListQuery &query, ListCallback<RemoteContact> callback) override
    {
        queries.append(query);
        QTimer::singleShot(0, this, [this, query, callback] {
            if (query.page == failOnPage) {
                callback(failure);
                return;
            }
            RemotePage<RemoteContact> page;
            page.records = pages.value(query.page - 1);
            page.hasMore = query.page < pages.size();
            callback(page);
        });
    }
    void listAccounts(const ListQuery &, ListCallback<RemoteAccount> callback) override { callback(refused()); }
    void listTaxRates(ListCallback<RemoteTaxRate> callback) override { callback(refused()); }
    void listItems(const ListQuery &, ListCallback<RemoteItem> callback) override { callback(refused()); }
    void listPayments(const ListQuery &, ListCallback<RemotePayment> callback) override { callback(refused()); }
    void writeContacts(const QList<ContactWrite> &, WriteCallback callback) override { callback(refused()); }
    void writeItems(const QList<ItemWrite> &, WriteCallback callback) override { callback(refused()); }
    void writeInvoices(InvoiceKind, const QList<InvoiceWrite> &, WriteCallback callback) override
    {
        callback(refused());
    }
    void findContactByKey(const QString &, LookupCallback<RemoteContact> callback) override { callback(refused()); }
    void findInvoiceByNumber(InvoiceKind, const QString &, LookupCallback<RemoteInvoice> callback) override
    {
        callback(refused());
    }

private:
    static Error refused() { return Error(Error::Kind::Fatal, QStringLiteral("not used by the preview")); }
};

RemoteContact contact(const QString &id, const QString &name, const QString &email = {}, const QString &number = {})
{
    RemoteContact c;
    c.remoteId = id;
    c.externalKey = number;
    c.customer.name = name;
    c.customer.email = email;
    return c;
}

using Outcome = CustomerMatchPreview::Outcome;
using Match = CustomerMatchPreview::Match;

} // namespace

class tst_CustomerMatchPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsEveryPageAndSuggestsByRule();
    void countsLocalCustomersWithoutSuggestion();
    void readFailureEndsInOneError();
    void cancelEndsInOneFinished();
    void deletingWhileReadingIsSafe();
    void demoSandboxHoldsLookalikesOfTheDemoBusiness();
    void createAnswersSurviveTheSettingsRoundTrip();

private:
    qint64 addCustomer(
        const QString &name, const QString &email = {}, const QString &accountNumber = {}, bool archived = false);
    Result<Outcome> run(CustomerMatchPreview &preview);

    StoreFixture m_fx;
};

void tst_CustomerMatchPreview::init()
{
    LEDGERLINK_VERIFY_OK(m_fx.open());
}

void tst_CustomerMatchPreview::cleanup()
{
    m_fx.close();
}

qint64 tst_CustomerMatchPreview::addCustomer(
    const QString &name, const QString &email, const QString &accountNumber, bool archived)
{
    Customer c;
    c.name = name;
    c.email = email;
    c.accountNumber = accountNumber;
    c.archived = archived;
    auto stored = CustomerRepository(m_fx.db(), m_fx.clock).insert(c);
    return stored ? stored->id : 0;
}

Result<Outcome> tst_CustomerMatchPreview::run(CustomerMatchPreview &preview)
{
    QList<Result<Outcome>> results;
    connect(&preview, &CustomerMatchPreview::finished, this,
        [&results](const Result<Outcome> &result) { results.append(result); });
    preview.start();
    if (!QTest::qWaitFor([&results] { return !results.isEmpty(); }, 5000)) {
        return Error(Error::Kind::Fatal, QStringLiteral("no finished()"));
    }
    QTest::qWait(20); // a second finished() would arrive now
    if (results.size() != 1) {
        return Error(Error::Kind::Fatal, QStringLiteral("%1 finished()").arg(results.size()));
    }
    return results.constFirst();
}

void tst_CustomerMatchPreview::readsEveryPageAndSuggestsByRule()
{
    const qint64 keyed = addCustomer(QStringLiteral("Keyed Ltd"), {}, QStringLiteral("C-1"));
    const qint64 mailed = addCustomer(QStringLiteral("Bravo"), QStringLiteral("ap@bravo.example"));
    const qint64 named = addCustomer(QStringLiteral("Acme Limited"));
    auto client = std::make_unique<ScriptedClient>();
    // Three pages of the provider's largest page size (2): the last match is on the last page.
    client->pages = { { contact(QStringLiteral("r1"), QStringLiteral("Someone Else"), {}, QStringLiteral("C-1")),
                          contact(QStringLiteral("r2"), QStringLiteral("Stranger")) },
        { contact(QStringLiteral("r3"), QStringLiteral("Bravo Trading"), QStringLiteral("AP@bravo.example")) },
        { contact(QStringLiteral("r4"), QStringLiteral("ACME Ltd")) } };
    ScriptedClient *scripted = client.get();
    CustomerMatchPreview preview(m_fx.db(), m_fx.clock, std::move(client));
    const Result<Outcome> result = run(preview);
    LEDGERLINK_VERIFY_OK(result);
    QCOMPARE(scripted->queries.size(), 3);
    QCOMPARE(scripted->queries.at(2).page, 3);
    QCOMPARE(scripted->queries.at(0).pageSize, 2);
    QVERIFY(!scripted->queries.at(0).modifiedSince.isValid()); // a full read
    QCOMPARE(result->remoteContacts, 4);
    // Sorted by local name.
    QCOMPARE(result->matches.size(), 3);
    const Match &acme = result->matches.at(0);
    QCOMPARE(acme.localId, named);
    QCOMPARE(acme.remoteId, QStringLiteral("r4"));
    QCOMPARE(acme.remoteName, QStringLiteral("ACME Ltd"));
    QCOMPARE(acme.rule, CustomerMatcher::Rule::Name);
    QCOMPARE(result->matches.at(1).localId, mailed);
    QCOMPARE(result->matches.at(1).remoteId, QStringLiteral("r3"));
    QCOMPARE(result->matches.at(1).rule, CustomerMatcher::Rule::Email);
    QCOMPARE(result->matches.at(2).localId, keyed);
    QCOMPARE(result->matches.at(2).localName, QStringLiteral("Keyed Ltd"));
    QCOMPARE(result->matches.at(2).rule, CustomerMatcher::Rule::ExternalKey);
    QCOMPARE(result->unmatchedLocal, 0);
}

void tst_CustomerMatchPreview::countsLocalCustomersWithoutSuggestion()
{
    addCustomer(QStringLiteral("Acme Ltd"));
    addCustomer(QStringLiteral("Lonely One"));
    addCustomer(QStringLiteral("Lonely Two"));
    addCustomer(QStringLiteral("Old Archived"), {}, {}, true); // archived: neither a row nor counted
    auto client = std::make_unique<ScriptedClient>();
    client->pages = { { contact(QStringLiteral("r1"), QStringLiteral("Acme")) } };
    CustomerMatchPreview preview(m_fx.db(), m_fx.clock, std::move(client));
    const Result<Outcome> result = run(preview);
    LEDGERLINK_VERIFY_OK(result);
    QCOMPARE(result->matches.size(), 1);
    QCOMPARE(result->unmatchedLocal, 2);
}

void tst_CustomerMatchPreview::readFailureEndsInOneError()
{
    addCustomer(QStringLiteral("Acme Ltd"));
    auto client = std::make_unique<ScriptedClient>();
    client->pages = { { contact(QStringLiteral("r1"), QStringLiteral("Acme")) }, {} };
    client->failOnPage = 2;
    client->failure =
        Error(Error::Kind::Retryable, QStringLiteral("Xero is not answering."), QStringLiteral("HTTP 503"));
    CustomerMatchPreview preview(m_fx.db(), m_fx.clock, std::move(client));
    const Result<Outcome> result = run(preview);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().userMessage(), QStringLiteral("Xero is not answering."));
    QVERIFY(!preview.isRunning());
}

void tst_CustomerMatchPreview::cancelEndsInOneFinished()
{
    auto client = std::make_unique<ScriptedClient>();
    client->pages = { { contact(QStringLiteral("r1"), QStringLiteral("Acme")) } };
    CustomerMatchPreview preview(m_fx.db(), m_fx.clock, std::move(client));
    QList<Result<Outcome>> results;
    connect(&preview, &CustomerMatchPreview::finished, this,
        [&results](const Result<Outcome> &result) { results.append(result); });
    preview.start();
    preview.cancel();
    QTRY_COMPARE(results.size(), 1);
    QTest::qWait(50); // the client's answer arrives after the cancel and must not finish again
    QCOMPARE(results.size(), 1);
    QVERIFY(!results.constFirst().ok());
    QCOMPARE(results.constFirst().error().detail(), QStringLiteral("cancelled"));
}

void tst_CustomerMatchPreview::deletingWhileReadingIsSafe()
{
    auto client = std::make_unique<ScriptedClient>();
    client->pages = { { contact(QStringLiteral("r1"), QStringLiteral("Acme")) } };
    QPointer<CustomerMatchPreview> preview = new CustomerMatchPreview(m_fx.db(), m_fx.clock, std::move(client));
    int finished = 0;
    connect(preview.data(), &CustomerMatchPreview::finished, this, [&finished] { ++finished; });
    preview->start();
    delete preview.data();
    QTest::qWait(50);
    QCOMPARE(finished, 0);
    QVERIFY(preview.isNull());
}

void tst_CustomerMatchPreview::demoSandboxHoldsLookalikesOfTheDemoBusiness()
{
    // `ledgerlink --demo`: the sandbox thread's Xero demo organisation and the demo business.
    LEDGERLINK_VERIFY_OK(DemoDataGenerator(m_fx.db()).ensureDemoBusiness());
    SandboxThread sandbox;
    QVERIFY(sandbox.start() > 0);
    QNetworkAccessManager network;
    const QString tenant = SandboxData::demoTenantId(QStringLiteral("xero"), 0);
    std::unique_ptr<QNetworkReply> reply(network.get(
        QNetworkRequest(QUrl(sandbox.baseUrl() + QStringLiteral("/_sandbox/data/xero/%1/Contacts").arg(tenant)))));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    const QJsonArray records =
        QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("records")).toArray();
    QList<RemoteContact> remote;
    for (const QJsonValue &record : records) {
        auto contact = XeroContactMapper::fromJson(record.toObject());
        LEDGERLINK_VERIFY_OK(contact);
        remote.append(contact.value());
    }
    auto local = CustomerRepository(m_fx.db(), m_fx.clock).page(0, 1000);
    LEDGERLINK_VERIFY_OK(local);
    const QList<CustomerMatcher::Suggestion> suggestions = CustomerMatcher::suggest(local.value(), remote);
    QCOMPARE(suggestions.size(), 4);
    QHash<qint64, CustomerMatcher::Rule> ruleById;
    for (const CustomerMatcher::Suggestion &s : suggestions) {
        ruleById.insert(s.localId, s.rule);
    }
    // DemoDataGenerator's customers 1 (Zoë's Café Ltd), 2 (Müller & Söhne GmbH), 7 (Smith & Sons
    // Electrical) and 13 (Harbour View Hotel): every rule shows up in the wizard's table.
    QCOMPARE(ruleById.value(1), CustomerMatcher::Rule::Name);
    QCOMPARE(ruleById.value(2), CustomerMatcher::Rule::Email);
    QCOMPARE(ruleById.value(7), CustomerMatcher::Rule::ExternalKey);
    QCOMPARE(ruleById.value(13), CustomerMatcher::Rule::Name);
}

void tst_CustomerMatchPreview::createAnswersSurviveTheSettingsRoundTrip()
{
    // The table's "create new" answers (IntegrationBuilder writes them) reach the engine, and a
    // settings edit that rewrites the JSON keeps them; link and skip win over create.
    IntegrationDraft draft;
    draft.customerLinks.insert(6, QStringLiteral("r6"));
    draft.skippedCustomers = { 7 };
    draft.newCustomers = { 5, 6, 7 };
    const SyncSettings settings = SyncSettings::fromJson(IntegrationBuilder::settingsJson(draft));
    QVERIFY(settings.matchingProblems.isEmpty());
    QCOMPARE(settings.customerMatching.create, QSet<qint64>({ 5 }));
    QCOMPARE(settings.customerMatching.link.value(6), QStringLiteral("r6"));
    QVERIFY(settings.customerMatching.skip.contains(7));
    const SyncSettings again = SyncSettings::fromJson(settings.toJson());
    QCOMPARE(again.customerMatching.create, QSet<qint64>({ 5 }));
}

QTEST_GUILESS_MAIN(tst_CustomerMatchPreview)
#include "tst_customermatchpreview.moc"

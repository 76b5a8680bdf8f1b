#include "mockclock.h"
#include "store/accountrepository.h"
#include "store/customerrepository.h"
#include "store/itemrepository.h"
#include "store/taxtyperepository.h"
#include "testdatabase.h"
#include "testprofile.h"

#include <QTest>

using namespace Ledgerlink;

/// Customers, items, tax rates and accounts on the backend this run was registered for.
class tst_RecordRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void customerRoundTripsNonAsciiText_data();
    void customerRoundTripsNonAsciiText();
    void updateSetsUpdatedAtFromClock();
    void updateOfMissingCustomerFails();
    void findByIdOfMissingCustomerFails();
    void refusesCustomerWithoutName();
    void pagesByKeyset();
    void changedSinceUsesUpdatedAtAndId();
    void archiveKeepsRecord();
    void itemRoundTripsMoneyAndReferences();
    void duplicateItemCodeIsClearError();
    void taxTypeRoundTripsRate();
    void duplicateTaxTypeNameIsClearError();
    void accountRoundTrips();

private:
    MockClock m_clock;
    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Database> m_db;
};

void tst_RecordRepositories::init()
{
    m_clock.set(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC));
    m_profile = std::make_unique<TestProfile>();
    auto db = TestDatabase::openFresh(*m_profile);
    LEDGERLINK_VERIFY_OK(db);
    m_db = std::move(db).value();
}

void tst_RecordRepositories::cleanup()
{
    m_db.reset();
    m_profile.reset();
}

void tst_RecordRepositories::customerRoundTripsNonAsciiText_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("city");
    QTest::newRow("apostrophe and accents") << QStringLiteral("Zoë's Café Ltd") << QStringLiteral("Montréal");
    QTest::newRow("umlauts") << QStringLiteral("Müller & Söhne GmbH") << QStringLiteral("Düsseldorf");
    QTest::newRow("cjk and emoji") << QStringLiteral("株式会社 テスト 🚀") << QStringLiteral("東京");
    QTest::newRow("sql-ish") << QStringLiteral("Robert'); DROP TABLE customers;--") << QStringLiteral("O'Fallon");
}

void tst_RecordRepositories::customerRoundTripsNonAsciiText()
{
    QFETCH(QString, name);
    QFETCH(QString, city);
    CustomerRepository customers(*m_db, m_clock);
    Customer customer;
    customer.name = name;
    customer.email = QStringLiteral("accounts@example.com");
    customer.phone = QStringLiteral("+44 20 7946 0000");
    customer.accountNumber = QStringLiteral("C-0042");
    customer.addressLine1 = QStringLiteral("1 Straße");
    customer.city = city;
    customer.postalCode = QStringLiteral("40213");
    customer.country = QStringLiteral("DE");
    auto saved = customers.insert(customer);
    LEDGERLINK_VERIFY_OK(saved);
    QVERIFY(saved->id > 0);
    QCOMPARE(saved->createdAt, m_clock.now());
    QCOMPARE(saved->updatedAt, m_clock.now());

    auto loaded = customers.findById(saved->id);
    LEDGERLINK_VERIFY_OK(loaded);
    QCOMPARE(loaded->name, name);
    QCOMPARE(loaded->city, city);
    QCOMPARE(loaded->addressLine1, QStringLiteral("1 Straße"));
    QCOMPARE(loaded->email, customer.email);
    QCOMPARE(loaded->phone, customer.phone);
    QCOMPARE(loaded->accountNumber, customer.accountNumber);
    QCOMPARE(loaded->postalCode, customer.postalCode);
    QCOMPARE(loaded->country, customer.country);
    QVERIFY(loaded->addressLine2.isEmpty());
    QVERIFY(loaded->region.isEmpty());
    QCOMPARE(loaded->archived, false);
    QCOMPARE(loaded->createdAt, m_clock.now());
    QCOMPARE(loaded->createdAt.timeSpec(), Qt::UTC);
}

void tst_RecordRepositories::updateSetsUpdatedAtFromClock()
{
    CustomerRepository customers(*m_db, m_clock);
    Customer customer;
    customer.name = QStringLiteral("Zoë's Café Ltd");
    auto saved = customers.insert(customer);
    LEDGERLINK_VERIFY_OK(saved);
    const QDateTime created = m_clock.now();
    m_clock.advance(90 * 1000 + 250);
    Customer changed = saved.value();
    changed.email = QStringLiteral("zoe@example.com");
    changed.createdAt = QDateTime(); // the stored creation time wins
    auto updated = customers.update(changed);
    LEDGERLINK_VERIFY_OK(updated);
    QCOMPARE(updated->updatedAt, created.addMSecs(90250));
    auto loaded = customers.findById(saved->id);
    LEDGERLINK_VERIFY_OK(loaded);
    QCOMPARE(loaded->email, QStringLiteral("zoe@example.com"));
    QCOMPARE(loaded->createdAt, created);
    QCOMPARE(loaded->updatedAt, created.addMSecs(90250));
}

void tst_RecordRepositories::updateOfMissingCustomerFails()
{
    CustomerRepository customers(*m_db, m_clock);
    Customer ghost;
    ghost.id = 4711;
    ghost.name = QStringLiteral("Nobody");
    auto result = customers.update(ghost);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Error::Kind::Item);
    QVERIFY2(result.error().userMessage().contains(QLatin1String("4711")), qPrintable(result.error().userMessage()));
}

void tst_RecordRepositories::findByIdOfMissingCustomerFails()
{
    CustomerRepository customers(*m_db, m_clock);
    auto result = customers.findById(99);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().userMessage(), QStringLiteral("Customer 99 does not exist (it may have been deleted)."));
}

void tst_RecordRepositories::refusesCustomerWithoutName()
{
    CustomerRepository customers(*m_db, m_clock);
    Customer nameless;
    nameless.name = QStringLiteral("   ");
    auto result = customers.insert(nameless);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().userMessage(), QStringLiteral("A customer needs a name."));
    auto page = customers.page(0, 10);
    LEDGERLINK_VERIFY_OK(page);
    QCOMPARE(page->size(), 0);
}

void tst_RecordRepositories::pagesByKeyset()
{
    CustomerRepository customers(*m_db, m_clock);
    for (int i = 1; i <= 7; ++i) {
        Customer customer;
        customer.name = QStringLiteral("Customer %1").arg(i);
        LEDGERLINK_VERIFY_OK(customers.insert(customer));
    }
    QStringList names;
    qint64 after = 0;
    int pages = 0;
    while (true) {
        auto page = customers.page(after, 3);
        LEDGERLINK_VERIFY_OK(page);
        if (page->isEmpty()) {
            break;
        }
        ++pages;
        QVERIFY(page->size() <= 3);
        for (const Customer &c : page.value()) {
            QVERIFY(c.id > after);
            names << c.name;
            after = c.id;
        }
    }
    QCOMPARE(pages, 3);
    QCOMPARE(names.size(), 7);
    QCOMPARE(names.first(), QStringLiteral("Customer 1"));
    QCOMPARE(names.last(), QStringLiteral("Customer 7"));
}

void tst_RecordRepositories::changedSinceUsesUpdatedAtAndId()
{
    CustomerRepository customers(*m_db, m_clock);
    QList<qint64> ids;
    for (const char *name : { "A", "B", "C" }) {
        Customer customer;
        customer.name = QString::fromLatin1(name);
        auto saved = customers.insert(customer);
        LEDGERLINK_VERIFY_OK(saved);
        ids << saved->id;
        m_clock.advance(1000);
    }
    const QDateTime watermark = m_clock.now();
    m_clock.advance(5000);
    auto first = customers.findById(ids.at(0));
    LEDGERLINK_VERIFY_OK(first);
    LEDGERLINK_VERIFY_OK(customers.update(first.value())); // A changes after the watermark

    auto changed = customers.changedSince(watermark);
    LEDGERLINK_VERIFY_OK(changed);
    QCOMPARE(changed->size(), 1);
    QCOMPARE(changed->at(0).name, QStringLiteral("A"));

    // From the start: oldest change first (B, C, then A), and the id cursor resumes within a timestamp.
    auto all = customers.changedSince(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC));
    LEDGERLINK_VERIFY_OK(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).name, QStringLiteral("B"));
    QCOMPARE(all->at(1).name, QStringLiteral("C"));
    QCOMPARE(all->at(2).name, QStringLiteral("A"));
    auto resumed = customers.changedSince(all->at(1).updatedAt, all->at(1).id);
    LEDGERLINK_VERIFY_OK(resumed);
    QCOMPARE(resumed->size(), 1);
    QCOMPARE(resumed->at(0).name, QStringLiteral("A"));
}

void tst_RecordRepositories::archiveKeepsRecord()
{
    CustomerRepository customers(*m_db, m_clock);
    Customer customer;
    customer.name = QStringLiteral("Old Customer");
    auto saved = customers.insert(customer);
    LEDGERLINK_VERIFY_OK(saved);
    m_clock.advance(60000);
    LEDGERLINK_VERIFY_OK(customers.archive(saved->id));
    auto loaded = customers.findById(saved->id);
    LEDGERLINK_VERIFY_OK(loaded);
    QCOMPARE(loaded->archived, true);
    QCOMPARE(loaded->updatedAt, m_clock.now());
    QVERIFY(!customers.archive(12345).ok());
}

void tst_RecordRepositories::itemRoundTripsMoneyAndReferences()
{
    TaxTypeRepository taxTypes(*m_db, m_clock);
    AccountRepository accounts(*m_db, m_clock);
    ItemRepository items(*m_db, m_clock);
    auto vat = taxTypes.insert({ 0, QStringLiteral("Standard rate"), QStringLiteral("STD"), 200000, false, {}, {} });
    LEDGERLINK_VERIFY_OK(vat);
    auto sales = accounts.insert(
        { 0, QStringLiteral("200"), QStringLiteral("Sales"), QStringLiteral("REVENUE"), false, {}, {} });
    LEDGERLINK_VERIFY_OK(sales);
    Item item;
    item.code = QStringLiteral("CAFÉ-1");
    item.name = QStringLiteral("Crème brûlée (box of 6)");
    item.description = QStringLiteral("Größe: L");
    item.salePriceMinor = 1234567; // 12345.67
    item.taxTypeId = vat->id;
    item.accountId = sales->id;
    auto saved = items.insert(item);
    LEDGERLINK_VERIFY_OK(saved);
    auto loaded = items.findById(saved->id);
    LEDGERLINK_VERIFY_OK(loaded);
    QCOMPARE(loaded->code, item.code);
    QCOMPARE(loaded->name, item.name);
    QCOMPARE(loaded->description, item.description);
    QCOMPARE(loaded->salePriceMinor, qint64(1234567));
    QCOMPARE(loaded->taxTypeId, vat->id);
    QCOMPARE(loaded->accountId, sales->id);

    Item plain;
    plain.code = QStringLiteral("P");
    plain.name = QStringLiteral("No tax, no account");
    auto savedPlain = items.insert(plain);
    LEDGERLINK_VERIFY_OK(savedPlain);
    auto loadedPlain = items.findById(savedPlain->id);
    LEDGERLINK_VERIFY_OK(loadedPlain);
    QCOMPARE(loadedPlain->taxTypeId, qint64(0));
    QCOMPARE(loadedPlain->accountId, qint64(0));
}

void tst_RecordRepositories::duplicateItemCodeIsClearError()
{
    ItemRepository items(*m_db, m_clock);
    Item item;
    item.code = QStringLiteral("WIDGET");
    item.name = QStringLiteral("Widget");
    LEDGERLINK_VERIFY_OK(items.insert(item));
    item.name = QStringLiteral("Another widget");
    auto duplicate = items.insert(item);
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().kind(), Error::Kind::Item);
    QCOMPARE(duplicate.error().userMessage(),
        QStringLiteral("Another item already has the code WIDGET. Item codes must be unique."));
    QVERIFY(!duplicate.error().detail().isEmpty());
}

void tst_RecordRepositories::taxTypeRoundTripsRate()
{
    TaxTypeRepository taxTypes(*m_db, m_clock);
    auto reduced = taxTypes.insert({ 0, QStringLiteral("Reduced rate"), QStringLiteral("RED"), 55000, false, {}, {} });
    LEDGERLINK_VERIFY_OK(reduced);
    auto loaded = taxTypes.findById(reduced->id);
    LEDGERLINK_VERIFY_OK(loaded);
    QCOMPARE(loaded->rateE4, qint64(55000)); // 5.5 %
    QCOMPARE(loaded->code, QStringLiteral("RED"));
    auto invalid = taxTypes.insert({ 0, QStringLiteral("Silly"), {}, 1000001, false, {}, {} });
    QVERIFY(!invalid.ok());
}

void tst_RecordRepositories::duplicateTaxTypeNameIsClearError()
{
    TaxTypeRepository taxTypes(*m_db, m_clock);
    LEDGERLINK_VERIFY_OK(taxTypes.insert({ 0, QStringLiteral("Zero rated"), {}, 0, false, {}, {} }));
    auto other = taxTypes.insert({ 0, QStringLiteral("Exempt"), {}, 0, false, {}, {} });
    LEDGERLINK_VERIFY_OK(other);
    TaxType renamed = other.value();
    renamed.name = QStringLiteral("Zero rated");
    auto duplicate = taxTypes.update(renamed);
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().userMessage(),
        QStringLiteral("Another tax rate is already called \"Zero rated\". Tax rate names must be unique."));
}

void tst_RecordRepositories::accountRoundTrips()
{
    AccountRepository accounts(*m_db, m_clock);
    auto bank = accounts.insert(
        { 0, QStringLiteral("090"), QStringLiteral("Geschäftskonto"), QStringLiteral("BANK"), false, {}, {} });
    LEDGERLINK_VERIFY_OK(bank);
    auto loaded = accounts.findById(bank->id);
    LEDGERLINK_VERIFY_OK(loaded);
    QCOMPARE(loaded->code, QStringLiteral("090"));
    QCOMPARE(loaded->name, QStringLiteral("Geschäftskonto"));
    QCOMPARE(loaded->type, QStringLiteral("BANK"));
    auto clash =
        accounts.insert({ 0, QStringLiteral("090"), QStringLiteral("Other"), QStringLiteral("BANK"), false, {}, {} });
    QVERIFY(!clash.ok());
    QVERIFY(clash.error().userMessage().contains(QLatin1String("code 090")));
}

QTEST_GUILESS_MAIN(tst_RecordRepositories)
#include "tst_recordrepositories.moc"

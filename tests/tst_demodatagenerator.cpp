#include "clock.h"
#include "store/database.h"
#include "store/demodatagenerator.h"
#include "store/historyrepository.h"
#include "testprofile.h"

#include <QSqlQuery>
#include <QTest>

using namespace Ledgerlink;

class tst_DemoDataGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesDefaultDemoBusiness();
    void isDeterministic();
    void totalsAreExactAndConsistent();
    void refusesNonEmptyDatabase();
    void ensureIsIdempotent();
    void writesHistoryThatHistoryReads();

private:
    static std::unique_ptr<Database> openFresh(const TestProfile &profile, const QString &name)
    {
        auto db = Database::open(DatabaseLocation::sqliteFile(profile.filePath(name)));
        return db.ok() ? std::move(db).value() : nullptr;
    }
    static qint64 count(Database &db, const QString &sql)
    {
        QSqlQuery query(db.connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }
    static QString dump(Database &db)
    {
        QSqlQuery query(db.connection());
        QString text;
        query.exec(QStringLiteral("SELECT c.name, i.number, i.status, i.total_minor FROM invoices i "
                                  "JOIN customers c ON c.id = i.customer_id ORDER BY i.id"));
        while (query.next()) {
            text += query.value(0).toString() + QLatin1Char('|') + query.value(1).toString() + QLatin1Char('|')
                + query.value(2).toString() + QLatin1Char('|') + query.value(3).toString() + QLatin1Char('\n');
        }
        return text;
    }
};

void tst_DemoDataGenerator::writesDefaultDemoBusiness()
{
    TestProfile profile;
    auto db = openFresh(profile, QStringLiteral("demo.sqlite"));
    QVERIFY(db);
    QVERIFY(DemoDataGenerator(*db).ensureDemoBusiness().ok());
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 60);
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM items")), 40);
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM tax_types")), 3);
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM invoices")), 150);
    QVERIFY(count(*db, QStringLiteral("SELECT COUNT(*) FROM invoices WHERE kind = 'CREDIT_NOTE'")) > 0);
    QVERIFY(count(*db, QStringLiteral("SELECT COUNT(*) FROM payments")) > 0);
    for (const char *status : { "DRAFT", "PENDING_PAYMENT", "PAID", "VOID" }) {
        QVERIFY2(
            count(*db, QStringLiteral("SELECT COUNT(*) FROM invoices WHERE status = '%1'").arg(QLatin1String(status)))
                > 0,
            status);
    }
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE name = 'Zoë''s Café Ltd'")), 1);
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE name = 'Müller & Söhne GmbH'")), 1);
    // Unique names: providers refuse two active contacts with one name.
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(DISTINCT name) FROM customers")), 60);
}

void tst_DemoDataGenerator::isDeterministic()
{
    TestProfile profile;
    auto a = openFresh(profile, QStringLiteral("a.sqlite"));
    auto b = openFresh(profile, QStringLiteral("b.sqlite"));
    QVERIFY(a && b);
    QVERIFY(DemoDataGenerator(*a).generate({ 100, 20, 300 }).ok());
    QVERIFY(DemoDataGenerator(*b).generate({ 100, 20, 300 }).ok());
    QCOMPARE(dump(*a), dump(*b));
    auto c = openFresh(profile, QStringLiteral("c.sqlite"));
    QVERIFY(DemoDataGenerator(*c, 7).generate({ 100, 20, 300 }).ok());
    QVERIFY(dump(*a) != dump(*c));
}

void tst_DemoDataGenerator::totalsAreExactAndConsistent()
{
    TestProfile profile;
    auto db = openFresh(profile, QStringLiteral("t.sqlite"));
    QVERIFY(db);
    QVERIFY(DemoDataGenerator(*db).generate({ 30, 15, 500 }).ok());
    // Header totals equal the sum of their lines, to the penny.
    QCOMPARE(count(*db,
                 QStringLiteral("SELECT COUNT(*) FROM invoices i WHERE i.subtotal_minor <> "
                                "(SELECT SUM(line_amount_minor) FROM invoice_lines l WHERE l.invoice_id = i.id)"
                                " OR i.tax_minor <> (SELECT SUM(tax_amount_minor) FROM invoice_lines l "
                                "WHERE l.invoice_id = i.id) OR i.total_minor <> i.subtotal_minor + i.tax_minor")),
        0);
    // Paid invoices are paid in full; payments never exceed the total.
    QCOMPARE(count(*db,
                 QStringLiteral("SELECT COUNT(*) FROM invoices WHERE status = 'PAID' AND kind = 'INVOICE' "
                                "AND amount_paid_minor <> total_minor")),
        0);
    QCOMPARE(count(*db,
                 QStringLiteral("SELECT COUNT(*) FROM invoices i WHERE amount_paid_minor <> COALESCE("
                                "(SELECT SUM(amount_minor) FROM payments p WHERE p.invoice_id = i.id), 0)")),
        0);
    // Money is stored as integers, never floating point.
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM invoices WHERE typeof(total_minor) <> 'integer'")), 0);
}

void tst_DemoDataGenerator::refusesNonEmptyDatabase()
{
    TestProfile profile;
    auto db = openFresh(profile, QStringLiteral("r.sqlite"));
    QVERIFY(DemoDataGenerator(*db).generate({ 5, 5, 5 }).ok());
    const Status second = DemoDataGenerator(*db).generate({ 5, 5, 5 });
    QVERIFY(!second.ok());
    QVERIFY(second.error().userMessage().contains(QLatin1String("empty database")));
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 5);
}

void tst_DemoDataGenerator::ensureIsIdempotent()
{
    TestProfile profile;
    auto db = openFresh(profile, QStringLiteral("e.sqlite"));
    QVERIFY(DemoDataGenerator(*db).ensureDemoBusiness().ok());
    QVERIFY(DemoDataGenerator(*db).ensureDemoBusiness().ok());
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 60);
}

void tst_DemoDataGenerator::writesHistoryThatHistoryReads()
{
    TestProfile profile;
    auto db = openFresh(profile, QStringLiteral("history.sqlite"));
    QVERIFY(db);
    DemoDataSize size;
    size.invoices = 30;
    size.historyRows = 1234;
    QVERIFY(DemoDataGenerator(*db).generate(size).ok());
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM sync_items")), 1234);
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM sync_runs")), 13);
    // The failed items are exactly those the runs count, and History finds them through its own queries.
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM sync_items WHERE outcome = 'FAILED'")),
        count(*db, QStringLiteral("SELECT SUM(failed_count) FROM sync_runs")));
    HistoryRepository history(*db, Clock::system());
    RunFilter filter;
    filter.failedOnly = true;
    filter.search = QStringLiteral("not a valid code");
    auto runs = history.runs(filter);
    QVERIFY(runs.ok());
    QCOMPARE(runs->size(), 13);
    QVERIFY(runs->first().startedAt > runs->last().startedAt); // newest first
    auto failed = history.items(runs->first().id, true);
    QVERIFY(failed.ok());
    QVERIFY(!failed->isEmpty());
    QVERIFY(failed->first().localId >= 1 && failed->first().localId <= 30);
}

QTEST_GUILESS_MAIN(tst_DemoDataGenerator)
#include "tst_demodatagenerator.moc"

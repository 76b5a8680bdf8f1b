#include "store/database.h"
#include "store/schema.h"
#include "testdatabase.h"
#include "testprofile.h"

#include <QSqlQuery>
#include <QTest>

using namespace Ledgerlink;

/// Migrations on the backend this run was registered for (SQLite, or PostgreSQL as *_postgres).
class tst_StoreSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createsNewestSchemaFromEmpty();
    void upgradesFromEachOlderVersion_data();
    void upgradesFromEachOlderVersion();
    void reopeningDoesNotMigrateAgain();
    void enforcesUniqueLinks();

private:
    static QString scalar(Database &db, const QString &sql)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(sql) || !query.next()) {
            return QStringLiteral("<error>");
        }
        return query.value(0).toString();
    }
};

void tst_StoreSchema::initTestCase()
{
    qInfo("backend: %s", qPrintable(TestDatabase::backendName()));
}

void tst_StoreSchema::createsNewestSchemaFromEmpty()
{
    TestProfile profile;
    auto db = TestDatabase::openFresh(profile);
    LEDGERLINK_VERIFY_OK(db);
    QCOMPARE((*db)->isPostgres(), TestDatabase::isPostgres());
    QCOMPARE((*db)->schemaVersion().value(), Database::latestSchemaVersion());
    const QStringList tables = (*db)->connection().tables();
    for (const char *table : { "customers", "items", "tax_types", "accounts", "invoices", "invoice_lines", "payments",
             "integrations", "links", "sync_runs", "sync_items", "change_log", "notifications", "sync_locks",
             "secret_keys", "sync_state", "tax_mappings", "schema_version" }) {
        QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
    }
    QCOMPARE(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM schema_version")),
        QString::number(Schema::migrations().size()));
}

void tst_StoreSchema::upgradesFromEachOlderVersion_data()
{
    QTest::addColumn<int>("fromVersion");
    for (const Migration &migration : Schema::migrations()) {
        if (migration.version < Database::latestSchemaVersion()) {
            QTest::addRow("from v%d", migration.version) << migration.version;
        }
    }
}

void tst_StoreSchema::upgradesFromEachOlderVersion()
{
    QFETCH(int, fromVersion);
    TestProfile profile;
    {
        DatabaseOpenOptions options;
        options.targetVersion = fromVersion;
        auto old = TestDatabase::openFresh(profile, options);
        LEDGERLINK_VERIFY_OK(old);
        QCOMPARE((*old)->schemaVersion().value(), fromVersion);
        QSqlQuery insert((*old)->connection());
        QVERIFY(
            insert.prepare(QStringLiteral("INSERT INTO customers (name, created_at, updated_at) VALUES (?, ?, ?)")));
        insert.addBindValue(QStringLiteral("Müller & Söhne GmbH"));
        insert.addBindValue(QStringLiteral("2026-01-01T00:00:00.000Z"));
        insert.addBindValue(QStringLiteral("2026-01-01T00:00:00.000Z"));
        QVERIFY(insert.exec());
    }
    auto upgraded = TestDatabase::openAgain(profile);
    LEDGERLINK_VERIFY_OK(upgraded);
    QCOMPARE((*upgraded)->schemaVersion().value(), Database::latestSchemaVersion());
    QCOMPARE(scalar(**upgraded, QStringLiteral("SELECT name FROM customers")), QStringLiteral("Müller & Söhne GmbH"));
}

void tst_StoreSchema::reopeningDoesNotMigrateAgain()
{
    TestProfile profile;
    {
        auto first = TestDatabase::openFresh(profile);
        LEDGERLINK_VERIFY_OK(first);
    }
    auto second = TestDatabase::openAgain(profile);
    LEDGERLINK_VERIFY_OK(second);
    QCOMPARE(scalar(**second, QStringLiteral("SELECT COUNT(*) FROM schema_version")),
        QString::number(Schema::migrations().size()));
    QCOMPARE(scalar(**second, QStringLiteral("SELECT MAX(version) FROM schema_version")),
        QString::number(Database::latestSchemaVersion()));
}

void tst_StoreSchema::enforcesUniqueLinks()
{
    // The write journal relies on these indexes on both backends.
    TestProfile profile;
    auto db = TestDatabase::openFresh(profile);
    LEDGERLINK_VERIFY_OK(db);
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO integrations (id, provider, app_type, state, created_at, "
                                      "updated_at) VALUES ('i1', 'xero', 'web', 'ACTIVE', 't', 't')")));
    const QString link = QStringLiteral("INSERT INTO links (integration_id, entity, local_id, remote_id, updated_at) "
                                        "VALUES ('i1', 'customer', %1, %2, 't')");
    QVERIFY(query.exec(link.arg(1).arg(QStringLiteral("'R1'"))));
    QVERIFY(!query.exec(link.arg(1).arg(QStringLiteral("'R2'")))); // same local id
    QVERIFY(!query.exec(link.arg(2).arg(QStringLiteral("'R1'")))); // same remote id
    QVERIFY(query.exec(link.arg(3).arg(QStringLiteral("NULL")))); // pending links have no remote id yet
    QVERIFY(query.exec(link.arg(4).arg(QStringLiteral("NULL"))));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM links")), QStringLiteral("3"));
}

QTEST_GUILESS_MAIN(tst_StoreSchema)
#include "tst_storeschema.moc"

#include "store/database.h"
#include "store/schema.h"
#include "testprofile.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Ledgerlink;

class tst_Database : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsNewestSchemaFromEmpty();
    void upgradesFromEachOlderVersion_data();
    void upgradesFromEachOlderVersion();
    void enablesWalAndForeignKeys();
    void refusesNewerDatabase();
    void refusesFileThatIsNotADatabase();
    void refusesReadOnlyFile();
    void secondConnectionSeesCommittedData();

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

void tst_Database::createsNewestSchemaFromEmpty()
{
    TestProfile profile;
    auto db = Database::open(DatabaseLocation::sqliteFile(profile.filePath(QStringLiteral("a.sqlite"))));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    QCOMPARE((*db)->schemaVersion().value(), Database::latestSchemaVersion());
    const QStringList tables = (*db)->connection().tables();
    for (const char *table :
        { "customers", "items", "tax_types", "accounts", "invoices", "invoice_lines", "payments", "integrations",
            "links", "sync_runs", "sync_items", "change_log", "notifications", "sync_locks", "secret_keys" }) {
        QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
    }
    // Each migration is recorded once.
    QCOMPARE(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM schema_version")),
        QString::number(Schema::migrations().size()));
}

void tst_Database::upgradesFromEachOlderVersion_data()
{
    QTest::addColumn<int>("fromVersion");
    for (const Migration &migration : Schema::migrations()) {
        if (migration.version < Database::latestSchemaVersion()) {
            QTest::addRow("from v%d", migration.version) << migration.version;
        }
    }
}

void tst_Database::upgradesFromEachOlderVersion()
{
    QFETCH(int, fromVersion);
    TestProfile profile;
    const auto location = DatabaseLocation::sqliteFile(profile.filePath(QStringLiteral("old.sqlite")));
    {
        DatabaseOpenOptions options;
        options.targetVersion = fromVersion;
        auto old = Database::open(location, {}, options);
        QVERIFY(old.ok());
        QCOMPARE((*old)->schemaVersion().value(), fromVersion);
        QSqlQuery insert((*old)->connection());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO customers (name, created_at, updated_at) "
                                           "VALUES ('Zoë''s Café Ltd', '2026-01-01T00:00:00Z', "
                                           "'2026-01-01T00:00:00Z')")));
    }
    auto upgraded = Database::open(location);
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.ok() ? QString() : upgraded.error().toString()));
    QCOMPARE((*upgraded)->schemaVersion().value(), Database::latestSchemaVersion());
    QCOMPARE(scalar(**upgraded, QStringLiteral("SELECT name FROM customers")), QStringLiteral("Zoë's Café Ltd"));
}

void tst_Database::enablesWalAndForeignKeys()
{
    TestProfile profile;
    auto db = Database::open(DatabaseLocation::sqliteFile(profile.filePath(QStringLiteral("p.sqlite"))));
    QVERIFY(db.ok());
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
    // A foreign key violation is refused.
    QSqlQuery query((*db)->connection());
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO invoices (number, customer_id, issue_date, status, currency, "
                                       "created_at, updated_at) VALUES ('X', 999, '2026-01-01', 'DRAFT', 'GBP', "
                                       "'t', 't')")));
}

void tst_Database::refusesNewerDatabase()
{
    TestProfile profile;
    const auto location = DatabaseLocation::sqliteFile(profile.filePath(QStringLiteral("new.sqlite")));
    {
        auto db = Database::open(location);
        QVERIFY(db.ok());
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version VALUES (99, 'future', 't', '9.9')")));
    }
    const QByteArray before = [&] {
        QFile f(location.filePath());
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    auto db = Database::open(location);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().userMessage().contains(QLatin1String("newer version of Ledgerlink")),
        qPrintable(db.error().userMessage()));
    QVERIFY(db.error().userMessage().contains(QLatin1String("99")));
    QFile after(location.filePath());
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

void tst_Database::refusesFileThatIsNotADatabase()
{
    TestProfile profile;
    const QString path = profile.filePath(QStringLiteral("corrupt.sqlite"));
    const QByteArray garbage = QByteArray("This is a spreadsheet, not a database\n").repeated(100);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    auto db = Database::open(DatabaseLocation::sqliteFile(path));
    QVERIFY(!db.ok());
    QVERIFY2(db.error().userMessage().contains(QLatin1String("damaged")), qPrintable(db.error().userMessage()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage); // not overwritten
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void tst_Database::refusesReadOnlyFile()
{
    TestProfile profile;
    const QString path = profile.filePath(QStringLiteral("ro.sqlite"));
    {
        auto db = Database::open(DatabaseLocation::sqliteFile(path));
        QVERIFY(db.ok());
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser));
    auto db = Database::open(DatabaseLocation::sqliteFile(path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    if (db.ok() && QFileInfo(path).isWritable()) {
        QSKIP("running as root: file permissions do not make a file read-only");
    }
    QVERIFY(!db.ok());
    QVERIFY2(db.error().userMessage().contains(QLatin1String("read-only")), qPrintable(db.error().userMessage()));
}

void tst_Database::secondConnectionSeesCommittedData()
{
    TestProfile profile;
    const auto location = DatabaseLocation::sqliteFile(profile.filePath(QStringLiteral("two.sqlite")));
    auto first = Database::open(location);
    auto second = Database::open(location);
    QVERIFY(first.ok() && second.ok());
    QVERIFY((*first)->connection().connectionName() != (*second)->connection().connectionName());
    const Status status = (*first)->inTransaction([&]() -> Status {
        QSqlQuery query((*first)->connection());
        if (!query.exec(QStringLiteral("INSERT INTO accounts (code, name, type, created_at, updated_at) "
                                       "VALUES ('200', 'Sales', 'REVENUE', 't', 't')"))) {
            return Error(Error::Kind::Fatal, QStringLiteral("insert failed"));
        }
        return {};
    });
    QVERIFY(status.ok());
    QCOMPARE(scalar(**second, QStringLiteral("SELECT name FROM accounts WHERE code = '200'")), QStringLiteral("Sales"));
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"

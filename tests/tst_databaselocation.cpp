#include "store/databaselocation.h"

#include <QTest>

using namespace Ledgerlink;

class tst_DatabaseLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesSqlitePath();
    void parsesPostgresUrl_data();
    void parsesPostgresUrl();
    void refusesBadInput_data();
    void refusesBadInput();
};

void tst_DatabaseLocation::parsesSqlitePath()
{
    const Result<DatabaseLocation> location = DatabaseLocation::parse(QStringLiteral("/tmp/x/../büro.sqlite"));
    QVERIFY(location.ok());
    QVERIFY(location->isSqlite());
    QCOMPARE(location->filePath(), QStringLiteral("/tmp/büro.sqlite"));
}

void tst_DatabaseLocation::parsesPostgresUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("name");
    QTest::newRow("full") << "postgresql://office@db.local:5433/ledger"
                          << "db.local" << 5433 << "office"
                          << "ledger";
    QTest::newRow("default port") << "postgres://admin@10.0.0.5/books"
                                  << "10.0.0.5" << 5432 << "admin"
                                  << "books";
    QTest::newRow("no user") << "postgresql://server/books"
                             << "server" << 5432 << ""
                             << "books";
}

void tst_DatabaseLocation::parsesPostgresUrl()
{
    QFETCH(QString, url);
    const Result<DatabaseLocation> location = DatabaseLocation::parse(url);
    QVERIFY2(location.ok(), qPrintable(location.ok() ? QString() : location.error().toString()));
    QCOMPARE(location->backend(), DatabaseLocation::Backend::Postgres);
    QTEST(location->host(), "host");
    QTEST(location->port(), "port");
    QTEST(location->userName(), "user");
    QTEST(location->databaseName(), "name");
    QVERIFY(location->toDisplayString().startsWith(QLatin1String("postgresql://")));
}

void tst_DatabaseLocation::refusesBadInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedWords");
    QTest::newRow("empty") << "  "
                           << "No database location";
    QTest::newRow("password in url") << "postgresql://office:hunter2@db/ledger"
                                     << "must not contain a password";
    QTest::newRow("no database") << "postgresql://office@db"
                                 << "names no database";
    QTest::newRow("other scheme") << "mysql://db/ledger"
                                  << "neither a file nor";
}

void tst_DatabaseLocation::refusesBadInput()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedWords);
    const Result<DatabaseLocation> location = DatabaseLocation::parse(text);
    QVERIFY(!location.ok());
    QVERIFY2(location.error().userMessage().contains(expectedWords), qPrintable(location.error().userMessage()));
    // The refused password must not be echoed back in the message.
    QVERIFY(!location.error().toString().contains(QLatin1String("hunter2")));
}

QTEST_GUILESS_MAIN(tst_DatabaseLocation)
#include "tst_databaselocation.moc"

#include "testdatabase.h"

#include "testprofile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Ledgerlink {

namespace {

QString processDatabaseName()
{
    return QStringLiteral("ledgerlink_t_%1").arg(QCoreApplication::applicationPid());
}

// Runs statements on a short-lived raw connection (not a Database: no migration, no checks).
Status runAdmin(const DatabaseLocation &server, const QString &databaseName, const QStringList &statements)
{
    const QString name = QStringLiteral("ledgerlink-test-admin");
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server.host());
        db.setPort(server.port());
        db.setUserName(server.userName());
        db.setDatabaseName(databaseName);
        if (!db.open()) {
            status = Error(Error::Kind::Config, QStringLiteral("cannot connect to the test PostgreSQL server"),
                db.lastError().text());
        } else {
            QSqlQuery query(db);
            for (const QString &sql : statements) {
                if (!query.exec(sql)) {
                    status = Error(Error::Kind::Fatal, sql, query.lastError().text());
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

} // namespace

TestDatabase::Backend TestDatabase::backend()
{
    return qEnvironmentVariable("LEDGERLINK_TEST_BACKEND") == QLatin1String("postgres") ? Backend::Postgres
                                                                                        : Backend::Sqlite;
}

QString TestDatabase::backendName()
{
    return isPostgres() ? QStringLiteral("postgres") : QStringLiteral("sqlite");
}

QString TestDatabase::postgresUrl(QString *error)
{
    QString url = qEnvironmentVariable("LEDGERLINK_TEST_PG_URL");
    if (url.isEmpty()) {
        const QString file = qEnvironmentVariable("LEDGERLINK_TEST_PG_URL_FILE");
        QFile f(file);
        if (file.isEmpty() || !f.open(QIODevice::ReadOnly)) {
            if (error) {
                *error = QStringLiteral("no PostgreSQL test server: set LEDGERLINK_TEST_PG_URL or run through ctest "
                                        "with the 'postgres' fixture (url file '%1')")
                             .arg(file);
            }
            return {};
        }
        url = QString::fromUtf8(f.readAll()).trimmed();
    }
    return url;
}

Result<DatabaseLocation> TestDatabase::location(const TestProfile &profile)
{
    if (!isPostgres()) {
        return DatabaseLocation::sqliteFile(profile.filePath(QStringLiteral("store.sqlite")));
    }
    QString problem;
    const QString url = postgresUrl(&problem);
    if (url.isEmpty()) {
        return Error(Error::Kind::Config, problem);
    }
    auto server = DatabaseLocation::parse(url);
    if (!server) {
        return server.error();
    }
    // Same server, this process's own database.
    return DatabaseLocation::parse(QStringLiteral("postgresql://%1@%2:%3/%4")
                                       .arg(server->userName(), server->host())
                                       .arg(server->port())
                                       .arg(processDatabaseName()));
}

Status TestDatabase::resetPostgres(const DatabaseLocation &location)
{
    static bool created = false;
    auto server = DatabaseLocation::parse(postgresUrl());
    if (!server) {
        return server.error();
    }
    if (!created) {
        const QString name = location.databaseName();
        if (Status status = runAdmin(server.value(), server->databaseName(),
                { QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name),
                    QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8'").arg(name) });
            !status) {
            return status;
        }
        created = true;
    }
    return runAdmin(server.value(), location.databaseName(),
        { QStringLiteral("DROP SCHEMA public CASCADE"), QStringLiteral("CREATE SCHEMA public") });
}

Result<std::unique_ptr<Database>> TestDatabase::openFresh(
    const TestProfile &profile, const DatabaseOpenOptions &options)
{
    auto where = location(profile);
    if (!where) {
        return where.error();
    }
    if (isPostgres()) {
        if (Status reset = resetPostgres(where.value()); !reset) {
            return reset.error();
        }
    } else {
        QFile::remove(where->filePath());
    }
    return Database::open(where.value(), QString(), options);
}

Result<std::unique_ptr<Database>> TestDatabase::openAgain(const TestProfile &profile)
{
    auto where = location(profile);
    if (!where) {
        return where.error();
    }
    return Database::open(where.value());
}

} // namespace Ledgerlink

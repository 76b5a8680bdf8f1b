#include "database.h"

#include "logging.h"
#include "schema.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace Ledgerlink {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("ledgerlink-%1").arg(++counter);
}

} // namespace

Database::Database(DatabaseLocation location, QString connectionName)
    : m_location(std::move(location))
    , m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::latestSchemaVersion()
{
    return Schema::migrations().constLast().version;
}

Result<int> Database::schemaVersion() const
{
    return Migrator(connection(), Schema::migrations()).currentVersion();
}

Status Database::checkSqliteFile(const QString &path, bool createIfMissing)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (!createIfMissing) {
            return Error(Error::Kind::Config, tr("There is no Ledgerlink database at %1.").arg(path));
        }
        if (!QDir().mkpath(info.absolutePath())) {
            return Error(Error::Kind::Config,
                tr("Ledgerlink cannot create the folder %1 for its database. Check that you may write "
                   "there, or choose another location.")
                    .arg(info.absolutePath()));
        }
        return {};
    }
    if (!info.isFile() || !info.isReadable()) {
        return Error(
            Error::Kind::Config, tr("Ledgerlink cannot read the database file %1. Check its permissions.").arg(path));
    }
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()) {
        return Error(Error::Kind::Config,
            tr("The database file %1 (or its folder) is read-only. Ledgerlink needs to write to it; "
               "change its permissions or choose another database. Nothing was changed.")
                .arg(path));
    }
    if (info.size() > 0) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error(
                Error::Kind::Config, tr("Ledgerlink cannot open the database file %1.").arg(path), file.errorString());
        }
        static const QByteArray header("SQLite format 3\0", 16);
        if (file.read(16) != header) {
            return Error(Error::Kind::Config,
                tr("The file %1 is not a Ledgerlink database, or it is damaged. It was left as it is; "
                   "restore it from a backup or choose another file.")
                    .arg(path));
        }
    }
    return {};
}

Status Database::configureSqlite()
{
    QSqlQuery query(connection());
    // Reading the schema first proves the file is a healthy database before anything is written.
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"))) {
        return Error(Error::Kind::Config,
            tr("The database file %1 is damaged and cannot be used. It was left as it is; restore it "
               "from a backup or choose another file.")
                .arg(m_location.filePath()),
            query.lastError().text());
    }
    const QStringList pragmas {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            return Error(Error::Kind::Config,
                tr("Ledgerlink could not prepare the database file %1.").arg(m_location.filePath()),
                query.lastError().text());
        }
    }
    return {};
}

Result<std::unique_ptr<Database>> Database::open(
    const DatabaseLocation &location, const QString &password, const DatabaseOpenOptions &options)
{
    const QString driver = location.isSqlite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return Error(Error::Kind::Config,
            location.isSqlite()
                ? tr("The SQLite database driver for Qt is missing. Install the package libqt6sql6-sqlite.")
                : tr("The PostgreSQL database driver for Qt is missing. Install the package libqt6sql6-psql."));
    }
    if (location.isSqlite()) {
        if (Status status = checkSqliteFile(location.filePath(), options.createIfMissing); !status) {
            return status.error();
        }
    }

    std::unique_ptr<Database> database(new Database(location, nextConnectionName()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, database->m_connectionName);
        if (location.isSqlite()) {
            db.setDatabaseName(location.filePath());
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        } else {
            db.setHostName(location.host());
            db.setPort(location.port());
            db.setUserName(location.userName());
            db.setDatabaseName(location.databaseName());
            db.setPassword(password);
            db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        }
        if (!db.open()) {
            const QString reason = db.lastError().text();
            if (location.isSqlite()) {
                return Error(Error::Kind::Config,
                    tr("Ledgerlink could not open the database file %1.").arg(location.filePath()), reason);
            }
            return Error(Error::Kind::Config,
                tr("Ledgerlink could not connect to the PostgreSQL database %1. Check that the server is "
                   "running, the address is right and the password in the keychain is current.")
                    .arg(location.toDisplayString()),
                reason);
        }
    }
    if (location.isSqlite()) {
        if (Status status = database->configureSqlite(); !status) {
            return status.error();
        }
    }
    if (options.migrate) {
        Migrator migrator(database->connection(), Schema::migrations());
        if (Status status = migrator.migrate(options.targetVersion); !status) {
            return status.error();
        }
    }
    qCInfo(lcStore) << "opened" << (location.isSqlite() ? "SQLite" : "PostgreSQL") << "store"
                    << location.toDisplayString();
    return database;
}

Status Database::begin()
{
    QSqlQuery query(connection());
    const QString sql = isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    if (!query.exec(sql)) {
        return Error(Error::Kind::Retryable,
            tr("The database is busy or locked by another program. Try again in a moment."), query.lastError().text());
    }
    return {};
}

Status Database::finish(const Status &status)
{
    QSqlQuery query(connection());
    if (!status) {
        query.exec(QStringLiteral("ROLLBACK"));
        return status;
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QString reason = query.lastError().text();
        QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
        return Error(Error::Kind::Retryable, tr("Ledgerlink could not save the change to the database."), reason);
    }
    return {};
}

} // namespace Ledgerlink

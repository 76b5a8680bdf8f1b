#include "migrator.h"

#include "logging.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace Ledgerlink {

namespace {

// Serialises migrations when several office PCs start at once against one PostgreSQL database.
constexpr qint64 kMigrationAdvisoryLock = 0x4c65646765726c;

Error sqlError(const QString &userMessage, const QSqlError &error)
{
    return Error(Error::Kind::Fatal, userMessage, error.text());
}

} // namespace

Migrator::Migrator(QSqlDatabase db, QList<Migration> migrations)
    : m_db(std::move(db))
    , m_migrations(std::move(migrations))
{ }

bool Migrator::isPostgres() const
{
    return m_db.driverName() == QLatin1String("QPSQL");
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

QString Migrator::translate(const QString &statement) const
{
    QString sql = statement;
    if (isPostgres()) {
        sql.replace(QLatin1String("%PK%"), QLatin1String("BIGSERIAL PRIMARY KEY"));
        sql.replace(QLatin1String("%BIGINT%"), QLatin1String("BIGINT"));
    } else {
        sql.replace(QLatin1String("%PK%"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
        sql.replace(QLatin1String("%BIGINT%"), QLatin1String("INTEGER"));
    }
    return sql;
}

Status Migrator::ensureVersionTable()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                   " version INTEGER PRIMARY KEY,"
                                   " description TEXT NOT NULL,"
                                   " applied_at TEXT NOT NULL,"
                                   " app_version TEXT NOT NULL)"))) {
        return sqlError(tr("Ledgerlink could not prepare the database for use."), query.lastError());
    }
    return {};
}

Result<int> Migrator::currentVersion() const
{
    QSqlQuery query(m_db);
    const bool hasTable = m_db.tables().contains(QStringLiteral("schema_version"));
    if (!hasTable) {
        return 0;
    }
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !query.next()) {
        return sqlError(tr("Ledgerlink could not read the database's version."), query.lastError());
    }
    return query.value(0).toInt();
}

Status Migrator::migrate(int targetVersion)
{
    if (targetVersion < 0) {
        targetVersion = latestVersion();
    }
    if (Status status = ensureVersionTable(); !status) {
        return status;
    }
    const Result<int> current = currentVersion();
    if (!current) {
        return current.error();
    }
    if (*current > latestVersion()) {
        return Error(Error::Kind::Config,
            tr("This database was last used by a newer version of Ledgerlink (database version %1; this "
               "version understands up to %2). Install the newer Ledgerlink, or choose another database. "
               "Nothing was changed.")
                .arg(*current)
                .arg(latestVersion()));
    }
    for (const Migration &migration : std::as_const(m_migrations)) {
        if (migration.version > targetVersion) {
            break;
        }
        // Re-read inside the loop: another PC may have applied this step meanwhile (see apply()).
        if (migration.version <= *current) {
            continue;
        }
        if (Status status = apply(migration); !status) {
            return status;
        }
    }
    return {};
}

Status Migrator::apply(const Migration &migration)
{
    QSqlQuery query(m_db);
    const QString begin = isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    if (!query.exec(begin)) {
        return sqlError(
            tr("The database is busy or locked by another program. Try again in a moment."), query.lastError());
    }
    auto rollback = [this](const Error &error) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return error;
    };
    if (isPostgres() && !query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationAdvisoryLock))) {
        return rollback(sqlError(tr("Ledgerlink could not lock the database for an upgrade."), query.lastError()));
    }
    // Another process may have applied this step while we waited for the lock.
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM schema_version WHERE version = ?"));
    query.addBindValue(migration.version);
    if (!query.exec() || !query.next()) {
        return rollback(sqlError(tr("Ledgerlink could not read the database's version."), query.lastError()));
    }
    if (query.value(0).toInt() > 0) {
        QSqlQuery(m_db).exec(QStringLiteral("COMMIT"));
        return {};
    }
    for (const QString &statement : migration.statements) {
        if (!query.exec(translate(statement))) {
            qCWarning(lcStore) << "migration" << migration.version << "failed:" << query.lastError().text();
            return rollback(sqlError(tr("Ledgerlink could not upgrade the database to version %1. Nothing was "
                                        "changed.")
                                         .arg(migration.version),
                query.lastError()));
        }
    }
    query.prepare(QStringLiteral(
        "INSERT INTO schema_version (version, description, applied_at, app_version) VALUES (?, ?, ?, ?)"));
    query.addBindValue(migration.version);
    query.addBindValue(QString::fromUtf8(migration.description));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(QStringLiteral(LEDGERLINK_VERSION));
    if (!query.exec()) {
        return rollback(sqlError(tr("Ledgerlink could not record the database upgrade."), query.lastError()));
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        return rollback(sqlError(tr("Ledgerlink could not finish the database upgrade."), query.lastError()));
    }
    qCInfo(lcStore) << "database migrated to version" << migration.version << migration.description;
    return {};
}

} // namespace Ledgerlink

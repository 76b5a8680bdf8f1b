#pragma once

#include "databaselocation.h"
#include "error.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Ledgerlink {

struct DatabaseOpenOptions
{
    bool createIfMissing = true;
    bool migrate = true;
    int busyTimeoutMs = 5000;
    /// Stop migrating at this version (tests of upgrades from older schemas); -1 = newest.
    int targetVersion = -1;
};

/// One open connection to the store, owned by the thread that opened it (Qt's rule: a
/// QSqlDatabase never crosses threads). The sync worker opens its own Database on its thread.
///
/// Opening never damages what is there: a file that is not an SQLite database, a read-only file
/// or a database from a newer Ledgerlink is refused with a clear message before anything is written.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static Result<std::unique_ptr<Database>> open(
        const DatabaseLocation &location, const QString &password = {}, const DatabaseOpenOptions &options = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    const DatabaseLocation &location() const { return m_location; }
    bool isPostgres() const { return !m_location.isSqlite(); }
    Result<int> schemaVersion() const;
    static int latestSchemaVersion();

    /// Runs `work` inside a transaction: commits when it returns ok, rolls back otherwise.
    template <typename Work> Status inTransaction(Work &&work)
    {
        if (Status begun = begin(); !begun) {
            return begun;
        }
        Status status = work();
        return finish(status);
    }

    Status begin();
    Status finish(const Status &status);

private:
    Database(DatabaseLocation location, QString connectionName);
    static Status checkSqliteFile(const QString &path, bool createIfMissing);
    Status configureSqlite();

    DatabaseLocation m_location;
    QString m_connectionName;
};

} // namespace Ledgerlink

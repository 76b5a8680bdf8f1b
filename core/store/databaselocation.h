#pragma once

#include "error.h"

#include <QString>

namespace Ledgerlink {

/// Where the store lives: an SQLite file (default) or a PostgreSQL database on an office server,
/// given as `postgresql://user@host:port/dbname`. A password is never part of the location: it is
/// read from the keychain, so a URL that carries one is refused.
class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    enum class Backend {
        Sqlite,
        Postgres,
    };

    static Result<DatabaseLocation> parse(const QString &text);
    static DatabaseLocation sqliteFile(const QString &path);

    Backend backend() const { return m_backend; }
    bool isSqlite() const { return m_backend == Backend::Sqlite; }
    QString filePath() const { return m_filePath; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString userName() const { return m_userName; }
    QString databaseName() const { return m_databaseName; }

    /// Safe to show and log: never contains a password.
    QString toDisplayString() const;
    /// Key under which the PostgreSQL password is kept in the keychain.
    QString secretKeyName() const;

private:
    Backend m_backend = Backend::Sqlite;
    QString m_filePath;
    QString m_host;
    int m_port = 5432;
    QString m_userName;
    QString m_databaseName;
};

} // namespace Ledgerlink

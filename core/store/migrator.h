#pragma once

#include "error.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace Ledgerlink {

/// One schema step. Statements use placeholders the Migrator fills per SQL dialect:
/// `%PK%` (auto-increment integer key), `%BIGINT%`.
struct Migration
{
    int version;
    const char *description;
    QStringList statements;
};

/// Brings a database to the newest schema, one step at a time, each in its own transaction and
/// recorded in `schema_version`. A database from a newer Ledgerlink is refused, never downgraded.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    Migrator(QSqlDatabase db, QList<Migration> migrations);

    /// The schema version stored in the database (0 for an empty one), or an error.
    Result<int> currentVersion() const;
    int latestVersion() const;

    /// Applies every step up to `targetVersion` (default: the newest).
    Status migrate(int targetVersion = -1);

private:
    Status ensureVersionTable();
    Status apply(const Migration &migration);
    QString translate(const QString &statement) const;
    bool isPostgres() const;

    QSqlDatabase m_db;
    QList<Migration> m_migrations;
};

} // namespace Ledgerlink

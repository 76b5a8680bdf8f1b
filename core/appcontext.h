#pragma once

#include "error.h"
#include "paths.h"
#include "settings.h"
#include "store/database.h"

#include <QString>

#include <memory>

namespace Ledgerlink {

/// Options shared by the GUI and the CLI (`--profile`, `--database`, `--demo`, `--sandbox`).
struct AppOptions
{
    QString profileDir;
    QString database;
    QString sandboxUrl;
    bool demo = false;
};

/// The composition root's core half: paths, settings and the store of this process, built once
/// from the command line and passed down by reference (no singletons).
class AppContext
{
    Q_DECLARE_TR_FUNCTIONS(AppContext)

public:
    /// `databasePassword`: the PostgreSQL password read from the keychain (StoreOpener does that
    /// asynchronously before calling this); unused for SQLite.
    static Result<std::unique_ptr<AppContext>> create(const AppOptions &options, const QString &databasePassword = {});
    /// Where create() would open the store, without opening it (StoreOpener needs the location
    /// to find the PostgreSQL password in the keychain first).
    static Result<DatabaseLocation> location(const AppOptions &options);

    const Paths &paths() const { return m_paths; }
    Settings &settings() { return *m_settings; }
    Database &database() { return *m_database; }
    const AppOptions &options() const { return m_options; }
    /// The PostgreSQL password the store was opened with (memory only: the sync worker opens its
    /// own connection with it). Empty for SQLite.
    const QString &databasePassword() const { return m_databasePassword; }
    /// Base URL of a ledgerlink-sandbox that replaces the real providers (empty: real providers).
    QString sandboxUrl() const { return m_options.sandboxUrl; }
    void setSandboxUrl(const QString &url) { m_options.sandboxUrl = url; }
    /// The location the store was opened from (safe to show).
    const DatabaseLocation &databaseLocation() const { return m_database->location(); }

private:
    AppContext(AppOptions options, Paths paths);
    static Result<DatabaseLocation> chooseLocation(
        const AppOptions &options, const Paths &paths, const Settings &settings);

    AppOptions m_options;
    Paths m_paths;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Database> m_database;
    QString m_databasePassword;
};

} // namespace Ledgerlink

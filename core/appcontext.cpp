#include "appcontext.h"

#include "logging.h"
#include "store/demodatagenerator.h"

namespace Ledgerlink {

AppContext::AppContext(AppOptions options, Paths paths)
    : m_options(std::move(options))
    , m_paths(std::move(paths))
{ }

Result<DatabaseLocation> AppContext::chooseLocation(
    const AppOptions &options, const Paths &paths, const Settings &settings)
{
    if (!options.database.isEmpty()) {
        return DatabaseLocation::parse(options.database);
    }
    if (options.demo) {
        return DatabaseLocation::sqliteFile(paths.demoDatabaseFile());
    }
    const QString configured = settings.databaseLocation();
    if (!configured.isEmpty()) {
        return DatabaseLocation::parse(configured);
    }
    return DatabaseLocation::sqliteFile(paths.defaultDatabaseFile());
}

Result<DatabaseLocation> AppContext::location(const AppOptions &options)
{
    const Paths paths = options.profileDir.isEmpty() ? Paths::fromEnvironment() : Paths(options.profileDir);
    const Settings settings(paths.settingsFile());
    return chooseLocation(options, paths, settings);
}

Result<std::unique_ptr<AppContext>> AppContext::create(const AppOptions &options, const QString &databasePassword)
{
    Paths paths = options.profileDir.isEmpty() ? Paths::fromEnvironment() : Paths(options.profileDir);
    if (!paths.ensureExists()) {
        return Error(Error::Kind::Config,
            tr("Ledgerlink cannot create its folders under %1. Check that you may write there.").arg(paths.dataDir()));
    }
    std::unique_ptr<AppContext> context(new AppContext(options, paths));
    context->m_settings = std::make_unique<Settings>(paths.settingsFile());

    const Result<DatabaseLocation> location = chooseLocation(options, paths, *context->m_settings);
    if (!location) {
        return location.error();
    }
    // The PostgreSQL password comes from the keychain (auth/storeopener); SQLite needs none.
    Result<std::unique_ptr<Database>> database =
        Database::open(*location, location->isSqlite() ? QString() : databasePassword);
    if (!database) {
        return database.error();
    }
    context->m_database = std::move(database).value();
    context->m_databasePassword = location->isSqlite() ? QString() : databasePassword;

    if (options.demo) {
        DemoDataGenerator generator(*context->m_database);
        if (Status status = generator.ensureDemoBusiness(); !status) {
            return status.error();
        }
    }
    return context;
}

} // namespace Ledgerlink

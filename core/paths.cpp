#include "paths.h"

#include <QDir>
#include <QStandardPaths>

namespace Ledgerlink {

Paths::Paths()
    : m_configDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
    , m_dataDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
    , m_cacheDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
{ }

Paths::Paths(const QString &profileRoot)
    : m_configDir(QDir(profileRoot).absoluteFilePath(QStringLiteral("config")))
    , m_dataDir(QDir(profileRoot).absoluteFilePath(QStringLiteral("data")))
    , m_cacheDir(QDir(profileRoot).absoluteFilePath(QStringLiteral("cache")))
    , m_isProfile(true)
{ }

Paths Paths::fromEnvironment()
{
    const QString profile = qEnvironmentVariable("LEDGERLINK_PROFILE");
    return profile.isEmpty() ? Paths() : Paths(profile);
}

QString Paths::settingsFile() const
{
    return QDir(m_configDir).absoluteFilePath(QStringLiteral("ledgerlink.ini"));
}

QString Paths::defaultDatabaseFile() const
{
    return QDir(m_dataDir).absoluteFilePath(QStringLiteral("ledgerlink.sqlite"));
}

QString Paths::demoDatabaseFile() const
{
    return QDir(m_dataDir).absoluteFilePath(QStringLiteral("demo-business.sqlite"));
}

QString Paths::logFile() const
{
    return QDir(m_dataDir).absoluteFilePath(QStringLiteral("ledgerlink.log"));
}

bool Paths::ensureExists() const
{
    return QDir().mkpath(m_configDir) && QDir().mkpath(m_dataDir) && QDir().mkpath(m_cacheDir);
}

} // namespace Ledgerlink

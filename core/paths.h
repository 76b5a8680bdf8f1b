#pragma once

#include <QString>

namespace Ledgerlink {

/// Every location Ledgerlink writes to. By default the QStandardPaths locations; with a profile
/// root (`--profile DIR`, `LEDGERLINK_PROFILE`, `--demo`, tests) all of them live under that one folder.
class Paths
{
public:
    /// Uses QStandardPaths.
    Paths();
    /// Everything under `profileRoot` (config/, data/, cache/).
    explicit Paths(const QString &profileRoot);

    /// Honours LEDGERLINK_PROFILE when set, else QStandardPaths.
    static Paths fromEnvironment();

    QString configDir() const { return m_configDir; }
    QString dataDir() const { return m_dataDir; }
    QString cacheDir() const { return m_cacheDir; }
    bool isProfile() const { return m_isProfile; }

    QString settingsFile() const;
    QString defaultDatabaseFile() const;
    QString demoDatabaseFile() const;
    QString logFile() const;

    /// Creates the directories; false when one cannot be created.
    bool ensureExists() const;

private:
    QString m_configDir;
    QString m_dataDir;
    QString m_cacheDir;
    bool m_isProfile = false;
};

} // namespace Ledgerlink

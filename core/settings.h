#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace Ledgerlink {

/// Preferences only (window state, poll interval, language, database location): business data
/// lives in the store and secrets in the keychain. One key → default table; typed accessors.
class Settings
{
public:
    enum class Key {
        SettingsVersion,
        DatabaseLocation,
        DefaultPollMinutes,
        Language,
        StartMinimised,
        WindowGeometry,
        WindowState,
        SandboxUrl,
        AllowedProviders,
        MaxIntegrations,
    };

    explicit Settings(const QString &iniFile);
    ~Settings();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void remove(Key key);
    void sync();

    QString fileName() const;

    QString databaseLocation() const { return value(Key::DatabaseLocation).toString(); }
    int defaultPollMinutes() const { return value(Key::DefaultPollMinutes).toInt(); }
    QString language() const { return value(Key::Language).toString(); }

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

private:
    void migrate();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace Ledgerlink

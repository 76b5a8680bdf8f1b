#include "settings.h"

#include <QStringList>

namespace Ledgerlink {

namespace {

constexpr int kCurrentSettingsVersion = 1;

struct KeyInfo
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

const QList<KeyInfo> &keyTable()
{
    // clang-format off
    static const QList<KeyInfo> table {
        {Settings::Key::SettingsVersion,    "settingsVersion",      kCurrentSettingsVersion},
        {Settings::Key::DatabaseLocation,   "store/location",       QString()},
        {Settings::Key::DefaultPollMinutes, "sync/defaultPollMinutes", 15},
        {Settings::Key::Language,           "ui/language",          QString()},
        {Settings::Key::StartMinimised,     "ui/startMinimised",    false},
        {Settings::Key::WindowGeometry,     "ui/windowGeometry",    QByteArray()},
        {Settings::Key::WindowState,        "ui/windowState",       QByteArray()},
        {Settings::Key::SandboxUrl,         "providers/sandboxUrl", QString()},
        {Settings::Key::AllowedProviders,   "plan/providers",
            QStringList {QStringLiteral("xero"), QStringLiteral("qbo"), QStringLiteral("sage"), QStringLiteral("myob")}},
        {Settings::Key::MaxIntegrations,    "plan/maxIntegrations", 5},
    };
    // clang-format on
    return table;
}

const KeyInfo &infoFor(Settings::Key key)
{
    for (const KeyInfo &info : keyTable()) {
        if (info.key == key) {
            return info;
        }
    }
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    migrate();
}

Settings::~Settings() = default;

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(infoFor(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return infoFor(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(keyName(key), value);
}

void Settings::remove(Key key)
{
    m_settings->remove(keyName(key));
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

void Settings::migrate()
{
    const int stored = m_settings->value(keyName(Key::SettingsVersion), 0).toInt();
    if (stored == kCurrentSettingsVersion) {
        return;
    }
    // Version 0 → 1: nothing to rename yet; later versions add their steps here, oldest first.
    m_settings->setValue(keyName(Key::SettingsVersion), kCurrentSettingsVersion);
}

} // namespace Ledgerlink

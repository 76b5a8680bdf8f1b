#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace Ledgerlink {

/// Installs Ledgerlink's and Qt's own catalogues (`:/i18n/ledgerlink_<lang>.qm`, built into the
/// binary, and `qtbase_<lang>` from Qt's translations folder) for the language in the settings, or
/// the system's when none is set. English is the source language, so it is also the fallback.
class Translator
{
    Q_DECLARE_TR_FUNCTIONS(Translator)

public:
    /// Installs the catalogues once per application; later calls return the language installed
    /// then. `language` is a code such as "de", or empty for the system language. Returns the
    /// language in use ("en" when nothing matched).
    static QString install(QCoreApplication &app, const QString &language);
    /// The language installed by install(), or empty when it was not called.
    static QString installedLanguage();
    /// The catalogue language for a setting ("" = follow `system`): the first match among
    /// availableLanguages(), else "en".
    static QString resolveLanguage(const QString &language, const QLocale &system);
    /// Languages that have a catalogue, English included, sorted by code.
    static QStringList availableLanguages();
    /// The language's own name ("Deutsch"), for the language chooser.
    static QString languageName(const QString &code);
};

} // namespace Ledgerlink

#include "translator.h"

#include "logging.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Ledgerlink {

namespace {

const char *const kInstalledProperty = "ledgerlinkLanguage";
const QString kCatalogueDir = QStringLiteral(":/i18n");

/// The first of the locale's UI languages that has a catalogue; English when none has.
QString matchLanguage(const QLocale &locale)
{
    const QStringList available = Translator::availableLanguages();
    for (const QString &uiLanguage : locale.uiLanguages()) {
        const QString code = QLocale(uiLanguage).name().section(QLatin1Char('_'), 0, 0);
        if (available.contains(code)) {
            return code;
        }
    }
    return QStringLiteral("en");
}

} // namespace

QString Translator::install(QCoreApplication &app, const QString &language)
{
    const QVariant installed = app.property(kInstalledProperty);
    if (installed.isValid()) {
        return installed.toString();
    }
    const QString code = resolveLanguage(language, QLocale::system());
    if (!language.isEmpty()) {
        // Numbers and dates follow the chosen language too, not only the words.
        QLocale::setDefault(QLocale(code));
    }
    app.setProperty(kInstalledProperty, code);
    // Parented to the application: they live as long as the strings they translate. English
    // has a catalogue too: it holds the plural forms ("1 integration", "2 integrations").
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral("ledgerlink_") + code, kCatalogueDir)) {
        QCoreApplication::installTranslator(own);
    } else {
        qCWarning(lcUi) << "no catalogue for language" << code;
        delete own;
    }
    if (code == QLatin1String("en")) {
        return code;
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        qCInfo(lcUi) << "Qt's own catalogue for" << code << "is not installed; standard buttons stay English";
        delete qt;
    }
    return code;
}

QString Translator::resolveLanguage(const QString &language, const QLocale &system)
{
    return matchLanguage(language.isEmpty() ? system : QLocale(language));
}

QString Translator::installedLanguage()
{
    const QCoreApplication *app = QCoreApplication::instance();
    return app ? app->property(kInstalledProperty).toString() : QString();
}

QStringList Translator::availableLanguages()
{
    QStringList codes { QStringLiteral("en") };
    const QStringList files = QDir(kCatalogueDir).entryList({ QStringLiteral("ledgerlink_*.qm") }, QDir::Files);
    for (const QString &file : files) {
        const QString code = file.section(QLatin1Char('_'), 1).section(QLatin1Char('.'), 0, 0);
        if (!codes.contains(code)) {
            codes.append(code);
        }
    }
    codes.sort();
    return codes;
}

QString Translator::languageName(const QString &code)
{
    if (code == QLatin1String("en")) {
        return QStringLiteral("English"); // not "American English": our English is British
    }
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty()) {
        return code;
    }
    name[0] = name.at(0).toUpper();
    return name;
}

} // namespace Ledgerlink

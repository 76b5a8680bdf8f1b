#include "appcontext.h"
#include "mainwindow.h"
#include "testprofile.h"
#include "translator.h"

#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QTest>
#include <QTranslator>

using namespace Ledgerlink;

class tst_Translator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cataloguesAreBuiltIn();
    void cataloguesTranslateTheUi_data();
    void cataloguesTranslateTheUi();
    void resolvesLanguage_data();
    void resolvesLanguage();
    void namesLanguagesInTheirOwnWords();
    void installedGermanReachesTheMainWindow();
};

void tst_Translator::cataloguesAreBuiltIn()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/ledgerlink_de.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/ledgerlink_fr.qm")));
    const QStringList languages = Translator::availableLanguages();
    QCOMPARE(languages, QStringList({ QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr") }));
}

void tst_Translator::cataloguesTranslateTheUi_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de section") << QStringLiteral("de") << QStringLiteral("Ledgerlink::MainWindow")
                                << QStringLiteral("Integrations") << QStringLiteral("Integrationen");
    QTest::newRow("fr section") << QStringLiteral("fr") << QStringLiteral("Ledgerlink::MainWindow")
                                << QStringLiteral("Settings") << QStringLiteral("Paramètres");
    QTest::newRow("de empty state") << QStringLiteral("de") << QStringLiteral("Ledgerlink::IntegrationsPage")
                                    << QStringLiteral("No apps added yet")
                                    << QStringLiteral("Noch keine Apps hinzugefügt");
    QTest::newRow("fr wizard") << QStringLiteral("fr") << QStringLiteral("Ledgerlink::AddAppWizard")
                               << QStringLiteral("&Proceed") << QStringLiteral("&Continuer");
}

void tst_Translator::cataloguesTranslateTheUi()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("ledgerlink_") + language, QStringLiteral(":/i18n")));
    QCOMPARE(translator.translate(context.toUtf8().constData(), source.toUtf8().constData()), expected);
}

void tst_Translator::resolvesLanguage_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("setting wins") << QStringLiteral("fr") << QStringLiteral("de_DE") << QStringLiteral("fr");
    QTest::newRow("system followed") << QStringLiteral("") << QStringLiteral("de_AT") << QStringLiteral("de");
    QTest::newRow("unknown falls back to English")
        << QStringLiteral("ja") << QStringLiteral("de_DE") << QStringLiteral("en");
    QTest::newRow("unknown system falls back to English")
        << QStringLiteral("") << QStringLiteral("it_IT") << QStringLiteral("en");
}

void tst_Translator::resolvesLanguage()
{
    QFETCH(QString, setting);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(Translator::resolveLanguage(setting, QLocale(system)), expected);
}

void tst_Translator::namesLanguagesInTheirOwnWords()
{
    QCOMPARE(Translator::languageName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(Translator::languageName(QStringLiteral("fr")), QStringLiteral("Français"));
}

// Last: installing is once per process.
void tst_Translator::installedGermanReachesTheMainWindow()
{
    TestProfile profile;
    AppOptions options;
    options.profileDir = profile.path();
    auto context = AppContext::create(options);
    QVERIFY(context.ok());
    (*context)->settings().setValue(Settings::Key::Language, QStringLiteral("de"));
    QCOMPARE(Translator::install(*qApp, QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(Translator::install(*qApp, QStringLiteral("fr")), QStringLiteral("de")); // already installed
    QCOMPARE(Translator::installedLanguage(), QStringLiteral("de"));
    MainWindow window(**context);
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Integrationen"));
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(tst_Translator)
#include "tst_translator.moc"

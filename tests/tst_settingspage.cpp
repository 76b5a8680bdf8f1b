#include "messagebar.h"
#include "settings.h"
#include "settingspage.h"
#include "testprofile.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Ledgerlink;

class tst_SettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsStoredValues();
    void savesThroughSettings();
    void validatesDatabaseLocation_data();
    void validatesDatabaseLocation();
    void revertDiscardsEdits();

private:
    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Settings> m_settings;
};

void tst_SettingsPage::init()
{
    m_profile = std::make_unique<TestProfile>();
    m_settings = std::make_unique<Settings>(m_profile->filePath(QStringLiteral("ledgerlink.ini")));
}

void tst_SettingsPage::cleanup()
{
    m_settings.reset();
    m_profile.reset();
}

void tst_SettingsPage::showsStoredValues()
{
    m_settings->setValue(Settings::Key::DefaultPollMinutes, 45);
    m_settings->setValue(Settings::Key::Language, QStringLiteral("fr"));
    m_settings->setValue(Settings::Key::StartMinimised, true);
    SettingsPage page(*m_settings);
    QCOMPARE(page.findChild<QSpinBox *>(QStringLiteral("defaultPollSpin"))->value(), 45);
    QCOMPARE(
        page.findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentData().toString(), QStringLiteral("fr"));
    QVERIFY(page.findChild<QCheckBox *>(QStringLiteral("startMinimisedCheck"))->isChecked());
    QCOMPARE(page.findChild<QComboBox *>(QStringLiteral("databaseBackendCombo"))->currentIndex(), 0);
    QVERIFY(!page.findChild<QLineEdit *>(QStringLiteral("databaseLocationEdit"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("settingsSaveButton"))->isEnabled());
}

void tst_SettingsPage::savesThroughSettings()
{
    SettingsPage page(*m_settings);
    page.show();
    QSignalSpy saved(&page, &SettingsPage::saved);
    auto *save = page.findChild<QPushButton *>(QStringLiteral("settingsSaveButton"));
    page.findChild<QSpinBox *>(QStringLiteral("defaultPollSpin"))->setValue(20);
    QVERIFY(save->isEnabled());
    auto *language = page.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    page.findChild<QCheckBox *>(QStringLiteral("startMinimisedCheck"))->setChecked(true);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QVERIFY(!save->isEnabled());
    QCOMPARE(m_settings->defaultPollMinutes(), 20);
    QCOMPARE(m_settings->language(), QStringLiteral("de"));
    QVERIFY(m_settings->value(Settings::Key::StartMinimised).toBool());
    auto *message = page.findChild<MessageBar *>(QStringLiteral("settingsMessage"));
    QVERIFY(message->text().contains(QLatin1String("next time")));

    // A fresh Settings on the same file sees the values: they reached the disk.
    Settings reread(m_settings->fileName());
    QCOMPARE(reread.defaultPollMinutes(), 20);
}

void tst_SettingsPage::validatesDatabaseLocation_data()
{
    QTest::addColumn<int>("backend");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored"); // empty: refused
    QTest::newRow("sqlite file") << 1 << QStringLiteral("/tmp/office/ledgerlink.sqlite")
                                 << QStringLiteral("/tmp/office/ledgerlink.sqlite");
    QTest::newRow("postgres") << 2 << QStringLiteral("postgresql://office@db.local:5433/ledgerlink")
                              << QStringLiteral("postgresql://office@db.local:5433/ledgerlink");
    QTest::newRow("postgres with password")
        << 2 << QStringLiteral("postgresql://office:pw@db.local/ledgerlink") << QString();
    QTest::newRow("postgres without database") << 2 << QStringLiteral("postgresql://office@db.local") << QString();
    QTest::newRow("other scheme") << 1 << QStringLiteral("mysql://db.local/x") << QString();
    QTest::newRow("file chosen as postgres") << 2 << QStringLiteral("/tmp/x.sqlite") << QString();
    QTest::newRow("postgres chosen as file")
        << 1 << QStringLiteral("postgresql://office@db.local/ledgerlink") << QString();
    QTest::newRow("empty") << 1 << QString() << QString();
}

void tst_SettingsPage::validatesDatabaseLocation()
{
    QFETCH(int, backend);
    QFETCH(QString, text);
    QFETCH(QString, stored);
    SettingsPage page(*m_settings);
    page.show();
    page.findChild<QComboBox *>(QStringLiteral("databaseBackendCombo"))->setCurrentIndex(backend);
    auto *edit = page.findChild<QLineEdit *>(QStringLiteral("databaseLocationEdit"));
    QVERIFY(edit->isEnabled());
    QTest::keyClicks(edit, text);
    QCOMPARE(page.save(), !stored.isEmpty());
    QCOMPARE(m_settings->databaseLocation(), stored);
    auto *message = page.findChild<MessageBar *>(QStringLiteral("settingsMessage"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->kind(), stored.isEmpty() ? MessageBar::Kind::Error : MessageBar::Kind::Information);
    QVERIFY(!message->text().contains(QLatin1String(":pw@"))); // never echo a password
}

void tst_SettingsPage::revertDiscardsEdits()
{
    SettingsPage page(*m_settings);
    auto *poll = page.findChild<QSpinBox *>(QStringLiteral("defaultPollSpin"));
    poll->setValue(90);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("settingsRevertButton")), Qt::LeftButton);
    QCOMPARE(poll->value(), 15);
    QCOMPARE(m_settings->defaultPollMinutes(), 15);
}

QTEST_MAIN(tst_SettingsPage)
#include "tst_settingspage.moc"

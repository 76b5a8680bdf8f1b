// AutostartEntry: the XDG autostart file behind Settings → "Start minimised to the system tray".
#include "autostartentry.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ledgerlink;

class tst_AutostartEntry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsToXdgConfigHome();
    void enableWritesEntry();
    void disableRemovesEntry();
    void disableWithoutEntrySucceeds();
    void hiddenEntryCountsAsDisabled();
    void execLineQuoting_data();
    void execLineQuoting();
    void writtenEntryPassesDesktopFileValidate();
    void unwritableFolderReportsError();
};

void tst_AutostartEntry::defaultsToXdgConfigHome()
{
    // ledgerlink_add_test points XDG_CONFIG_HOME into the test's own home folder.
    const QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    QVERIFY(!configHome.isEmpty());
    const AutostartEntry entry;
    QCOMPARE(entry.filePath(), configHome + QStringLiteral("/autostart/org.ledgerlink.Ledgerlink.desktop"));
    // The test binary is not on PATH, so the entry names it by its full path.
    QVERIFY(entry.contents().contains(
        QStringLiteral("Exec=") + QCoreApplication::applicationFilePath() + QStringLiteral(" --minimised\n")));
}

void tst_AutostartEntry::enableWritesEntry()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString autostart = dir.filePath(QStringLiteral("config/autostart"));
    const AutostartEntry entry(autostart, QStringLiteral("ledgerlink"), { QStringLiteral("--minimised") });
    QVERIFY(!entry.isEnabled());

    const Status status = entry.setEnabled(true);
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    QVERIFY(entry.isEnabled());
    QFile file(autostart + QStringLiteral("/org.ledgerlink.Ledgerlink.desktop"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("[Desktop Entry]\n"));
    QVERIFY(text.contains("\nExec=ledgerlink --minimised\n"));
    QVERIFY(text.contains("\nType=Application\n"));
    QVERIFY(text.contains("\nIcon=org.ledgerlink.Ledgerlink\n"));

    // Enabling twice rewrites the same file.
    QVERIFY(entry.setEnabled(true).ok());
    QVERIFY(entry.isEnabled());
}

void tst_AutostartEntry::disableRemovesEntry()
{
    QTemporaryDir dir;
    const AutostartEntry entry(dir.path(), QStringLiteral("ledgerlink"), { QStringLiteral("--minimised") });
    QVERIFY(entry.setEnabled(true).ok());
    QVERIFY(QFile::exists(entry.filePath()));
    QVERIFY(entry.setEnabled(false).ok());
    QVERIFY(!QFile::exists(entry.filePath()));
    QVERIFY(!entry.isEnabled());
}

void tst_AutostartEntry::disableWithoutEntrySucceeds()
{
    QTemporaryDir dir;
    const AutostartEntry entry(dir.filePath(QStringLiteral("missing")), QStringLiteral("ledgerlink"), {});
    QVERIFY(entry.setEnabled(false).ok());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
}

void tst_AutostartEntry::hiddenEntryCountsAsDisabled()
{
    // Desktops switch an autostart entry off by adding Hidden=true rather than deleting it.
    QTemporaryDir dir;
    const AutostartEntry entry(dir.path(), QStringLiteral("ledgerlink"), { QStringLiteral("--minimised") });
    QVERIFY(entry.setEnabled(true).ok());
    QFile file(entry.filePath());
    QVERIFY(file.open(QIODevice::Append | QIODevice::Text));
    file.write("Hidden=true\n");
    file.close();
    QVERIFY(!entry.isEnabled());
    // Turning the option on again writes a fresh entry without the switch.
    QVERIFY(entry.setEnabled(true).ok());
    QVERIFY(entry.isEnabled());
}

void tst_AutostartEntry::execLineQuoting_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("ledgerlink") << QStringList { QStringLiteral("--minimised") }
                           << QStringLiteral("ledgerlink --minimised");
    QTest::newRow("space in path") << QStringLiteral("/home/ann/My Apps/ledgerlink")
                                   << QStringList { QStringLiteral("--minimised") }
                                   << QStringLiteral("\"/home/ann/My Apps/ledgerlink\" --minimised");
    QTest::newRow("percent") << QStringLiteral("/opt/100%/ledgerlink") << QStringList()
                             << QStringLiteral("/opt/100%%/ledgerlink");
    // Inside quotes `$` gets a backslash, and the value escape doubles that backslash.
    QTest::newRow("dollar") << QStringLiteral("/opt/$x/ledgerlink") << QStringList()
                            << QStringLiteral("\"/opt/\\\\$x/ledgerlink\"");
    QTest::newRow("profile argument") << QStringLiteral("ledgerlink")
                                      << QStringList { QStringLiteral("--minimised"), QStringLiteral("--profile"),
                                             QStringLiteral("/srv/office data") }
                                      << QStringLiteral("ledgerlink --minimised --profile \"/srv/office data\"");
}

void tst_AutostartEntry::execLineQuoting()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QCOMPARE(AutostartEntry::execLine(program, arguments), expected);
}

void tst_AutostartEntry::writtenEntryPassesDesktopFileValidate()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty()) {
        QSKIP("desktop-file-validate (desktop-file-utils, in packaging/build-depends.txt) is not installed");
    }
    QTemporaryDir dir;
    const AutostartEntry entry(
        dir.path(), QStringLiteral("/home/ann/My Apps/ledgerlink"), { QStringLiteral("--minimised") });
    QVERIFY(entry.setEnabled(true).ok());
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(validator, { entry.filePath() });
    QVERIFY(process.waitForFinished(30000));
    const QByteArray output = process.readAll();
    QVERIFY2(process.exitCode() == 0 && output.trimmed().isEmpty(), output.constData());
}

void tst_AutostartEntry::unwritableFolderReportsError()
{
    // A plain file where the autostart folder should be: mkpath fails however privileged we are.
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("autostart"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const AutostartEntry entry(blocker, QStringLiteral("ledgerlink"), { QStringLiteral("--minimised") });
    const Status status = entry.setEnabled(true);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().kind(), Error::Kind::Config);
    QVERIFY(status.error().userMessage().contains(QDir::toNativeSeparators(blocker)));
    QVERIFY(!entry.isEnabled());
}

QTEST_GUILESS_MAIN(tst_AutostartEntry)
#include "tst_autostartentry.moc"

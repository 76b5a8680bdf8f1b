// Starts the real `ledgerlink` binary the way a user does and checks what they would see.
#include "testprofile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

class tst_AppLaunch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionNeedsNoDisplay();
    void helpListsCommands();
    void unknownCommandIsRefusedWithoutDisplay();
    void demoStartsAndShowsMainWindow();
    void unusableDatabaseIsReportedNotOverwritten();
    void demoDataCommandWritesRequestedSize();

private:
    static QString binary() { return qEnvironmentVariable("LEDGERLINK_BIN_DIR") + QStringLiteral("/ledgerlink"); }
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(binary(), arguments);
        Run result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }
};

void tst_AppLaunch::versionNeedsNoDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const Run result = run({ QStringLiteral("--version") }, environment);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QStringLiteral("ledgerlink " LEDGERLINK_VERSION));
}

void tst_AppLaunch::helpListsCommands()
{
    const Run result = run({ QStringLiteral("--help") }, QProcessEnvironment::systemEnvironment());
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QLatin1String("--demo")));
    QVERIFY(result.out.contains(QLatin1String("demo-data")));
}

void tst_AppLaunch::unknownCommandIsRefusedWithoutDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    const Run result = run({ QStringLiteral("frobnicate") }, environment);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QLatin1String("Unknown command")), qPrintable(result.err));
}

void tst_AppLaunch::demoStartsAndShowsMainWindow()
{
    Ledgerlink::TestProfile profile;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LEDGERLINK_EXIT_AFTER_SHOW"), QStringLiteral("1"));
    const Run result = run({ QStringLiteral("--demo"), QStringLiteral("--profile"), profile.path() }, environment);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QLatin1String("main window shown: Ledgerlink")), qPrintable(result.out));
    QVERIFY(result.out.contains(QLatin1String("demo")));

    const QString demoFile = profile.filePath(QStringLiteral("data/demo-business.sqlite"));
    QVERIFY(QFile::exists(demoFile));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(demoFile);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM customers")) && query.next());
        QCOMPARE(query.value(0).toInt(), 60);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void tst_AppLaunch::unusableDatabaseIsReportedNotOverwritten()
{
    Ledgerlink::TestProfile profile;
    const QString path = profile.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("my shopping list\n");
    file.close();
    const Run result = run(
        { QStringLiteral("demo-data"), QStringLiteral("--database"), path }, QProcessEnvironment::systemEnvironment());
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("not a Ledgerlink database")), qPrintable(result.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("my shopping list\n"));
}

void tst_AppLaunch::demoDataCommandWritesRequestedSize()
{
    Ledgerlink::TestProfile profile;
    const QString path = profile.filePath(QStringLiteral("sized.sqlite"));
    const Run result =
        run({ QStringLiteral("demo-data"), QStringLiteral("--database"), path, QStringLiteral("--customers"),
                QStringLiteral("250"), QStringLiteral("--invoices"), QStringLiteral("1000") },
            QProcessEnvironment::systemEnvironment());
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QLatin1String("Wrote 250 customers")));
    const Run again = run(
        { QStringLiteral("demo-data"), QStringLiteral("--database"), path }, QProcessEnvironment::systemEnvironment());
    QCOMPARE(again.exitCode, 1);
    const Run bad = run({ QStringLiteral("demo-data"), QStringLiteral("--database"), path, QStringLiteral("--invoices"),
                            QStringLiteral("lots") },
        QProcessEnvironment::systemEnvironment());
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QLatin1String("whole number")));
}

QTEST_GUILESS_MAIN(tst_AppLaunch)
#include "tst_applaunch.moc"

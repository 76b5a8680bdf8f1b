// The PostgreSQL password comes from the keychain: `ledgerlink database-password` stores it (read
// from stdin), and every command that opens the store (StoreOpener) reads it before connecting.
// Runs the real binary under fixtures/with-keyring.sh against the throwaway server of the ctest
// fixture "postgres". That server trusts every local login, so the test adds a pg_hba.conf rule
// that makes its own role (only that one) use scram-sha-256 - otherwise a wrong password would
// be accepted and the test could not fail.
#include "testprofile.h"
#include "tst_clirunner.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace Ledgerlink;

class tst_DatabasePassword : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void storeOpensWithPasswordFromKeychain();
    void wrongPasswordIsRefusedWithClearMessage();
    void passwordIsNeverInArgumentsSettingsOrOutput();

private:
    bool admin(const QString &sql);
    CliRun *storePassword(const QByteArray &password);

    QUrl m_adminUrl;
    QString m_role;
    QString m_url; ///< postgresql://ROLE@127.0.0.1:PORT/ROLE, no password
    QString m_hbaFile;
    QByteArray m_hbaOriginal;
    QByteArray m_password;
    TestProfile m_profile;
};

bool tst_DatabasePassword::admin(const QString &sql)
{
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("admin"));
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return false;
    }
    return true;
}

void tst_DatabasePassword::initTestCase()
{
    QFile urlFile(qEnvironmentVariable("LEDGERLINK_TEST_PG_URL_FILE"));
    QVERIFY2(urlFile.open(QIODevice::ReadOnly), "run through ctest: needs the postgres fixture's URL file");
    m_adminUrl = QUrl(QString::fromUtf8(urlFile.readAll().trimmed()));
    QVERIFY(m_adminUrl.isValid());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
    db.setHostName(m_adminUrl.host());
    db.setPort(m_adminUrl.port());
    db.setUserName(m_adminUrl.userName());
    db.setDatabaseName(m_adminUrl.path().mid(1));
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));

    const quint32 suffix = QRandomGenerator::global()->generate();
    m_role = QStringLiteral("ll_pw_%1").arg(suffix);
    m_password = QStringLiteral("pg-Pass_%1").arg(QRandomGenerator::global()->generate()).toUtf8();
    QVERIFY(admin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_role, QString::fromUtf8(m_password))));
    QVERIFY(admin(QStringLiteral("CREATE DATABASE %1 OWNER %1").arg(m_role)));
    m_url = QStringLiteral("postgresql://%1@%2:%3/%1").arg(m_role, m_adminUrl.host()).arg(m_adminUrl.port());

    QSqlQuery hba(db);
    QVERIFY(hba.exec(QStringLiteral("SHOW hba_file")) && hba.next());
    m_hbaFile = hba.value(0).toString();
    QFile file(m_hbaFile);
    if (!file.open(QIODevice::ReadWrite)) {
        QSKIP("pg_hba.conf of the fixture server is not writable here; cannot require a password");
    }
    m_hbaOriginal = file.readAll();
    // First matching line wins: this role alone must prove its password.
    const QByteArray rule = "host all " + m_role.toUtf8() + " 127.0.0.1/32 scram-sha-256\n";
    file.resize(0);
    file.write(rule + m_hbaOriginal);
    file.close();
    QVERIFY(admin(QStringLiteral("SELECT pg_reload_conf()")));
    // The reload is asynchronous in the server: wait until a password-less login is refused.
    QVERIFY(QTest::qWaitFor(
        [this] {
            QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("probe"));
            probe.setHostName(m_adminUrl.host());
            probe.setPort(m_adminUrl.port());
            probe.setUserName(m_role);
            probe.setDatabaseName(m_role);
            const bool refused = !probe.open();
            probe.close();
            probe = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("probe"));
            return refused;
        },
        10000));
}

void tst_DatabasePassword::cleanupTestCase()
{
    if (!m_hbaFile.isEmpty() && !m_hbaOriginal.isEmpty()) {
        QFile file(m_hbaFile);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            file.write(m_hbaOriginal);
            file.close();
            admin(QStringLiteral("SELECT pg_reload_conf()"));
        }
    }
    if (!m_role.isEmpty()) {
        admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_role));
        admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_role));
    }
}

CliRun *tst_DatabasePassword::storePassword(const QByteArray &password)
{
    return new CliRun({ QStringLiteral("database-password"), QStringLiteral("--database"), m_url,
                          QStringLiteral("--profile"), m_profile.path() },
        password + '\n');
}

void tst_DatabasePassword::storeOpensWithPasswordFromKeychain()
{
    // Nothing in the keychain yet: the server refuses, and the message names the command.
    CliRun before({ QStringLiteral("integrations"), QStringLiteral("--database"), m_url, QStringLiteral("--profile"),
        m_profile.path() });
    QCOMPARE(before.wait(), 1);
    QVERIFY2(before.err().contains(QLatin1String("ledgerlink database-password")), before.transcript());

    std::unique_ptr<CliRun> store(storePassword(m_password));
    QVERIFY2(store->wait() == 0, store->transcript());

    CliRun after({ QStringLiteral("integrations"), QStringLiteral("--json"), QStringLiteral("--database"), m_url,
        QStringLiteral("--profile"), m_profile.path() });
    QVERIFY2(after.wait() == 0, after.transcript());
    QCOMPARE(after.out().trimmed(), QStringLiteral("[\n]"));
    QVERIFY(after.err().contains(QLatin1String("opened PostgreSQL store")));
}

void tst_DatabasePassword::wrongPasswordIsRefusedWithClearMessage()
{
    std::unique_ptr<CliRun> store(storePassword("not-the-password"));
    QVERIFY2(store->wait() == 0, store->transcript());
    CliRun open({ QStringLiteral("integrations"), QStringLiteral("--database"), m_url, QStringLiteral("--profile"),
        m_profile.path() });
    QCOMPARE(open.wait(), 1);
    QVERIFY2(open.err().contains(QLatin1String("password in the keychain is current")), open.transcript());

    // Putting the right one back (the keychain entry is replaced, not added).
    std::unique_ptr<CliRun> fix(storePassword(m_password));
    QVERIFY2(fix->wait() == 0, fix->transcript());
    CliRun reopened({ QStringLiteral("integrations"), QStringLiteral("--database"), m_url, QStringLiteral("--profile"),
        m_profile.path() });
    QVERIFY2(reopened.wait() == 0, reopened.transcript());
}

void tst_DatabasePassword::passwordIsNeverInArgumentsSettingsOrOutput()
{
    std::unique_ptr<CliRun> store(storePassword(m_password));
    QVERIFY2(store->wait() == 0, store->transcript());
    QVERIFY(!store->rawOutput().contains(m_password));
    CliRun open({ QStringLiteral("integrations"), QStringLiteral("--database"), m_url, QStringLiteral("--profile"),
                    m_profile.path() },
        {}, [] {
            QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
            e.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ledgerlink.*.debug=true"));
            return e;
        }());
    QVERIFY2(open.wait() == 0, open.transcript());
    QVERIFY(!open.rawOutput().contains(m_password));
    QFile settings(m_profile.filePath(QStringLiteral("config/ledgerlink.ini")));
    if (settings.open(QIODevice::ReadOnly)) {
        QVERIFY(!settings.readAll().contains(m_password));
    }
    // A password in the URL itself is refused outright.
    CliRun inUrl({ QStringLiteral("integrations"), QStringLiteral("--database"),
        QString(m_url).replace(m_role + QLatin1Char('@'), m_role + QStringLiteral(":x@")), QStringLiteral("--profile"),
        m_profile.path() });
    QCOMPARE(inUrl.wait(), 1);
    QVERIFY2(inUrl.err().contains(QLatin1String("must not contain a password")), inUrl.transcript());
}

QTEST_GUILESS_MAIN(tst_DatabasePassword)
#include "tst_databasepassword.moc"

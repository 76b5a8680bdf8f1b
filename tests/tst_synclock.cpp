#include "mockclock.h"
#include "store/database.h"
#include "store/synclock.h"
#include "testdatabase.h"
#include "testprofile.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTest>

#include <cstdio>
#include <cstdlib>

using namespace Ledgerlink;

namespace {

const QString kIntegration = QStringLiteral("6f1c1d7e-3c55-4c3b-9b0e-0d6f2a6a1a01");

// Child mode: this executable, started by the test with LEDGERLINK_SYNCLOCK_CHILD set, takes the
// lock like a second Ledgerlink would, prints HELD and then either holds it until its stdin
// closes ("hold") or dies without releasing it ("crash").
int runLockHolder()
{
    const QString mode = qEnvironmentVariable("LEDGERLINK_SYNCLOCK_CHILD");
    auto location = DatabaseLocation::parse(qEnvironmentVariable("LEDGERLINK_SYNCLOCK_DB"));
    if (!location) {
        std::fprintf(stdout, "ERROR %s\n", qPrintable(location.error().toString()));
        return 2;
    }
    auto db = Database::open(location.value());
    if (!db) {
        std::fprintf(stdout, "ERROR %s\n", qPrintable(db.error().toString()));
        return 2;
    }
    SyncLock lock(**db, Clock::system(), kIntegration);
    if (Status status = lock.acquire(); !status) {
        std::fprintf(stdout, "REFUSED %s\n", qPrintable(status.error().userMessage()));
        return 1;
    }
    std::fprintf(stdout, "HELD\n");
    std::fflush(stdout);
    if (mode == QLatin1String("crash")) {
        std::_Exit(3); // no release, no destructors: like a crash or a killed process
    }
    QFile input;
    input.open(stdin, QIODevice::ReadOnly);
    input.readAll(); // until the test closes our stdin
    return lock.release() ? 0 : 1;
}

} // namespace

/// One syncing process per integration, on the registered backend.
class tst_SyncLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void lockKeyIsStable();
    void acquireWritesHolderRowAndReleaseRemovesIt();
    void secondConnectionIsRefused();
    void otherIntegrationsAreIndependent();
    void lockHeldByAnotherProcessIsRefused();
    void staleLockOfDeadProcessIsTakenOver();
    void rowOfOtherHostIsRefusedUntilStale();
    void heartbeatRefreshesAndDetectsTakeOver();
    void destructorReleases();

private:
    QString rowHolder(Database &db);
    void startChild(QProcess &child, const QString &mode);

    MockClock m_clock;
    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Database> m_db;
};

void tst_SyncLock::init()
{
    m_clock.set(QDateTime(QDate(2026, 11, 27), QTime(14, 6), Qt::UTC));
    m_profile = std::make_unique<TestProfile>();
    auto db = TestDatabase::openFresh(*m_profile);
    LEDGERLINK_VERIFY_OK(db);
    m_db = std::move(db).value();
}

void tst_SyncLock::cleanup()
{
    m_db.reset();
    m_profile.reset();
}

QString tst_SyncLock::rowHolder(Database &db)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT holder FROM sync_locks WHERE integration_id = ?"));
    query.addBindValue(kIntegration);
    if (!query.exec()) {
        return QStringLiteral("<error>");
    }
    return query.next() ? query.value(0).toString() : QString();
}

void tst_SyncLock::startChild(QProcess &child, const QString &mode)
{
    auto location = TestDatabase::location(*m_profile);
    QVERIFY(location.ok());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LEDGERLINK_SYNCLOCK_CHILD"), mode);
    env.insert(QStringLiteral("LEDGERLINK_SYNCLOCK_DB"), location->toDisplayString());
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted(10000));
}

void tst_SyncLock::lockKeyIsStable()
{
    // FNV-1a 64 of "abc": the same in every process and on every platform.
    QCOMPARE(SyncLock::lockKey(QStringLiteral("abc")), qint64(-1792535898324117685LL));
    QVERIFY(SyncLock::lockKey(kIntegration) != SyncLock::lockKey(kIntegration + QLatin1Char('x')));
    QVERIFY(SyncLock::processExists(QCoreApplication::applicationPid()));
    QCOMPARE(SyncLock::currentHolder(),
        QStringLiteral("%1 (pid %2)").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid()));
}

void tst_SyncLock::acquireWritesHolderRowAndReleaseRemovesIt()
{
    SyncLock lock(*m_db, m_clock, kIntegration);
    LEDGERLINK_VERIFY_OK(lock.acquire());
    QVERIFY(lock.isHeld());
    QCOMPARE(rowHolder(*m_db), SyncLock::currentHolder());
    LEDGERLINK_VERIFY_OK(lock.release());
    QVERIFY(!lock.isHeld());
    QCOMPARE(rowHolder(*m_db), QString());
    LEDGERLINK_VERIFY_OK(lock.acquire()); // can be taken again
}

void tst_SyncLock::secondConnectionIsRefused()
{
    auto second = TestDatabase::openAgain(*m_profile);
    LEDGERLINK_VERIFY_OK(second);
    SyncLock first(*m_db, m_clock, kIntegration);
    LEDGERLINK_VERIFY_OK(first.acquire());
    SyncLock other(**second, m_clock, kIntegration);
    const Status refused = other.acquire();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), Error::Kind::Retryable);
    QCOMPARE(refused.error().userMessage(),
        QStringLiteral("Another Ledgerlink (%1) has been syncing this integration since 14:06 UTC; this run will "
                       "wait for it.")
            .arg(SyncLock::currentHolder()));
    QVERIFY(!other.isHeld());
    LEDGERLINK_VERIFY_OK(first.release());
    LEDGERLINK_VERIFY_OK(other.acquire());
    QCOMPARE(rowHolder(*m_db), SyncLock::currentHolder());
}

void tst_SyncLock::otherIntegrationsAreIndependent()
{
    auto second = TestDatabase::openAgain(*m_profile);
    LEDGERLINK_VERIFY_OK(second);
    SyncLock first(*m_db, m_clock, kIntegration);
    SyncLock other(**second, m_clock, QStringLiteral("another-integration"));
    LEDGERLINK_VERIFY_OK(first.acquire());
    LEDGERLINK_VERIFY_OK(other.acquire());
}

void tst_SyncLock::lockHeldByAnotherProcessIsRefused()
{
    QProcess child;
    startChild(child, QStringLiteral("hold"));
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += child.readAllStandardOutput()).contains("HELD"), 15000);

    SyncLock lock(*m_db, Clock::system(), kIntegration);
    const Status refused = lock.acquire();
    QVERIFY(!refused.ok());
    const QString message = refused.error().userMessage();
    const QString childHolder = QStringLiteral("%1 (pid %2)").arg(QSysInfo::machineHostName()).arg(child.processId());
    QVERIFY2(message.startsWith(
                 QStringLiteral("Another Ledgerlink (%1) has been syncing this integration since ").arg(childHolder)),
        qPrintable(message));
    QVERIFY2(QRegularExpression(QStringLiteral("since \\d\\d:\\d\\d UTC; this run will wait for it\\.$"))
                 .match(message)
                 .hasMatch(),
        qPrintable(message));
    QCOMPARE(rowHolder(*m_db), childHolder);

    QSignalSpy finished(&child, &QProcess::finished);
    child.closeWriteChannel(); // the child releases and exits
    QVERIFY(finished.wait(15000));
    QCOMPARE(child.exitCode(), 0);
    LEDGERLINK_VERIFY_OK(lock.acquire());
    QCOMPARE(rowHolder(*m_db), SyncLock::currentHolder());
}

void tst_SyncLock::staleLockOfDeadProcessIsTakenOver()
{
    QProcess child;
    startChild(child, QStringLiteral("crash"));
    const qint64 pid = child.processId(); // 0 once it has exited
    QSignalSpy finished(&child, &QProcess::finished);
    QVERIFY(finished.wait(15000));
    QCOMPARE(child.exitCode(), 3);
    QVERIFY2(child.readAllStandardOutput().contains("HELD"), "the child did not take the lock");
    const QString deadHolder = QStringLiteral("%1 (pid %2)").arg(QSysInfo::machineHostName()).arg(pid);
    QVERIFY(!SyncLock::processExists(pid));
    QCOMPARE(rowHolder(*m_db), deadHolder); // it died without releasing

    // Its heartbeat is fresh, but the holder process is gone. (PostgreSQL frees the advisory lock
    // when the server notices the dropped connection, which can take a moment.)
    SyncLock lock(*m_db, Clock::system(), kIntegration);
    QTRY_VERIFY_WITH_TIMEOUT(lock.acquire().ok(), 10000);
    QCOMPARE(rowHolder(*m_db), SyncLock::currentHolder());
}

void tst_SyncLock::rowOfOtherHostIsRefusedUntilStale()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO sync_locks (integration_id, holder, acquired_at, heartbeat_at) "
                                         "VALUES (?, 'office-pc-2 (pid 4242)', ?, ?)")));
    query.addBindValue(kIntegration);
    query.addBindValue(QStringLiteral("2026-11-27T14:05:00.000Z"));
    query.addBindValue(QStringLiteral("2026-11-27T14:05:50.000Z"));
    QVERIFY(query.exec());
    SyncLock lock(*m_db, m_clock, kIntegration, 120);
    if (TestDatabase::isPostgres()) {
        // On PostgreSQL the advisory lock decides: nobody holds it, so the row is a leftover.
        LEDGERLINK_VERIFY_OK(lock.acquire());
        QCOMPARE(rowHolder(*m_db), SyncLock::currentHolder());
        return;
    }
    const Status refused = lock.acquire();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().userMessage(),
        QStringLiteral("Another Ledgerlink (office-pc-2 (pid 4242)) has been syncing this integration since "
                       "14:05 UTC; this run will wait for it."));
    QVERIFY(refused.error().detail().contains(kIntegration));
    m_clock.advance(120 * 1000); // 14:08, 130 s after the last heartbeat: stale
    LEDGERLINK_VERIFY_OK(lock.acquire());
    QCOMPARE(rowHolder(*m_db), SyncLock::currentHolder());
}

void tst_SyncLock::heartbeatRefreshesAndDetectsTakeOver()
{
    SyncLock lock(*m_db, m_clock, kIntegration);
    QVERIFY(!lock.heartbeat().ok()); // not held yet
    LEDGERLINK_VERIFY_OK(lock.acquire());
    m_clock.advance(30 * 1000);
    LEDGERLINK_VERIFY_OK(lock.heartbeat());
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT heartbeat_at, acquired_at FROM sync_locks")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("2026-11-27T14:06:30.000Z"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("2026-11-27T14:06:00.000Z"));
    QVERIFY(query.exec(QStringLiteral("UPDATE sync_locks SET holder = 'office-pc-2 (pid 1)'")));
    const Status lost = lock.heartbeat();
    QVERIFY(!lost.ok());
    QVERIFY2(lost.error().userMessage().contains(QLatin1String("took over")), qPrintable(lost.error().userMessage()));
}

void tst_SyncLock::destructorReleases()
{
    {
        SyncLock lock(*m_db, m_clock, kIntegration);
        LEDGERLINK_VERIFY_OK(lock.acquire());
        QCOMPARE(rowHolder(*m_db), SyncLock::currentHolder());
    }
    QCOMPARE(rowHolder(*m_db), QString());
    auto second = TestDatabase::openAgain(*m_profile);
    LEDGERLINK_VERIFY_OK(second);
    SyncLock other(**second, m_clock, kIntegration);
    LEDGERLINK_VERIFY_OK(other.acquire());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("LEDGERLINK_SYNCLOCK_CHILD")) {
        return runLockHolder();
    }
    tst_SyncLock test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_synclock.moc"

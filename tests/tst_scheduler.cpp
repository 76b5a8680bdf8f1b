// Scheduler: per-integration interval from the injected clock, Sync now coalesced with a pending
// run, disabled integrations skipped.
#include "mockclock.h"
#include "store/database.h"
#include "store/integrationrepository.h"
#include "sync/scheduler.h"
#include "sync/synctypes.h"
#include "testprofile.h"

#include <QJsonObject>
#include <QTest>

using namespace Ledgerlink;

class tst_Scheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstTickRunsEveryEnabledIntegration();
    void runsAgainAfterItsOwnInterval();
    void syncNowIsCoalescedWithPendingRun();

private:
    QString addIntegration(bool enabled, int pollMinutes);

    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Database> m_db;
    MockClock m_clock;
    QStringList m_requested;
    std::unique_ptr<Scheduler> m_scheduler;
};

void tst_Scheduler::init()
{
    m_profile = std::make_unique<TestProfile>();
    auto db = Database::open(DatabaseLocation::sqliteFile(m_profile->filePath(QStringLiteral("s.db"))));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_requested.clear();
    m_scheduler =
        std::make_unique<Scheduler>(*m_db, m_clock, [this](const QString &id, const QString &) { m_requested << id; });
}

void tst_Scheduler::cleanup()
{
    m_scheduler.reset();
    m_db.reset();
    m_profile.reset();
}

QString tst_Scheduler::addIntegration(bool enabled, int pollMinutes)
{
    Integration i;
    i.provider = QStringLiteral("xero");
    i.appType = QStringLiteral("custom_connection");
    i.enabled = enabled;
    i.state = enabled ? IntegrationState::Active : IntegrationState::NotEnabled;
    i.settings = QJsonObject { { QStringLiteral("poll_minutes"), pollMinutes } };
    auto stored = IntegrationRepository(*m_db, m_clock).insert(i);
    return stored ? stored->id : QString();
}

void tst_Scheduler::firstTickRunsEveryEnabledIntegration()
{
    const QString on = addIntegration(true, 15);
    addIntegration(false, 15);
    m_scheduler->tick();
    QCOMPARE(m_requested, QStringList { on });
    m_scheduler->tick(); // still pending: not requested twice
    QCOMPARE(m_requested.size(), 1);
}

void tst_Scheduler::runsAgainAfterItsOwnInterval()
{
    const QString fast = addIntegration(true, 5);
    const QString slow = addIntegration(true, 15);
    m_scheduler->tick();
    QCOMPARE(m_requested.size(), 2);
    IntegrationRepository repo(*m_db, m_clock);
    for (const QString &id : { fast, slow }) {
        const int minutes = id == fast ? 5 : 15;
        QVERIFY(repo.recordSuccessfulPoll(id, m_clock.now().addSecs(minutes * 60)));
        RunSummary s;
        s.integrationId = id;
        m_scheduler->runFinished(s);
    }
    m_requested.clear();
    m_clock.advance(4 * 60 * 1000);
    m_scheduler->tick();
    QVERIFY(m_requested.isEmpty());
    m_clock.advance(60 * 1000);
    m_scheduler->tick();
    QCOMPARE(m_requested, QStringList { fast });
    m_clock.advance(10 * 60 * 1000);
    m_scheduler->tick();
    QCOMPARE(m_requested, (QStringList { fast, slow }));
}

void tst_Scheduler::syncNowIsCoalescedWithPendingRun()
{
    const QString id = addIntegration(true, 15);
    QVERIFY(m_scheduler->syncNow(id));
    QVERIFY(!m_scheduler->syncNow(id));
    m_scheduler->tick();
    QCOMPARE(m_requested.size(), 1);
    RunSummary s;
    s.integrationId = id;
    m_scheduler->runFinished(s);
    QVERIFY(!m_scheduler->isPending(id));
    QVERIFY(m_scheduler->syncNow(id));
    QCOMPARE(m_requested.size(), 2);
}

QTEST_GUILESS_MAIN(tst_Scheduler)
#include "tst_scheduler.moc"

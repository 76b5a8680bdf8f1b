// Daily full reconciliation: the Scheduler asks for a full run once the integration's last full
// run is older than its full_reconcile_hours (default 24), on a MockClock.
#include "mockclock.h"
#include "store/database.h"
#include "store/integrationrepository.h"
#include "sync/scheduler.h"
#include "sync/syncstatestore.h"
#include "sync/synctypes.h"
#include "testprofile.h"

#include <QJsonObject>
#include <QTest>

using namespace Ledgerlink;

class tst_FullReconcile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void neverFullRunAsksForFull();
    void fullAgainAfterTheConfiguredHours_data();
    void fullAgainAfterTheConfiguredHours();
    void lastFullRunIsKeptPerIntegration();
    void twoArgumentCallbackStillWorks();

private:
    QString addIntegration(const QJsonObject &settings);
    /// One scheduler tick; the run it requested "finishes" (as SyncEngine would report).
    std::optional<bool> tickAndFinish();

    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Database> m_db;
    MockClock m_clock;
    QList<QPair<QString, bool>> m_requested;
    std::unique_ptr<Scheduler> m_scheduler;
};

void tst_FullReconcile::init()
{
    m_profile = std::make_unique<TestProfile>();
    auto db = Database::open(DatabaseLocation::sqliteFile(m_profile->filePath(QStringLiteral("s.db"))));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_clock.set(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC));
    m_requested.clear();
    m_scheduler = std::make_unique<Scheduler>(
        *m_db, m_clock, Scheduler::RequestRun([this](const QString &id, const QString &, bool full) {
            m_requested.append({ id, full });
        }));
}

void tst_FullReconcile::cleanup()
{
    m_scheduler.reset();
    m_db.reset();
    m_profile.reset();
}

QString tst_FullReconcile::addIntegration(const QJsonObject &settings)
{
    Integration i;
    i.provider = QStringLiteral("xero");
    i.appType = QStringLiteral("custom_connection");
    i.enabled = true;
    i.state = IntegrationState::Active;
    i.settings = settings;
    auto stored = IntegrationRepository(*m_db, m_clock).insert(i);
    return stored ? stored->id : QString();
}

std::optional<bool> tst_FullReconcile::tickAndFinish()
{
    const int before = int(m_requested.size());
    m_scheduler->tick();
    if (m_requested.size() == before) {
        return std::nullopt;
    }
    const auto [id, full] = m_requested.last();
    // What SyncRunner does when a run ends well: next poll, and the full run's time.
    IntegrationRepository(*m_db, m_clock).recordSuccessfulPoll(id, m_clock.now().addSecs(15 * 60));
    if (full) {
        SyncStateStore(*m_db).recordFullRun(id, m_clock.now());
    }
    RunSummary summary;
    summary.integrationId = id;
    m_scheduler->runFinished(summary);
    return full;
}

void tst_FullReconcile::neverFullRunAsksForFull()
{
    addIntegration({});
    QCOMPARE(tickAndFinish(), std::optional<bool>(true));
    m_clock.advance(16 * 60 * 1000);
    QCOMPARE(tickAndFinish(), std::optional<bool>(false)); // 16 minutes later: incremental
}

void tst_FullReconcile::fullAgainAfterTheConfiguredHours_data()
{
    QTest::addColumn<QJsonObject>("settings");
    QTest::addColumn<int>("hours");
    QTest::newRow("default 24") << QJsonObject() << 24;
    QTest::newRow("every 6 hours") << QJsonObject { { QStringLiteral("full_reconcile_hours"), 6 } } << 6;
    QTest::newRow("unreadable -> 24") << QJsonObject { { QStringLiteral("full_reconcile_hours"), -3 } } << 24;
}

void tst_FullReconcile::fullAgainAfterTheConfiguredHours()
{
    QFETCH(QJsonObject, settings);
    QFETCH(int, hours);
    addIntegration(settings);
    QCOMPARE(tickAndFinish(), std::optional<bool>(true)); // the first full run, at 09:00
    // Incremental polls every 15 minutes up to the limit...
    int fulls = 0;
    int polls = 0;
    const qint64 step = 15 * 60 * 1000;
    for (qint64 elapsed = step; elapsed < qint64(hours) * 3600 * 1000; elapsed += step) {
        m_clock.advance(step);
        auto full = tickAndFinish();
        QVERIFY(full.has_value());
        fulls += *full ? 1 : 0;
        ++polls;
    }
    QCOMPARE(fulls, 0);
    QVERIFY(polls > 0);
    // ...and the poll at the limit is a full one, after which incremental polls resume.
    m_clock.advance(step);
    QCOMPARE(tickAndFinish(), std::optional<bool>(true));
    m_clock.advance(step);
    QCOMPARE(tickAndFinish(), std::optional<bool>(false));
}

void tst_FullReconcile::lastFullRunIsKeptPerIntegration()
{
    const QString a = addIntegration({});
    const QString b = addIntegration({});
    SyncStateStore state(*m_db);
    QVERIFY(!state.lastFullRun(a)->isValid());
    QVERIFY(state.recordFullRun(a, m_clock.now()));
    QCOMPARE(state.lastFullRun(a).value(), m_clock.now());
    QVERIFY(!state.lastFullRun(b)->isValid());
    // A watermark write of an entity does not count as a full run of the integration.
    QVERIFY(state.setWatermark(b, QStringLiteral("customer"), m_clock.now(), true));
    QVERIFY(!state.lastFullRun(b)->isValid());
}

void tst_FullReconcile::twoArgumentCallbackStillWorks()
{
    QStringList requested;
    Scheduler scheduler(*m_db, m_clock, [&requested](const QString &id, const QString &) { requested << id; });
    const QString id = addIntegration({});
    scheduler.tick();
    QCOMPARE(requested, QStringList { id });
}

QTEST_GUILESS_MAIN(tst_FullReconcile)
#include "tst_fullreconcile.moc"

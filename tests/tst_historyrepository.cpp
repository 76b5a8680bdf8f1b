#include "mockclock.h"
#include "store/historyrepository.h"
#include "store/integrationrepository.h"
#include "storefixture.h"
#include "testdatabase.h"
#include "testprofile.h"

#include <QSqlQuery>
#include <QSysInfo>
#include <QTest>

using namespace Ledgerlink;

/// History (runs and items) on the registered backend.
class tst_HistoryRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void runLifecycle();
    void itemsKeepOrderAndFilterFailures();
    void runsPageByKeysetNewestFirst();
    void runsFilter_data();
    void runsFilter();
    void searchTreatsWildcardsLiterally();
    void historyPagesNeverSortTheWholeTable_data();
    void historyPagesNeverSortTheWholeTable();

private:
    qint64 finishedRun(const QString &integrationId, RunResult result, int failed, const QString &message);

    StoreFixture m_store;
};

void tst_HistoryRepository::init()
{
    LEDGERLINK_VERIFY_OK(m_store.open());
}

void tst_HistoryRepository::cleanup()
{
    m_store.close();
}

qint64 tst_HistoryRepository::finishedRun(
    const QString &integrationId, RunResult result, int failed, const QString &message)
{
    HistoryRepository history(m_store.db(), m_store.clock);
    auto run = history.startRun(integrationId, QStringLiteral("schedule"));
    if (!run) {
        return 0;
    }
    m_store.clock.advance(1000);
    RunCounts counts;
    counts.failed = failed;
    history.finishRun(run.value(), result, counts, message);
    m_store.clock.advance(60000);
    return run.value();
}

void tst_HistoryRepository::runLifecycle()
{
    const QString id = m_store.addIntegration(QStringLiteral("Zoë's Café Ltd"));
    HistoryRepository history(m_store.db(), m_store.clock);
    const QDateTime started = m_store.clock.now();
    auto runId = history.startRun(id, QStringLiteral("manual"));
    LEDGERLINK_VERIFY_OK(runId);
    auto running = history.run(runId.value());
    LEDGERLINK_VERIFY_OK(running);
    QCOMPARE(running->result, RunResult::Running);
    QCOMPARE(running->trigger, QStringLiteral("manual"));
    QCOMPARE(running->startedAt, started);
    QVERIFY(!running->finishedAt.isValid());
    QCOMPARE(running->host, QSysInfo::machineHostName());

    m_store.clock.advance(4500);
    LEDGERLINK_VERIFY_OK(history.finishRun(runId.value(), RunResult::PartlyFailed, { 3, 2, 10, 1, 4 },
        QStringLiteral("1 record failed"), QStringLiteral("HTTP 400 on POST")));
    auto finished = history.run(runId.value());
    LEDGERLINK_VERIFY_OK(finished);
    QCOMPARE(finished->result, RunResult::PartlyFailed);
    QCOMPARE(finished->finishedAt, started.addMSecs(4500));
    QCOMPARE(finished->counts.created, 3);
    QCOMPARE(finished->counts.updated, 2);
    QCOMPARE(finished->counts.unchanged, 10);
    QCOMPARE(finished->counts.failed, 1);
    QCOMPARE(finished->counts.skipped, 4);
    QCOMPARE(finished->message, QStringLiteral("1 record failed"));
    QCOMPARE(finished->detail, QStringLiteral("HTTP 400 on POST"));
    QVERIFY(!history.finishRun(987654, RunResult::Succeeded, {}, {}).ok());
    QVERIFY(!history.run(987654).ok());
}

void tst_HistoryRepository::itemsKeepOrderAndFilterFailures()
{
    const QString id = m_store.addIntegration(QStringLiteral("A"));
    HistoryRepository history(m_store.db(), m_store.clock);
    auto runId = history.startRun(id, QStringLiteral("schedule"));
    LEDGERLINK_VERIFY_OK(runId);
    SyncItem ok { 0, 0, QStringLiteral("customer"), 1, QStringLiteral("R1"), QStringLiteral("create"), ItemOutcome::Ok,
        {}, {}, QStringLiteral("corr-1"), {} };
    SyncItem failed { 0, 0, QStringLiteral("invoice"), 2, {}, QStringLiteral("create"), ItemOutcome::Failed,
        QStringLiteral("Kontakt „Müller“ fehlt"), QStringLiteral("HTTP 400"), QStringLiteral("corr-2"), {} };
    SyncItem skipped { 0, 0, QStringLiteral("item"), 3, {}, QStringLiteral("update"), ItemOutcome::Skipped, {}, {}, {},
        {} };
    SyncItem parked { 0, 0, QStringLiteral("payment"), 4, {}, QStringLiteral("create"), ItemOutcome::Parked,
        QStringLiteral("Invoice not synced"), {}, {}, {} };
    LEDGERLINK_VERIFY_OK(history.addItem(runId.value(), ok));
    LEDGERLINK_VERIFY_OK(history.addItems(runId.value(), { failed, skipped, parked }));
    auto all = history.items(runId.value());
    LEDGERLINK_VERIFY_OK(all);
    QCOMPARE(all->size(), 4);
    QCOMPARE(all->at(0).remoteId, QStringLiteral("R1"));
    QCOMPARE(all->at(0).correlationId, QStringLiteral("corr-1"));
    QCOMPARE(all->at(0).at, m_store.clock.now());
    QCOMPARE(all->at(1).errorMessage, QStringLiteral("Kontakt „Müller“ fehlt"));
    QCOMPARE(all->at(1).detail, QStringLiteral("HTTP 400"));
    QCOMPARE(all->at(2).outcome, ItemOutcome::Skipped);
    auto failures = history.items(runId.value(), true);
    LEDGERLINK_VERIFY_OK(failures);
    QCOMPARE(failures->size(), 2);
    QCOMPARE(failures->at(0).entity, QStringLiteral("invoice"));
    QCOMPARE(failures->at(1).outcome, ItemOutcome::Parked);
}

void tst_HistoryRepository::runsPageByKeysetNewestFirst()
{
    const QString id = m_store.addIntegration(QStringLiteral("A"));
    QList<qint64> ids;
    for (int i = 0; i < 25; ++i) {
        ids << finishedRun(id, RunResult::Succeeded, 0, QStringLiteral("run %1").arg(i));
    }
    HistoryRepository history(m_store.db(), m_store.clock);
    RunFilter filter;
    filter.limit = 10;
    QList<qint64> seen;
    for (int page = 0; page < 5; ++page) {
        auto runs = history.runs(filter);
        LEDGERLINK_VERIFY_OK(runs);
        if (runs->isEmpty()) {
            break;
        }
        for (const SyncRun &run : runs.value()) {
            seen << run.id;
        }
        filter.beforeRunId = runs->last().id;
    }
    QCOMPARE(seen.size(), 25);
    QCOMPARE(seen.first(), ids.last());
    QCOMPARE(seen.last(), ids.first());
    for (int i = 1; i < seen.size(); ++i) {
        QVERIFY(seen.at(i) < seen.at(i - 1));
    }
}

void tst_HistoryRepository::runsFilter_data()
{
    QTest::addColumn<QString>("which"); // "a", "b" or "" (all)
    QTest::addColumn<bool>("failedOnly");
    QTest::addColumn<int>("fromMinute"); // offset from 09:00, -1 = unbounded
    QTest::addColumn<int>("toMinute");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("expectedMessages"); // newest first, space separated
    QTest::newRow("all") << "" << false << -1 << -1 << ""
                         << "b2 a3 a2 a1";
    QTest::newRow("integration a") << "a" << false << -1 << -1 << ""
                                   << "a3 a2 a1";
    QTest::newRow("failed only") << "" << true << -1 << -1 << ""
                                 << "b2 a2";
    QTest::newRow("failed in a") << "a" << true << -1 << -1 << ""
                                 << "a2";
    QTest::newRow("date range") << "" << false << 1 << 3 << ""
                                << "a3 a2";
    QTest::newRow("search message") << "" << false << -1 << -1 << "A3"
                                    << "a3";
    QTest::newRow("search item error") << "" << false << -1 << -1 << "müller"
                                       << "a2";
    QTest::newRow("search correlation id") << "" << false << -1 << -1 << "req-77"
                                           << "b2";
    QTest::newRow("nothing") << "b" << false << -1 << -1 << "a1"
                             << "";
}

void tst_HistoryRepository::runsFilter()
{
    QFETCH(QString, which);
    QFETCH(bool, failedOnly);
    QFETCH(int, fromMinute);
    QFETCH(int, toMinute);
    QFETCH(QString, search);
    QFETCH(QString, expectedMessages);
    const QDateTime base = m_store.clock.now();
    const QString a = m_store.addIntegration(QStringLiteral("A"));
    const QString b = m_store.addIntegration(QStringLiteral("B"));
    HistoryRepository history(m_store.db(), m_store.clock);
    finishedRun(a, RunResult::Succeeded, 0, QStringLiteral("a1")); // 09:00
    const qint64 a2 = finishedRun(a, RunResult::PartlyFailed, 1, QStringLiteral("a2")); // 09:01:01
    finishedRun(a, RunResult::Succeeded, 0, QStringLiteral("a3")); // 09:02:02
    const qint64 b2 = finishedRun(b, RunResult::Failed, 0, QStringLiteral("b2")); // 09:03:03
    LEDGERLINK_VERIFY_OK(history.addItem(a2,
        { 0, 0, QStringLiteral("customer"), 1, {}, QStringLiteral("create"), ItemOutcome::Failed,
            QStringLiteral("Müller & Söhne: name taken"), {}, {}, {} }));
    LEDGERLINK_VERIFY_OK(history.addItem(b2,
        { 0, 0, QStringLiteral("customer"), 1, {}, QStringLiteral("create"), ItemOutcome::Failed,
            QStringLiteral("Timeout"), {}, QStringLiteral("REQ-77"), {} }));
    RunFilter filter;
    filter.integrationId = which == QLatin1String("a") ? a : which == QLatin1String("b") ? b : QString();
    filter.failedOnly = failedOnly;
    if (fromMinute >= 0) {
        filter.from = base.addSecs(fromMinute * 60);
    }
    if (toMinute >= 0) {
        filter.to = base.addSecs(toMinute * 60);
    }
    filter.search = search;
    auto runs = history.runs(filter);
    LEDGERLINK_VERIFY_OK(runs);
    QStringList messages;
    for (const SyncRun &run : runs.value()) {
        messages << run.message;
    }
    QCOMPARE(messages.join(QLatin1Char(' ')), expectedMessages);
}

void tst_HistoryRepository::searchTreatsWildcardsLiterally()
{
    const QString id = m_store.addIntegration(QStringLiteral("A"));
    finishedRun(id, RunResult::Succeeded, 0, QStringLiteral("100% done"));
    finishedRun(id, RunResult::Succeeded, 0, QStringLiteral("1000 done"));
    finishedRun(id, RunResult::Succeeded, 0, QStringLiteral("a_b"));
    finishedRun(id, RunResult::Succeeded, 0, QStringLiteral("axb"));
    HistoryRepository history(m_store.db(), m_store.clock);
    RunFilter filter;
    filter.search = QStringLiteral("100%");
    QCOMPARE(history.runs(filter).value().size(), 1);
    filter.search = QStringLiteral("a_b");
    auto runs = history.runs(filter);
    LEDGERLINK_VERIFY_OK(runs);
    QCOMPARE(runs->size(), 1);
    QCOMPARE(runs->at(0).message, QStringLiteral("a_b"));
}

void tst_HistoryRepository::historyPagesNeverSortTheWholeTable_data()
{
    QTest::addColumn<bool>("byIntegration");
    QTest::addColumn<bool>("failedOnly");
    QTest::addColumn<qint64>("beforeRunId");
    QTest::newRow("all, first page") << false << false << qint64(0);
    QTest::newRow("all, later page") << false << false << qint64(500000);
    QTest::newRow("integration, first page") << true << false << qint64(0);
    QTest::newRow("integration, later page") << true << false << qint64(500000);
    QTest::newRow("integration, failed only") << true << true << qint64(500000);
    QTest::newRow("failed only") << false << true << qint64(500000);
}

void tst_HistoryRepository::historyPagesNeverSortTheWholeTable()
{
    // With a million runs a page must walk an index in id order and stop after `limit` rows; a
    // "TEMP B-TREE FOR ORDER BY" would sort every matching run for every page. SQLite's plan is
    // deterministic without statistics; PostgreSQL's depends on them, so it is not checked there.
    if (TestDatabase::isPostgres()) {
        QSKIP("query plans are checked on SQLite");
    }
    QFETCH(bool, byIntegration);
    QFETCH(bool, failedOnly);
    QFETCH(qint64, beforeRunId);
    RunFilter filter;
    filter.integrationId = byIntegration ? QStringLiteral("some-integration") : QString();
    filter.failedOnly = failedOnly;
    filter.beforeRunId = beforeRunId;
    const auto [sql, values] = HistoryRepository::runsQuery(filter);
    QSqlQuery query(m_store.db().connection());
    QVERIFY(query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    QVERIFY(query.exec());
    QStringList plan;
    while (query.next()) {
        plan << query.value(3).toString();
    }
    const QString text = plan.join(QLatin1String(" | "));
    QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
    if (byIntegration) {
        QVERIFY2(text.contains(QLatin1String("sync_runs_integration_id")), qPrintable(text));
    } // otherwise a scan in rowid order ("SCAN sync_runs" or "SEARCH … INTEGER PRIMARY KEY")

    QVERIFY(query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + HistoryRepository::itemsQuery(failedOnly)));
    query.addBindValue(qint64(42));
    QVERIFY(query.exec());
    plan.clear();
    while (query.next()) {
        plan << query.value(3).toString();
    }
    QVERIFY2(!plan.join(QLatin1String(" | ")).contains(QLatin1String("TEMP B-TREE")),
        qPrintable(plan.join(QLatin1String(" | "))));
}

QTEST_GUILESS_MAIN(tst_HistoryRepository)
#include "tst_historyrepository.moc"

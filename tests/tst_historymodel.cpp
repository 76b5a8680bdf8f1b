#include "csvexport.h"
#include "historymodel.h"
#include "runitemmodel.h"
#include "tst_ui2fixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTest>

using namespace Ledgerlink;

class tst_HistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsPagesLazily();
    void largeHistoryLoadsOnlyFirstPage();
    void columnsShowRunValues();
    void filtersRunInTheQuery_data();
    void filtersRunInTheQuery();
    void proxySortsByRawValues();
    void runItemsShowOutcomes();
    void csvFieldsAreEscaped_data();
    void csvFieldsAreEscaped();
    void csvExportsWhatTheModelShows();
};

void tst_HistoryModel::loadsPagesLazily()
{
    Ui2Fixture fx;
    QVERIFY(fx.ok());
    const QString id = fx.addIntegration(QStringLiteral("xero"), QStringLiteral("Demo"));
    for (int i = 0; i < 250; ++i) {
        QVERIFY(fx.addRun(id, RunResult::Succeeded, 0, 0) > 0);
    }
    HistoryModel model(fx.db(), fx.clock());
    model.setPageSize(100);
    model.setFilter({});
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 200);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 250);
    QVERIFY(!model.canFetchMore({}));
    // Newest first, no duplicates across pages.
    QSet<qint64> ids;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 runId = model.index(row, 0).data(HistoryModel::RunIdRole).toLongLong();
        QVERIFY(runId < previous);
        previous = runId;
        ids.insert(runId);
    }
    QCOMPARE(ids.size(), 250);

    // The tester fetches every page itself (it calls fetchMore()) and checks each insertion.
    HistoryModel tested(fx.db(), fx.clock());
    tested.setPageSize(100);
    QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tested.setFilter({});
    while (tested.canFetchMore({})) {
        tested.fetchMore({});
    }
    QCOMPARE(tested.rowCount(), 250);
}

void tst_HistoryModel::largeHistoryLoadsOnlyFirstPage()
{
    Ui2Fixture fx;
    QVERIFY(fx.ok());
    const QString id = fx.addIntegration(QStringLiteral("xero"), QStringLiteral("Demo"));
    HistoryRepository history(fx.db(), fx.clock());
    LEDGERLINK_VERIFY_OK(fx.db().inTransaction([&]() -> Status {
        for (int i = 0; i < 3000; ++i) {
            auto run = history.startRun(id, QStringLiteral("schedule"));
            if (!run) {
                return run.error();
            }
        }
        return {};
    }));
    HistoryModel model(fx.db(), fx.clock());
    model.setPageSize(200);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setFilter({});
    // Opening reads one page only; the rest comes as the view scrolls.
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(inserted.count(), 0);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 400);
    QCOMPARE(inserted.count(), 1);
}

void tst_HistoryModel::columnsShowRunValues()
{
    Ui2Fixture fx;
    QVERIFY(fx.ok());
    const QString id = fx.addIntegration(QStringLiteral("xero"), QStringLiteral("Demo"));
    fx.addRun(id, RunResult::PartlyFailed, 3, 2, QStringLiteral("2 records failed"), QStringLiteral("manual"));
    HistoryModel model(fx.db(), fx.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIntegrationNames({ { id, QStringLiteral("Xero · Demo") } });
    model.setFilter({});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
    QCOMPARE(model.index(0, HistoryModel::TimeColumn).data().toString(), QStringLiteral("2026-11-27 09:00:01 UTC"));
    QCOMPARE(model.index(0, HistoryModel::IntegrationColumn).data().toString(), QStringLiteral("Xero · Demo"));
    QCOMPARE(model.index(0, HistoryModel::TriggerColumn).data().toString(), QStringLiteral("Sync now"));
    QCOMPARE(model.index(0, HistoryModel::ResultColumn).data().toString(), QStringLiteral("Some records failed"));
    QVERIFY(!model.index(0, HistoryModel::ResultColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.index(0, HistoryModel::CreatedColumn).data().toInt(), 3);
    QCOMPARE(model.index(0, HistoryModel::FailedColumn).data().toInt(), 2);
    QCOMPARE(model.index(0, HistoryModel::MessageColumn).data().toString(), QStringLiteral("2 records failed"));
    QCOMPARE(model.headerData(HistoryModel::TimeColumn, Qt::Horizontal).toString(), QStringLiteral("Time (UTC)"));
}

void tst_HistoryModel::filtersRunInTheQuery_data()
{
    QTest::addColumn<QString>("filterName");
    QTest::addColumn<int>("expected");
    QTest::newRow("none") << QString() << 6;
    QTest::newRow("failed only") << QStringLiteral("failed") << 3;
    QTest::newRow("integration") << QStringLiteral("integration") << 2;
    QTest::newRow("search in item errors") << QStringLiteral("search") << 3;
    QTest::newRow("search correlation id") << QStringLiteral("correlation") << 1;
    QTest::newRow("date range") << QStringLiteral("dates") << 3;
}

void tst_HistoryModel::filtersRunInTheQuery()
{
    QFETCH(QString, filterName);
    QFETCH(int, expected);
    Ui2Fixture fx;
    QVERIFY(fx.ok());
    const QString xero = fx.addIntegration(QStringLiteral("xero"), QStringLiteral("Demo"));
    const QString qbo = fx.addIntegration(QStringLiteral("qbo"), QStringLiteral("Harbour"));
    fx.addRun(xero, RunResult::Succeeded, 2, 0); // 09:00
    fx.addRun(xero, RunResult::PartlyFailed, 2, 1); // 09:01
    fx.addRun(xero, RunResult::Succeeded, 1, 0); // 09:02
    fx.clock().advance(24 * 3600 * 1000); // next day
    fx.addRun(xero, RunResult::Failed, 0, 2);
    const qint64 partly = fx.addRun(qbo, RunResult::PartlyFailed, 1, 1);
    fx.addRun(qbo, RunResult::Succeeded, 1, 0);

    RunFilter filter;
    if (filterName == QLatin1String("failed")) {
        filter.failedOnly = true;
    } else if (filterName == QLatin1String("integration")) {
        filter.integrationId = qbo;
    } else if (filterName == QLatin1String("search")) {
        filter.search = QStringLiteral("account code 999");
    } else if (filterName == QLatin1String("correlation")) {
        filter.search = QStringLiteral("corr-%1-0").arg(partly);
    } else if (filterName == QLatin1String("dates")) {
        filter.from = QDateTime(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC);
        filter.to = QDateTime(QDate(2026, 11, 29), QTime(0, 0), Qt::UTC);
    }
    HistoryModel model(fx.db(), fx.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), expected);
    QVERIFY(model.lastError().isEmpty());
}

void tst_HistoryModel::proxySortsByRawValues()
{
    Ui2Fixture fx;
    QVERIFY(fx.ok());
    const QString id = fx.addIntegration(QStringLiteral("xero"), QStringLiteral("Demo"));
    fx.addRun(id, RunResult::Succeeded, 12, 0);
    fx.addRun(id, RunResult::Succeeded, 3, 0);
    fx.addRun(id, RunResult::Succeeded, 100, 0);
    HistoryModel model(fx.db(), fx.clock());
    model.setFilter({});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(HistoryModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(HistoryModel::CreatedColumn, Qt::AscendingOrder);
    // Numeric order (3, 12, 100), not text order (100, 12, 3).
    QCOMPARE(proxy.index(0, HistoryModel::CreatedColumn).data().toInt(), 3);
    QCOMPARE(proxy.index(1, HistoryModel::CreatedColumn).data().toInt(), 12);
    QCOMPARE(proxy.index(2, HistoryModel::CreatedColumn).data().toInt(), 100);
    proxy.sort(HistoryModel::TimeColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, HistoryModel::CreatedColumn).data().toInt(), 12);
}

void tst_HistoryModel::runItemsShowOutcomes()
{
    Ui2Fixture fx;
    QVERIFY(fx.ok());
    const QString id = fx.addIntegration(QStringLiteral("xero"), QStringLiteral("Demo"));
    const qint64 run = fx.addRun(id, RunResult::PartlyFailed, 3, 2);
    RunItemModel items(fx.db(), fx.clock());
    QAbstractItemModelTester tester(&items, QAbstractItemModelTester::FailureReportingMode::QtTest);
    items.setRun(run);
    QCOMPARE(items.rowCount(), 5);
    QCOMPARE(items.columnCount(), int(RunItemModel::ColumnCount));
    QCOMPARE(items.failedCount(), 2);
    items.setRun(run, true);
    QCOMPARE(items.rowCount(), 2);
    QCOMPARE(items.index(0, RunItemModel::EntityColumn).data().toString(), QStringLiteral("Invoice"));
    QCOMPARE(items.index(0, RunItemModel::LocalIdColumn).data().toLongLong(), 100);
    QCOMPARE(items.index(0, RunItemModel::OutcomeColumn).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(items.index(0, RunItemModel::ErrorColumn).data().toString(),
        QStringLiteral("Account code 999 is not valid for this organisation."));
    QCOMPARE(items.index(0, RunItemModel::CorrelationIdColumn).data().toString(), QStringLiteral("corr-%1-0").arg(run));
    items.setRun(0);
    QCOMPARE(items.rowCount(), 0);
}

void tst_HistoryModel::csvFieldsAreEscaped_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Demo") << QStringLiteral("Demo");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(1)") << QStringLiteral("'=HYPERLINK(1)");
    QTest::newRow("negative number") << QStringLiteral("-12.5") << QStringLiteral("-12.5");
    QTest::newRow("umlaut") << QStringLiteral("Müller GmbH") << QStringLiteral("Müller GmbH");
}

void tst_HistoryModel::csvFieldsAreEscaped()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(CsvExport::field(input), expected);
}

void tst_HistoryModel::csvExportsWhatTheModelShows()
{
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({ QStringLiteral("Name"), QStringLiteral("Count") });
    model.setItem(0, 0, new QStandardItem(QStringLiteral("Demo, Ltd")));
    model.setItem(0, 1, new QStandardItem(QStringLiteral("3")));
    model.setItem(1, 0, new QStandardItem(QStringLiteral("Other")));
    model.setItem(1, 1, new QStandardItem(QStringLiteral("4")));
    QCOMPARE(CsvExport::toCsv(model), QStringLiteral("Name,Count\r\n\"Demo, Ltd\",3\r\nOther,4\r\n"));
}

QTEST_MAIN(tst_HistoryModel)
#include "tst_historymodel.moc"

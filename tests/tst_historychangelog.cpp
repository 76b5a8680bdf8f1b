#include "changelogmodel.h"
#include "historypage.h"
#include "runitemmodel.h"
#include "store/changelogrepository.h"
#include "tst_ui2fixture.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Ledgerlink;

// History's run detail: the change log of the selected record, and Retry failed only where there
// are failed records.
class tst_HistoryChangeLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void selectingRecordShowsItsChangeLog();
    void recordWithoutChangesSaysSo();
    void recordWithoutLocalCopyHasNoLog();
    void newRunClearsChangeLog();
    void modelPassesTester();
    void retryNeedsFailedRecords();

private:
    void selectItemRow(int row);
    int rowOfLocalId(qint64 localId) const;

    std::unique_ptr<Ui2Fixture> m_fx;
    std::unique_ptr<HistoryPage> m_page;
    QString m_xero;
    qint64 m_run = 0;
    qint64 m_otherRun = 0;
    QDateTime m_firstChange;
};

void tst_HistoryChangeLog::init()
{
    m_fx = std::make_unique<Ui2Fixture>();
    QVERIFY(m_fx->ok());
    m_xero = m_fx->addIntegration(QStringLiteral("xero"), QStringLiteral("Demo"));
    m_run = m_fx->addRun(m_xero, RunResult::PartlyFailed, 2, 1, QStringLiteral("1 record failed"));
    m_otherRun = m_fx->addRun(m_xero, RunResult::Succeeded, 1, 0, QStringLiteral("All good"));

    // Customer 1 changed twice: its e-mail from the provider, then its name here.
    ChangeLogRepository log(m_fx->db(), m_fx->clock());
    m_firstChange = m_fx->clock().now();
    ChangeLogEntry email;
    email.integrationId = m_xero;
    email.runId = m_run;
    email.entity = QStringLiteral("customer");
    email.localId = 1;
    email.field = QStringLiteral("email");
    email.oldValue = QStringLiteral("old@example.com");
    email.newValue = QStringLiteral("new@example.com");
    email.source = ChangeSource::Remote;
    QVERIFY(log.record(email).ok());
    m_fx->clock().advance(60 * 1000);
    ChangeLogEntry name = email;
    name.field = QStringLiteral("name");
    name.oldValue = QStringLiteral("Acme");
    name.newValue = QStringLiteral("Acme Ltd");
    name.source = ChangeSource::Local;
    QVERIFY(log.record(name).ok());
    // Another record's change must not show up.
    ChangeLogEntry other = email;
    other.localId = 2;
    other.entity = QStringLiteral("item");
    QVERIFY(log.record(other).ok());

    m_page = std::make_unique<HistoryPage>(m_fx->db(), m_fx->clock());
    m_page->setIntegrations({ { m_xero, QStringLiteral("Xero · Demo") } });
    m_page->resize(900, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->openRun(m_run);
}

void tst_HistoryChangeLog::cleanup()
{
    m_page.reset();
    m_fx.reset();
}

int tst_HistoryChangeLog::rowOfLocalId(qint64 localId) const
{
    for (int row = 0; row < m_page->itemModel()->rowCount(); ++row) {
        if (m_page->itemModel()->item(row).localId == localId) {
            return row;
        }
    }
    return -1;
}

void tst_HistoryChangeLog::selectItemRow(int row)
{
    auto *view = m_page->findChild<QTableView *>(QStringLiteral("historyItemsView"));
    QVERIFY(view);
    QVERIFY(row >= 0);
    const QRect cell = view->visualRect(view->model()->index(row, RunItemModel::EntityColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(view->currentIndex().row(), row);
}

void tst_HistoryChangeLog::selectingRecordShowsItsChangeLog()
{
    auto *changes = m_page->findChild<QTableView *>(QStringLiteral("historyChangesView"));
    QVERIFY(changes);
    QVERIFY(!changes->accessibleName().isEmpty());
    QCOMPARE(changes->model()->rowCount(), 0);
    selectItemRow(rowOfLocalId(1));
    QCOMPARE(m_page->changeLogModel()->entity(), QStringLiteral("customer"));
    QCOMPARE(changes->model()->rowCount(), 2);
    const auto cell = [changes](int row, int column) { return changes->model()->index(row, column).data().toString(); };
    QCOMPARE(cell(0, ChangeLogModel::FieldColumn), QStringLiteral("email"));
    QCOMPARE(cell(0, ChangeLogModel::OldValueColumn), QStringLiteral("old@example.com"));
    QCOMPARE(cell(0, ChangeLogModel::NewValueColumn), QStringLiteral("new@example.com"));
    QCOMPARE(
        cell(0, ChangeLogModel::TimeColumn), m_firstChange.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    QCOMPARE(cell(0, ChangeLogModel::SourceColumn), ChangeLogModel::sourceName(ChangeSource::Remote));
    QCOMPARE(cell(1, ChangeLogModel::FieldColumn), QStringLiteral("name"));
    QCOMPARE(cell(1, ChangeLogModel::NewValueColumn), QStringLiteral("Acme Ltd"));
    QCOMPARE(cell(1, ChangeLogModel::SourceColumn), ChangeLogModel::sourceName(ChangeSource::Local));
    QCOMPARE(changes->model()->headerData(ChangeLogModel::OldValueColumn, Qt::Horizontal).toString(),
        QStringLiteral("Old value"));
    const QString title = m_page->findChild<QLabel *>(QStringLiteral("historyChangesTitle"))->text();
    QVERIFY2(title.contains(QLatin1String("Customer 1")), qPrintable(title));
}

void tst_HistoryChangeLog::recordWithoutChangesSaysSo()
{
    selectItemRow(rowOfLocalId(2)); // customer 2: synced, never changed
    QCOMPARE(m_page->changeLogModel()->rowCount(), 0);
    const QString title = m_page->findChild<QLabel *>(QStringLiteral("historyChangesTitle"))->text();
    QVERIFY2(title.contains(QLatin1String("No field of Customer 2")), qPrintable(title));
}

void tst_HistoryChangeLog::recordWithoutLocalCopyHasNoLog()
{
    // A pulled record that never got a local copy.
    HistoryRepository history(m_fx->db(), m_fx->clock());
    const qint64 run = history.startRun(m_xero, QStringLiteral("schedule")).value();
    SyncItem pulled;
    pulled.entity = QStringLiteral("payment");
    pulled.remoteId = QStringLiteral("PAY-9");
    pulled.action = QStringLiteral("pull");
    pulled.outcome = ItemOutcome::Skipped;
    QVERIFY(history.addItems(run, { pulled }).ok());
    QVERIFY(history.finishRun(run, RunResult::Succeeded, RunCounts {}, QStringLiteral("Pulled")).ok());
    m_page->reload();
    m_page->openRun(run);
    selectItemRow(0);
    QCOMPARE(m_page->changeLogModel()->rowCount(), 0);
    const QString title = m_page->findChild<QLabel *>(QStringLiteral("historyChangesTitle"))->text();
    QVERIFY2(title.contains(QLatin1String("PAY-9")), qPrintable(title));
}

void tst_HistoryChangeLog::newRunClearsChangeLog()
{
    selectItemRow(rowOfLocalId(1));
    QCOMPARE(m_page->changeLogModel()->rowCount(), 2);
    m_page->openRun(m_otherRun);
    QCOMPARE(m_page->changeLogModel()->rowCount(), 0);
    QCOMPARE(m_page->changeLogModel()->localId(), 0);
}

void tst_HistoryChangeLog::modelPassesTester()
{
    QAbstractItemModelTester tester(m_page->changeLogModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->changeLogModel()->setRecord(QStringLiteral("customer"), 1);
    QCOMPARE(m_page->changeLogModel()->rowCount(), 2);
    QCOMPARE(m_page->changeLogModel()->columnCount(), int(ChangeLogModel::ColumnCount));
    m_page->changeLogModel()->setRecord({}, 0);
    QCOMPARE(m_page->changeLogModel()->rowCount(), 0);
}

void tst_HistoryChangeLog::retryNeedsFailedRecords()
{
    auto *retry = m_page->findChild<QPushButton *>(QStringLiteral("historyRetryButton"));
    QVERIFY(retry->isEnabled()); // m_run has a failed record
    // A run that stopped before any record (e.g. the provider was unreachable) has nothing to retry.
    const qint64 stopped = m_fx->addRun(m_xero, RunResult::Failed, 0, 0, QStringLiteral("Provider unreachable"));
    m_page->reload();
    m_page->openRun(stopped);
    QVERIFY(!retry->isEnabled());
    m_page->openRun(m_run);
    QSignalSpy requested(m_page.get(), &HistoryPage::retryRequested);
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toLongLong(), m_run);
    QCOMPARE(requested.first().at(1).toString(), m_xero);
}

QTEST_MAIN(tst_HistoryChangeLog)
#include "tst_historychangelog.moc"

#include "historymodel.h"
#include "historypage.h"
#include "messagebar.h"
#include "runitemmodel.h"
#include "tst_ui2fixture.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace Ledgerlink;

class tst_HistoryPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsRunsNewestFirst();
    void failedOnlyCheckboxFilters();
    void integrationFilterUsesNames();
    void searchWaitsForTypingPause();
    void dateRangeIncludesWholeDay();
    void selectingRunShowsItsRecords();
    void retryFailedEmitsRunId();
    void retryDisabledForCleanRun();
    void openRunClearsHidingFilters();
    void exportWritesVisibleRows();
    void exportToUnwritablePathShowsError();

private:
    std::unique_ptr<Ui2Fixture> m_fx;
    std::unique_ptr<HistoryPage> m_page;
    QString m_xero;
    QString m_qbo;
    qint64 m_failedRun = 0;
    qint64 m_cleanRun = 0;
};

void tst_HistoryPage::init()
{
    m_fx = std::make_unique<Ui2Fixture>();
    QVERIFY(m_fx->ok());
    m_xero = m_fx->addIntegration(QStringLiteral("xero"), QStringLiteral("Demo"));
    m_qbo = m_fx->addIntegration(QStringLiteral("qbo"), QStringLiteral("Harbour"));
    m_cleanRun = m_fx->addRun(m_xero, RunResult::Succeeded, 4, 0, QStringLiteral("All good"));
    m_failedRun = m_fx->addRun(m_xero, RunResult::PartlyFailed, 2, 2, QStringLiteral("2 records failed"));
    m_fx->clock().advance(24 * 3600 * 1000);
    m_fx->addRun(m_qbo, RunResult::Succeeded, 1, 0, QStringLiteral("Harbour synced"));
    m_page = std::make_unique<HistoryPage>(m_fx->db(), m_fx->clock());
    m_page->setIntegrations({ { m_xero, QStringLiteral("Xero · Demo") }, { m_qbo, QStringLiteral("QBO · Harbour") } });
    m_page->resize(900, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void tst_HistoryPage::cleanup()
{
    m_page.reset();
    m_fx.reset();
}

void tst_HistoryPage::showsRunsNewestFirst()
{
    QAbstractItemModelTester tester(m_page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *view = m_page->findChild<QTableView *>(QStringLiteral("historyRunsView"));
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), 3);
    QCOMPARE(view->model()->index(0, HistoryModel::MessageColumn).data().toString(), QStringLiteral("Harbour synced"));
    QCOMPARE(
        view->model()->index(0, HistoryModel::IntegrationColumn).data().toString(), QStringLiteral("QBO · Harbour"));
}

void tst_HistoryPage::failedOnlyCheckboxFilters()
{
    auto *failed = m_page->findChild<QCheckBox *>(QStringLiteral("historyFailedOnly"));
    QVERIFY(failed);
    QTest::mouseClick(failed, Qt::LeftButton, {}, QPoint(4, failed->height() / 2));
    QVERIFY(failed->isChecked());
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    QCOMPARE(m_page->proxy()->index(0, 0).data(HistoryModel::RunIdRole).toLongLong(), m_failedRun);
    failed->setChecked(false);
    QCOMPARE(m_page->proxy()->rowCount(), 3);
}

void tst_HistoryPage::integrationFilterUsesNames()
{
    auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("historyIntegrationFilter"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemText(1), QStringLiteral("Xero · Demo"));
    combo->setCurrentIndex(1);
    QCOMPARE(m_page->proxy()->rowCount(), 2);
    combo->setCurrentIndex(2);
    QCOMPARE(m_page->proxy()->rowCount(), 1);
}

void tst_HistoryPage::searchWaitsForTypingPause()
{
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("historySearch"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("account code"));
    QCOMPARE(m_page->proxy()->rowCount(), 3); // not yet: one query after the pause, not one per key
    QTRY_COMPARE(m_page->proxy()->rowCount(), 1);
    QCOMPARE(m_page->model()->filter().search, QStringLiteral("account code"));
}

void tst_HistoryPage::dateRangeIncludesWholeDay()
{
    auto *from = m_page->findChild<QDateEdit *>(QStringLiteral("historyFrom"));
    auto *to = m_page->findChild<QDateEdit *>(QStringLiteral("historyTo"));
    QVERIFY(from && to);
    QCOMPARE(from->text(), QStringLiteral("Any"));
    to->setDate(QDate(2026, 11, 27));
    QCOMPARE(m_page->proxy()->rowCount(), 2);
    from->setDate(QDate(2026, 11, 28));
    to->setDate(QDate(2026, 11, 28));
    QCOMPARE(m_page->proxy()->rowCount(), 1);
}

void tst_HistoryPage::selectingRunShowsItsRecords()
{
    auto *view = m_page->findChild<QTableView *>(QStringLiteral("historyRunsView"));
    const int row = 1; // the partly failed run (second newest)
    QCOMPARE(view->model()->index(row, 0).data(HistoryModel::RunIdRole).toLongLong(), m_failedRun);
    view->setCurrentIndex(view->model()->index(row, 0));
    QCOMPARE(m_page->currentRunId(), m_failedRun);
    QCOMPARE(m_page->itemModel()->rowCount(), 4);
    auto *title = m_page->findChild<QLabel *>(QStringLiteral("historyRunTitle"));
    QVERIFY(title->text().contains(QLatin1String("2 records failed")));
    auto *failedOnly = m_page->findChild<QCheckBox *>(QStringLiteral("historyFailedItemsOnly"));
    failedOnly->setChecked(true);
    QCOMPARE(m_page->itemModel()->rowCount(), 2);
    QCOMPARE(m_page->itemModel()->index(0, RunItemModel::ErrorColumn).data().toString(),
        QStringLiteral("Account code 999 is not valid for this organisation."));
}

void tst_HistoryPage::retryFailedEmitsRunId()
{
    QSignalSpy retry(m_page.get(), &HistoryPage::retryRequested);
    m_page->openRun(m_failedRun);
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("historyRetryButton"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(retry.count(), 1);
    QCOMPARE(retry.at(0).at(0).toLongLong(), m_failedRun);
    QCOMPARE(retry.at(0).at(1).toString(), m_xero);
}

void tst_HistoryPage::retryDisabledForCleanRun()
{
    m_page->openRun(m_cleanRun);
    QCOMPARE(m_page->currentRunId(), m_cleanRun);
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("historyRetryButton"))->isEnabled());
}

void tst_HistoryPage::openRunClearsHidingFilters()
{
    auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("historyIntegrationFilter"));
    combo->setCurrentIndex(2); // QBO only: hides the Xero runs
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    m_page->openRun(m_failedRun);
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(m_page->currentRunId(), m_failedRun);
    auto *view = m_page->findChild<QTableView *>(QStringLiteral("historyRunsView"));
    QCOMPARE(view->currentIndex().data(HistoryModel::RunIdRole).toLongLong(), m_failedRun);
}

void tst_HistoryPage::exportWritesVisibleRows()
{
    m_page->findChild<QCheckBox *>(QStringLiteral("historyFailedOnly"))->setChecked(true);
    const QString path = m_fx->profile().filePath(QStringLiteral("history.csv"));
    QVERIFY(m_page->exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // header + the one failed run
    QVERIFY(lines.at(0).startsWith(QLatin1String("Time (UTC),Integration,Trigger,Result")));
    QVERIFY(lines.at(1).contains(QLatin1String("Some records failed")));
    QVERIFY(lines.at(1).contains(QStringLiteral("Xero · Demo")));
    auto *message = m_page->findChild<MessageBar *>(QStringLiteral("historyMessage"));
    QCOMPARE(message->kind(), MessageBar::Kind::Information);
}

void tst_HistoryPage::exportToUnwritablePathShowsError()
{
    QVERIFY(!m_page->exportCsv(QStringLiteral("/nonexistent-dir/history.csv")));
    auto *message = m_page->findChild<MessageBar *>(QStringLiteral("historyMessage"));
    QCOMPARE(message->kind(), MessageBar::Kind::Error);
    QVERIFY(message->text().contains(QLatin1String("could not be saved")));
}

QTEST_MAIN(tst_HistoryPage)
#include "tst_historypage.moc"

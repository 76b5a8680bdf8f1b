#include "appcontext.h"
#include "historypage.h"
#include "mainwindow.h"
#include "notificationmodel.h"
#include "notificationpopup.h"
#include "store/notificationrepository.h"
#include "tst_ui2fixture.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Ledgerlink;

class tst_Notifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelListsNewestFirstWithUnreadCount();
    void refreshReportsOnlyNewArrivals();
    void markReadLowersUnreadCount();
    void stickyKeepsCountingUntilResolved();
    void popupActivationMarksReadAndOpensRun();
    void bellFollowsStoreAndOpensRunInHistory();

private:
    static qint64 add(NotificationRepository &repo, const QString &title, qint64 runId = 0, bool sticky = false,
        const QString &integrationId = {})
    {
        Notification n;
        n.title = title;
        n.message = QStringLiteral("details");
        n.runId = runId;
        n.sticky = sticky;
        n.integrationId = integrationId;
        n.severity = sticky ? NotificationSeverity::Error : NotificationSeverity::Info;
        auto id = repo.add(n);
        return id ? id.value() : 0;
    }
};

void tst_Notifications::modelListsNewestFirstWithUnreadCount()
{
    Ui2Fixture fx;
    QVERIFY(fx.ok());
    NotificationRepository repo(fx.db(), fx.clock());
    add(repo, QStringLiteral("First"));
    fx.clock().advance(1000);
    add(repo, QStringLiteral("Second"));
    NotificationModel model(fx.db(), fx.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy unread(&model, &NotificationModel::unreadCountChanged);
    model.refresh();
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.index(0).data().toString().startsWith(QLatin1String("Second")));
    QCOMPARE(model.unreadCount(), 2);
    QCOMPARE(unread.count(), 1);
    QCOMPARE(unread.at(0).at(0).toInt(), 2);
    QVERIFY(model.index(0).data(Qt::FontRole).value<QFont>().bold());
}

void tst_Notifications::refreshReportsOnlyNewArrivals()
{
    Ui2Fixture fx;
    QVERIFY(fx.ok());
    NotificationRepository repo(fx.db(), fx.clock());
    add(repo, QStringLiteral("Old"));
    NotificationModel model(fx.db(), fx.clock());
    QSignalSpy arrived(&model, &NotificationModel::notificationArrived);
    model.refresh();
    QCOMPARE(arrived.count(), 0); // what was there at start-up is not news
    add(repo, QStringLiteral("New one"));
    add(repo, QStringLiteral("Newer one"));
    model.refresh();
    QCOMPARE(arrived.count(), 2);
    QCOMPARE(arrived.at(0).at(0).value<Notification>().title, QStringLiteral("New one"));
    model.refresh();
    QCOMPARE(arrived.count(), 2);
}

void tst_Notifications::markReadLowersUnreadCount()
{
    Ui2Fixture fx;
    QVERIFY(fx.ok());
    NotificationRepository repo(fx.db(), fx.clock());
    add(repo, QStringLiteral("A"));
    add(repo, QStringLiteral("B"));
    NotificationModel model(fx.db(), fx.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.refresh();
    model.markRead(0);
    QCOMPARE(model.unreadCount(), 1);
    QVERIFY(model.index(0).data(NotificationModel::ReadRole).toBool());
    QVERIFY(!model.index(0).data(Qt::FontRole).value<QFont>().bold());
    model.markAllRead();
    QCOMPARE(model.unreadCount(), 0);
}

void tst_Notifications::stickyKeepsCountingUntilResolved()
{
    Ui2Fixture fx;
    QVERIFY(fx.ok());
    const QString id = fx.addIntegration(QStringLiteral("xero"), QStringLiteral("Demo"));
    NotificationRepository repo(fx.db(), fx.clock());
    add(repo, QStringLiteral("Sign in to Xero again"), 0, true, id);
    NotificationModel model(fx.db(), fx.clock());
    model.refresh();
    model.markRead(0);
    QCOMPARE(model.unreadCount(), 1); // needs re-authorisation stays until fixed
    LEDGERLINK_VERIFY_OK(repo.resolved(id));
    model.refresh();
    QCOMPARE(model.unreadCount(), 0);
    QCOMPARE(model.rowCount(), 0);
}

void tst_Notifications::popupActivationMarksReadAndOpensRun()
{
    Ui2Fixture fx;
    QVERIFY(fx.ok());
    const QString id = fx.addIntegration(QStringLiteral("xero"), QStringLiteral("Demo"));
    const qint64 run = fx.addRun(id, RunResult::PartlyFailed, 1, 1);
    NotificationRepository repo(fx.db(), fx.clock());
    add(repo, QStringLiteral("1 record failed"), run);
    NotificationModel model(fx.db(), fx.clock());
    model.refresh();
    QWidget anchor;
    anchor.resize(100, 30);
    anchor.show();
    NotificationPopup popup(model);
    QSignalSpy opened(&popup, &NotificationPopup::runRequested);
    popup.showBelow(&anchor);
    QVERIFY(popup.isVisible());
    QListView *view = popup.view();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(model.index(0)).center());
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), run);
    QCOMPARE(model.unreadCount(), 0);
    QVERIFY(!popup.isVisible());
}

void tst_Notifications::bellFollowsStoreAndOpensRunInHistory()
{
    TestProfile profile;
    AppOptions options;
    options.profileDir = profile.path();
    auto context = AppContext::create(options);
    QVERIFY(context.ok());
    MainWindow window(**context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.unreadCount(), 0);

    Database &db = (*context)->database();
    IntegrationRepository integrations(db, Clock::system());
    Integration integration;
    integration.provider = QStringLiteral("xero");
    integration.appType = QStringLiteral("pkce");
    integration.tenantId = QStringLiteral("t1");
    integration.tenantName = QStringLiteral("Demo Company");
    integration.state = IntegrationState::Active;
    integration.enabled = true;
    auto stored = integrations.insert(integration);
    QVERIFY(stored.ok());
    HistoryRepository history(db, Clock::system());
    auto run = history.startRun(stored->id, QStringLiteral("manual"));
    QVERIFY(run.ok());
    LEDGERLINK_VERIFY_OK(history.finishRun(run.value(), RunResult::Failed, {}, QStringLiteral("Stopped")));
    NotificationRepository notifications(db, Clock::system());
    add(notifications, QStringLiteral("Sync failed"), run.value());

    window.refresh(); // what the sync engine's runFinished (or the timer) triggers
    QCOMPARE(window.unreadCount(), 1);
    auto *bell = window.findChild<QToolButton *>(QStringLiteral("notificationBell"));
    QVERIFY(bell->text().contains(QLatin1String("1")));
    QTest::mouseClick(bell, Qt::LeftButton);
    QVERIFY(window.notificationPopup()->isVisible());
    window.notificationPopup()->activateRow(0);
    QCOMPARE(window.currentPage(), MainWindow::Page::History);
    QCOMPARE(window.historyPage()->currentRunId(), run.value());
    QCOMPARE(window.unreadCount(), 0);
}

QTEST_MAIN(tst_Notifications)
#include "tst_notifications.moc"

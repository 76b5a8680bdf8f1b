#include "appcontext.h"
#include "integrationcard.h"
#include "integrationlistmodel.h"
#include "integrationspage.h"
#include "mainwindow.h"
#include "tst_ui2fixture.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Ledgerlink;

class tst_IntegrationsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelHasOneRowPerIntegration();
    void badges_data();
    void badges();
    void syncingOverridesState();
    void refreshUpdatesChangedRowsOnly();
    void emptyStateUntilFirstIntegration();
    void cardShowsPollTimesAndSyncNow();
    void syncNowDisabledWhenNotEnabled();
    void mainWindowKeepsIntegrationCountInStep();
};

void tst_IntegrationsPage::modelHasOneRowPerIntegration()
{
    Ui2Fixture fx;
    QVERIFY(fx.ok());
    fx.addIntegration(QStringLiteral("xero"), QStringLiteral("Demo Company"));
    fx.addIntegration(QStringLiteral("qbo"), QStringLiteral("Harbour Plumbing"));
    IntegrationListModel model(fx.db(), fx.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy count(&model, &IntegrationListModel::countChanged);
    model.refresh();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(count.count(), 1);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Xero · Demo Company"));
    QCOMPARE(
        model.index(1).data(IntegrationListModel::ProviderNameRole).toString(), QStringLiteral("QuickBooks Online"));
    QVERIFY(!model.index(0).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.displayNames().size(), 2);
}

void tst_IntegrationsPage::badges_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("text");
    QTest::newRow("active") << int(IntegrationState::Active) << true << QStringLiteral("Active");
    QTest::newRow("disabled") << int(IntegrationState::Active) << false << QStringLiteral("Not enabled");
    QTest::newRow("not enabled") << int(IntegrationState::NotEnabled) << false << QStringLiteral("Not enabled");
    QTest::newRow("reauth") << int(IntegrationState::NeedsReauthorisation) << true
                            << QStringLiteral("Needs re-authorisation");
    QTest::newRow("error") << int(IntegrationState::Error) << true << QStringLiteral("Error");
    QTest::newRow("rate limited") << int(IntegrationState::RateLimited) << true << QStringLiteral("Active");
}

void tst_IntegrationsPage::badges()
{
    QFETCH(int, state);
    QFETCH(bool, enabled);
    QFETCH(QString, text);
    Ui2Fixture fx;
    QVERIFY(fx.ok());
    fx.addIntegration(QStringLiteral("xero"), QStringLiteral("Demo"), IntegrationState(state), enabled);
    IntegrationListModel model(fx.db(), fx.clock());
    model.refresh();
    QCOMPARE(model.index(0).data(IntegrationListModel::BadgeTextRole).toString(), text);
}

void tst_IntegrationsPage::syncingOverridesState()
{
    Ui2Fixture fx;
    QVERIFY(fx.ok());
    const QString id = fx.addIntegration(QStringLiteral("xero"), QStringLiteral("Demo"));
    IntegrationListModel model(fx.db(), fx.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.refresh();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSyncing(id, true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.badge(0), IntegrationListModel::Badge::Syncing);
    model.setSyncing(id, true);
    QCOMPARE(changed.count(), 1);
    model.setSyncing(id, false);
    QCOMPARE(model.badge(0), IntegrationListModel::Badge::Active);
}

void tst_IntegrationsPage::refreshUpdatesChangedRowsOnly()
{
    Ui2Fixture fx;
    QVERIFY(fx.ok());
    const QString id = fx.addIntegration(QStringLiteral("xero"), QStringLiteral("Demo"));
    IntegrationListModel model(fx.db(), fx.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.refresh();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refresh();
    QCOMPARE(reset.count() + changed.count(), 0);
    IntegrationRepository repo(fx.db(), fx.clock());
    fx.clock().advance(5000);
    LEDGERLINK_VERIFY_OK(repo.recordSuccessfulPoll(id, fx.clock().now().addSecs(900)));
    model.refresh();
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0).data(IntegrationListModel::LastPollRole).toDateTime(), fx.clock().now());
}

void tst_IntegrationsPage::emptyStateUntilFirstIntegration()
{
    Ui2Fixture fx;
    QVERIFY(fx.ok());
    IntegrationListModel model(fx.db(), fx.clock());
    model.refresh();
    IntegrationsPage page(model);
    page.show();
    QVERIFY(page.isShowingEmptyState());
    fx.addIntegration(QStringLiteral("xero"), QStringLiteral("Demo"));
    model.refresh();
    QVERIFY(!page.isShowingEmptyState());
    QCOMPARE(page.cards().size(), 1);
    QSignalSpy add(&page, &IntegrationsPage::addAppRequested);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("addAnotherAppButton")), Qt::LeftButton);
    QCOMPARE(add.count(), 1);
}

void tst_IntegrationsPage::cardShowsPollTimesAndSyncNow()
{
    Ui2Fixture fx;
    QVERIFY(fx.ok());
    const QString id = fx.addIntegration(QStringLiteral("xero"), QStringLiteral("Demo Company"));
    IntegrationRepository repo(fx.db(), fx.clock());
    LEDGERLINK_VERIFY_OK(repo.recordSuccessfulPoll(id, fx.clock().now().addSecs(15 * 60)));
    IntegrationListModel model(fx.db(), fx.clock());
    model.refresh();
    IntegrationsPage page(model);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    IntegrationCard *card = page.cards().value(0);
    QVERIFY(card);
    QCOMPARE(card->findChild<QLabel *>(QStringLiteral("cardOrganisation"))->text(), QStringLiteral("Demo Company"));
    QCOMPARE(card->findChild<QLabel *>(QStringLiteral("cardBadge"))->text(), QStringLiteral("Active"));
    auto *last = card->findChild<QLabel *>(QStringLiteral("cardLastPoll"));
    QCOMPARE(last->text(), QStringLiteral("Last successful poll: 2026-11-27 09:00 UTC"));
    QVERIFY(last->toolTip().startsWith(QLatin1String("Local time:")));
    QCOMPARE(card->findChild<QLabel *>(QStringLiteral("cardNextPoll"))->text(),
        QStringLiteral("Next poll: 2026-11-27 09:15 UTC"));
    QSignalSpy sync(&page, &IntegrationsPage::syncNowRequested);
    auto *button = card->findChild<QPushButton *>(QStringLiteral("syncNowButton"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(sync.count(), 1);
    QCOMPARE(sync.at(0).at(0).toString(), id);
    model.setSyncing(id, true);
    QCOMPARE(card->findChild<QLabel *>(QStringLiteral("cardBadge"))->text(), QStringLiteral("Syncing"));
    QVERIFY(!button->isEnabled());
}

void tst_IntegrationsPage::syncNowDisabledWhenNotEnabled()
{
    Ui2Fixture fx;
    QVERIFY(fx.ok());
    fx.addIntegration(QStringLiteral("sage"), QStringLiteral("Off"), IntegrationState::NotEnabled, false);
    IntegrationListModel model(fx.db(), fx.clock());
    model.refresh();
    IntegrationsPage page(model);
    IntegrationCard *card = page.cards().value(0);
    QVERIFY(card);
    QVERIFY(!card->findChild<QPushButton *>(QStringLiteral("syncNowButton"))->isEnabled());
    QCOMPARE(card->findChild<QLabel *>(QStringLiteral("cardNextPoll"))->text(),
        QStringLiteral("Next poll: none while not active"));
}

void tst_IntegrationsPage::mainWindowKeepsIntegrationCountInStep()
{
    TestProfile profile;
    AppOptions options;
    options.profileDir = profile.path();
    auto context = AppContext::create(options);
    QVERIFY(context.ok());
    MainWindow window(**context);
    QCOMPARE(window.integrationCount(), 0);
    IntegrationRepository repo((*context)->database(), Clock::system());
    Integration integration;
    integration.provider = QStringLiteral("xero");
    integration.appType = QStringLiteral("pkce");
    integration.tenantId = QStringLiteral("t1");
    integration.tenantName = QStringLiteral("Demo");
    integration.state = IntegrationState::Active;
    integration.enabled = true;
    QVERIFY(repo.insert(integration).ok());
    QSignalSpy sync(&window, &MainWindow::syncNowRequested);
    window.refresh();
    QCOMPARE(window.integrationCount(), 1);
    auto *page = window.findChild<IntegrationsPage *>(QStringLiteral("integrationsPage"));
    QVERIFY(!page->isShowingEmptyState());
    QTest::mouseClick(
        page->cards().value(0)->findChild<QPushButton *>(QStringLiteral("syncNowButton")), Qt::LeftButton);
    QCOMPARE(sync.count(), 1);
}

QTEST_MAIN(tst_IntegrationsPage)
#include "tst_integrationspage.moc"

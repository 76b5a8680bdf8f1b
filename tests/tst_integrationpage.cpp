#include "appcontext.h"
#include "confirmation.h"
#include "integrationcard.h"
#include "integrationlistmodel.h"
#include "integrationpage.h"
#include "integrationspage.h"
#include "mainwindow.h"
#include "sync/synctypes.h"
#include "syncprogresspanel.h"
#include "tst_ui2fixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Ledgerlink;

namespace {

/// A page on one integration of a fresh store, with a confirmation responder that records and answers.
struct PageFixture
{
    Ui2Fixture fx;
    IntegrationListModel model { fx.db(), fx.clock() };
    std::unique_ptr<IntegrationPage> page;
    QString id;
    bool answer = true;
    int asked = 0;

    explicit PageFixture(IntegrationState state = IntegrationState::Active, bool enabled = true)
    {
        id = fx.addIntegration(QStringLiteral("xero"), QStringLiteral("Demo Company"), state, enabled);
        model.refresh();
        page = std::make_unique<IntegrationPage>(model, fx.clock());
        page->confirmation()->setResponder([this](const Confirmation::Question &) {
            ++asked;
            return answer;
        });
        page->setIntegration(id);
    }

    template <typename T> T *child(const char *name) const { return page->findChild<T *>(QString::fromLatin1(name)); }
};

RunProgress progress(const QString &id, const QString &phase, int done, int total)
{
    RunProgress p;
    p.integrationId = id;
    p.runId = 7;
    p.phase = phase;
    p.done = done;
    p.total = total;
    return p;
}

} // namespace

class tst_IntegrationPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detailsButtonOpensPageAndBackReturns();
    void organisationNameOpensPage();
    void showsStateAndLastPoll();
    void disablingAsksAndExplains_data();
    void disablingAsksAndExplains();
    void enablingRequestsFullSync();
    void syncNowEmitsAndFollowsState();
    void progressAreaFollowsEngineSignals();
    void rateLimitCountdown();
    void runFinishedShowsOutcome();
    void countdownText_data();
    void countdownText();
    void reconnectOnlyWhenNeedsReauthorisation_data();
    void reconnectOnlyWhenNeedsReauthorisation();
    void disconnectNeedsConfirmation_data();
    void disconnectNeedsConfirmation();
    void confirmationBoxDefaultsToCancel();
    void moveLinksOffersSameProviderOnly();
    void moveLinksDisabledWithoutAnotherOrganisation();
    void mainWindowForwardsRequests();
};

void tst_IntegrationPage::detailsButtonOpensPageAndBackReturns()
{
    Ui2Fixture fx;
    QVERIFY(fx.ok());
    const QString id = fx.addIntegration(QStringLiteral("xero"), QStringLiteral("Demo Company"));
    IntegrationListModel model(fx.db(), fx.clock());
    model.refresh();
    IntegrationsPage page(model, fx.clock());
    QCOMPARE(page.cards().size(), 1);
    QVERIFY(!page.isShowingIntegration());
    auto *details = page.cards().constFirst()->findChild<QPushButton *>(QStringLiteral("detailsButton"));
    QVERIFY(details);
    details->click();
    QVERIFY(page.isShowingIntegration());
    QCOMPARE(page.integrationPage()->integrationId(), id);
    QCOMPARE(page.integrationPage()->findChild<QLabel *>(QStringLiteral("integrationTitle"))->text(),
        QStringLiteral("Xero · Demo Company"));
    page.integrationPage()->findChild<QPushButton *>(QStringLiteral("backButton"))->click();
    QVERIFY(!page.isShowingIntegration());
    QVERIFY(!page.isShowingEmptyState());
}

void tst_IntegrationPage::organisationNameOpensPage()
{
    Ui2Fixture fx;
    QVERIFY(fx.ok());
    fx.addIntegration(QStringLiteral("xero"), QStringLiteral("Demo Company"));
    IntegrationListModel model(fx.db(), fx.clock());
    model.refresh();
    IntegrationsPage page(model, fx.clock());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy details(page.cards().constFirst(), &IntegrationCard::detailsRequested);
    auto *name = page.cards().constFirst()->findChild<QLabel *>(QStringLiteral("cardOrganisation"));
    QTest::mouseClick(name, Qt::LeftButton);
    QCOMPARE(details.count(), 1);
    QVERIFY(page.isShowingIntegration());
}

void tst_IntegrationPage::showsStateAndLastPoll()
{
    PageFixture p;
    QVERIFY(p.fx.ok());
    QCOMPARE(p.child<QLabel>("integrationBadge")->text(), QStringLiteral("Active"));
    QCOMPARE(p.child<QLabel>("integrationLastPoll")->text(), QStringLiteral("not yet"));
    IntegrationRepository repository(p.fx.db(), p.fx.clock());
    QVERIFY(repository.recordSuccessfulPoll(p.id, p.fx.clock().now().addSecs(900)).ok());
    const QDateTime polled = p.fx.clock().now();
    p.model.refresh();
    QCOMPARE(p.child<QLabel>("integrationLastPoll")->text(), IntegrationCard::utcText(polled));
    QVERIFY(p.child<QLabel>("integrationLastPoll")->text().endsWith(QLatin1String("UTC")));
    QVERIFY(p.child<QLabel>("integrationLastPoll")->toolTip().startsWith(QLatin1String("Local time: ")));
    p.model.setSyncing(p.id, true);
    QCOMPARE(p.child<QLabel>("integrationBadge")->text(), QStringLiteral("Syncing"));
}

void tst_IntegrationPage::disablingAsksAndExplains_data()
{
    QTest::addColumn<bool>("answer");
    QTest::newRow("confirmed") << true;
    QTest::newRow("cancelled") << false;
}

void tst_IntegrationPage::disablingAsksAndExplains()
{
    QFETCH(bool, answer);
    PageFixture p;
    p.answer = answer;
    QSignalSpy disable(p.page.get(), &IntegrationPage::disableRequested);
    QSignalSpy enable(p.page.get(), &IntegrationPage::enableRequested);
    auto *toggle = p.child<QCheckBox>("enabledSwitch");
    QVERIFY(toggle->isChecked());
    toggle->click();
    QCOMPARE(p.asked, 1);
    QVERIFY(p.page->confirmation()->lastQuestion().informativeText.contains(QLatin1String("Nothing will update")));
    QCOMPARE(disable.count(), answer ? 1 : 0);
    if (answer) {
        QCOMPARE(disable.constFirst().constFirst().toString(), p.id);
    }
    QCOMPARE(toggle->isChecked(), !answer);
    QCOMPARE(enable.count(), 0);
}

void tst_IntegrationPage::enablingRequestsFullSync()
{
    PageFixture p(IntegrationState::NotEnabled, false);
    QSignalSpy enable(p.page.get(), &IntegrationPage::enableRequested);
    auto *toggle = p.child<QCheckBox>("enabledSwitch");
    QVERIFY(!toggle->isChecked());
    QVERIFY(p.child<QLabel>("enabledHint")->text().contains(QLatin1String("Nothing is sent or received")));
    QVERIFY(!p.child<QPushButton>("integrationSyncNow")->isEnabled());
    toggle->click();
    QCOMPARE(p.asked, 0); // switching on needs no confirmation
    QCOMPARE(enable.count(), 1);
    QCOMPARE(enable.constFirst().constFirst().toString(), p.id);
    QVERIFY(p.page->messageBar()->text().contains(QLatin1String("full sync")));
}

void tst_IntegrationPage::syncNowEmitsAndFollowsState()
{
    PageFixture p;
    QSignalSpy sync(p.page.get(), &IntegrationPage::syncNowRequested);
    auto *button = p.child<QPushButton>("integrationSyncNow");
    QVERIFY(button->isEnabled());
    button->click();
    QCOMPARE(sync.count(), 1);
    QCOMPARE(sync.constFirst().constFirst().toString(), p.id);
    p.model.setSyncing(p.id, true);
    QVERIFY(!button->isEnabled());
    p.model.setSyncing(p.id, false);
    QVERIFY(button->isEnabled());
}

void tst_IntegrationPage::progressAreaFollowsEngineSignals()
{
    PageFixture p;
    SyncProgressPanel *panel = p.page->progressPanel();
    QVERIFY(!panel->isRunning());
    p.page->showRunStarted(p.id, 7);
    QVERIFY(panel->isRunning());
    p.page->showPhase(progress(p.id, QStringLiteral("invoices"), 0, 10));
    QCOMPARE(panel->phaseText(), QStringLiteral("Sending invoices"));
    p.page->showProgress(progress(p.id, QStringLiteral("invoices"), 3, 10));
    QCOMPARE(panel->entityText(), QStringLiteral("Invoices: 3 of 10"));
    QCOMPARE(panel->progressValue(), 3);
    QCOMPARE(panel->progressMaximum(), 10);
    // Another integration's run does not disturb this page.
    p.page->showProgress(progress(QStringLiteral("other"), QStringLiteral("payments"), 9, 9));
    QCOMPARE(panel->entityText(), QStringLiteral("Invoices: 3 of 10"));
    QCOMPARE(panel->progressValue(), 3);
}

void tst_IntegrationPage::rateLimitCountdown()
{
    PageFixture p;
    SyncProgressPanel *panel = p.page->progressPanel();
    p.page->showRunStarted(p.id, 7);
    p.page->showRateLimitWait(p.id, p.fx.clock().now().addSecs(42), QStringLiteral("minute limit"));
    QCOMPARE(panel->waitText(), QStringLiteral("Waiting for Xero's rate limit — 0:42"));
    p.fx.clock().advance(2000);
    panel->updateCountdown();
    QCOMPARE(panel->waitText(), QStringLiteral("Waiting for Xero's rate limit — 0:40"));
    p.fx.clock().advance(40000);
    panel->updateCountdown();
    QVERIFY(panel->waitText().isEmpty());
}

void tst_IntegrationPage::runFinishedShowsOutcome()
{
    PageFixture p;
    SyncProgressPanel *panel = p.page->progressPanel();
    p.page->showRunStarted(p.id, 7);
    p.page->showRateLimitWait(p.id, p.fx.clock().now().addSecs(30), {});
    RunSummary summary;
    summary.integrationId = p.id;
    summary.runId = 7;
    summary.result = RunResult::PartlyFailed;
    summary.message = QStringLiteral("2 invoices could not be sent.");
    p.page->showRunFinished(summary);
    QVERIFY(!panel->isRunning());
    QVERIFY(panel->waitText().isEmpty());
    QCOMPARE(panel->phaseText(), QStringLiteral("Last run finished with failed records"));
    QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("progressResult"))->text(), summary.message);
}

void tst_IntegrationPage::countdownText_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("42s") << qint64(42) << QStringLiteral("0:42");
    QTest::newRow("minutes") << qint64(65) << QStringLiteral("1:05");
    QTest::newRow("hours") << qint64(3725) << QStringLiteral("1:02:05");
    QTest::newRow("negative") << qint64(-3) << QStringLiteral("0:00");
}

void tst_IntegrationPage::countdownText()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(SyncProgressPanel::countdownText(seconds), text);
}

void tst_IntegrationPage::reconnectOnlyWhenNeedsReauthorisation_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("visible");
    QTest::newRow("active") << int(IntegrationState::Active) << false;
    QTest::newRow("error") << int(IntegrationState::Error) << false;
    QTest::newRow("reauth") << int(IntegrationState::NeedsReauthorisation) << true;
}

void tst_IntegrationPage::reconnectOnlyWhenNeedsReauthorisation()
{
    QFETCH(int, state);
    QFETCH(bool, visible);
    PageFixture p(IntegrationState(state), true);
    auto *reconnect = p.child<QPushButton>("reconnectButton");
    QCOMPARE(!reconnect->isHidden(), visible);
    if (visible) {
        QSignalSpy spy(p.page.get(), &IntegrationPage::reconnectRequested);
        reconnect->click();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.constFirst().constFirst().toString(), p.id);
    }
}

void tst_IntegrationPage::disconnectNeedsConfirmation_data()
{
    QTest::addColumn<bool>("answer");
    QTest::newRow("confirmed") << true;
    QTest::newRow("cancelled") << false;
}

void tst_IntegrationPage::disconnectNeedsConfirmation()
{
    QFETCH(bool, answer);
    PageFixture p;
    p.answer = answer;
    QSignalSpy spy(p.page.get(), &IntegrationPage::disconnectRequested);
    p.child<QPushButton>("disconnectButton")->click();
    QCOMPARE(p.asked, 1);
    QVERIFY(p.page->confirmation()->lastQuestion().informativeText.contains(QLatin1String("stay here")));
    QCOMPARE(spy.count(), answer ? 1 : 0);
}

void tst_IntegrationPage::confirmationBoxDefaultsToCancel()
{
    Ui2Fixture fx;
    QVERIFY(fx.ok());
    const QString id = fx.addIntegration(QStringLiteral("xero"), QStringLiteral("Demo Company"));
    IntegrationListModel model(fx.db(), fx.clock());
    model.refresh();
    IntegrationPage page(model, fx.clock()); // the real box, no responder
    page.setIntegration(id);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy spy(&page, &IntegrationPage::disconnectRequested);
    page.findChild<QPushButton *>(QStringLiteral("disconnectButton"))->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = page.findChild<QMessageBox *>(QStringLiteral("confirmationBox"))) != nullptr);
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QCOMPARE(spy.count(), 0); // nothing happens until answered, and nothing blocked
    QPushButton *destructive = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole) {
            destructive = qobject_cast<QPushButton *>(button);
        }
    }
    QVERIFY(destructive);
    destructive->click();
    QTRY_COMPARE(spy.count(), 1);
}

void tst_IntegrationPage::moveLinksOffersSameProviderOnly()
{
    PageFixture p;
    const QString sibling = p.fx.addIntegration(QStringLiteral("xero"), QStringLiteral("New Company"));
    p.fx.addIntegration(QStringLiteral("qbo"), QStringLiteral("Harbour Plumbing"));
    p.model.refresh(); // a reset: the page finds its row again
    QCOMPARE(p.page->integrationId(), p.id);
    auto *combo = p.child<QComboBox>("moveTargetCombo");
    QCOMPARE(combo->count(), 1);
    QCOMPARE(combo->itemText(0), QStringLiteral("New Company"));
    QVERIFY(p.child<QPushButton>("moveLinksButton")->isEnabled());
    QSignalSpy spy(p.page.get(), &IntegrationPage::moveLinksRequested);
    p.answer = false;
    p.child<QPushButton>("moveLinksButton")->click();
    QCOMPARE(spy.count(), 0);
    p.answer = true;
    p.child<QPushButton>("moveLinksButton")->click();
    QCOMPARE(p.asked, 2);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.constFirst().at(0).toString(), p.id);
    QCOMPARE(spy.constFirst().at(1).toString(), sibling);
}

void tst_IntegrationPage::moveLinksDisabledWithoutAnotherOrganisation()
{
    PageFixture p;
    p.fx.addIntegration(QStringLiteral("qbo"), QStringLiteral("Harbour Plumbing"));
    p.model.refresh();
    QCOMPARE(p.child<QComboBox>("moveTargetCombo")->count(), 0);
    auto *move = p.child<QPushButton>("moveLinksButton");
    QVERIFY(!move->isEnabled());
    QVERIFY(move->toolTip().contains(QLatin1String("Xero")));
}

void tst_IntegrationPage::mainWindowForwardsRequests()
{
    TestProfile profile;
    AppOptions options;
    options.profileDir = profile.path();
    auto context = AppContext::create(options);
    QVERIFY(context.ok());
    IntegrationRepository repo((*context)->database(), Clock::system());
    Integration integration;
    integration.provider = QStringLiteral("xero");
    integration.appType = QStringLiteral("pkce");
    integration.clientId = QStringLiteral("client");
    integration.tenantId = QStringLiteral("tenant");
    integration.tenantName = QStringLiteral("Demo Company");
    integration.state = IntegrationState::Active;
    integration.enabled = true;
    auto stored = repo.insert(integration);
    QVERIFY(stored.ok());
    MainWindow window(**context);
    window.openIntegration(stored->id);
    IntegrationsPage *page = window.integrationsPage();
    QVERIFY(page->isShowingIntegration());
    page->integrationPage()->confirmation()->setResponder([](const Confirmation::Question &) { return true; });
    QSignalSpy disconnect(&window, &MainWindow::disconnectRequested);
    QSignalSpy disable(&window, &MainWindow::disableRequested);
    page->integrationPage()->findChild<QPushButton *>(QStringLiteral("disconnectButton"))->click();
    page->integrationPage()->findChild<QCheckBox *>(QStringLiteral("enabledSwitch"))->click();
    QCOMPARE(disconnect.count(), 1);
    QCOMPARE(disable.count(), 1);
    window.showRunStarted(stored->id, 3);
    window.showRunProgress(progress(stored->id, QStringLiteral("customers"), 1, 4));
    QCOMPARE(page->integrationPage()->progressPanel()->entityText(), QStringLiteral("Customers: 1 of 4"));
    window.showIntegrationResult(stored->id, true, QStringLiteral("Xero could not be reached."));
    QCOMPARE(page->integrationPage()->messageBar()->text(), QStringLiteral("Xero could not be reached."));
}

QTEST_MAIN(tst_IntegrationPage)
#include "tst_integrationpage.moc"

#include "appcontext.h"
#include "integrationspage.h"
#include "mainwindow.h"
#include "settingspage.h"
#include "testprofile.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Ledgerlink;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoShowsIntegrationsEmptyState();
    void navigationSwitchesPages();
    void remembersGeometry();
    void bellShowsUnreadCount();
    void shortcutsSwitchSections_data();
    void shortcutsSwitchSections();
    void navigationHasIconsAndAccessibleNames();
    void menusHaveMnemonics();
    void settingsSectionIsTheSettingsPage();
    void statusBarShowsDatabaseAndSync();
};

void tst_MainWindow::demoShowsIntegrationsEmptyState()
{
    TestProfile profile;
    AppOptions options;
    options.demo = true;
    options.profileDir = profile.path();
    auto context = AppContext::create(options);
    QVERIFY2(context.ok(), qPrintable(context.ok() ? QString() : context.error().toString()));
    MainWindow window(**context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *page = window.findChild<IntegrationsPage *>(QStringLiteral("integrationsPage"));
    QVERIFY(page);
    QVERIFY(page->isVisible());
    QVERIFY(page->isShowingEmptyState());
    auto *add = window.findChild<QPushButton *>(QStringLiteral("addAppButton"));
    QVERIFY(add && add->isVisible());
    QSignalSpy spy(page, &IntegrationsPage::addAppRequested);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QVERIFY(window.windowTitle().contains(QLatin1String("demo")));
}

void tst_MainWindow::navigationSwitchesPages()
{
    TestProfile profile;
    AppOptions options;
    options.profileDir = profile.path();
    auto context = AppContext::create(options);
    QVERIFY(context.ok());
    MainWindow window(**context);
    window.show();
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), 4);
    navigation->setCurrentRow(2);
    QCOMPARE(window.currentPage(), MainWindow::Page::History);
    window.showPage(MainWindow::Page::Integrations);
    QCOMPARE(navigation->currentRow(), 0);
}

void tst_MainWindow::remembersGeometry()
{
    TestProfile profile;
    AppOptions options;
    options.profileDir = profile.path();
    auto context = AppContext::create(options);
    QVERIFY(context.ok());
    {
        MainWindow window(**context);
        window.show();
        window.resize(777, 555);
        window.close();
    }
    MainWindow again(**context);
    QCOMPARE(again.size(), QSize(777, 555));
}

namespace {

std::unique_ptr<AppContext> makeContext(const TestProfile &profile)
{
    AppOptions options;
    options.profileDir = profile.path();
    auto context = AppContext::create(options);
    return context.ok() ? std::move(context).value() : nullptr;
}

} // namespace

void tst_MainWindow::bellShowsUnreadCount()
{
    TestProfile profile;
    auto context = makeContext(profile);
    QVERIFY(context);
    MainWindow window(*context);
    window.show();
    auto *bell = window.findChild<QToolButton *>(QStringLiteral("notificationBell"));
    QVERIFY(bell && bell->isVisible());
    QCOMPARE(window.unreadCount(), 0);
    QCOMPARE(bell->accessibleName(), QStringLiteral("Notifications: 0 unread"));
    const QImage plain = bell->icon().pixmap(QSize(24, 24)).toImage();
    window.setUnreadCount(3);
    QCOMPARE(window.unreadCount(), 3);
    QCOMPARE(bell->text(), QStringLiteral("3 unread"));
    QCOMPARE(bell->accessibleName(), QStringLiteral("Notifications: 3 unread"));
    QVERIFY(bell->icon().pixmap(QSize(24, 24)).toImage() != plain); // the badge is drawn
    window.setUnreadCount(1);
    QCOMPARE(bell->text(), QStringLiteral("1 unread"));
    window.setUnreadCount(-4);
    QCOMPARE(window.unreadCount(), 0);
    QSignalSpy clicked(&window, &MainWindow::notificationsRequested);
    QTest::mouseClick(bell, Qt::LeftButton);
    QCOMPARE(clicked.count(), 1);
}

void tst_MainWindow::shortcutsSwitchSections_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<MainWindow::Page>("page");
    QTest::newRow("Ctrl+1") << int(Qt::Key_1) << MainWindow::Page::Integrations;
    QTest::newRow("Ctrl+2") << int(Qt::Key_2) << MainWindow::Page::Records;
    QTest::newRow("Ctrl+3") << int(Qt::Key_3) << MainWindow::Page::History;
    QTest::newRow("Ctrl+4") << int(Qt::Key_4) << MainWindow::Page::Settings;
}

void tst_MainWindow::shortcutsSwitchSections()
{
    QFETCH(int, key);
    QFETCH(MainWindow::Page, page);
    TestProfile profile;
    auto context = makeContext(profile);
    QVERIFY(context);
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    if (page == MainWindow::Page::Integrations) {
        window.showPage(MainWindow::Page::History);
    }
    QTest::keyClick(&window, Qt::Key(key), Qt::ControlModifier);
    QTRY_COMPARE(window.currentPage(), page);
    auto *action = window.findChild<QAction *>(QStringLiteral("showPageAction%1").arg(int(page) + 1));
    QVERIFY(action && action->isChecked());
}

void tst_MainWindow::navigationHasIconsAndAccessibleNames()
{
    TestProfile profile;
    auto context = makeContext(profile);
    QVERIFY(context);
    MainWindow window(*context);
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(navigation->accessibleName(), QStringLiteral("Sections"));
    for (int row = 0; row < navigation->count(); ++row) {
        QVERIFY(!navigation->item(row)->icon().isNull());
        QVERIFY(!navigation->item(row)->icon().pixmap(QSize(22, 22)).isNull());
    }
    QVERIFY(!window.windowIcon().isNull());
}

void tst_MainWindow::menusHaveMnemonics()
{
    TestProfile profile;
    auto context = makeContext(profile);
    QVERIFY(context);
    MainWindow window(*context);
    const QList<QAction *> menus = window.menuBar()->actions();
    QCOMPARE(menus.size(), 3);
    for (QAction *menu : menus) {
        QVERIFY2(menu->text().contains(QLatin1Char('&')), qPrintable(menu->text()));
    }
    auto *addApp = window.findChild<QAction *>(QStringLiteral("addAppAction"));
    QVERIFY(addApp);
    QCOMPARE(addApp->shortcut(), QKeySequence(QKeySequence::New));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("quitAction")));
}

void tst_MainWindow::settingsSectionIsTheSettingsPage()
{
    TestProfile profile;
    auto context = makeContext(profile);
    QVERIFY(context);
    MainWindow window(*context);
    window.show();
    window.showPage(MainWindow::Page::Settings);
    auto *settings = window.findChild<SettingsPage *>(QStringLiteral("settingsPage"));
    QVERIFY(settings && settings->isVisible());
}

void tst_MainWindow::statusBarShowsDatabaseAndSync()
{
    TestProfile profile;
    auto context = makeContext(profile);
    QVERIFY(context);
    MainWindow window(*context);
    window.show();
    auto *location = window.findChild<QLabel *>(QStringLiteral("statusLocation"));
    QVERIFY(location && location->text().contains(context->databaseLocation().toDisplayString()));
    auto *sync = window.findChild<QLabel *>(QStringLiteral("statusSync"));
    QVERIFY(sync && sync->isVisible());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"

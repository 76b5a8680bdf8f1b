#include "appcontext.h"
#include "integrationspage.h"
#include "mainwindow.h"
#include "testprofile.h"

#include <QApplication>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Ledgerlink;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoShowsIntegrationsEmptyState();
    void navigationSwitchesPages();
    void remembersGeometry();
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

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"

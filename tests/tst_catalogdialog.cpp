#include "addappwizard.h"
#include "appcontext.h"
#include "catalogdialog.h"
#include "integrationspage.h"
#include "mainwindow.h"
#include "providercatalog.h"
#include "testprofile.h"
#include "translator.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Ledgerlink;

class tst_CatalogDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsOnlyAllowedProviders_data();
    void showsOnlyAllowedProviders();
    void refusesWhenPlanLimitReached();
    void activatingAnAppAccepts();
    void logosRender();
    void emptyStateOpensCatalogueThenWizard();
    void mainWindowAppliesPlanLimit();
};

void tst_CatalogDialog::initTestCase()
{
    Translator::install(*qApp, QStringLiteral("en")); // English plural forms
}

void tst_CatalogDialog::showsOnlyAllowedProviders_data()
{
    QTest::addColumn<QStringList>("allowed");
    QTest::addColumn<QStringList>("shown");
    const auto list = [](std::initializer_list<const char *> names) {
        QStringList result;
        for (const char *name : names) {
            result.append(QString::fromLatin1(name));
        }
        return result;
    };
    QTest::newRow("all four") << list({ "xero", "qbo", "sage", "myob" }) << list({ "xero", "qbo", "sage", "myob" });
    QTest::newRow("catalogue order kept") << list({ "myob", "xero" }) << list({ "xero", "myob" });
    QTest::newRow("unknown ignored") << list({ "sage", "freshbooks" }) << list({ "sage" });
    QTest::newRow("none") << QStringList() << QStringList();
}

void tst_CatalogDialog::showsOnlyAllowedProviders()
{
    QFETCH(QStringList, allowed);
    QFETCH(QStringList, shown);
    CatalogDialog dialog(allowed, 5, 0);
    dialog.show();
    QCOMPARE(dialog.shownProviders(), shown);
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("catalogContinueButton"));
    QVERIFY(ok);
    QCOMPARE(ok->isEnabled(), !shown.isEmpty());
    QCOMPARE(dialog.selectedProvider(), shown.isEmpty() ? QString() : shown.constFirst());
    auto *limit = dialog.findChild<QLabel *>(QStringLiteral("catalogLimitLabel"));
    QCOMPARE(limit->isVisible(), shown.isEmpty()); // "your plan includes no apps"
}

void tst_CatalogDialog::refusesWhenPlanLimitReached()
{
    CatalogDialog dialog({ QStringLiteral("xero"), QStringLiteral("qbo") }, 2, 2);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.isLimitReached());
    auto *limit = dialog.findChild<QLabel *>(QStringLiteral("catalogLimitLabel"));
    QVERIFY(limit && limit->isVisible());
    QVERIFY(limit->text().contains(QLatin1String("2 integrations")));
    QVERIFY(!dialog.findChild<QListWidget *>(QStringLiteral("catalogList"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("catalogContinueButton"))->isEnabled());
    QVERIFY(dialog.selectedProvider().isEmpty());
}

void tst_CatalogDialog::activatingAnAppAccepts()
{
    CatalogDialog dialog({ QStringLiteral("xero"), QStringLiteral("sage") }, 5, 1);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("catalogList"));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(dialog.selectedProvider(), QStringLiteral("sage"));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void tst_CatalogDialog::logosRender()
{
    for (const ProviderInfo &info : ProviderCatalog::all()) {
        const QImage image = QIcon(info.iconPath).pixmap(QSize(48, 48)).toImage();
        QVERIFY2(!image.isNull(), qPrintable(info.iconPath));
        // The logo is a coloured square: its centre-left edge pixel is not transparent.
        QVERIFY2(qAlpha(image.pixel(4, 24)) > 200, qPrintable(info.iconPath));
        QVERIFY(!info.description.isEmpty());
    }
    QVERIFY(!QIcon(QStringLiteral(":/icons/org.ledgerlink.Ledgerlink.svg")).pixmap(QSize(64, 64)).isNull());
}

void tst_CatalogDialog::emptyStateOpensCatalogueThenWizard()
{
    TestProfile profile;
    AppOptions options;
    options.demo = true;
    options.profileDir = profile.path();
    auto context = AppContext::create(options);
    QVERIFY(context.ok());
    MainWindow window(**context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy created(&window, &MainWindow::addAppWizardCreated);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("addAppButton")), Qt::LeftButton);
    CatalogDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<CatalogDialog *>(QStringLiteral("catalogDialog"))) && dialog->isVisible());
    QCOMPARE(dialog->shownProviders().size(), 4);
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("catalogList"));
    list->setCurrentRow(1); // QuickBooks Online
    dialog->findChild<QPushButton *>(QStringLiteral("catalogContinueButton"))->click();
    QCOMPARE(created.count(), 1);
    auto *wizard = created.at(0).at(0).value<AddAppWizard *>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->draft().provider, QStringLiteral("qbo"));
    QCOMPARE(wizard->currentId(), int(AddAppWizard::CredentialsPageId));
    wizard->reject();
}

void tst_CatalogDialog::mainWindowAppliesPlanLimit()
{
    TestProfile profile;
    AppOptions options;
    options.profileDir = profile.path();
    auto context = AppContext::create(options);
    QVERIFY(context.ok());
    (*context)->settings().setValue(Settings::Key::MaxIntegrations, 1);
    (*context)->settings().setValue(Settings::Key::AllowedProviders, QStringList { QStringLiteral("myob") });
    MainWindow window(**context);
    std::unique_ptr<CatalogDialog> open(window.createCatalogDialog());
    QVERIFY(!open->isLimitReached());
    QCOMPARE(open->shownProviders(), QStringList { QStringLiteral("myob") });
    window.setIntegrationCount(1);
    std::unique_ptr<CatalogDialog> full(window.createCatalogDialog());
    QVERIFY(full->isLimitReached());
}

QTEST_MAIN(tst_CatalogDialog)
#include "tst_catalogdialog.moc"

#include "addappwizard.h"
#include "authorizepage.h"
#include "credentialspage.h"
#include "messagebar.h"
#include "reviewpage.h"
#include "translator.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace Ledgerlink;

/// Stands in for the system browser: records the URLs the UI asked to open.
class BrowserCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class tst_AddAppWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void startsAtCredentialsWhenPreselected();
    void selectPageChangesProvider();
    void credentialsValidation_data();
    void credentialsValidation();
    void secretOnlyWhereTheAppTypeNeedsOne();
    void redirectUriFollowsPortAndCopies();
    void authorisePageTalksThroughSignals();
    void authorisePicksAmongSeveralOrganisations();
    void authoriseCancelAndFailure();
    void configureValidatesAndFillsDraft();
    void reviewWaitsForCountsThenProceeds();

private:
    static std::unique_ptr<AddAppWizard> makeWizard(const QString &provider = QStringLiteral("xero"));
    static void next(AddAppWizard &wizard);
    static void passCredentials(AddAppWizard &wizard);
    static void passAuthorise(AddAppWizard &wizard);

    BrowserCatcher m_browser;
};

void tst_AddAppWizard::initTestCase()
{
    Translator::install(*qApp, QStringLiteral("en")); // English plural forms
    for (const char *scheme : { "http", "https" }) {
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &m_browser, "open");
    }
}

void tst_AddAppWizard::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

std::unique_ptr<AddAppWizard> tst_AddAppWizard::makeWizard(const QString &provider)
{
    const QStringList all { QStringLiteral("xero"), QStringLiteral("qbo"), QStringLiteral("sage"),
        QStringLiteral("myob") };
    auto wizard = std::make_unique<AddAppWizard>(all, provider, 30);
    wizard->show();
    return wizard;
}

void tst_AddAppWizard::next(AddAppWizard &wizard)
{
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
}

void tst_AddAppWizard::passCredentials(AddAppWizard &wizard)
{
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("clientIdEdit")), QStringLiteral("ABC123"));
    next(wizard);
    QCOMPARE(wizard.currentId(), int(AddAppWizard::AuthorizePageId));
}

void tst_AddAppWizard::passAuthorise(AddAppWizard &wizard)
{
    QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    wizard.setConnected({ QStringLiteral("Demo Company (NZ)") }, { QStringLiteral("tenant-1") });
    next(wizard);
    QCOMPARE(wizard.currentId(), int(AddAppWizard::ConfigurePageId));
}

void tst_AddAppWizard::startsAtCredentialsWhenPreselected()
{
    auto wizard = makeWizard(QStringLiteral("sage"));
    QCOMPARE(wizard->currentId(), int(AddAppWizard::CredentialsPageId));
    QCOMPARE(wizard->draft().provider, QStringLiteral("sage"));
    QCOMPARE(wizard->draft().appType, AppType::WebApp);
    QCOMPARE(wizard->draft().pollMinutes, 30);
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(AddAppWizard::SelectPageId));
    auto *list = wizard->findChild<QListWidget *>(QStringLiteral("selectAppList"));
    QCOMPARE(list->currentItem()->text(), QStringLiteral("Sage Business Cloud Accounting"));
}

void tst_AddAppWizard::selectPageChangesProvider()
{
    auto wizard = makeWizard(QString());
    QCOMPARE(wizard->currentId(), int(AddAppWizard::SelectPageId));
    auto *list = wizard->findChild<QListWidget *>(QStringLiteral("selectAppList"));
    QCOMPARE(list->count(), 4);
    list->setCurrentRow(1);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    next(*wizard);
    QCOMPARE(wizard->draft().provider, QStringLiteral("qbo"));
    QCOMPARE(wizard->draft().appType, AppType::WebApp);
    QVERIFY(!wizard->findChild<QWidget *>(QStringLiteral("appTypeBox"))->isVisible());
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    list->setCurrentRow(0);
    next(*wizard);
    QCOMPARE(wizard->draft().provider, QStringLiteral("xero"));
    QCOMPARE(wizard->draft().appType, AppType::PkceDesktop);
    QVERIFY(wizard->findChild<QWidget *>(QStringLiteral("appTypeBox"))->isVisible());
}

void tst_AddAppWizard::credentialsValidation_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("appType");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("tickNoScope");
    QTest::addColumn<bool>("passes");
    QTest::addColumn<QString>("messagePart");
    const QString none;
    const QString xero = QStringLiteral("xero");
    const QString id = QStringLiteral("ABC123");
    const QString secret = QStringLiteral("s3cret");
    QTest::newRow("pkce needs only an id") << xero << int(AppType::PkceDesktop) << id << none << false << true << none;
    QTest::newRow("missing id") << xero << int(AppType::PkceDesktop) << none << none << false << false
                                << QStringLiteral("client ID");
    QTest::newRow("id with spaces") << xero << int(AppType::PkceDesktop) << QStringLiteral("AB 12") << none << false
                                    << false << QStringLiteral("spaces");
    QTest::newRow("web app without secret")
        << xero << int(AppType::WebApp) << id << none << false << false << QStringLiteral("client secret");
    QTest::newRow("web app with secret") << xero << int(AppType::WebApp) << id << secret << false << true << none;
    QTest::newRow("custom connection without scope")
        << xero << int(AppType::CustomConnection) << id << secret << true << false << QStringLiteral("scope");
    QTest::newRow("custom connection") << xero << int(AppType::CustomConnection) << id << secret << false << true
                                       << none;
    QTest::newRow("quickbooks needs a secret") << QStringLiteral("qbo") << int(AppType::WebApp) << id << none << false
                                               << false << QStringLiteral("client secret");
}

void tst_AddAppWizard::credentialsValidation()
{
    QFETCH(QString, provider);
    QFETCH(int, appType);
    QFETCH(QString, clientId);
    QFETCH(QString, secret);
    QFETCH(bool, tickNoScope);
    QFETCH(bool, passes);
    QFETCH(QString, messagePart);
    auto wizard = makeWizard(provider);
    if (auto *radio = wizard->findChild<QRadioButton *>(QStringLiteral("appType%1").arg(appType));
        radio && radio->isVisible()) {
        radio->click();
    }
    QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("clientIdEdit")), clientId);
    QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("clientSecretEdit")), secret);
    if (tickNoScope) {
        wizard->findChild<QCheckBox *>(QStringLiteral("scope_accounting.contacts"))->setChecked(false);
    }
    next(*wizard);
    auto *message = wizard->findChild<MessageBar *>(QStringLiteral("credentialsMessage"));
    if (passes) {
        QCOMPARE(wizard->currentId(), int(AddAppWizard::AuthorizePageId));
        QCOMPARE(wizard->draft().clientId, clientId);
        QCOMPARE(wizard->draft().appType, AppType(appType));
        QCOMPARE(wizard->draft().clientSecret, AppType(appType) == AppType::PkceDesktop ? QString() : secret);
        if (AppType(appType) == AppType::CustomConnection) {
            QCOMPARE(wizard->draft().scopes, QStringList { QStringLiteral("accounting.contacts") });
        }
    } else {
        QCOMPARE(wizard->currentId(), int(AddAppWizard::CredentialsPageId));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(messagePart), qPrintable(message->text()));
        QVERIFY(wizard->draft().clientId.isEmpty());
    }
}

void tst_AddAppWizard::secretOnlyWhereTheAppTypeNeedsOne()
{
    auto wizard = makeWizard();
    auto *secret = wizard->findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"));
    auto *scopes = wizard->findChild<QWidget *>(QStringLiteral("scopeBox"));
    auto *redirect = wizard->findChild<QLineEdit *>(QStringLiteral("redirectUriEdit"));
    QVERIFY(!secret->isVisible());
    QVERIFY(!scopes->isVisible());
    QVERIFY(redirect->isVisible());
    wizard->findChild<QRadioButton *>(QStringLiteral("appType%1").arg(int(AppType::WebApp)))->click();
    QVERIFY(secret->isVisible());
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    wizard->findChild<QRadioButton *>(QStringLiteral("appType%1").arg(int(AppType::CustomConnection)))->click();
    QVERIFY(secret->isVisible());
    QVERIFY(scopes->isVisible());
    QVERIFY(!redirect->isVisible()); // no browser, no redirect

    auto myob = makeWizard(QStringLiteral("myob"));
    QVERIFY(!myob->findChild<QWidget *>(QStringLiteral("appTypeBox"))->isVisible());
    QVERIFY(myob->findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"))->isVisible());
}

void tst_AddAppWizard::redirectUriFollowsPortAndCopies()
{
    auto wizard = makeWizard();
    auto *redirect = wizard->findChild<QLineEdit *>(QStringLiteral("redirectUriEdit"));
    QCOMPARE(redirect->text(), QStringLiteral("http://localhost:53682/callback"));
    wizard->findChild<QSpinBox *>(QStringLiteral("redirectPortSpin"))->setValue(8123);
    QCOMPARE(redirect->text(), QStringLiteral("http://localhost:8123/callback"));
    QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("copyRedirectButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("http://localhost:8123/callback"));
    passCredentials(*wizard);
    QCOMPARE(wizard->draft().redirectPort, 8123);
    QCOMPARE(wizard->draft().redirectUri(), QUrl(QStringLiteral("http://localhost:8123/callback")));
}

void tst_AddAppWizard::authorisePageTalksThroughSignals()
{
    auto wizard = makeWizard();
    passCredentials(*wizard);
    QSignalSpy requested(wizard.get(), &AddAppWizard::authorizationRequested);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<IntegrationDraft>().clientId, QStringLiteral("ABC123"));
    QVERIFY(wizard->findChild<QProgressBar *>(QStringLiteral("authorizeSpinner"))->isVisible());

    const QUrl consent(QStringLiteral("https://login.xero.com/identity/connect/authorize?client_id=ABC123"));
    m_browser.opened.clear();
    wizard->setAuthorizeUrl(consent);
    QCOMPARE(m_browser.opened, QList<QUrl> { consent });
    QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("authorizeUrlEdit"))->text(),
        consent.toString(QUrl::FullyEncoded));

    wizard->setConnected({ QStringLiteral("Demo Company (NZ)") }, { QStringLiteral("tenant-1") });
    auto *connected = wizard->findChild<QLabel *>(QStringLiteral("connectedLabel"));
    QVERIFY(connected->isVisible());
    QVERIFY(connected->text().contains(QLatin1String("Demo Company (NZ)")));
    QVERIFY(!wizard->findChild<QProgressBar *>(QStringLiteral("authorizeSpinner"))->isVisible());
    QVERIFY(!wizard->findChild<QListWidget *>(QStringLiteral("organisationList"))->isVisible());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    next(*wizard);
    QCOMPARE(wizard->currentId(), int(AddAppWizard::ConfigurePageId));
    QCOMPARE(wizard->draft().organisationIds, QStringList { QStringLiteral("tenant-1") });
}

void tst_AddAppWizard::authorisePicksAmongSeveralOrganisations()
{
    auto wizard = makeWizard();
    passCredentials(*wizard);
    wizard->setConnected({ QStringLiteral("North Ltd"), QStringLiteral("South Ltd"), QStringLiteral("West Ltd") },
        { QStringLiteral("n"), QStringLiteral("s"), QStringLiteral("w") });
    auto *list = wizard->findChild<QListWidget *>(QStringLiteral("organisationList"));
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), 3);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // none ticked yet
    list->item(0)->setCheckState(Qt::Checked);
    list->item(2)->setCheckState(Qt::Checked);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    next(*wizard);
    QCOMPARE(wizard->draft().organisationIds, (QStringList { QStringLiteral("n"), QStringLiteral("w") }));
    QCOMPARE(
        wizard->draft().organisationNames, (QStringList { QStringLiteral("North Ltd"), QStringLiteral("West Ltd") }));
}

void tst_AddAppWizard::authoriseCancelAndFailure()
{
    auto wizard = makeWizard();
    passCredentials(*wizard);
    QSignalSpy cancelled(wizard.get(), &AddAppWizard::authorizationCancelled);
    QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("cancelSignInButton")), Qt::LeftButton);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(wizard->findChild<QPushButton *>(QStringLiteral("signInButton"))->isEnabled());

    QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    wizard->setAuthorizationFailed(QStringLiteral("Xero refused the client ID. Check it and try again."));
    auto *message = wizard->findChild<MessageBar *>(QStringLiteral("authorizeMessage"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->kind(), MessageBar::Kind::Error);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

    // Going Back while the browser is open stops the listener too.
    QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(cancelled.count(), 2);
}

void tst_AddAppWizard::configureValidatesAndFillsDraft()
{
    auto wizard = makeWizard();
    passCredentials(*wizard);
    passAuthorise(*wizard);
    auto *tax = wizard->findChild<QCheckBox *>(QStringLiteral("taxRatesCheck"));
    auto *notice = wizard->findChild<MessageBar *>(QStringLiteral("taxOverrideNotice"));
    QVERIFY(tax->isChecked());
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QLatin1String("override")));
    tax->setChecked(false);
    QVERIFY(!notice->isVisible());

    const QStringList checks { QStringLiteral("customersCheck"), QStringLiteral("itemsCheck"),
        QStringLiteral("accountsCheck"), QStringLiteral("invoicesCheck"), QStringLiteral("creditNotesCheck"),
        QStringLiteral("paymentsCheck") };
    for (const QString &name : checks) {
        wizard->findChild<QCheckBox *>(name)->setChecked(false);
    }
    next(*wizard);
    QCOMPARE(wizard->currentId(), int(AddAppWizard::ConfigurePageId));
    QVERIFY(wizard->findChild<MessageBar *>(QStringLiteral("configureMessage"))->isVisible());

    wizard->findChild<QCheckBox *>(QStringLiteral("paymentsCheck"))->setChecked(true);
    wizard->findChild<QCheckBox *>(QStringLiteral("pushPaymentsCheck"))->setChecked(true);
    next(*wizard); // pushing payments needs invoices
    QCOMPARE(wizard->currentId(), int(AddAppWizard::ConfigurePageId));

    wizard->findChild<QCheckBox *>(QStringLiteral("invoicesCheck"))->setChecked(true);
    wizard->findChild<QCheckBox *>(QStringLiteral("customersCheck"))->setChecked(true);
    auto *direction = wizard->findChild<QComboBox *>(QStringLiteral("customerDirectionCombo"));
    direction->setCurrentIndex(direction->findData(int(SyncDirection::FromProvider)));
    auto *trigger = wizard->findChild<QComboBox *>(QStringLiteral("triggerStatusCombo"));
    QCOMPARE(trigger->currentData().toString(), QStringLiteral("PENDING_PAYMENT"));
    QCOMPARE(wizard->findChild<QSpinBox *>(QStringLiteral("pollMinutesSpin"))->value(), 30);
    next(*wizard);
    QCOMPARE(wizard->currentId(), int(AddAppWizard::ReviewPageId));
    const IntegrationDraft &draft = wizard->draft();
    QCOMPARE(draft.customers, (EntitySync { true, SyncDirection::FromProvider }));
    QVERIFY(!draft.taxRates.enabled);
    QVERIFY(!draft.items.enabled);
    QVERIFY(draft.invoices.enabled);
    QCOMPARE(draft.invoiceTriggerStatus, QStringLiteral("PENDING_PAYMENT"));
    QVERIFY(draft.pushLocalPayments);
    QVERIFY(draft.startDate.isValid());
}

void tst_AddAppWizard::reviewWaitsForCountsThenProceeds()
{
    auto wizard = makeWizard();
    QSignalSpy preview(wizard.get(), &AddAppWizard::previewRequested);
    QSignalSpy accepted(wizard.get(), &AddAppWizard::draftAccepted);
    passCredentials(*wizard);
    passAuthorise(*wizard);
    next(*wizard);
    QCOMPARE(wizard->currentId(), int(AddAppWizard::ReviewPageId));
    QCOMPARE(preview.count(), 1);
    QAbstractButton *proceed = wizard->button(QWizard::FinishButton);
    QCOMPARE(proceed->text(), QStringLiteral("&Proceed"));
    QVERIFY(!proceed->isEnabled());

    wizard->setPreviewFailed(QStringLiteral("Xero did not answer. Check the internet connection."));
    QVERIFY(wizard->findChild<MessageBar *>(QStringLiteral("reviewMessage"))->isVisible());
    QVERIFY(!proceed->isEnabled());

    wizard->setPreviewCounts({ { QStringLiteral("customers"), 142 }, { QStringLiteral("invoices"), 38 } },
        { { QStringLiteral("taxRates"), 5 } });
    auto *table = wizard->findChild<QTreeWidget *>(QStringLiteral("previewTable"));
    QCOMPARE(table->topLevelItemCount(), 3);
    QCOMPARE(table->topLevelItem(0)->text(0), QStringLiteral("Customers"));
    QCOMPARE(table->topLevelItem(0)->text(1), QStringLiteral("142"));
    QCOMPARE(table->topLevelItem(1)->text(0), QStringLiteral("Tax rates"));
    QCOMPARE(table->topLevelItem(1)->text(2), QStringLiteral("5"));
    QCOMPARE(table->topLevelItem(1)->text(1), QStringLiteral("–"));
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("previewTotal"))->text().contains(QLatin1String("180")));
    QVERIFY(proceed->isEnabled());
    QTest::mouseClick(proceed, Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    const auto draft = accepted.at(0).at(0).value<IntegrationDraft>();
    QCOMPARE(draft.provider, QStringLiteral("xero"));
    QCOMPARE(draft.organisationIds, QStringList { QStringLiteral("tenant-1") });
    QCOMPARE(draft.pollMinutes, 30);
}

QTEST_MAIN(tst_AddAppWizard)
#include "tst_addappwizard.moc"

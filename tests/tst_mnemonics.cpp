#include "addappwizard.h"
#include "appcontext.h"
#include "auth/grantrenewal.h"
#include "auth/secretstore.h"
#include "catalogdialog.h"
#include "clock.h"
#include "editsettingsdialog.h"
#include "integrationpage.h"
#include "integrationspage.h"
#include "mainwindow.h"
#include "notificationpopup.h"
#include "reconnectdialog.h"
#include "store/integrationrepository.h"
#include "testprofile.h"
#include "translator.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMetaEnum>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QWizard>

#include <memory>

using namespace Ledgerlink;

namespace {

// One mnemonic the user can press with Alt in one view.
struct Mnemonic
{
    QChar letter;
    QString text;
    QString owner; // object name (or class) of the widget, action or menu
};

// The letter after the first single '&' ("&&" is a literal ampersand), upper-cased; null if none.
QChar mnemonicLetter(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&')) {
            continue;
        }
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

QString ownerName(const QObject *object)
{
    const QString name = object->objectName();
    return name.isEmpty() ? QString::fromLatin1(object->metaObject()->className()) : name;
}

void add(QList<Mnemonic> &out, const QString &text, const QObject *owner)
{
    const QChar letter = mnemonicLetter(text);
    if (!letter.isNull()) {
        out.append({ letter, text, ownerName(owner) });
    }
}

// A mnemonic is only live while its widget is shown, so a view is what `root` shows right now:
// widgets of the same window that are visible relative to `root` (hidden stack/tab pages are not).
QList<Mnemonic> collect(QWidget *root)
{
    QList<Mnemonic> out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : qAsConst(widgets)) {
        if (widget->window() != root->window() || (widget != root && !widget->isVisibleTo(root))) {
            continue;
        }
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            add(out, button->text(), button);
        } else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy()) {
            add(out, label->text(), label);
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            add(out, group->title(), group);
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i)) {
                    add(out, tabs->tabText(i), tabs);
                }
            }
        } else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *action : bar->actions()) {
                if (action->isVisible()) {
                    add(out, action->text(), action->menu() ? static_cast<QObject *>(action->menu()) : action);
                }
            }
        }
    }
    return out;
}

QList<Mnemonic> collectMenu(const QMenu *menu)
{
    QList<Mnemonic> out;
    for (QAction *action : menu->actions()) {
        if (action->isVisible() && !action->isSeparator()) {
            add(out, action->text(), action);
        }
    }
    return out;
}

// "view: Alt+X: "&Foo" (fooButton), "Fo&x" (xLabel)" for every letter used by different controls.
QStringList clashes(const QString &view, const QList<Mnemonic> &mnemonics)
{
    QMap<QChar, QStringList> byLetter;
    const bool dump = qEnvironmentVariableIsSet("LEDGERLINK_DUMP_MNEMONICS"); // to review a screen's letters
    for (const Mnemonic &m : mnemonics) {
        if (dump) {
            qInfo("%s: %s (%s)", qPrintable(view), qPrintable(m.text), qPrintable(m.owner));
        }
        const QString entry = QStringLiteral("\"%1\" (%2)").arg(m.text, m.owner);
        if (!byLetter[m.letter].contains(entry)) { // the same control listed twice is no clash
            byLetter[m.letter].append(entry);
        }
    }
    QStringList out;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it.value().size() > 1) {
            out.append(QStringLiteral("%1: Alt+%2: %3").arg(view, it.key(), it.value().join(QStringLiteral(", "))));
        }
    }
    return out;
}

// Every tab of every visible tab widget is its own view (one tab's page shows at a time).
QStringList clashesWithTabs(const QString &view, QWidget *root)
{
    QStringList out = clashes(view, collect(root));
    const QList<QTabWidget *> tabWidgets = root->findChildren<QTabWidget *>();
    for (QTabWidget *tabs : tabWidgets) {
        if (!tabs->isVisibleTo(root)) {
            continue;
        }
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            out += clashes(view + QStringLiteral(" / tab ") + tabs->tabText(i), collect(root));
        }
        tabs->setCurrentIndex(current);
    }
    out.removeDuplicates();
    return out;
}

// A wizard page as shown: its own controls plus the wizard's buttons on that page.
QStringList wizardPageClashes(const QString &view, QWizard &wizard, int id)
{
    QWizardPage *page = wizard.page(id);
    page->initializePage(); // what the wizard does on arrival: texts and shown widgets depend on the draft
    QList<Mnemonic> mnemonics = collect(page);
    QList<QWizard::WizardButton> buttons { QWizard::CancelButton };
    if (id != wizard.startId() || !wizard.testOption(QWizard::NoBackButtonOnStartPage)) {
        buttons.append(QWizard::BackButton);
    }
    if (page->isCommitPage()) {
        buttons.append(QWizard::CommitButton);
    } else if (page->isFinalPage() || page->nextId() == -1) {
        buttons.append(QWizard::FinishButton);
    } else {
        buttons.append(QWizard::NextButton);
    }
    for (QWizard::WizardButton which : buttons) {
        add(mnemonics, wizard.buttonText(which), wizard.button(which));
    }
    return clashes(view, mnemonics);
}

// The clashes one per line. Also each as a warning: QTest cuts a long failure message short, and a
// screen in German or French can have several clashes at once.
QString listed(const QStringList &found)
{
    for (const QString &clash : found) {
        qWarning("mnemonic clash: %s", qPrintable(clash));
    }
    return found.join(QLatin1Char('\n'));
}

} // namespace

// Issue #7: every screen's Alt+letter shortcuts are unique within what the user sees at once.
class tst_Mnemonics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void letterParsing_data();
    void letterParsing();
    void detectsAClash();
    void mainWindowPages();
    void mainWindowMenus();
    void integrationPages_data();
    void integrationPages();
    void addAppWizardPages_data();
    void addAppWizardPages();
    void catalogueDialog();
    void editSettingsDialog();
    void reconnectDialog();

private:
    QString addIntegration(const QString &provider, IntegrationState state, bool enabled);

    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<AppContext> m_context;
};

// Translations can clash where the English does not, so every catalogue is checked. The translator
// installs once per process, hence one ctest entry per language (tests/polish.cmake) naming it in
// LEDGERLINK_MNEMONICS_LANGUAGE; an environment variable, as QTest reads extra argv as test names.
void tst_Mnemonics::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("ledgerlink.*.info=false"));
    QString language = qEnvironmentVariable("LEDGERLINK_MNEMONICS_LANGUAGE");
    if (language.isEmpty()) {
        language = QStringLiteral("en"); // the English source strings
    }
    QCOMPARE(Translator::install(*qApp, language), language); // an unknown code must not pass as English
    if (language != QLatin1String("en")) {
        // The catalogue really translates the screens under test (not silently English).
        QVERIFY(QCoreApplication::translate("Ledgerlink::MainWindow", "Sections") != QLatin1String("Sections"));
    }
}

void tst_Mnemonics::init()
{
    m_profile = std::make_unique<TestProfile>();
    AppOptions options;
    options.profileDir = m_profile->path();
    auto context = AppContext::create(options);
    QVERIFY2(context.ok(), qPrintable(context.ok() ? QString() : context.error().toString()));
    m_context = std::move(context).value();
}

void tst_Mnemonics::cleanup()
{
    m_context.reset();
    m_profile.reset();
}

QString tst_Mnemonics::addIntegration(const QString &provider, IntegrationState state, bool enabled)
{
    Integration integration;
    integration.provider = provider;
    integration.appType = QStringLiteral("pkce");
    integration.clientId = QStringLiteral("client-mnemonics");
    integration.grantId = QStringLiteral("grant-mnemonics-") + provider;
    integration.tenantId = QStringLiteral("tenant-") + provider;
    integration.tenantName = QStringLiteral("Demo Company");
    integration.state = state;
    integration.enabled = enabled;
    auto stored = IntegrationRepository(m_context->database(), Clock::system()).insert(integration);
    return stored ? stored->id : QString();
}

void tst_Mnemonics::letterParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("letter");
    QTest::newRow("first") << QStringLiteral("&Save") << QStringLiteral("S");
    QTest::newRow("middle, upper-cased") << QStringLiteral("In&voices") << QStringLiteral("V");
    QTest::newRow("escaped ampersand") << QStringLiteral("Terms && &Conditions") << QStringLiteral("C");
    QTest::newRow("none") << QStringLiteral("Cancel") << QString();
    QTest::newRow("trailing") << QStringLiteral("Odd&") << QString();
}

void tst_Mnemonics::letterParsing()
{
    QFETCH(QString, text);
    QFETCH(QString, letter);
    const QChar found = mnemonicLetter(text);
    QCOMPARE(found.isNull() ? QString() : QString(found), letter);
}

// The checker itself: a clash is reported with both texts; hidden widgets and repeats are not.
void tst_Mnemonics::detectsAClash()
{
    QWidget window;
    auto *first = new QPushButton(QStringLiteral("&Failed only"), &window);
    first->setObjectName(QStringLiteral("firstButton"));
    auto *second = new QPushButton(QStringLiteral("Retry &failed records"), &window);
    second->setObjectName(QStringLiteral("secondButton"));
    auto *hidden = new QPushButton(QStringLiteral("&Open"), &window);
    auto *other = new QPushButton(QStringLiteral("&Other"), &window);
    hidden->hide();
    const QStringList found = clashes(QStringLiteral("test"), collect(&window));
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QLatin1String("firstButton")) && found.first().contains(QLatin1String("Retry")),
        qPrintable(found.first()));
    other->hide();
    hidden->show();
    QCOMPARE(clashes(QStringLiteral("test"), collect(&window)).size(), 1);
    second->setText(QStringLiteral("Retry f&ailed records"));
    QVERIFY(clashes(QStringLiteral("test"), collect(&window)).isEmpty());
}

void tst_Mnemonics::mainWindowPages()
{
    addIntegration(QStringLiteral("xero"), IntegrationState::Active, true);
    MainWindow window(*m_context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList found;
    for (MainWindow::Page page : { MainWindow::Page::Integrations, MainWindow::Page::Records, MainWindow::Page::History,
             MainWindow::Page::Settings }) {
        window.showPage(page);
        found += clashesWithTabs(QStringLiteral("MainWindow/")
                + QString::fromLatin1(QMetaEnum::fromType<MainWindow::Page>().valueToKey(int(page))),
            &window);
    }
    QVERIFY2(found.isEmpty(), qPrintable(listed(found)));
}

void tst_Mnemonics::mainWindowMenus()
{
    MainWindow window(*m_context);
    QStringList found;
    const QList<QMenu *> menus = window.menuBar()->findChildren<QMenu *>();
    QVERIFY(!menus.isEmpty());
    for (QMenu *menu : menus) {
        found += clashes(QStringLiteral("menu ") + menu->title(), collectMenu(menu));
    }
    auto *popup = window.notificationPopup();
    QVERIFY(popup);
    found += clashes(QStringLiteral("notifications"), collect(popup));
    QVERIFY2(found.isEmpty(), qPrintable(listed(found)));
}

void tst_Mnemonics::integrationPages_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<IntegrationState>("state");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("xero active") << QStringLiteral("xero") << IntegrationState::Active << true;
    QTest::newRow("qbo disabled") << QStringLiteral("qbo") << IntegrationState::NotEnabled << false;
    QTest::newRow("sage needs reauthorisation")
        << QStringLiteral("sage") << IntegrationState::NeedsReauthorisation << true;
    QTest::newRow("myob error") << QStringLiteral("myob") << IntegrationState::Error << true;
}

void tst_Mnemonics::integrationPages()
{
    QFETCH(QString, provider);
    QFETCH(IntegrationState, state);
    QFETCH(bool, enabled);
    const QString id = addIntegration(provider, state, enabled);
    QVERIFY(!id.isEmpty());
    // A second integration, so the page offers moving links.
    QVERIFY(!addIntegration(QStringLiteral("xero"), IntegrationState::Active, true).isEmpty());
    MainWindow window(*m_context);
    window.show();
    window.refresh();
    window.openIntegration(id);
    QVERIFY(window.integrationsPage()->integrationPage());
    QTRY_VERIFY(window.integrationsPage()->integrationPage()->isVisible());
    const QStringList found = clashesWithTabs(QStringLiteral("Integration page"), &window);
    QVERIFY2(found.isEmpty(), qPrintable(listed(found)));
}

void tst_Mnemonics::addAppWizardPages_data()
{
    QTest::addColumn<QString>("provider");
    for (const char *provider : { "xero", "qbo", "sage", "myob" }) {
        QTest::newRow(provider) << QString::fromLatin1(provider);
    }
}

void tst_Mnemonics::addAppWizardPages()
{
    QFETCH(QString, provider);
    const QStringList all { QStringLiteral("xero"), QStringLiteral("qbo"), QStringLiteral("sage"),
        QStringLiteral("myob") };
    AddAppWizard wizard(all, provider, 30);
    wizard.show();
    QStringList found;
    const QList<int> ids = wizard.pageIds();
    QCOMPARE(ids.size(), 5);
    for (int id : ids) {
        found += wizardPageClashes(QStringLiteral("wizard page ") + wizard.page(id)->objectName(), wizard, id);
    }
    QVERIFY2(found.isEmpty(), qPrintable(listed(found)));
}

void tst_Mnemonics::catalogueDialog()
{
    MainWindow window(*m_context);
    std::unique_ptr<CatalogDialog> dialog(window.createCatalogDialog());
    QVERIFY(dialog);
    dialog->show();
    const QStringList found = clashes(QStringLiteral("catalogue"), collect(dialog.get()));
    QVERIFY2(found.isEmpty(), qPrintable(listed(found)));
}

void tst_Mnemonics::editSettingsDialog()
{
    const QString id = addIntegration(QStringLiteral("xero"), IntegrationState::Active, true);
    auto integration = IntegrationRepository(m_context->database(), Clock::system()).findById(id);
    QVERIFY(integration.ok());
    Account sales;
    sales.id = 1;
    sales.code = QStringLiteral("200");
    sales.name = QStringLiteral("Sales");
    sales.type = QStringLiteral("REVENUE");
    EditSettingsDialog dialog(m_context->database(), Clock::system(), integration.value(), { sales });
    dialog.show();
    const QStringList found = clashesWithTabs(QStringLiteral("Edit settings"), &dialog);
    QVERIFY2(found.isEmpty(), qPrintable(listed(found)));
}

void tst_Mnemonics::reconnectDialog()
{
    const QString id = addIntegration(QStringLiteral("xero"), IntegrationState::NeedsReauthorisation, true);
    auto integration = IntegrationRepository(m_context->database(), Clock::system()).findById(id);
    QVERIFY(integration.ok());
    // Built only: nothing here starts a sign-in, so no keychain is touched.
    SecretStore secrets(m_context->database());
    GrantRenewal renewal(m_context->database(), Clock::system(), secrets);
    ReconnectDialog dialog(renewal, integration.value());
    dialog.show();
    const QStringList found = clashes(QStringLiteral("Reconnect"), collect(&dialog));
    QVERIFY2(found.isEmpty(), qPrintable(listed(found)));
}

QTEST_MAIN(tst_Mnemonics)
#include "tst_mnemonics.moc"

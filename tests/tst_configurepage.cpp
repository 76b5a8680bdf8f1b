#include "accountchoices.h"
#include "configurepage.h"
#include "customermatchtable.h"
#include "integrationdraft.h"
#include "messagebar.h"
#include "store/accountrepository.h"
#include "tst_ui2fixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QTest>

using namespace Ledgerlink;

namespace {

Account account(qint64 id, const QString &code, const QString &name, const QString &type)
{
    Account a;
    a.id = id;
    a.code = code;
    a.name = name;
    a.type = type;
    return a;
}

QList<Account> chart()
{
    return { account(1, QStringLiteral("090"), QStringLiteral("Business Bank Account"), QStringLiteral("BANK")),
        account(2, QStringLiteral("200"), QStringLiteral("Sales"), QStringLiteral("REVENUE")),
        account(3, QStringLiteral("260"), QStringLiteral("Other Revenue"), QStringLiteral("REVENUE")) };
}

QList<CustomerMatchSuggestion> suggestions()
{
    return { { 1, QStringLiteral("Acme Ltd"), QStringLiteral("remote-1"), QStringLiteral("ACME Limited") },
        { 2, QStringLiteral("Harbour Plumbing"), {}, {} }, { 3, QStringLiteral("Test Customer"), {}, {} } };
}

IntegrationDraft xeroDraft()
{
    IntegrationDraft draft;
    draft.provider = QStringLiteral("xero");
    return draft;
}

template <typename T> T *child(QWidget &page, const char *name)
{
    return page.findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class tst_ConfigurePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountsPreselectRevenueAndBank();
    void storedAccountChoiceWins();
    void noAccountsMeansProviderDefault();
    void pushingPaymentsNeedsBankAccount();
    void accountChoicesSkipArchived();
    void matchTableHiddenWithoutSuggestions();
    void matchTableDefaultsAndAnswers();
    void matchTableRestoresAnswers();
};

void tst_ConfigurePage::accountsPreselectRevenueAndBank()
{
    IntegrationDraft draft = xeroDraft();
    ConfigurePage page(draft);
    page.setAccounts(chart());
    page.initializePage();
    auto *sales = child<QComboBox>(page, "salesAccountCombo");
    auto *payments = child<QComboBox>(page, "paymentAccountCombo");
    QCOMPARE(sales->count(), 4);
    QCOMPARE(sales->itemText(0), QStringLiteral("Xero's default account"));
    QCOMPARE(sales->currentData().toString(), QStringLiteral("200"));
    QCOMPARE(sales->currentText(), QStringLiteral("200 — Sales"));
    QCOMPARE(payments->currentData().toString(), QStringLiteral("090"));
    QVERIFY(child<QLabel>(page, "noAccountsLabel")->isHidden());
    sales->setCurrentIndex(sales->findData(QStringLiteral("260")));
    QVERIFY(page.validatePage());
    QCOMPARE(draft.salesAccountCode, QStringLiteral("260"));
    QCOMPARE(draft.paymentAccountCode, QStringLiteral("090"));
}

void tst_ConfigurePage::storedAccountChoiceWins()
{
    IntegrationDraft draft = xeroDraft();
    draft.salesAccountCode = QStringLiteral("260");
    ConfigurePage page(draft);
    page.initializePage(); // accounts may arrive after the page was entered
    page.setAccounts(chart());
    QCOMPARE(child<QComboBox>(page, "salesAccountCombo")->currentData().toString(), QStringLiteral("260"));
}

void tst_ConfigurePage::noAccountsMeansProviderDefault()
{
    IntegrationDraft draft = xeroDraft();
    ConfigurePage page(draft);
    page.initializePage();
    auto *sales = child<QComboBox>(page, "salesAccountCombo");
    QCOMPARE(sales->count(), 1);
    QVERIFY(!child<QLabel>(page, "noAccountsLabel")->isHidden());
    child<QCheckBox>(page, "pushPaymentsCheck")->setChecked(true);
    QVERIFY(page.validatePage()); // nothing to choose from: the provider's default is used
    QVERIFY(draft.salesAccountCode.isEmpty());
    QVERIFY(draft.paymentAccountCode.isEmpty());
}

void tst_ConfigurePage::pushingPaymentsNeedsBankAccount()
{
    IntegrationDraft draft = xeroDraft();
    ConfigurePage page(draft);
    page.setAccounts(chart());
    page.initializePage();
    child<QCheckBox>(page, "pushPaymentsCheck")->setChecked(true);
    child<QComboBox>(page, "paymentAccountCombo")->setCurrentIndex(0);
    QVERIFY(!page.validatePage());
    QVERIFY(child<MessageBar>(page, "configureMessage")->text().contains(QLatin1String("bank account")));
    child<QComboBox>(page, "paymentAccountCombo")->setCurrentIndex(1);
    QVERIFY(page.validatePage());
    QCOMPARE(draft.paymentAccountCode, QStringLiteral("090"));
    QVERIFY(draft.pushLocalPayments);
}

void tst_ConfigurePage::accountChoicesSkipArchived()
{
    Ui2Fixture fx;
    QVERIFY(fx.ok());
    AccountRepository repository(fx.db(), fx.clock());
    auto kept =
        repository.insert(account(0, QStringLiteral("201"), QStringLiteral("Kept Sales"), QStringLiteral("REVENUE")));
    QVERIFY(kept.ok());
    auto gone =
        repository.insert(account(0, QStringLiteral("202"), QStringLiteral("Old Sales"), QStringLiteral("REVENUE")));
    QVERIFY(gone.ok());
    QVERIFY(repository.archive(gone->id).ok());
    auto loaded = AccountChoices::load(fx.db(), fx.clock());
    QVERIFY(loaded.ok());
    QStringList codes;
    for (const Account &a : loaded.value()) {
        codes.append(a.code);
    }
    QVERIFY(codes.contains(QStringLiteral("201")));
    QVERIFY(!codes.contains(QStringLiteral("202")));
}

void tst_ConfigurePage::matchTableHiddenWithoutSuggestions()
{
    IntegrationDraft draft = xeroDraft();
    ConfigurePage page(draft);
    page.initializePage();
    QVERIFY(child<QGroupBox>(page, "customerMatchBox")->isHidden());
    QVERIFY(page.validatePage());
    QVERIFY(draft.customerLinks.isEmpty());
    QVERIFY(draft.skippedCustomers.isEmpty());
}

void tst_ConfigurePage::matchTableDefaultsAndAnswers()
{
    IntegrationDraft draft = xeroDraft();
    ConfigurePage page(draft);
    page.initializePage();
    page.setCustomerMatches(suggestions());
    QVERIFY(!child<QGroupBox>(page, "customerMatchBox")->isHidden());
    CustomerMatchTable *table = page.customerMatchTable();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->action(0), CustomerMatchTable::Action::Link);
    QCOMPARE(table->action(1), CustomerMatchTable::Action::Create);
    // Without a match there is nothing to link to.
    QCOMPARE(child<QComboBox>(*table, "matchAction1")->findData(int(CustomerMatchTable::Action::Link)), -1);
    table->setAction(2, CustomerMatchTable::Action::Skip);
    QVERIFY(page.validatePage());
    QCOMPARE(draft.customerLinks.size(), 1);
    QCOMPARE(draft.customerLinks.value(1), QStringLiteral("remote-1"));
    QCOMPARE(draft.skippedCustomers, QList<qint64>({ 3 }));
}

void tst_ConfigurePage::matchTableRestoresAnswers()
{
    IntegrationDraft draft = xeroDraft();
    draft.skippedCustomers = { 1 };
    ConfigurePage page(draft);
    page.setCustomerMatches(suggestions());
    page.initializePage();
    QCOMPARE(page.customerMatchTable()->action(0), CustomerMatchTable::Action::Skip);
    QCOMPARE(page.customerMatchTable()->action(1), CustomerMatchTable::Action::Create);
}

QTEST_MAIN(tst_ConfigurePage)
#include "tst_configurepage.moc"

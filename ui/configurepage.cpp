#include "configurepage.h"

#include "integrationdraft.h"
#include "messagebar.h"
#include "providercatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace Ledgerlink {

ConfigurePage::ConfigurePage(IntegrationDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("configurePage"));
    setTitle(tr("Configure"));
    // The page holds more than a small wizard window shows once the matching table appears: it
    // scrolls instead of squeezing its rows together (the message bar stays in sight below).
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("configureScrollArea"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    auto *box = new QGroupBox(tr("What to keep in step"));
    auto *grid = new QGridLayout(box);
    grid->setColumnStretch(1, 1);

    m_customerDirection = new QComboBox;
    m_customerDirection->setObjectName(QStringLiteral("customerDirectionCombo"));
    m_customerDirection->setAccessibleName(tr("Customer direction"));
    m_customers = addEntityRow(grid, tr("&Customers"), QStringLiteral("customersCheck"), m_customerDirection);

    m_itemsDetail = makeDetailLabel(QStringLiteral("itemsDetail"));
    m_items = addEntityRow(grid, tr("&Items"), QStringLiteral("itemsCheck"), m_itemsDetail);
    m_taxDetail = makeDetailLabel(QStringLiteral("taxRatesDetail"));
    m_taxRates = addEntityRow(grid, tr("&Tax rates"), QStringLiteral("taxRatesCheck"), m_taxDetail);
    m_accountsDetail = makeDetailLabel(QStringLiteral("accountsDetail"));
    m_accounts = addEntityRow(grid, tr("Chart of &accounts"), QStringLiteral("accountsCheck"), m_accountsDetail);

    auto *invoiceDetail = new QWidget;
    auto *invoiceLayout = new QHBoxLayout(invoiceDetail);
    invoiceLayout->setContentsMargins(0, 0, 0, 0);
    m_invoicesDetail = makeDetailLabel(QStringLiteral("invoicesDetail"));
    m_trigger = new QComboBox;
    m_trigger->setObjectName(QStringLiteral("triggerStatusCombo"));
    m_trigger->setAccessibleName(tr("Invoice trigger status"));
    m_trigger->addItem(tr("Pending Payment"), QStringLiteral("PENDING_PAYMENT"));
    m_trigger->addItem(tr("Paid"), QStringLiteral("PAID"));
    invoiceLayout->addWidget(m_invoicesDetail);
    invoiceLayout->addWidget(m_trigger);
    invoiceLayout->addStretch();
    m_invoices = addEntityRow(grid, tr("In&voices"), QStringLiteral("invoicesCheck"), invoiceDetail);
    m_creditNotesDetail = makeDetailLabel(QStringLiteral("creditNotesDetail"));
    m_creditNotes = addEntityRow(grid, tr("C&redit notes"), QStringLiteral("creditNotesCheck"), m_creditNotesDetail);
    m_paymentsDetail = makeDetailLabel(QStringLiteral("paymentsDetail"));
    m_payments = addEntityRow(grid, tr("&Payments"), QStringLiteral("paymentsCheck"), m_paymentsDetail);
    m_pushPayments = new QCheckBox;
    m_pushPayments->setObjectName(QStringLiteral("pushPaymentsCheck"));
    grid->addWidget(m_pushPayments, grid->rowCount(), 1, Qt::AlignLeft);
    layout->addWidget(box);

    m_taxNotice = new MessageBar;
    m_taxNotice->setObjectName(QStringLiteral("taxOverrideNotice"));
    layout->addWidget(m_taxNotice);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_startDate = new QDateEdit;
    m_startDate->setObjectName(QStringLiteral("startDateEdit"));
    m_startDate->setCalendarPopup(true);
    m_startDate->setToolTip(tr("Invoices, credit notes and payments dated before this day are left as they are."));
    form->addRow(tr("&Start date:"), m_startDate);
    m_pollMinutes = new QSpinBox;
    m_pollMinutes->setObjectName(QStringLiteral("pollMinutesSpin"));
    m_pollMinutes->setRange(5, 24 * 60);
    m_pollMinutes->setSuffix(tr(" minutes"));
    form->addRow(tr("Check for changes &every:"), m_pollMinutes);
    layout->addLayout(form);
    layout->addWidget(buildAccountMapping());
    m_matchBox = new QGroupBox(tr("&Match customers (first connection)"));
    m_matchBox->setObjectName(QStringLiteral("customerMatchBox"));
    auto *matchLayout = new QVBoxLayout(m_matchBox);
    m_matchTable = new CustomerMatchTable;
    matchLayout->addWidget(m_matchTable);
    m_matchBox->hide();
    layout->addWidget(m_matchBox, 1);
    m_matchMessage = new MessageBar;
    m_matchMessage->setObjectName(QStringLiteral("customerMatchMessage"));
    layout->addWidget(m_matchMessage);
    layout->addStretch();
    m_message = new MessageBar;
    m_message->setObjectName(QStringLiteral("configureMessage"));
    outer->addWidget(m_message);

    for (QCheckBox *check : { m_customers, m_items, m_taxRates, m_accounts, m_invoices, m_creditNotes, m_payments }) {
        connect(check, &QCheckBox::toggled, this, &ConfigurePage::updateEnabledStates);
        connect(check, &QCheckBox::toggled, m_message, &MessageBar::clear);
    }
}

QCheckBox *ConfigurePage::addEntityRow(
    QGridLayout *grid, const QString &text, const QString &objectName, QWidget *detail)
{
    auto *check = new QCheckBox(text);
    check->setObjectName(objectName);
    const int row = grid->rowCount();
    grid->addWidget(check, row, 0);
    grid->addWidget(detail, row, 1, Qt::AlignLeft);
    return check;
}

QLabel *ConfigurePage::makeDetailLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    return label;
}

void ConfigurePage::initializePage()
{
    const QString name = ProviderCatalog::displayName(m_draft.provider);
    setSubTitle(tr("Choose what Ledgerlink keeps in step with %1, and in which direction.").arg(name));
    m_customerDirection->clear();
    m_customerDirection->addItem(tr("Both ways"), int(SyncDirection::Both));
    m_customerDirection->addItem(tr("To %1 only").arg(name), int(SyncDirection::ToProvider));
    m_customerDirection->addItem(tr("From %1 only").arg(name), int(SyncDirection::FromProvider));
    m_customerDirection->setCurrentIndex(m_customerDirection->findData(int(m_draft.customers.direction)));
    m_itemsDetail->setText(tr("Both ways, on every sync"));
    m_taxDetail->setText(tr("From %1").arg(name));
    m_accountsDetail->setText(tr("From %1 (used for sales and payments)").arg(name));
    m_invoicesDetail->setText(tr("To %1 when their status becomes").arg(name));
    m_creditNotesDetail->setText(tr("To %1, at the same status as invoices").arg(name));
    m_paymentsDetail->setText(tr("From %1: marks your invoices paid, part-payments included").arg(name));
    m_pushPayments->setText(tr("Also send payments recorded in Ledgerlink to %1").arg(name));
    m_taxNotice->showMessage(MessageBar::Kind::Warning,
        tr("%1's tax rates override the rates of your local tax types. Check them after the "
           "first sync.")
            .arg(name));

    m_customers->setChecked(m_draft.customers.enabled);
    m_items->setChecked(m_draft.items.enabled);
    m_taxRates->setChecked(m_draft.taxRates.enabled);
    m_accounts->setChecked(m_draft.accounts.enabled);
    m_invoices->setChecked(m_draft.invoices.enabled);
    m_trigger->setCurrentIndex(qMax(0, m_trigger->findData(m_draft.invoiceTriggerStatus)));
    m_creditNotes->setChecked(m_draft.creditNotes.enabled);
    m_payments->setChecked(m_draft.payments.enabled);
    m_pushPayments->setChecked(m_draft.pushLocalPayments);
    m_startDate->setDate(m_draft.startDate.isValid() ? m_draft.startDate : QDate::currentDate());
    m_pollMinutes->setValue(m_draft.pollMinutes);
    fillAccountCombos();
    m_matchTable->restore(m_draft);
    m_message->clear();
    updateEnabledStates();
}

void ConfigurePage::updateEnabledStates()
{
    m_customerDirection->setEnabled(m_customers->isChecked());
    m_trigger->setEnabled(m_invoices->isChecked());
    m_pushPayments->setEnabled(m_payments->isChecked());
    m_taxNotice->setVisible(m_taxRates->isChecked());
    m_salesAccount->setEnabled(m_invoices->isChecked() || m_creditNotes->isChecked());
    m_paymentAccount->setEnabled(m_payments->isChecked());
    m_matchTable->setEnabled(m_customers->isChecked());
}

QGroupBox *ConfigurePage::buildAccountMapping()
{
    auto *box = new QGroupBox(tr("Accounts for sales and payments"));
    box->setObjectName(QStringLiteral("accountMappingBox"));
    auto *form = new QFormLayout(box);
    m_salesAccount = new QComboBox;
    m_salesAccount->setObjectName(QStringLiteral("salesAccountCombo"));
    m_salesAccount->setToolTip(tr("Invoice and credit note lines whose item has no account of its own are posted "
                                  "to this account."));
    form->addRow(tr("Sa&les account:"), m_salesAccount);
    m_paymentAccount = new QComboBox;
    m_paymentAccount->setObjectName(QStringLiteral("paymentAccountCombo"));
    m_paymentAccount->setToolTip(tr("The bank account payments are recorded against."));
    form->addRow(tr("Pa&yments account:"), m_paymentAccount);
    m_noAccounts = new QLabel(tr("Your chart of accounts is empty: the accounting package's default accounts are "
                                 "used. It is filled in by the first sync when Chart of accounts is ticked."));
    m_noAccounts->setObjectName(QStringLiteral("noAccountsLabel"));
    m_noAccounts->setWordWrap(true);
    form->addRow(m_noAccounts);
    fillAccountCombos();
    return box;
}

void ConfigurePage::setAccounts(const QList<Account> &accounts)
{
    m_accountList = accounts;
    fillAccountCombos();
}

void ConfigurePage::fillAccountCombos()
{
    const QString name = ProviderCatalog::displayName(m_draft.provider);
    const auto fill = [this, &name](QComboBox *combo, const QString &chosen, const QString &preferredType) {
        combo->clear();
        combo->addItem(name.isEmpty() ? tr("The default account") : tr("%1's default account").arg(name), QString());
        int preferred = -1;
        for (const Account &account : qAsConst(m_accountList)) {
            combo->addItem(tr("%1 — %2").arg(account.code, account.name), account.code);
            if (preferred < 0 && account.type.compare(preferredType, Qt::CaseInsensitive) == 0) {
                preferred = combo->count() - 1;
            }
        }
        const int stored = chosen.isEmpty() ? -1 : combo->findData(chosen);
        combo->setCurrentIndex(stored >= 0 ? stored : qMax(0, preferred));
    };
    fill(m_salesAccount, m_draft.salesAccountCode, QStringLiteral("REVENUE"));
    fill(m_paymentAccount, m_draft.paymentAccountCode, QStringLiteral("BANK"));
    m_noAccounts->setVisible(m_accountList.isEmpty());
}

void ConfigurePage::setCustomerMatches(
    const QList<CustomerMatchSuggestion> &suggestions, const QString &caption, const QString &summary)
{
    m_matchMessage->clear();
    m_matchTable->setSuggestions(suggestions);
    m_matchTable->setCaption(caption);
    m_matchTable->setSummary(summary);
    m_matchTable->restore(m_draft);
    m_matchBox->setVisible(!suggestions.isEmpty());
}

void ConfigurePage::showCustomerMatchesReading(const QString &text)
{
    m_matchMessage->clear();
    m_matchTable->showReading(text);
    m_matchBox->show();
}

void ConfigurePage::setCustomerMatchesFailed(const QString &message)
{
    m_matchTable->setSuggestions({});
    m_matchBox->hide();
    m_matchMessage->showMessage(MessageBar::Kind::Warning, message);
}

bool ConfigurePage::validatePage()
{
    const QList<QCheckBox *> entities { m_customers, m_items, m_taxRates, m_accounts, m_invoices, m_creditNotes,
        m_payments };
    const bool any = std::any_of(entities.cbegin(), entities.cend(), [](QCheckBox *c) { return c->isChecked(); });
    if (!any) {
        m_message->showError(tr("Tick at least one kind of record to keep in step."));
        return false;
    }
    if (m_payments->isChecked() && m_pushPayments->isChecked() && !m_invoices->isChecked()) {
        m_message->showError(tr("Payments recorded here can only be sent for invoices that are sent too. Tick "
                                "Invoices, or untick sending payments."));
        return false;
    }
    if (!m_startDate->date().isValid()) {
        m_message->showError(tr("Enter a start date."));
        return false;
    }
    m_draft.customers = { m_customers->isChecked(), SyncDirection(m_customerDirection->currentData().toInt()) };
    m_draft.items = { m_items->isChecked(), SyncDirection::Both };
    m_draft.taxRates = { m_taxRates->isChecked(), SyncDirection::FromProvider };
    m_draft.accounts = { m_accounts->isChecked(), SyncDirection::FromProvider };
    m_draft.invoices = { m_invoices->isChecked(), SyncDirection::ToProvider };
    m_draft.invoiceTriggerStatus = m_trigger->currentData().toString();
    m_draft.creditNotes = { m_creditNotes->isChecked(), SyncDirection::ToProvider };
    m_draft.payments = { m_payments->isChecked(),
        m_pushPayments->isChecked() ? SyncDirection::Both : SyncDirection::FromProvider };
    m_draft.pushLocalPayments = m_payments->isChecked() && m_pushPayments->isChecked();
    if (m_draft.pushLocalPayments && !m_accountList.isEmpty() && m_paymentAccount->currentData().toString().isEmpty()) {
        m_message->showError(tr("Choose the bank account that payments sent from Ledgerlink are recorded against."));
        m_paymentAccount->setFocus();
        return false;
    }
    m_draft.startDate = m_startDate->date();
    m_draft.pollMinutes = m_pollMinutes->value();
    m_draft.salesAccountCode = m_salesAccount->currentData().toString();
    m_draft.paymentAccountCode = m_paymentAccount->currentData().toString();
    if (!m_matchBox->isHidden()) {
        m_matchTable->apply(m_draft);
    } else {
        // Answers only ever come from the table: none shown (or one for another organisation
        // replaced by a failed read) means the engine matches automatically.
        m_draft.customerLinks.clear();
        m_draft.skippedCustomers.clear();
        m_draft.newCustomers.clear();
    }
    m_message->clear();
    return true;
}

} // namespace Ledgerlink

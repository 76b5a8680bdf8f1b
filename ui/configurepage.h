#pragma once

#include "customermatchtable.h"
#include "store/account.h"

#include <QList>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace Ledgerlink {

struct IntegrationDraft;
class MessageBar;

/// Wizard step 4: what is kept in step and in which direction, the invoice trigger status, the
/// start date, the poll interval, the accounts for sales and payments and, on the first connect,
/// the customer matching table. Accounts and match suggestions come in through setters the wizard's
/// controller fills; the page never reads the store itself.
class ConfigurePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ConfigurePage(IntegrationDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

    /// The local chart of accounts (AccountChoices::load()) for the sales and payments combo boxes.
    void setAccounts(const QList<Ledgerlink::Account> &accounts);
    /// First connect: local customers with the provider's likely matches. Empty hides the table.
    /// `caption` (where the suggestions come from) and `summary` (customers without a row) are
    /// optional lines above and below the rows.
    void setCustomerMatches(const QList<Ledgerlink::CustomerMatchSuggestion> &suggestions, const QString &caption = {},
        const QString &summary = {});
    /// The provider's contacts are being read: the match box shows `text` instead of rows.
    void showCustomerMatchesReading(const QString &text);
    /// The contacts could not be read: no table, `message` as a warning line; the page stays usable.
    void setCustomerMatchesFailed(const QString &message);
    CustomerMatchTable *customerMatchTable() const { return m_matchTable; }

private:
    QCheckBox *addEntityRow(QGridLayout *grid, const QString &text, const QString &objectName, QWidget *detail);
    QLabel *makeDetailLabel(const QString &objectName);
    void updateEnabledStates();
    QGroupBox *buildAccountMapping();
    void fillAccountCombos();

    IntegrationDraft &m_draft;
    QCheckBox *m_customers = nullptr;
    QComboBox *m_customerDirection = nullptr;
    QCheckBox *m_items = nullptr;
    QLabel *m_itemsDetail = nullptr;
    QCheckBox *m_taxRates = nullptr;
    QLabel *m_taxDetail = nullptr;
    QCheckBox *m_accounts = nullptr;
    QLabel *m_accountsDetail = nullptr;
    QCheckBox *m_invoices = nullptr;
    QLabel *m_invoicesDetail = nullptr;
    QComboBox *m_trigger = nullptr;
    QCheckBox *m_creditNotes = nullptr;
    QLabel *m_creditNotesDetail = nullptr;
    QCheckBox *m_payments = nullptr;
    QLabel *m_paymentsDetail = nullptr;
    QCheckBox *m_pushPayments = nullptr;
    QDateEdit *m_startDate = nullptr;
    QSpinBox *m_pollMinutes = nullptr;
    MessageBar *m_taxNotice = nullptr;
    MessageBar *m_message = nullptr;
    QList<Account> m_accountList;
    QComboBox *m_salesAccount = nullptr;
    QComboBox *m_paymentAccount = nullptr;
    QLabel *m_noAccounts = nullptr;
    QGroupBox *m_matchBox = nullptr;
    CustomerMatchTable *m_matchTable = nullptr;
    MessageBar *m_matchMessage = nullptr;
};

} // namespace Ledgerlink

#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QSpinBox;

namespace Ledgerlink {

struct IntegrationDraft;
class MessageBar;

/// Wizard step 4: what is kept in step and in which direction, the invoice trigger status, the
/// start date and the poll interval.
class ConfigurePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ConfigurePage(IntegrationDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

private:
    QCheckBox *addEntityRow(QGridLayout *grid, const QString &text, const QString &objectName, QWidget *detail);
    QLabel *makeDetailLabel(const QString &objectName);
    void updateEnabledStates();

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
};

} // namespace Ledgerlink

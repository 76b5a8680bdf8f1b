#include "editsettingsdialog.h"

#include "configurepage.h"
#include "logging.h"
#include "messagebar.h"
#include "providercatalog.h"
#include "settingsdraft.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Ledgerlink {

EditSettingsDialog::EditSettingsDialog(
    Database &database, Clock &clock, const Integration &integration, const QList<Account> &accounts, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_clock(clock)
    , m_integrationId(integration.id)
    , m_draft(SettingsDraft::fromIntegration(integration))
{
    setObjectName(QStringLiteral("editSettingsDialog"));
    setWindowTitle(
        tr("Settings of %1 (%2)").arg(integration.tenantName, ProviderCatalog::displayName(integration.provider)));
    auto *layout = new QVBoxLayout(this);
    // The very page the wizard shows; outside a wizard it is a plain widget we initialise and
    // validate ourselves.
    m_page = new ConfigurePage(m_draft);
    m_page->setAccounts(accounts);
    m_page->initializePage();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_page);
    layout->addWidget(scroll, 1);
    m_message = new MessageBar;
    m_message->setObjectName(QStringLiteral("editSettingsMessage"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("editSettingsSaveButton"));
    // Mnemonics clear of the Configure page's (&Customers, &Start date, …).
    m_save->setText(tr("Save Settin&gs"));
    m_save->setDefault(true);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("editSettingsCancelButton"));
    cancel->setText(tr("Ca&ncel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EditSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &EditSettingsDialog::reject);
    resize(720, 640);
}

void EditSettingsDialog::save()
{
    m_message->clear();
    // The page shows its own message when an answer is missing or contradicts another.
    if (!m_page->validatePage()) {
        return;
    }
    Result<Integration> stored = SettingsDraft::save(m_database, m_clock, m_integrationId, m_draft);
    if (!stored) {
        qCWarning(lcUi) << "settings not saved:" << stored.error().detail();
        m_message->showError(stored.error().userMessage());
        return;
    }
    Q_EMIT saved(stored.value());
    accept();
}

} // namespace Ledgerlink

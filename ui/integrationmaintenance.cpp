#include "integrationmaintenance.h"

#include "accountchoices.h"
#include "appcontext.h"
#include "auth/grantrenewal.h"
#include "clock.h"
#include "editsettingsdialog.h"
#include "integrationpage.h"
#include "integrationspage.h"
#include "logging.h"
#include "mainwindow.h"
#include "providers/mainthreadtokensources.h"
#include "reconnectdialog.h"
#include "store/integrationrepository.h"
#include "sync/scheduler.h"
#include "taxmappingdialog.h"

namespace Ledgerlink {

IntegrationMaintenance::IntegrationMaintenance(AppContext &context, SecretStore &secrets, Scheduler &scheduler,
    MainThreadTokenSources *tokenSources, MainWindow &window)
    : QObject(nullptr)
    , m_context(context)
    , m_secrets(secrets)
    , m_scheduler(scheduler)
    , m_tokenSources(tokenSources)
    , m_window(window)
{
    connect(&window, &MainWindow::reconnectRequested, this, &IntegrationMaintenance::reconnect);
    connect(&window, &MainWindow::editSettingsRequested, this, &IntegrationMaintenance::editSettings);
    // Straight from the page: MainWindow only relays, and this action needs nothing of it.
    connect(window.integrationsPage()->integrationPage(), &IntegrationPage::taxMappingRequested, this,
        &IntegrationMaintenance::editTaxMapping);
}

void IntegrationMaintenance::reconnect(const QString &integrationId)
{
    MainWindow *window = &m_window;
    Result<Integration> found = IntegrationRepository(m_context.database(), Clock::system()).findById(integrationId);
    if (!found) {
        window->showIntegrationResult(integrationId, true, found.error().userMessage());
        return;
    }
    const Integration integration = found.value();
    auto *renewal = new GrantRenewal(m_context.database(), Clock::system(), m_secrets);
    GrantRenewal::Options options;
    options.sandboxBase = QUrl(m_context.sandboxUrl());
    auto *dialog = new ReconnectDialog(*renewal, integration, options, window);
    renewal->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReconnectDialog::renewed, this, [this, window](const GrantRenewal::Outcome &outcome) {
        for (const QString &id : outcome.renewedIds) {
            // The cached token source still holds the rejected grant: the next sync reads the new one.
            if (m_tokenSources) {
                m_tokenSources->forget(id);
            }
        }
        window->refresh();
        IntegrationRepository repository(m_context.database(), Clock::system());
        for (const QString &id : outcome.renewedIds) {
            if (Result<Integration> renewed = repository.findById(id); renewed && renewed->enabled) {
                m_scheduler.syncNow(id);
            }
        }
        window->showIntegrationResult(outcome.integrationId, false,
            tr("Reconnected to %1. A sync has started to catch up.").arg(outcome.organisationName));
    });
    dialog->open();
}

void IntegrationMaintenance::editSettings(const QString &integrationId)
{
    MainWindow *window = &m_window;
    Result<Integration> found = IntegrationRepository(m_context.database(), Clock::system()).findById(integrationId);
    if (!found) {
        window->showIntegrationResult(integrationId, true, found.error().userMessage());
        return;
    }
    const Result<QList<Account>> accounts = AccountChoices::load(m_context.database(), Clock::system());
    if (!accounts) {
        qCWarning(lcUi) << "accounts could not be read for the settings:" << accounts.error().detail();
    }
    auto *dialog = new EditSettingsDialog(
        m_context.database(), Clock::system(), found.value(), accounts ? accounts.value() : QList<Account>(), window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditSettingsDialog::saved, window, [window](const Integration &integration) {
        window->refresh();
        window->showIntegrationResult(integration.id, false, tr("Settings saved. The next sync uses them."));
    });
    dialog->open();
}

void IntegrationMaintenance::editTaxMapping(const QString &integrationId)
{
    MainWindow *window = &m_window;
    Result<Integration> found = IntegrationRepository(m_context.database(), Clock::system()).findById(integrationId);
    if (!found) {
        window->showIntegrationResult(integrationId, true, found.error().userMessage());
        return;
    }
    auto *dialog = new TaxMappingDialog(m_context.database(), Clock::system(), found.value(), window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TaxMappingDialog::saved, window, [window](const Integration &integration) {
        window->refresh();
        window->showIntegrationResult(
            integration.id, false, tr("Tax mapping saved. The next sync sends invoices with these tax codes."));
    });
    dialog->open();
}

} // namespace Ledgerlink

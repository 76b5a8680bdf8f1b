#pragma once

#include <QObject>

namespace Ledgerlink {

class AppContext;
class MainThreadTokenSources;
class MainWindow;
class Scheduler;
class SecretStore;

/// The Integration page's upkeep of an existing integration, carried out for the composition root:
/// Reconnect (renew the grant in place with GrantRenewal in a ReconnectDialog, then sync) and Edit
/// settings (the wizard's Configure step in a dialog, saved to the integration's settings) and Tax
/// mapping (TaxMappingDialog, saved to the settings' "tax_mapping").
/// Results go back to the window through showIntegrationResult().
class IntegrationMaintenance : public QObject
{
    Q_OBJECT

public:
    IntegrationMaintenance(AppContext &context, SecretStore &secrets, Scheduler &scheduler,
        MainThreadTokenSources *tokenSources, MainWindow &window);

    /// Opens the reconnect dialog of the integration (window-modal, not blocking).
    void reconnect(const QString &integrationId);
    /// Opens the settings dialog of the integration (window-modal, not blocking).
    void editSettings(const QString &integrationId);
    /// Opens the tax mapping dialog of the integration (window-modal, not blocking).
    void editTaxMapping(const QString &integrationId);

private:
    AppContext &m_context;
    SecretStore &m_secrets;
    Scheduler &m_scheduler;
    MainThreadTokenSources *m_tokenSources;
    MainWindow &m_window;
};

} // namespace Ledgerlink

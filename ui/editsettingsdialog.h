#pragma once

#include "integrationdraft.h"
#include "store/account.h"
#include "store/integration.h"

#include <QDialog>

class QPushButton;

namespace Ledgerlink {

class Clock;
class ConfigurePage;
class Database;
class MessageBar;

/// "Edit settings" of an existing integration: the wizard's Configure step in a dialog, prefilled
/// from the integration's settings. Save validates the page, then writes the settings
/// (SettingsDraft::save); the dialog closes and saved() reports the stored integration.
class EditSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    EditSettingsDialog(Database &database, Clock &clock, const Integration &integration, const QList<Account> &accounts,
        QWidget *parent = nullptr);

    ConfigurePage *configurePage() const { return m_page; }
    MessageBar *messageBar() const { return m_message; }
    const IntegrationDraft &draft() const { return m_draft; }

public Q_SLOTS:
    /// Validates and saves; stays open with the reason when either fails.
    void save();

Q_SIGNALS:
    void saved(const Ledgerlink::Integration &integration);

private:
    Database &m_database;
    Clock &m_clock;
    QString m_integrationId;
    IntegrationDraft m_draft;
    ConfigurePage *m_page = nullptr;
    MessageBar *m_message = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Ledgerlink

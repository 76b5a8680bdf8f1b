#pragma once

#include "store/integration.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Ledgerlink {

class Clock;
class Database;
class MessageBar;
class TaxMappingModel;

/// "Tax mapping" of an integration: which of the provider's tax codes each local tax type is sent
/// as. Rows come from the local tax types, the choices from the provider's rates as the last full
/// sync read them (ProviderTaxRateRepository); before that an empty state asks for a sync. Save
/// writes only "tax_mapping" (SettingsDraft::saveTaxMapping); saved() reports the integration.
class TaxMappingDialog : public QDialog
{
    Q_OBJECT

public:
    TaxMappingDialog(Database &database, Clock &clock, const Integration &integration, QWidget *parent = nullptr);

    TaxMappingModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// The "sync once first" text; the current page of the dialog while no rates were read.
    QLabel *emptyState() const { return m_empty; }
    bool showsEmptyState() const;
    MessageBar *messageBar() const { return m_message; }
    QPushButton *saveButton() const { return m_save; }

public Q_SLOTS:
    /// Saves the mapping; stays open with the reason when that fails.
    void save();

Q_SIGNALS:
    void saved(const Ledgerlink::Integration &integration);

private:
    void load(const Integration &integration);

    Database &m_database;
    Clock &m_clock;
    QString m_integrationId;
    TaxMappingModel *m_model = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    MessageBar *m_message = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Ledgerlink

#include "taxmappingdialog.h"

#include "logging.h"
#include "messagebar.h"
#include "providercatalog.h"
#include "settingsdraft.h"
#include "store/providertaxraterepository.h"
#include "store/taxtyperepository.h"
#include "sync/syncsettings.h"
#include "taxmappingdelegate.h"
#include "taxmappingmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Ledgerlink {

TaxMappingDialog::TaxMappingDialog(Database &database, Clock &clock, const Integration &integration, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_clock(clock)
    , m_integrationId(integration.id)
{
    setObjectName(QStringLiteral("taxMappingDialog"));
    const QString provider = ProviderCatalog::displayName(integration.provider);
    setWindowTitle(tr("Tax mapping of %1 (%2)").arg(integration.tenantName, provider));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each tax type in Ledgerlink is sent to %1 as one of its tax codes. Ledgerlink "
                                "picks the code with the same code or name automatically. Where that is wrong, or "
                                "where nothing matches, choose the code to send in the \"Sent as\" column. "
                                "Your choice also sets the rate: it follows %1's rate for that code.")
                                 .arg(provider));
    intro->setObjectName(QStringLiteral("taxMappingIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_model = new TaxMappingModel(this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("taxMappingView"));
    m_view->setAccessibleName(tr("Tax mapping"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(TaxMappingModel::CodeColumn, new TaxMappingDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Keyboard: Tab/arrows move between cells, F2 or typing opens the combo box.
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
        | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    m_empty = new QLabel(tr("Tax rates are read on the first sync with %1. Sync once, then come back.").arg(provider));
    m_empty->setObjectName(QStringLiteral("taxMappingEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_empty);
    layout->addWidget(m_pages, 1);

    m_message = new MessageBar;
    m_message->setObjectName(QStringLiteral("taxMappingMessage"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("taxMappingSaveButton"));
    m_save->setText(tr("&Save Mapping"));
    m_save->setDefault(true);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("taxMappingCancelButton"));
    cancel->setText(tr("&Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TaxMappingDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &TaxMappingDialog::reject);

    load(integration);
    resize(760, 480);
}

void TaxMappingDialog::load(const Integration &integration)
{
    QList<TaxType> local;
    TaxTypeRepository taxTypes(m_database, m_clock);
    for (qint64 after = 0;;) {
        Result<QList<TaxType>> page = taxTypes.page(after, 500);
        if (!page) {
            qCWarning(lcUi) << "tax types not read for the tax mapping:" << page.error().detail();
            m_message->showError(page.error().userMessage());
            break;
        }
        if (page->isEmpty()) {
            break;
        }
        for (const TaxType &t : page.value()) {
            after = t.id;
            if (!t.archived) {
                local.append(t);
            }
        }
    }
    QList<RemoteTaxRate> provider;
    Result<QList<TaxType>> rates = ProviderTaxRateRepository(m_database, m_clock).forIntegration(integration.id);
    if (!rates) {
        qCWarning(lcUi) << "provider tax rates not read for the tax mapping:" << rates.error().detail();
        m_message->showError(rates.error().userMessage());
    } else {
        for (const TaxType &t : rates.value()) {
            RemoteTaxRate r;
            r.remoteId = t.code;
            r.active = !t.archived;
            r.taxType = t;
            provider.append(r);
        }
    }
    const SyncSettings settings = SyncSettings::fromJson(integration.settings);
    const QHash<QString, QString> &mapping = settings.taxMapping;
    m_model->setTable(TaxMapping::overview(local, provider, mapping), mapping);
    const bool empty = provider.isEmpty();
    if (empty && !settings.taxRates.enabled) {
        // Syncing alone would never fill the list: say what to switch on first.
        m_empty->setText(tr("Tax rates are not read from %1 in this integration's settings. Switch on Tax rates "
                            "in Edit Settings, sync once, then come back.")
                             .arg(ProviderCatalog::displayName(integration.provider)));
    }
    m_pages->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
    m_save->setEnabled(!empty && rates.ok());
    if (!empty) {
        m_view->resizeColumnsToContents();
        m_view->setCurrentIndex(m_model->index(0, TaxMappingModel::CodeColumn));
    }
}

bool TaxMappingDialog::showsEmptyState() const
{
    return m_pages->currentWidget() == m_empty;
}

void TaxMappingDialog::save()
{
    m_message->clear();
    // An editor still open (chosen with the keyboard, not yet committed) counts too.
    if (QWidget *editor = m_view->indexWidget(m_view->currentIndex())) {
        m_view->itemDelegateForColumn(TaxMappingModel::CodeColumn)
            ->setModelData(editor, m_model, m_view->currentIndex());
    }
    Result<Integration> stored =
        SettingsDraft::saveTaxMapping(m_database, m_clock, m_integrationId, m_model->mapping());
    if (!stored) {
        qCWarning(lcUi) << "tax mapping not saved:" << stored.error().detail();
        m_message->showError(stored.error().userMessage());
        return;
    }
    Q_EMIT saved(stored.value());
    accept();
}

} // namespace Ledgerlink

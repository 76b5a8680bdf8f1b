#include "selectapppage.h"

#include "integrationdraft.h"
#include "messagebar.h"
#include "providercatalog.h"
#include "provideritemdelegate.h"

#include <QListWidget>
#include <QVBoxLayout>

namespace Ledgerlink {

namespace {

constexpr int kProviderIdRole = Qt::UserRole + 1;

} // namespace

SelectAppPage::SelectAppPage(IntegrationDraft &draft, const QStringList &allowedProviders, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("selectAppPage"));
    setTitle(tr("Select the App"));
    setSubTitle(tr("Which accounting package should Ledgerlink keep in step with your records?"));

    auto *layout = new QVBoxLayout(this);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("selectAppList"));
    m_list->setAccessibleName(tr("Accounting apps"));
    m_list->setIconSize(QSize(40, 40));
    m_list->setItemDelegate(new ProviderItemDelegate(m_list));
    m_list->setResizeMode(QListView::Adjust);
    for (const ProviderInfo &info : ProviderCatalog::allowed(allowedProviders)) {
        auto *item = new QListWidgetItem(QIcon(info.iconPath), info.name);
        item->setData(kProviderIdRole, info.id);
        item->setData(ProviderItemDelegate::kDescriptionRole, info.description);
        m_list->addItem(item);
    }
    layout->addWidget(m_list, 1);
    m_message = new MessageBar;
    layout->addWidget(m_message);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_message->clear();
        Q_EMIT completeChanged();
    });
}

void SelectAppPage::initializePage()
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kProviderIdRole).toString() == m_draft.provider) {
            m_list->setCurrentRow(row);
            break;
        }
    }
    m_list->setFocus();
}

bool SelectAppPage::isComplete() const
{
    return m_list->currentItem() != nullptr;
}

bool SelectAppPage::validatePage()
{
    if (!m_list->currentItem()) {
        m_message->showError(tr("Choose an app from the list to continue."));
        return false;
    }
    const QString provider = m_list->currentItem()->data(kProviderIdRole).toString();
    if (provider != m_draft.provider) {
        // Another provider: the app type and scopes of the old one do not apply.
        const std::optional<ProviderInfo> info = ProviderCatalog::find(provider);
        m_draft.provider = provider;
        m_draft.appType = info && !info->appTypes.isEmpty() ? info->appTypes.constFirst() : AppType::WebApp;
        m_draft.scopes.clear();
    }
    return true;
}

} // namespace Ledgerlink

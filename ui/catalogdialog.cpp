#include "catalogdialog.h"

#include "providercatalog.h"
#include "provideritemdelegate.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ledgerlink {

namespace {

constexpr int kProviderIdRole = Qt::UserRole + 1;

} // namespace

CatalogDialog::CatalogDialog(
    const QStringList &allowedProviders, int maxIntegrations, int integrationCount, QWidget *parent)
    : QDialog(parent)
    , m_limitReached(integrationCount >= maxIntegrations)
{
    setObjectName(QStringLiteral("catalogDialog"));
    setWindowTitle(tr("Add a New App"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Choose the accounting package to connect. You will register Ledgerlink with it, "
                                "sign in, and choose what is kept in step."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("catalogList"));
    m_list->setAccessibleName(tr("Available apps"));
    m_list->setIconSize(QSize(40, 40));
    m_list->setItemDelegate(new ProviderItemDelegate(m_list));
    m_list->setResizeMode(QListView::Adjust);
    const QList<ProviderInfo> providers = ProviderCatalog::allowed(allowedProviders);
    for (const ProviderInfo &info : providers) {
        auto *item = new QListWidgetItem(QIcon(info.iconPath), info.name);
        item->setData(ProviderItemDelegate::kDescriptionRole, info.description);
        item->setData(kProviderIdRole, info.id);
        item->setToolTip(info.description);
        item->setData(Qt::AccessibleTextRole, info.name);
        item->setData(Qt::AccessibleDescriptionRole, info.description);
        m_list->addItem(item);
    }
    layout->addWidget(m_list, 1);

    auto *planNote = new QLabel(tr("Only the apps included in your plan are listed. To use another one, contact the "
                                   "person who manages your Ledgerlink plan."));
    planNote->setObjectName(QStringLiteral("catalogPlanNote"));
    planNote->setWordWrap(true);
    planNote->setEnabled(false); // shown in the palette's calmer "disabled" text colour
    layout->addWidget(planNote);

    m_limitLabel = new QLabel;
    m_limitLabel->setObjectName(QStringLiteral("catalogLimitLabel"));
    m_limitLabel->setWordWrap(true);
    m_limitLabel->setText(tr("Your plan allows %n integration(s), and all of them are in use. Disconnect an "
                             "integration you no longer need, or ask for a larger plan, to add another app.",
        nullptr, maxIntegrations));
    m_limitLabel->setVisible(m_limitReached);
    layout->addWidget(m_limitLabel);
    if (providers.isEmpty()) {
        m_limitLabel->setText(tr("Your plan includes no accounting apps. Ask the person who manages your Ledgerlink "
                                 "plan to add one."));
        m_limitLabel->setVisible(true);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Continue"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("catalogContinueButton"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &CatalogDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (!selectedProvider().isEmpty()) {
            accept();
        }
    });

    if (m_limitReached) {
        m_list->setEnabled(false);
    } else if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
        m_list->setFocus();
    }
    updateButtons();
    resize(520, 440);
}

QString CatalogDialog::selectedProvider() const
{
    if (m_limitReached || !m_list->currentItem()) {
        return QString();
    }
    return m_list->currentItem()->data(kProviderIdRole).toString();
}

QStringList CatalogDialog::shownProviders() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        ids.append(m_list->item(row)->data(kProviderIdRole).toString());
    }
    return ids;
}

void CatalogDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!selectedProvider().isEmpty());
}

} // namespace Ledgerlink

#include "integrationspage.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace Ledgerlink {

IntegrationsPage::IntegrationsPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("integrationsPage"));
    m_stack = new QStackedLayout(this);
    m_stack->addWidget(buildEmptyState());
}

QWidget *IntegrationsPage::buildEmptyState()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("integrationsEmptyState"));
    auto *outer = new QHBoxLayout(page);
    auto *column = new QWidget;
    column->setMaximumWidth(520); // a readable line length, centred
    outer->addWidget(column);
    auto *layout = new QVBoxLayout(column);
    layout->setSpacing(12);
    layout->addStretch();
    auto *logo = new QLabel;
    logo->setPixmap(
        QIcon(QStringLiteral(":/icons/org.ledgerlink.Ledgerlink.svg")).pixmap(QSize(72, 72), devicePixelRatioF()));
    logo->setAlignment(Qt::AlignCenter);
    layout->addWidget(logo);
    auto *title = new QLabel(tr("No apps added yet"));
    title->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Connect your accounting package to keep customers, items, invoices and payments in "
                               "step. You choose what is synced, and in which direction."));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    m_addButton = new QPushButton(tr("+ &Add a new app"));
    m_addButton->setObjectName(QStringLiteral("addAppButton"));
    m_addButton->setDefault(true);
    connect(m_addButton, &QPushButton::clicked, this, &IntegrationsPage::addAppRequested);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(m_addButton, 0, Qt::AlignCenter);
    layout->addStretch();
    return page;
}

bool IntegrationsPage::isShowingEmptyState() const
{
    return m_stack->currentWidget()->objectName() == QLatin1String("integrationsEmptyState");
}

} // namespace Ledgerlink

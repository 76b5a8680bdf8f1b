#include "integrationspage.h"

#include "clock.h"
#include "integrationcard.h"
#include "integrationlistmodel.h"
#include "integrationpage.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace Ledgerlink {

IntegrationsPage::IntegrationsPage(IntegrationListModel &model, QWidget *parent)
    : IntegrationsPage(model, Clock::system(), parent)
{ }

IntegrationsPage::IntegrationsPage(IntegrationListModel &model, Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("integrationsPage"));
    m_stack = new QStackedLayout(this);
    m_emptyState = buildEmptyState();
    m_list = buildList();
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_list);
    m_integrationPage = new IntegrationPage(m_model, clock);
    m_stack->addWidget(m_integrationPage);
    connect(m_integrationPage, &IntegrationPage::backRequested, this, &IntegrationsPage::showList);
    connect(m_integrationPage, &IntegrationPage::syncNowRequested, this, &IntegrationsPage::syncNowRequested);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &IntegrationsPage::rebuildCards);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &IntegrationsPage::rebuildCards);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &IntegrationsPage::rebuildCards);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &IntegrationsPage::updateCards);
    rebuildCards();
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

QWidget *IntegrationsPage::buildList()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("integrationsList"));
    auto *layout = new QVBoxLayout(page);
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Integrations").toHtmlEscaped())), 1);
    auto *add = new QPushButton(tr("+ Add a &new app"));
    add->setObjectName(QStringLiteral("addAnotherAppButton"));
    connect(add, &QPushButton::clicked, this, &IntegrationsPage::addAppRequested);
    header->addWidget(add);
    layout->addLayout(header);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("integrationsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *cards = new QWidget;
    m_cardLayout = new QVBoxLayout(cards);
    m_cardLayout->setContentsMargins(0, 0, 0, 0);
    m_cardLayout->addStretch();
    scroll->setWidget(cards);
    layout->addWidget(scroll, 1);
    return page;
}

void IntegrationsPage::rebuildCards()
{
    qDeleteAll(m_cards);
    m_cards.clear();
    for (int row = 0; row < m_model.rowCount(); ++row) {
        auto *card = new IntegrationCard(m_model.index(row));
        connect(card, &IntegrationCard::syncNowRequested, this, &IntegrationsPage::syncNowRequested);
        connect(card, &IntegrationCard::detailsRequested, this, &IntegrationsPage::openIntegration);
        m_cardLayout->insertWidget(row, card);
        m_cards.append(card);
    }
    // The open Integration page stays unless its integration went away.
    if (!isShowingIntegration() || m_model.rowOfIntegration(m_integrationPage->integrationId()) < 0) {
        showList();
    }
}

void IntegrationsPage::openIntegration(const QString &integrationId)
{
    if (m_model.rowOfIntegration(integrationId) < 0) {
        return;
    }
    m_integrationPage->setIntegration(integrationId);
    m_stack->setCurrentWidget(m_integrationPage);
}

void IntegrationsPage::showList()
{
    m_stack->setCurrentWidget(m_cards.isEmpty() ? m_emptyState : m_list);
}

bool IntegrationsPage::isShowingIntegration() const
{
    return m_stack->currentWidget() == m_integrationPage;
}

void IntegrationsPage::updateCards(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    for (int row = topLeft.row(); row <= bottomRight.row() && row < m_cards.size(); ++row) {
        m_cards.at(row)->updateFromModel();
    }
}

bool IntegrationsPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

} // namespace Ledgerlink

#pragma once

#include <QList>
#include <QWidget>

class QPushButton;
class QStackedLayout;
class QVBoxLayout;

namespace Ledgerlink {

class Clock;
class IntegrationCard;
class IntegrationListModel;
class IntegrationPage;

/// The Integrations area. The first time it is empty ("No apps added yet" and "+ Add a new app");
/// afterwards it shows one card per integration of the IntegrationListModel. A card's Details (or
/// its organisation name) opens that integration's IntegrationPage in place of the list.
class IntegrationsPage : public QWidget
{
    Q_OBJECT

public:
    /// The Integration page's countdowns run on the system clock.
    explicit IntegrationsPage(IntegrationListModel &model, QWidget *parent = nullptr);
    IntegrationsPage(IntegrationListModel &model, Clock &clock, QWidget *parent = nullptr);

    bool isShowingEmptyState() const;
    bool isShowingIntegration() const;
    QList<IntegrationCard *> cards() const { return m_cards; }
    IntegrationPage *integrationPage() const { return m_integrationPage; }

public Q_SLOTS:
    /// Shows the Integration page of `integrationId`.
    void openIntegration(const QString &integrationId);
    /// Back to the cards (or the empty state).
    void showList();

Q_SIGNALS:
    void addAppRequested();
    void syncNowRequested(const QString &integrationId);

private:
    QWidget *buildEmptyState();
    QWidget *buildList();
    void rebuildCards();
    void updateCards(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    IntegrationListModel &m_model;
    QStackedLayout *m_stack = nullptr;
    QWidget *m_emptyState = nullptr;
    QWidget *m_list = nullptr;
    IntegrationPage *m_integrationPage = nullptr;
    QVBoxLayout *m_cardLayout = nullptr;
    QPushButton *m_addButton = nullptr;
    QList<IntegrationCard *> m_cards;
};

} // namespace Ledgerlink

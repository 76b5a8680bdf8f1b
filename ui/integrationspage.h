#pragma once

#include <QList>
#include <QWidget>

class QPushButton;
class QStackedLayout;
class QVBoxLayout;

namespace Ledgerlink {

class IntegrationCard;
class IntegrationListModel;

/// The Integrations area. The first time it is empty ("No apps added yet" and "+ Add a new app");
/// afterwards it shows one card per integration of the IntegrationListModel.
class IntegrationsPage : public QWidget
{
    Q_OBJECT

public:
    explicit IntegrationsPage(IntegrationListModel &model, QWidget *parent = nullptr);

    bool isShowingEmptyState() const;
    QList<IntegrationCard *> cards() const { return m_cards; }

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
    QVBoxLayout *m_cardLayout = nullptr;
    QPushButton *m_addButton = nullptr;
    QList<IntegrationCard *> m_cards;
};

} // namespace Ledgerlink

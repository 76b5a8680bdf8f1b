#pragma once

#include <QWidget>

class QPushButton;
class QStackedLayout;

namespace Ledgerlink {

/// The Integrations area. The first time it is empty ("No apps added yet" and "+ Add a new app");
/// afterwards it lists one row per integration.
class IntegrationsPage : public QWidget
{
    Q_OBJECT

public:
    explicit IntegrationsPage(QWidget *parent = nullptr);

    bool isShowingEmptyState() const;

Q_SIGNALS:
    void addAppRequested();

private:
    QWidget *buildEmptyState();

    QStackedLayout *m_stack = nullptr;
    QPushButton *m_addButton = nullptr;
};

} // namespace Ledgerlink

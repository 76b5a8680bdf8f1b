#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace Ledgerlink {

/// "Add a new app": the providers the plan allows, each with its logo and a one-line description.
/// When the plan's number of integrations is used up the list is disabled and a line explains why.
class CatalogDialog : public QDialog
{
    Q_OBJECT

public:
    CatalogDialog(
        const QStringList &allowedProviders, int maxIntegrations, int integrationCount, QWidget *parent = nullptr);

    /// Provider id of the chosen app, or empty.
    QString selectedProvider() const;
    bool isLimitReached() const { return m_limitReached; }
    /// Provider ids in the order shown.
    QStringList shownProviders() const;

private:
    void updateButtons();

    QListWidget *m_list = nullptr;
    QLabel *m_limitLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_limitReached = false;
};

} // namespace Ledgerlink

#pragma once

#include <QWizardPage>

class QListWidget;

namespace Ledgerlink {

struct IntegrationDraft;
class MessageBar;

/// Wizard step 1: which accounting package (preselected from the catalogue).
class SelectAppPage : public QWizardPage
{
    Q_OBJECT

public:
    SelectAppPage(IntegrationDraft &draft, const QStringList &allowedProviders, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

private:
    IntegrationDraft &m_draft;
    QListWidget *m_list = nullptr;
    MessageBar *m_message = nullptr;
};

} // namespace Ledgerlink

#pragma once

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QWidget;

namespace Ledgerlink {

struct IntegrationDraft;
class MessageBar;

/// Wizard step 2: the admin's own app registration - client ID, the secret where the app type has
/// one, Xero's app type (PKCE desktop app, web app or custom connection with its scopes) and the
/// exact redirect URI to register, with a Copy button.
class CredentialsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CredentialsPage(IntegrationDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

    /// The redirect URI as shown (and copied).
    QString redirectUri() const;

private:
    void updateForAppType();
    void updateRedirectUri();
    void copyRedirectUri();
    QWidget *buildAppTypeBox();
    QWidget *buildRedirectRow();

    IntegrationDraft &m_draft;
    QLabel *m_intro = nullptr;
    QGroupBox *m_appTypeBox = nullptr;
    QButtonGroup *m_appTypes = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_secret = nullptr;
    QGroupBox *m_scopeBox = nullptr;
    QList<QCheckBox *> m_scopeChecks;
    QWidget *m_redirectRow = nullptr;
    QLabel *m_redirectLabel = nullptr;
    QLineEdit *m_redirectUri = nullptr;
    QSpinBox *m_port = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_help = nullptr;
    MessageBar *m_message = nullptr;
};

} // namespace Ledgerlink

#include "credentialspage.h"

#include "integrationdraft.h"
#include "messagebar.h"
#include "providercatalog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Ledgerlink {

CredentialsPage::CredentialsPage(IntegrationDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("credentialsPage"));
    setTitle(tr("App Credentials"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildAppTypeBox());
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    m_clientId = new QLineEdit;
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setAccessibleName(tr("Client ID"));
    form->addRow(tr("Client &ID:"), m_clientId);
    m_secret = new QLineEdit;
    m_secret->setObjectName(QStringLiteral("clientSecretEdit"));
    m_secret->setAccessibleName(tr("Client secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretLabel = new QLabel(tr("Client &secret:"));
    m_secretLabel->setBuddy(m_secret);
    form->addRow(m_secretLabel, m_secret);
    m_redirectLabel = new QLabel(tr("&Redirect URI:"));
    m_redirectRow = buildRedirectRow();
    m_redirectLabel->setBuddy(m_port);
    form->addRow(m_redirectLabel, m_redirectRow);
    layout->addLayout(form);

    m_scopeBox = new QGroupBox(tr("Scopes ticked for the custom connection"));
    m_scopeBox->setObjectName(QStringLiteral("scopeBox"));
    auto *scopeLayout = new QVBoxLayout(m_scopeBox);
    const std::optional<ProviderInfo> xero = ProviderCatalog::find(QStringLiteral("xero"));
    for (const QString &scope : xero->customConnectionScopes) {
        auto *check = new QCheckBox(scope);
        check->setObjectName(QStringLiteral("scope_") + scope);
        m_scopeChecks.append(check);
        scopeLayout->addWidget(check);
    }
    layout->addWidget(m_scopeBox);

    m_help = new QLabel;
    m_help->setObjectName(QStringLiteral("credentialsHelpLink"));
    m_help->setOpenExternalLinks(true);
    m_help->setTextInteractionFlags(Qt::TextBrowserInteraction);
    layout->addWidget(m_help);
    m_message = new MessageBar;
    m_message->setObjectName(QStringLiteral("credentialsMessage"));
    layout->addWidget(m_message);
    layout->addStretch();

    connect(m_clientId, &QLineEdit::textEdited, m_message, &MessageBar::clear);
    connect(m_secret, &QLineEdit::textEdited, m_message, &MessageBar::clear);
}

QWidget *CredentialsPage::buildAppTypeBox()
{
    m_appTypeBox = new QGroupBox(tr("How did you register Ledgerlink with Xero?"));
    m_appTypeBox->setObjectName(QStringLiteral("appTypeBox"));
    auto *box = new QVBoxLayout(m_appTypeBox);
    m_appTypes = new QButtonGroup(this);
    const QList<QPair<AppType, QString>> types {
        { AppType::PkceDesktop, tr("&Desktop app with PKCE - no client secret (recommended)") },
        { AppType::WebApp, tr("&Web app - with a client secret") },
        { AppType::CustomConnection, tr("C&ustom connection - one organisation, no browser sign-in") },
    };
    for (const auto &[type, text] : types) {
        auto *radio = new QRadioButton(text);
        radio->setObjectName(QStringLiteral("appType%1").arg(int(type)));
        m_appTypes->addButton(radio, int(type));
        box->addWidget(radio);
    }
    connect(m_appTypes, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked) {
            updateForAppType();
        }
    });
    return m_appTypeBox;
}

QWidget *CredentialsPage::buildRedirectRow()
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_redirectUri = new QLineEdit;
    m_redirectUri->setObjectName(QStringLiteral("redirectUriEdit"));
    m_redirectUri->setAccessibleName(tr("Redirect URI to register"));
    m_redirectUri->setReadOnly(true);
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("redirectPortSpin"));
    m_port->setAccessibleName(tr("Redirect port"));
    m_port->setRange(1024, 65535);
    m_port->setPrefix(tr("port "));
    m_port->setValue(IntegrationDraft::kDefaultRedirectPort);
    m_copy = new QPushButton(tr("Cop&y"));
    m_copy->setObjectName(QStringLiteral("copyRedirectButton"));
    m_copy->setToolTip(tr("Copy the redirect URI to the clipboard"));
    layout->addWidget(m_redirectUri, 1);
    layout->addWidget(m_port);
    layout->addWidget(m_copy);
    connect(m_port, &QSpinBox::valueChanged, this, &CredentialsPage::updateRedirectUri);
    connect(m_copy, &QPushButton::clicked, this, &CredentialsPage::copyRedirectUri);
    return row;
}

void CredentialsPage::initializePage()
{
    const std::optional<ProviderInfo> info = ProviderCatalog::find(m_draft.provider);
    const QString name = info ? info->name : m_draft.provider;
    m_appTypeBox->setVisible(info && info->appTypes.size() > 1);
    if (QAbstractButton *button = m_appTypes->button(int(m_draft.appType))) {
        button->setChecked(true);
    }
    m_clientId->setText(m_draft.clientId);
    m_secret->setText(m_draft.clientSecret);
    m_port->setValue(m_draft.redirectPort);
    for (QCheckBox *check : std::as_const(m_scopeChecks)) {
        // accounting.contacts is the minimal scope a custom connection needs for customers.
        check->setChecked(m_draft.scopes.isEmpty() ? check->text() == QLatin1String("accounting.contacts")
                                                   : m_draft.scopes.contains(check->text()));
    }
    if (info) {
        m_help->setText(tr("<a href=\"%1\">How to register Ledgerlink with %2, step by step</a>"
                           " &nbsp;·&nbsp; <a href=\"%3\">Open the %2 developer portal</a>")
                            .arg(info->helpUrl.toString(QUrl::FullyEncoded), name.toHtmlEscaped(),
                                info->developerUrl.toString(QUrl::FullyEncoded)));
    }
    setSubTitle(
        tr("Enter the details of the app you registered for Ledgerlink in your %1 developer account.").arg(name));
    updateForAppType();
    updateRedirectUri();
    m_message->clear();
}

void CredentialsPage::updateForAppType()
{
    const auto type = AppType(m_appTypes->checkedId() < 0 ? int(m_draft.appType) : m_appTypes->checkedId());
    const bool needsSecret = type != AppType::PkceDesktop;
    const bool browser = type != AppType::CustomConnection;
    m_secretLabel->setVisible(needsSecret);
    m_secret->setVisible(needsSecret);
    m_redirectLabel->setVisible(browser);
    m_redirectRow->setVisible(browser);
    m_scopeBox->setVisible(type == AppType::CustomConnection);
    const QString name = ProviderCatalog::displayName(m_draft.provider);
    switch (type) {
    case AppType::PkceDesktop:
        m_intro->setText(tr("Copy the redirect URI below into your app's settings at %1, then paste the client ID "
                            "it shows. A PKCE app has no secret.")
                             .arg(name));
        break;
    case AppType::WebApp:
        m_intro->setText(tr("Copy the redirect URI below into your app's settings at %1, then paste its client ID "
                            "and client secret. The secret is kept in this computer's keychain only.")
                             .arg(name));
        break;
    case AppType::CustomConnection:
        m_intro->setText(tr("A custom connection reaches one organisation without a browser sign-in. Tick the same "
                            "scopes you ticked in %1, then paste the client ID and secret. The secret is kept in "
                            "this computer's keychain only.")
                             .arg(name));
        break;
    }
}

void CredentialsPage::updateRedirectUri()
{
    IntegrationDraft probe;
    probe.redirectPort = m_port->value();
    m_redirectUri->setText(probe.redirectUri().toString());
}

QString CredentialsPage::redirectUri() const
{
    return m_redirectUri->text();
}

void CredentialsPage::copyRedirectUri()
{
    QGuiApplication::clipboard()->setText(m_redirectUri->text());
    m_message->showMessage(MessageBar::Kind::Information,
        tr("The redirect URI is on the clipboard. Paste it into your app's settings exactly as "
           "shown, including the port."));
}

bool CredentialsPage::validatePage()
{
    const auto type = AppType(m_appTypes->checkedId() < 0 ? int(m_draft.appType) : m_appTypes->checkedId());
    const QString clientId = m_clientId->text().trimmed();
    const QString name = ProviderCatalog::displayName(m_draft.provider);
    if (clientId.isEmpty()) {
        m_message->showError(tr("Enter the client ID. You find it in your app's settings at %1.").arg(name));
        m_clientId->setFocus();
        return false;
    }
    if (clientId.contains(QRegularExpression(QStringLiteral("\\s")))) {
        m_message->showError(tr("The client ID contains spaces. Copy it again from %1, without spaces.").arg(name));
        m_clientId->setFocus();
        return false;
    }
    if (type != AppType::PkceDesktop && m_secret->text().trimmed().isEmpty()) {
        m_message->showError(tr("Enter the client secret. %1 shows it once, when you generate it; if you did not "
                                "keep it, generate a new one.")
                                 .arg(name));
        m_secret->setFocus();
        return false;
    }
    QStringList scopes;
    if (type == AppType::CustomConnection) {
        for (QCheckBox *check : std::as_const(m_scopeChecks)) {
            if (check->isChecked()) {
                scopes.append(check->text());
            }
        }
        if (scopes.isEmpty()) {
            m_message->showError(tr("Tick at least one scope, the same as in your custom connection at %1.").arg(name));
            return false;
        }
    }
    m_draft.appType = type;
    m_draft.clientId = clientId;
    m_draft.clientSecret = type == AppType::PkceDesktop ? QString() : m_secret->text().trimmed();
    m_draft.scopes = scopes;
    m_draft.redirectPort = m_port->value();
    m_message->clear();
    return true;
}

} // namespace Ledgerlink

#include "reconnectdialog.h"

#include "logging.h"
#include "messagebar.h"
#include "providercatalog.h"
#include "signinwaitpanel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ledgerlink {

ReconnectDialog::ReconnectDialog(
    GrantRenewal &renewal, const Integration &integration, const GrantRenewal::Options &options, QWidget *parent)
    : QDialog(parent)
    , m_renewal(renewal)
    , m_integrationId(integration.id)
    , m_providerName(ProviderCatalog::displayName(integration.provider))
    , m_options(options)
{
    setObjectName(QStringLiteral("reconnectDialog"));
    const QString &organisation = integration.tenantName;
    setWindowTitle(tr("Reconnect %1").arg(organisation));
    auto *layout = new QVBoxLayout(this);
    // A custom connection signs in with its client ID and secret alone: no browser is involved.
    const bool usesBrowser = GrantRenewal::appTypeOf(integration.appType) != AppType::CustomConnection;
    auto *intro = new QLabel(usesBrowser
            ? tr("%1 no longer accepts Ledgerlink's sign-in for %2. Click Sign in: your browser opens %1's sign-in "
                 "page. Sign in as a user who can open %2, allow access, then come back here. The integration "
                 "keeps its settings, links and history.")
                  .arg(m_providerName, organisation)
            : tr("%1 no longer accepts Ledgerlink's custom connection for %2. Check that the connection is still "
                 "active at %1, then click Connect. The integration keeps its settings, links and history.")
                  .arg(m_providerName, organisation));
    intro->setObjectName(QStringLiteral("reconnectIntro"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_signIn = new QPushButton(
        usesBrowser ? tr("&Sign in to %1").arg(m_providerName) : tr("&Connect to %1").arg(m_providerName));
    m_signIn->setObjectName(QStringLiteral("reconnectSignInButton"));
    m_signIn->setDefault(true);
    m_signIn->setAutoDefault(true);
    layout->addWidget(m_signIn, 0, Qt::AlignLeft);

    // The same waiting row and address row as the wizard's Authorise step.
    m_wait = new SignInWaitPanel;
    m_wait->spinner()->setObjectName(QStringLiteral("reconnectSpinner"));
    m_wait->cancelButton()->setObjectName(QStringLiteral("reconnectCancelButton"));
    m_wait->urlEdit()->setObjectName(QStringLiteral("reconnectUrlEdit"));
    m_wait->copyButton()->setObjectName(QStringLiteral("reconnectCopyButton"));
    layout->addWidget(m_wait);

    m_message = new MessageBar;
    m_message->setObjectName(QStringLiteral("reconnectMessage"));
    layout->addWidget(m_message);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("reconnectCloseButton"));
    m_close->setAutoDefault(false);
    layout->addWidget(buttons);

    connect(m_signIn, &QPushButton::clicked, this, &ReconnectDialog::startSignIn);
    connect(m_wait, &SignInWaitPanel::cancelRequested, this, &ReconnectDialog::cancelSignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReconnectDialog::reject);
    connect(&m_renewal, &GrantRenewal::authorizeUrlReady, this, &ReconnectDialog::showAuthorizeUrl);
    connect(&m_renewal, &GrantRenewal::finished, this, &ReconnectDialog::onFinished);

    m_wait->hideUrl();
    setWaiting(false);
    resize(560, sizeHint().height());
}

void ReconnectDialog::startSignIn()
{
    if (m_waiting) {
        return;
    }
    m_message->clear();
    setWaiting(true);
    if (!m_renewal.start(m_integrationId, m_options)) {
        // Only when a renewal of this integration is already under way (a second dialog).
        setWaiting(false);
        m_message->showError(
            tr("Ledgerlink is already signing in to %1 again. Finish that sign-in first.").arg(m_providerName));
    }
}

void ReconnectDialog::cancelSignIn()
{
    if (m_waiting) {
        m_renewal.cancel(); // finished() with a cancellation: onFinished() shows it
    }
}

void ReconnectDialog::reject()
{
    // Closing while the browser flow is open must stop the loopback listener.
    cancelSignIn();
    if (m_renewal.isRunning()) {
        // The new sign-in is being saved (keychain, then store): too late to cancel, and closing
        // would drop the result. The dialog closes itself in a moment.
        return;
    }
    QDialog::reject();
}

void ReconnectDialog::setWaiting(bool waiting)
{
    m_waiting = waiting;
    m_wait->setWaiting(waiting);
    m_signIn->setEnabled(!waiting);
    if (waiting) {
        m_wait->cancelButton()->setFocus();
    }
}

void ReconnectDialog::showAuthorizeUrl(const QUrl &url)
{
    m_wait->showUrl(url);
}

void ReconnectDialog::onFinished(const Result<GrantRenewal::Outcome> &result)
{
    setWaiting(false);
    m_wait->hideUrl();
    if (result) {
        Q_EMIT renewed(result.value());
        accept();
        return;
    }
    qCInfo(lcUi) << "reconnect failed:" << result.error().detail();
    m_signIn->setText(tr("&Sign in Again"));
    if (GrantRenewal::isCancellation(result.error())) {
        m_message->showMessage(MessageBar::Kind::Information, result.error().userMessage());
    } else {
        m_message->showError(result.error().userMessage());
    }
    m_signIn->setFocus();
}

} // namespace Ledgerlink

#include "reconnectdialog.h"

#include "logging.h"
#include "messagebar.h"
#include "providercatalog.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
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
    m_waitingRow = new QWidget;
    auto *waiting = new QHBoxLayout(m_waitingRow);
    waiting->setContentsMargins(0, 0, 0, 0);
    auto *waitingText = new QLabel(tr("Waiting for you to allow access in the browser…"));
    m_spinner = new QProgressBar;
    m_spinner->setObjectName(QStringLiteral("reconnectSpinner"));
    m_spinner->setRange(0, 0); // busy indicator
    m_spinner->setMaximumWidth(160);
    m_spinner->setAccessibleName(tr("Waiting for authorisation"));
    m_cancel = new QPushButton(tr("C&ancel Sign-in"));
    m_cancel->setObjectName(QStringLiteral("reconnectCancelButton"));
    waiting->addWidget(waitingText);
    waiting->addWidget(m_spinner);
    waiting->addWidget(m_cancel);
    waiting->addStretch();
    layout->addWidget(m_waitingRow);

    m_urlRow = new QWidget;
    auto *urlLayout = new QVBoxLayout(m_urlRow);
    urlLayout->setContentsMargins(0, 0, 0, 0);
    auto *urlHint = new QLabel(tr("If no browser window opened, copy this address into your browser:"));
    urlHint->setWordWrap(true);
    auto *urlLine = new QHBoxLayout;
    m_url = new QLineEdit;
    m_url->setObjectName(QStringLiteral("reconnectUrlEdit"));
    m_url->setAccessibleName(tr("Sign-in address"));
    m_url->setReadOnly(true);
    auto *copy = new QPushButton(tr("Cop&y"));
    copy->setObjectName(QStringLiteral("reconnectCopyButton"));
    copy->setAutoDefault(false);
    urlLine->addWidget(m_url, 1);
    urlLine->addWidget(copy);
    urlLayout->addWidget(urlHint);
    urlLayout->addLayout(urlLine);
    layout->addWidget(m_urlRow);

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
    connect(m_cancel, &QPushButton::clicked, this, &ReconnectDialog::cancelSignIn);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_url->text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &ReconnectDialog::reject);
    connect(&m_renewal, &GrantRenewal::authorizeUrlReady, this, &ReconnectDialog::showAuthorizeUrl);
    connect(&m_renewal, &GrantRenewal::finished, this, &ReconnectDialog::onFinished);

    m_urlRow->hide();
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
    m_waitingRow->setVisible(waiting);
    m_signIn->setEnabled(!waiting);
    if (waiting) {
        m_cancel->setFocus();
    }
}

void ReconnectDialog::showAuthorizeUrl(const QUrl &url)
{
    m_url->setText(url.toString(QUrl::FullyEncoded));
    m_url->setCursorPosition(0);
    m_urlRow->show();
    if (!QDesktopServices::openUrl(url)) {
        qCInfo(lcUi) << "no browser opened for the reconnect page; the user can copy the address";
    }
}

void ReconnectDialog::onFinished(const Result<GrantRenewal::Outcome> &result)
{
    setWaiting(false);
    m_urlRow->hide();
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

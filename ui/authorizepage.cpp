#include "authorizepage.h"

#include "integrationdraft.h"
#include "messagebar.h"
#include "providercatalog.h"
#include "signinwaitpanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ledgerlink {

namespace {

constexpr int kOrganisationIdRole = Qt::UserRole + 1;

} // namespace

AuthorizePage::AuthorizePage(IntegrationDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("authorizePage"));
    setTitle(tr("Authorise"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_signIn = new QPushButton;
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    layout->addWidget(m_signIn, 0, Qt::AlignLeft);

    m_wait = new SignInWaitPanel;
    m_wait->spinner()->setObjectName(QStringLiteral("authorizeSpinner"));
    m_wait->cancelButton()->setObjectName(QStringLiteral("cancelSignInButton"));
    m_wait->urlEdit()->setObjectName(QStringLiteral("authorizeUrlEdit"));
    m_wait->copyButton()->setObjectName(QStringLiteral("copyAuthorizeUrlButton"));
    layout->addWidget(m_wait);

    m_connected = new QLabel;
    m_connected->setObjectName(QStringLiteral("connectedLabel"));
    m_connected->setWordWrap(true);
    layout->addWidget(m_connected);
    m_organisations = new QListWidget;
    m_organisations->setObjectName(QStringLiteral("organisationList"));
    m_organisations->setAccessibleName(tr("Organisations to connect"));
    m_organisations->setMaximumHeight(
        m_organisations->sizeHintForRow(0) > 0 ? m_organisations->sizeHintForRow(0) * 7 : fontMetrics().height() * 9);
    layout->addWidget(m_organisations);
    m_message = new MessageBar;
    m_message->setObjectName(QStringLiteral("authorizeMessage"));
    layout->addWidget(m_message);
    layout->addStretch();

    connect(m_signIn, &QPushButton::clicked, this, &AuthorizePage::startSignIn);
    connect(m_wait, &SignInWaitPanel::cancelRequested, this, &AuthorizePage::cancelSignIn);
    connect(m_organisations, &QListWidget::itemChanged, this, &AuthorizePage::completeChanged);
}

void AuthorizePage::initializePage()
{
    const QString name = ProviderCatalog::displayName(m_draft.provider);
    if (m_draft.usesBrowser()) {
        m_intro->setText(tr("Click Sign in. Your browser opens %1's sign-in page: sign in, choose the organisation "
                            "and allow access. Then come back here.")
                             .arg(name));
        m_signIn->setText(tr("&Sign in to %1").arg(name));
    } else {
        m_intro->setText(tr("Click Connect. Ledgerlink checks the client ID and secret of your custom connection "
                            "with %1 and finds its organisation.")
                             .arg(name));
        m_signIn->setText(tr("&Connect to %1").arg(name));
    }
    setSubTitle(tr("Allow Ledgerlink to reach your %1 organisation.").arg(name));
    m_isConnected = false;
    m_connected->clear();
    m_connected->hide();
    m_organisations->clear();
    m_organisations->hide();
    m_wait->hideUrl();
    m_message->clear();
    setWaiting(false);
}

void AuthorizePage::cleanupPage()
{
    // Going Back while the browser flow is open must stop the loopback listener.
    if (isWaiting()) {
        cancelSignIn();
    }
}

void AuthorizePage::startSignIn()
{
    m_message->clear();
    m_isConnected = false;
    m_connected->hide();
    m_organisations->clear();
    m_organisations->hide();
    setWaiting(true);
    Q_EMIT completeChanged();
    Q_EMIT authorizationRequested();
}

void AuthorizePage::cancelSignIn()
{
    setWaiting(false);
    m_wait->hideUrl();
    Q_EMIT authorizationCancelled();
}

void AuthorizePage::setWaiting(bool waiting)
{
    m_waiting = waiting;
    m_wait->setWaiting(waiting);
    m_signIn->setEnabled(!waiting);
}

bool AuthorizePage::isWaiting() const
{
    return m_waiting;
}

void AuthorizePage::setAuthorizeUrl(const QUrl &url)
{
    m_wait->showUrl(url);
}

void AuthorizePage::setConnected(const QStringList &organisationNames, const QStringList &organisationIds)
{
    setWaiting(false);
    m_wait->hideUrl();
    m_message->clear();
    m_organisations->clear();
    m_isConnected = !organisationNames.isEmpty();
    if (!m_isConnected) {
        setAuthorizationFailed(tr("The sign-in worked, but it gave Ledgerlink access to no organisation. Sign in "
                                  "again and tick at least one organisation on the consent page."));
        return;
    }
    for (int i = 0; i < organisationNames.size(); ++i) {
        auto *item = new QListWidgetItem(organisationNames.at(i));
        item->setData(
            kOrganisationIdRole, i < organisationIds.size() ? organisationIds.at(i) : organisationNames.at(i));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(organisationNames.size() == 1 ? Qt::Checked : Qt::Unchecked);
        m_organisations->addItem(item);
    }
    if (organisationNames.size() == 1) {
        m_connected->setText(tr("Connected to <b>%1</b>.").arg(organisationNames.constFirst().toHtmlEscaped()));
    } else {
        m_connected->setText(tr("Connected. This sign-in reaches %n organisation(s): tick each one to add. Every "
                                "organisation becomes an integration of its own.",
            nullptr, int(organisationNames.size())));
    }
    m_connected->show();
    m_organisations->setVisible(organisationNames.size() > 1);
    m_signIn->setText(tr("&Sign in Again"));
    Q_EMIT completeChanged();
}

void AuthorizePage::setAuthorizationFailed(const QString &message)
{
    setWaiting(false);
    m_isConnected = false;
    m_message->showError(message);
    Q_EMIT completeChanged();
}

QStringList AuthorizePage::checkedOrganisationIds() const
{
    QStringList ids;
    for (int row = 0; row < m_organisations->count(); ++row) {
        if (m_organisations->item(row)->checkState() == Qt::Checked) {
            ids.append(m_organisations->item(row)->data(kOrganisationIdRole).toString());
        }
    }
    return ids;
}

bool AuthorizePage::isComplete() const
{
    return m_isConnected && !checkedOrganisationIds().isEmpty();
}

bool AuthorizePage::validatePage()
{
    if (!isComplete()) {
        m_message->showError(tr("Tick at least one organisation to connect."));
        return false;
    }
    m_draft.organisationIds.clear();
    m_draft.organisationNames.clear();
    for (int row = 0; row < m_organisations->count(); ++row) {
        const QListWidgetItem *item = m_organisations->item(row);
        if (item->checkState() == Qt::Checked) {
            m_draft.organisationIds.append(item->data(kOrganisationIdRole).toString());
            m_draft.organisationNames.append(item->text());
        }
    }
    return true;
}

} // namespace Ledgerlink

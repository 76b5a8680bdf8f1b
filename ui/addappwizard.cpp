#include "addappwizard.h"

#include "authorizepage.h"
#include "configurepage.h"
#include "credentialspage.h"
#include "providercatalog.h"
#include "reviewpage.h"
#include "selectapppage.h"

namespace Ledgerlink {

AddAppWizard::AddAppWizard(
    const QStringList &allowedProviders, const QString &provider, int defaultPollMinutes, QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("addAppWizard"));
    setWindowTitle(tr("Add a New App"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Proceed"));

    m_draft.provider = provider;
    if (const std::optional<ProviderInfo> info = ProviderCatalog::find(provider); info && !info->appTypes.isEmpty()) {
        m_draft.appType = info->appTypes.constFirst();
    }
    m_draft.pollMinutes = defaultPollMinutes;

    m_select = new SelectAppPage(m_draft, allowedProviders);
    m_credentials = new CredentialsPage(m_draft);
    m_authorize = new AuthorizePage(m_draft);
    m_configure = new ConfigurePage(m_draft);
    m_review = new ReviewPage(m_draft);
    setPage(SelectPageId, m_select);
    setPage(CredentialsPageId, m_credentials);
    setPage(AuthorizePageId, m_authorize);
    setPage(ConfigurePageId, m_configure);
    setPage(ReviewPageId, m_review);
    if (!provider.isEmpty()) {
        // Preselected in the catalogue: open at the credentials, with the choice in the history
        // so Back still reaches it. show() keeps a page that is already current.
        restart();
        next();
    }

    connect(
        m_authorize, &AuthorizePage::authorizationRequested, this, [this] { Q_EMIT authorizationRequested(m_draft); });
    connect(m_authorize, &AuthorizePage::authorizationCancelled, this, &AddAppWizard::authorizationCancelled);
    connect(m_review, &ReviewPage::previewRequested, this, [this] { Q_EMIT previewRequested(m_draft); });
    connect(this, &QWizard::accepted, this, [this] { Q_EMIT draftAccepted(m_draft); });
    connect(this, &QWizard::rejected, this, [this] {
        if (m_authorize->isWaiting()) {
            Q_EMIT authorizationCancelled();
        }
    });
    resize(740, 660);
}

AddAppWizard::~AddAppWizard() = default;

void AddAppWizard::setAuthorizeUrl(const QUrl &url)
{
    m_authorize->setAuthorizeUrl(url);
}

void AddAppWizard::setConnected(const QStringList &organisationNames, const QStringList &organisationIds)
{
    m_authorize->setConnected(organisationNames, organisationIds);
}

void AddAppWizard::setAuthorizationFailed(const QString &message)
{
    m_authorize->setAuthorizationFailed(message);
}

void AddAppWizard::setPreviewCounts(const QMap<QString, int> &toSend, const QMap<QString, int> &toReceive)
{
    m_review->setPreviewCounts(toSend, toReceive);
}

void AddAppWizard::setPreviewFailed(const QString &message)
{
    m_review->setPreviewFailed(message);
}

} // namespace Ledgerlink

#pragma once

#include "integrationdraft.h"

#include <QWizard>

namespace Ledgerlink {

class AuthorizePage;
class ConfigurePage;
class CredentialsPage;
class ReviewPage;
class SelectAppPage;

/// "Add a new app": a thin QWizard over one page class per step (ownCloud's pattern). The pages
/// gather their answers in an IntegrationDraft; nothing is stored until the wizard is accepted,
/// when draftAccepted() hands the draft to core's builder, which makes the integration Active and
/// starts its first sync. The Authorise and Review pages talk to core only through the signals
/// and slots below.
class AddAppWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        SelectPageId,
        CredentialsPageId,
        AuthorizePageId,
        ConfigurePageId,
        ReviewPageId,
    };
    Q_ENUM(PageId)

    AddAppWizard(const QStringList &allowedProviders, const QString &provider, int defaultPollMinutes,
        QWidget *parent = nullptr);
    ~AddAppWizard() override;

    const IntegrationDraft &draft() const { return m_draft; }

    AuthorizePage *authorizePage() const { return m_authorize; }
    ReviewPage *reviewPage() const { return m_review; }

public Q_SLOTS:
    // Forwarded to the Authorise page (see AuthorizePage).
    void setAuthorizeUrl(const QUrl &url);
    void setConnected(const QStringList &organisationNames, const QStringList &organisationIds = {});
    void setAuthorizationFailed(const QString &message);
    // Forwarded to the Review page (see ReviewPage).
    void setPreviewCounts(const QMap<QString, int> &toSend, const QMap<QString, int> &toReceive);
    void setPreviewFailed(const QString &message);

Q_SIGNALS:
    /// Start the provider sign-in for draft() (browser flow, or client credentials).
    void authorizationRequested(const Ledgerlink::IntegrationDraft &draft);
    void authorizationCancelled();
    /// Count what the first sync of draft() would send and receive.
    void previewRequested(const Ledgerlink::IntegrationDraft &draft);
    /// Proceed was clicked: commit the draft (one integration per chosen organisation).
    void draftAccepted(const Ledgerlink::IntegrationDraft &draft);

private:
    IntegrationDraft m_draft;
    SelectAppPage *m_select = nullptr;
    CredentialsPage *m_credentials = nullptr;
    AuthorizePage *m_authorize = nullptr;
    ConfigurePage *m_configure = nullptr;
    ReviewPage *m_review = nullptr;
};

} // namespace Ledgerlink

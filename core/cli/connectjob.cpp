#include "connectjob.h"

#include "auth/authorizationflow.h"
#include "auth/secretjob.h"
#include "auth/secretstore.h"
#include "auth/storeopener.h"
#include "clock.h"
#include "logging.h"
#include "store/integrationrepository.h"

#include <QCoreApplication>
#include <QProcess>

namespace Ledgerlink {

namespace {

bool matches(const AuthorizedOrganisation &organisation, const QString &wanted)
{
    return organisation.id.compare(wanted, Qt::CaseInsensitive) == 0
        || organisation.name.compare(wanted, Qt::CaseInsensitive) == 0;
}

} // namespace

ConnectJob::ConnectJob(Options options, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_out(out)
    , m_err(err)
{ }

ConnectJob::~ConnectJob() = default;

void ConnectJob::start()
{
    m_opener = new StoreOpener(this);
    connect(m_opener, &StoreOpener::finished, this, [this](const Status &opened) {
        if (!opened) {
            fail(opened.error());
            return;
        }
        m_context = m_opener->takeContext();
        probeKeychain();
    });
    m_opener->open(m_options.app);
}

void ConnectJob::probeKeychain()
{
    // No insecure fallback: without a keychain the grant could not be kept, so nothing is sent to
    // the provider at all. A missing entry proves the keychain answers.
    m_secrets = std::make_unique<SecretStore>(m_context->database());
    SecretJob *job = m_secrets->read(QStringLiteral("ledgerlink"), QStringLiteral("keychain-probe"));
    connect(job, &SecretJob::finished, this, [this, job](const Result<QByteArray> &probe) {
        if (!probe && !job->notFound()) {
            fail(probe.error());
            return;
        }
        authorise();
    });
}

void ConnectJob::authorise()
{
    const AuthorizationRequest &request = m_options.request;
    m_flow = new AuthorizationFlow(request, Clock::system(), this);
    connect(m_flow, &AuthorizationFlow::authorizeUrlReady, this, [this](const QUrl &url) {
        m_out << tr("The redirect URI registered with %1 must be exactly: %2")
                     .arg(ProviderEndpoints::displayName(m_options.request.provider), m_flow->redirectUri())
              << Qt::endl;
        m_out << tr("Sign in and allow access in a browser at this address:") << Qt::endl
              << url.toString(QUrl::FullyEncoded) << Qt::endl;
        m_out << tr("Waiting for the browser ...") << Qt::endl;
        if (m_options.openBrowser) {
            openBrowser(url);
        }
    });
    connect(m_flow, &AuthorizationFlow::finished, this, &ConnectJob::onAuthorised);
    if (request.appType == AppType::CustomConnection) {
        m_out << tr("Requesting a token for the custom connection ...") << Qt::endl;
    }
    m_flow->start();
}

void ConnectJob::openBrowser(const QUrl &url)
{
    // Core has no QtGui (QDesktopServices); the desktop's opener does the same job.
#if defined(Q_OS_WIN)
    const bool started = QProcess::startDetached(QStringLiteral("rundll32"),
        { QStringLiteral("url.dll,FileProtocolHandler"), url.toString(QUrl::FullyEncoded) });
#elif defined(Q_OS_MACOS)
    const bool started = QProcess::startDetached(QStringLiteral("open"), { url.toString(QUrl::FullyEncoded) });
#else
    const bool started = QProcess::startDetached(QStringLiteral("xdg-open"), { url.toString(QUrl::FullyEncoded) });
#endif
    if (!started) {
        m_err << tr("No browser could be opened; open the address above yourself.") << Qt::endl;
    }
}

void ConnectJob::onAuthorised(const Result<AuthorizationResult> &result)
{
    m_flow->deleteLater();
    m_flow = nullptr;
    if (!result) {
        fail(result.error());
        return;
    }
    const QList<AuthorizedOrganisation> &reached = result->organisations;
    if (reached.isEmpty()) {
        fail(Error(Error::Kind::Config,
            tr("The sign-in worked but gave access to no organisation. Connect again and choose one on the "
               "provider's page."),
            QStringLiteral("no organisations after consent")));
        return;
    }
    QList<AuthorizedOrganisation> chosen;
    if (m_options.tenants.isEmpty()) {
        if (reached.size() == 1) {
            chosen = reached;
        }
    } else {
        for (const QString &wanted : std::as_const(m_options.tenants)) {
            const auto it = std::find_if(reached.cbegin(), reached.cend(),
                [&wanted](const AuthorizedOrganisation &o) { return matches(o, wanted); });
            if (it == reached.cend()) {
                m_err << tr("This sign-in does not reach an organisation called \"%1\".").arg(wanted) << Qt::endl;
                chosen.clear();
                break;
            }
            chosen.append(*it);
        }
    }
    if (chosen.isEmpty()) {
        m_err << tr("The sign-in reaches these organisations:") << Qt::endl;
        for (const AuthorizedOrganisation &o : reached) {
            m_err << QStringLiteral("  %1  (%2)").arg(o.name, o.id) << Qt::endl;
        }
        m_err << tr("Run the command again with --tenant NAME (repeat it to connect several).") << Qt::endl;
        finish(2);
        return;
    }
    save(chosen, result->refreshToken);
}

void ConnectJob::save(const QList<AuthorizedOrganisation> &chosen, const QString &refreshToken)
{
    const AuthorizationRequest &request = m_options.request;
    IntegrationDraft draft;
    draft.provider = ProviderEndpoints::key(request.provider);
    draft.appType = request.appType;
    draft.clientId = request.clientId;
    draft.clientSecret = request.clientSecret;
    draft.scopes = request.scopes;
    draft.redirectPort = request.port;
    for (const AuthorizedOrganisation &o : chosen) {
        draft.organisationIds.append(o.id);
        draft.organisationNames.append(o.name.isEmpty() ? o.id : o.name);
    }
    m_builder = new IntegrationBuilder(m_context->database(), Clock::system(), *m_secrets, this);
    connect(m_builder, &IntegrationBuilder::finished, this,
        [this, chosen](const Result<IntegrationBuilder::Outcome> &outcome) { onSaved(outcome, chosen); });
    m_builder->commit(draft, refreshToken);
}

void ConnectJob::onSaved(
    const Result<IntegrationBuilder::Outcome> &outcome, const QList<AuthorizedOrganisation> &chosen)
{
    if (!outcome) {
        fail(outcome.error());
        return;
    }
    IntegrationRepository repository(m_context->database(), Clock::system());
    for (Integration integration : outcome->integrations) {
        // The terminal has no configure/review step: the integration waits, switched off, until the
        // admin has looked at `ledgerlink preview` and runs `ledgerlink enable`.
        integration.state = IntegrationState::NotEnabled;
        integration.enabled = false;
        for (const AuthorizedOrganisation &o : chosen) {
            if (o.id == integration.tenantId && !o.connectionId.isEmpty()) {
                integration.settings.insert(QStringLiteral("connection_id"), o.connectionId);
            }
        }
        if (auto updated = repository.update(integration); !updated) {
            fail(updated.error());
            return;
        }
        m_out << tr("Connected to %1: integration %2 (not enabled yet).").arg(integration.tenantName, integration.id)
              << Qt::endl;
    }
    m_out << tr("Check what will sync with \"ledgerlink preview INTEGRATION\", then turn it on with \"ledgerlink "
                "enable INTEGRATION\".")
          << Qt::endl;
    finish(0);
}

void ConnectJob::fail(const Error &error, int exitCode)
{
    m_err << error.userMessage() << Qt::endl;
    if (!error.detail().isEmpty()) {
        qCInfo(lcAuth) << "connect failed:" << error.detail();
    }
    finish(exitCode);
}

void ConnectJob::finish(int exitCode)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    Q_EMIT finished(exitCode);
}

} // namespace Ledgerlink

#include "moc_connectjob.cpp"

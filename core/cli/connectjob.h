#pragma once

#include "appcontext.h"
#include "auth/authorizationtypes.h"
#include "integrationbuilder.h"

#include <QObject>
#include <QTextStream>

#include <memory>

namespace Ledgerlink {

class AuthorizationFlow;
class SecretStore;
class StoreOpener;

/// The work behind `ledgerlink connect`, one asynchronous step after another:
///
///   StoreOpener -> keychain probe (no keychain: stop before anything is sent)
///   -> AuthorizationFlow (prints the authorize URL; opens the browser unless --no-browser)
///   -> organisations: --tenant, or the only one, or list them and ask to run again with --tenant
///   -> IntegrationBuilder (secrets to the keychain, one integration per organisation)
///   -> each integration Not enabled (the admin reviews with `preview`, then `enable`), with the
///      Xero connection id kept in its settings for disconnect
///
/// Ends with exactly one finished(exitCode): 0 connected, 1 failed, 2 choose an organisation.
class ConnectJob : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        AppOptions app;
        AuthorizationRequest request;
        QStringList tenants; ///< names or ids chosen with --tenant
        bool openBrowser = true;
    };

    ConnectJob(Options options, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~ConnectJob() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void probeKeychain();
    void authorise();
    void onAuthorised(const Result<AuthorizationResult> &result);
    void save(const QList<AuthorizedOrganisation> &chosen, const QString &refreshToken);
    void onSaved(const Result<IntegrationBuilder::Outcome> &outcome, const QList<AuthorizedOrganisation> &chosen);
    void openBrowser(const QUrl &url);
    void fail(const Error &error, int exitCode = 1);
    void finish(int exitCode);

    Options m_options;
    QTextStream &m_out;
    QTextStream &m_err;
    StoreOpener *m_opener = nullptr;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<SecretStore> m_secrets;
    AuthorizationFlow *m_flow = nullptr;
    IntegrationBuilder *m_builder = nullptr;
    bool m_finished = false;
};

} // namespace Ledgerlink

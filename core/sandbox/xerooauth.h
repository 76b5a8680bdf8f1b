#pragma once

#include "sandboxcontext.h"
#include "sandboxmessage.h"

namespace Ledgerlink {

struct SandboxApp;
struct SandboxGrant;

/// Xero's identity endpoints behind /xero/login and /xero/identity, and /xero/api/connections.
///
///   GET  /xero/login/identity/connect/authorize  -> consent page (organisations, Allow / Deny)
///   POST /xero/login/identity/connect/consent    -> 302 redirect_uri?code&scope&state | ?error=access_denied
///   POST /xero/identity/connect/token            -> authorization_code | refresh_token | client_credentials
///   POST /xero/identity/connect/revocation       -> grant revoked, its connections gone
///   GET/DELETE /xero/api/connections[/{id}]
class XeroOAuth
{
public:
    explicit XeroOAuth(const SandboxContext &context);

    /// Handles the request when it is one of the endpoints above.
    bool handle(const SandboxRequest &request, SandboxReply *reply);

    /// Checks the Bearer token of an API call. On failure *reply holds Xero's 401/403 body.
    bool checkBearer(const SandboxRequest &request, const SandboxGrant **grant, SandboxReply *reply) const;
    static SandboxReply problem(int status, const QString &title, const QString &detail);

private:
    SandboxReply authorize(const SandboxRequest &request);
    SandboxReply consent(const SandboxRequest &request);
    SandboxReply token(const SandboxRequest &request);
    SandboxReply tokenFromCode(const SandboxApp &app, const QUrlQuery &form);
    SandboxReply tokenFromRefresh(const SandboxApp &app, const QUrlQuery &form);
    SandboxReply tokenFromClientCredentials(const SandboxApp &app, const QUrlQuery &form);
    SandboxReply revocation(const SandboxRequest &request);
    SandboxReply connections(const SandboxRequest &request);
    /// Client authentication of the token/revocation endpoints (Basic, or client_id for PKCE).
    const SandboxApp *authenticateClient(
        const SandboxRequest &request, const QUrlQuery &form, SandboxReply *failure) const;
    /// Empty when the scope string is acceptable for the app, else the OAuth error code.
    QString scopeError(const SandboxApp &app, const QStringList &scopes) const;
    SandboxReply consentPage(const SandboxApp &app, const QUrlQuery &params, const QString &message) const;

    SandboxContext m_context;
};

} // namespace Ledgerlink

#pragma once

#include "auth/authorizationtypes.h"
#include "auth/loopbackreplyhandler.h"
#include "auth/pkcechallenge.h"
#include "clock.h"
#include "error.h"

#include <QAbstractOAuth>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantMap>

class QOAuth2AuthorizationCodeFlow;

namespace Ledgerlink {

class OAuthNetworkAccessManager;
class OrganisationDiscovery;

/// One authorisation attempt with the authorization code flow (+ PKCE S256) through the system
/// browser and a loopback listener. Core never opens the browser: it emits authorizeUrlReady()
/// and the UI (QDesktopServices) or the CLI (--no-browser: print it) takes it from there.
///
///   start() -> listener on 127.0.0.1:PORT, fresh state + PKCE -> authorizeUrlReady(url)
///   browser -> provider consent -> 302 http://localhost:PORT/callback?code&state
///   handler: state/duplicate check -> Qt's flow POSTs the token URL (code_verifier, Basic auth)
///   granted -> OrganisationDiscovery -> finished(AuthorizationResult)
///
/// Every way out - success, access_denied, wrong/replayed state, second callback, failed token
/// request, timeout, cancel() - ends in exactly one finished() and closes the listener.
class AuthorizationFlow : public QObject
{
    Q_OBJECT

public:
    AuthorizationFlow(AuthorizationRequest request, const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~AuthorizationFlow() override;

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }

    /// The redirect URI the provider sees (valid once start() listens).
    QString redirectUri() const;
    bool isListening() const;

Q_SIGNALS:
    void authorizeUrlReady(const QUrl &url);
    void finished(const Ledgerlink::Result<Ledgerlink::AuthorizationResult> &result);

private:
    void onCallback(LoopbackReplyHandler::CallbackKind kind, const QVariantMap &values);
    void onTokenFailed(int httpStatus, const QString &error, const QString &description);
    void onGranted();
    void modifyParameters(QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters);
    void startClientCredentials();
    void discover(const QString &accessToken);
    void finish(Result<AuthorizationResult> result);
    Error tokenError(int httpStatus, const QString &error, const QString &description) const;

    AuthorizationRequest m_request;
    const Clock &m_clock;
    ProviderEndpoints m_endpoints;
    OAuthNetworkAccessManager *m_network = nullptr;
    QPointer<LoopbackReplyHandler> m_handler;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    OrganisationDiscovery *m_discovery = nullptr;
    PkceChallenge m_pkce;
    QString m_state;
    QVariantMap m_callbackValues;
    QVariantMap m_tokenResponse;
    AuthorizationResult m_result;
    QTimer m_timeout;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace Ledgerlink

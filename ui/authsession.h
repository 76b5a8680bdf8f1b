#pragma once

#include "auth/authorizationflow.h"
#include "integrationdraft.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

namespace Ledgerlink {

/// The wizard's side of one provider sign-in: runs core's AuthorizationFlow (browser + loopback,
/// or client credentials) and reports the organisations in the wizard's terms. The tokens stay
/// in memory until IntegrationBuilder writes the refresh token to the keychain.
class AuthSession : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString provider; ///< "xero", "qbo", "sage", "myob"
        AppType appType = AppType::PkceDesktop;
        QString clientId;
        QString clientSecret;
        QStringList scopes;
        quint16 port = 53682;
        QUrl sandboxBase; ///< empty: the real provider
        int timeoutMs = 5 * 60 * 1000;
    };

    /// Tokens stay in memory until IntegrationBuilder hands them to the keychain. The access token
    /// only serves the Configure step's contact read (SignInTokenSource) and is never stored.
    struct Outcome
    {
        QStringList organisationIds;
        QStringList organisationNames;
        QString refreshToken;
        QString accessToken;
        QDateTime accessExpiresAt; ///< UTC; invalid when the provider did not say
    };

    explicit AuthSession(QObject *parent = nullptr);
    ~AuthSession() override;

    /// Starts a sign-in; ends in exactly one succeeded() or failed().
    void start(const Request &request);
    void cancel();
    bool isRunning() const { return m_flow != nullptr; }

Q_SIGNALS:
    void authorizeUrlReady(const QUrl &url);
    void succeeded(const Ledgerlink::AuthSession::Outcome &outcome);
    void failed(const QString &message);

private:
    QPointer<AuthorizationFlow> m_flow;
};

} // namespace Ledgerlink

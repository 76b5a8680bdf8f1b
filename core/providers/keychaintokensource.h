#pragma once

#include "auth/tokenmanager.h"
#include "providers/accesstokensource.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace Ledgerlink {

class Database;
class SecretStore;
struct Integration;

/// Access tokens for a stored integration, through the auth TokenManager (refresh, rotation,
/// keychain). The client secret, where the app type has one, is read from the keychain
/// ("<owner>/client_secret", owner = the grant id, else the integration id) before the first
/// token is asked for. Lives on the sync worker with the worker's store connection.
class KeychainTokenSource : public QObject, public AccessTokenSource
{
    Q_OBJECT

public:
    KeychainTokenSource(const Integration &integration, const QUrl &sandboxBase, Database &database,
        QNetworkAccessManager *network, const Clock &clock, QObject *parent = nullptr);
    ~KeychainTokenSource() override;

    void accessToken(QObject *context, Callback callback) override;
    void invalidate(const QString &token) override;

    static QString clientSecretName() { return QStringLiteral("client_secret"); }
    /// "pkce"/"desktop" -> Pkce, "custom"/"custom_connection" -> CustomConnection, else web app.
    static AppType appTypeFromText(const QString &text);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };
    void createManager(const QString &clientSecret);
    void failAll(const Error &error);

    TokenManager::Config m_config;
    QNetworkAccessManager *m_network;
    const Clock &m_clock;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<TokenManager> m_manager;
    QList<Waiter> m_waiters;
    bool m_reading = false;
};

} // namespace Ledgerlink

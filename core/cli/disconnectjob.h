#pragma once

#include "appcontext.h"
#include "store/integration.h"

#include <QObject>
#include <QTextStream>

#include <memory>

class QNetworkAccessManager;

namespace Ledgerlink {

class KeychainTokenSource;
class SecretStore;
class StoreOpener;

/// The work behind `ledgerlink disconnect INTEGRATION`:
///
///   StoreOpener -> find the integration -> client secret from the keychain (app types with one)
///   -> Xero with a connection id: a valid access token (refreshing if needed) for DELETE /connections/{id}
///   -> refresh token from the keychain (after any rotation) -> GrantRevocation (revoke at the
///      provider unless another integration still shares the grant; keychain entries removed)
///   -> the integration: Not enabled, switched off, no grant; its records, links and history stay.
///
/// A provider that cannot be told still ends with the local side disconnected and exit code 1
/// with a message saying what to remove by hand. Ends with exactly one finished(exitCode).
class DisconnectJob : public QObject
{
    Q_OBJECT

public:
    DisconnectJob(
        AppOptions options, QString integration, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~DisconnectJob() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void begin();
    void readClientSecret();
    void fetchAccessToken();
    void readRefreshToken();
    void revoke();
    void markDisconnected(const Status &revocation);
    void fail(const Error &error);
    void finish(int exitCode);

    AppOptions m_options;
    QString m_name;
    QTextStream &m_out;
    QTextStream &m_err;
    StoreOpener *m_opener = nullptr;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<SecretStore> m_secrets;
    QNetworkAccessManager *m_network = nullptr;
    KeychainTokenSource *m_tokens = nullptr;
    Integration m_integration;
    bool m_sharedGrant = false;
    QString m_clientSecret;
    QString m_accessToken;
    QString m_refreshToken;
    bool m_finished = false;
};

} // namespace Ledgerlink

#pragma once

#include "auth/providerendpoints.h"
#include "clock.h"
#include "providers/accesstokensource.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkAccessManager;

namespace Ledgerlink {

class ClientCredentialsFlow;

/// Access tokens of a Xero custom connection (client credentials, no refresh token): one token
/// request at a time, reused until shortly before it expires. The secret stays in memory only.
class ClientCredentialsTokenSource : public QObject, public AccessTokenSource
{
    Q_OBJECT

public:
    ClientCredentialsTokenSource(QNetworkAccessManager *network, ProviderEndpoints endpoints, QString clientId,
        QString clientSecret, QStringList scopes, const Clock &clock, QObject *parent = nullptr);
    ~ClientCredentialsTokenSource() override;

    void accessToken(QObject *context, Callback callback) override;
    void invalidate(const QString &token) override;

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };
    void request();
    void complete(const Result<QString> &result);

    QNetworkAccessManager *m_network;
    ProviderEndpoints m_endpoints;
    QString m_clientId;
    QString m_clientSecret;
    QStringList m_scopes;
    const Clock &m_clock;
    QString m_token;
    QDateTime m_expiresAt;
    QList<Waiter> m_waiters;
    bool m_requesting = false;
};

} // namespace Ledgerlink

#pragma once

#include "auth/authorizationtypes.h"
#include "error.h"
#include "store/integration.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

namespace Ledgerlink {

class AuthorizationFlow;
class Clock;
class Database;
class SecretStore;

/// Renews the grant of one existing integration in place ("Reconnect" on a Needs re-authorisation
/// integration), instead of adding a new integration through the wizard.
///
///   start(integrationId)
///     -> client secret from the keychain ("<grant>/client_secret", app types with one)
///     -> AuthorizationFlow with the integration's provider, app type, client id and redirect port
///        (authorizeUrlReady(url) for the UI's browser)
///     -> does the new grant still reach the integration's organisation (tenant)?
///        no: finished(error), nothing written
///     -> keychain: the new refresh token under the integration's key names ("<grant>/refresh_token";
///        a grant shared with organisations the new sign-in does not reach gets a new grant id, so
///        those integrations keep theirs) - written and finished OK before the store changes
///     -> store: the integration (and renewed sharers of the grant that needed it too) Active, or
///        Not enabled when switched off; their sticky "sign in again" notifications resolved
///     -> finished(Outcome)
///
/// Exactly one finished() per successful start(), always from the event loop; cancel() ends a
/// running renewal with a "cancelled" error. Tokens stay in memory only until the keychain has them.
class GrantRenewal : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        /// ledgerlink-sandbox base URL, empty for the real provider.
        QUrl sandboxBase;
        /// 0: the integration's registered redirect port (tests pass a free one).
        quint16 port = 0;
        int timeoutMs = 5 * 60 * 1000;
    };

    struct Outcome
    {
        QString integrationId;
        QString organisationName;
        /// The integration itself plus sharers of its grant that were renewed with it.
        QStringList renewedIds;
        /// The integration's grant id after the renewal (a new one when the old grant stays with others).
        QString grantId;
    };

    GrantRenewal(Database &database, Clock &clock, SecretStore &secrets, QObject *parent = nullptr);
    ~GrantRenewal() override;

    /// Returns false (and emits nothing) while another renewal is running.
    bool start(const QString &integrationId, const Options &options);
    bool start(const QString &integrationId) { return start(integrationId, Options()); }
    void cancel();
    bool isRunning() const { return m_running; }

    /// The error finished() carries after cancel().
    static bool isCancellation(const Error &error);
    /// Integration::appType as stored ("pkce", "web", "custom_connection"; older "desktop", "custom").
    static AppType appTypeOf(const QString &text);

Q_SIGNALS:
    void authorizeUrlReady(const QUrl &url);
    void finished(const Ledgerlink::Result<Ledgerlink::GrantRenewal::Outcome> &result);

private:
    struct PendingSecret
    {
        QString name;
        QByteArray value;
    };

    void readClientSecret();
    void authorise(const QString &clientSecret);
    void onAuthorised(const Result<AuthorizationResult> &result);
    void writeNext();
    void store();
    void failAfterWrites(const Error &error);
    void finish(Result<Outcome> result);
    QString secretOwner() const;

    Database &m_database;
    Clock &m_clock;
    SecretStore &m_secrets;
    Options m_options;
    Integration m_integration;
    QList<Integration> m_sharers; ///< other integrations on the same grant that the new sign-in reaches
    QList<AuthorizedOrganisation> m_reached;
    QString m_owner; ///< keychain owner the new secrets go to
    bool m_newOwner = false;
    QList<PendingSecret> m_pending;
    QByteArray m_clientSecret; ///< from the keychain, for a new grant's copy; cleared once queued
    QPointer<AuthorizationFlow> m_flow;
    int m_attempt = 0;
    bool m_running = false;
};

} // namespace Ledgerlink

Q_DECLARE_METATYPE(Ledgerlink::GrantRenewal::Outcome)
Q_DECLARE_METATYPE(Ledgerlink::Result<Ledgerlink::GrantRenewal::Outcome>)

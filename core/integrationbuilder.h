#pragma once

#include "error.h"
#include "integrationdraft.h"
#include "store/integration.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

namespace Ledgerlink {

class Clock;
class Database;
class SecretStore;

/// Commits the "Add a new app" wizard's IntegrationDraft when the admin clicks Save (ownCloud's
/// NewAccountBuilder idea: nothing exists until the end).
///
///   commit(draft, refreshToken)
///     validate -> new grant id (keychain owner shared by the draft's organisations)
///     -> keychain: "<grant>/client_secret" (app types with a secret), "<grant>/refresh_token"
///     -> both writes finished OK -> one transaction: one Active, enabled integration per organisation
///     -> finished(Result<Outcome>)
///   a keychain failure removes what was written and stores nothing; a store failure removes the
///   grant's secrets again. Exactly one finished() per commit(), always from the event loop.
///
/// Secrets go only to the keychain (SecretStore): never into the settings JSON, the store or a log.
class IntegrationBuilder : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        QString grantId;
        QList<Integration> integrations;
    };

    IntegrationBuilder(Database &database, Clock &clock, SecretStore &secrets, QObject *parent = nullptr);

    /// Starts the commit; `refreshToken` is the authorisation's (empty for a custom connection).
    /// Returns false (and emits nothing) while another commit is running.
    bool commit(const IntegrationDraft &draft, const QString &refreshToken = {});
    bool isRunning() const { return m_running; }

    /// The integration's sync choices as core's SyncSettings reads them (no secret in there).
    static QJsonObject settingsJson(const IntegrationDraft &draft);
    /// "pkce", "web" or "custom_connection", as stored in Integration::appType.
    static QString appTypeText(AppType type);
    /// What must hold before anything is written; the message says what to fix.
    static Status validate(const IntegrationDraft &draft);

    static QString clientSecretName() { return QStringLiteral("client_secret"); }
    static QString refreshTokenName() { return QStringLiteral("refresh_token"); }

Q_SIGNALS:
    void finished(const Ledgerlink::Result<Ledgerlink::IntegrationBuilder::Outcome> &result);

private:
    struct PendingSecret
    {
        QString name;
        QByteArray value;
    };
    void writeNext();
    void storeIntegrations();
    void rollBackSecrets(const Error &error);
    void finish(Result<Outcome> result);

    Database &m_database;
    Clock &m_clock;
    SecretStore &m_secrets;
    IntegrationDraft m_draft;
    QString m_grantId;
    QList<PendingSecret> m_pending;
    bool m_running = false;
};

} // namespace Ledgerlink

Q_DECLARE_METATYPE(Ledgerlink::Result<Ledgerlink::IntegrationBuilder::Outcome>)

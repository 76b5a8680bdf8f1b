#pragma once

#include "clock.h"
#include "providers/accesstokensource.h"
#include "store/integration.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <map>
#include <memory>

class QNetworkAccessManager;

namespace Ledgerlink {

class Database;
class KeychainTokenSource;

/// Keeps every keychain access on one thread. QtKeychain is not safe to use from two threads of
/// one process (a job started on the sync thread while the GUI thread also uses the keychain
/// crashed inside libqt6keychain), so the token sources (TokenManager + SecretStore) live on the
/// GUI thread, with the GUI thread's store connection and network manager, and the sync worker
/// reaches them through TokenSourceBridge: queued calls there, queued answers back.
class MainThreadTokenSources : public QObject
{
    Q_OBJECT

public:
    MainThreadTokenSources(Database &database, QNetworkAccessManager *network, QUrl sandboxBase,
        const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~MainThreadTokenSources() override;

    /// For SyncEngine::Config::tokenSources: builds a worker-side bridge to this object.
    std::function<std::unique_ptr<AccessTokenSource>(const Integration &, QNetworkAccessManager *, Database &)>
    factory();

    /// This thread only: the source of one integration, created on first use.
    AccessTokenSource *sourceFor(const Integration &integration);
    /// This thread only: drops the integration's cached source (its grant was renewed or removed),
    /// so the next use reads the keychain again. Call it while the integration is not syncing.
    void forget(const QString &integrationId);

private:
    Database &m_database;
    QNetworkAccessManager *m_network;
    QUrl m_sandboxBase;
    const Clock &m_clock;
    std::map<QString, std::unique_ptr<KeychainTokenSource>> m_sources;
};

/// The worker-side face of a MainThreadTokenSources entry. Answers arrive on the worker's thread.
class TokenSourceBridge : public QObject, public AccessTokenSource
{
    Q_OBJECT

public:
    TokenSourceBridge(MainThreadTokenSources *owner, Integration integration);

    void accessToken(QObject *context, Callback callback) override;
    void invalidate(const QString &token) override;

private:
    QPointer<MainThreadTokenSources> m_owner;
    Integration m_integration;
};

} // namespace Ledgerlink

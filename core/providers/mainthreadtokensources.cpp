#include "mainthreadtokensources.h"

#include "providers/keychaintokensource.h"

#include <QThread>

namespace Ledgerlink {

MainThreadTokenSources::MainThreadTokenSources(
    Database &database, QNetworkAccessManager *network, QUrl sandboxBase, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_network(network)
    , m_sandboxBase(std::move(sandboxBase))
    , m_clock(clock)
{ }

MainThreadTokenSources::~MainThreadTokenSources() = default;

std::function<std::unique_ptr<AccessTokenSource>(const Integration &, QNetworkAccessManager *, Database &)>
MainThreadTokenSources::factory()
{
    QPointer<MainThreadTokenSources> self(this);
    return [self](const Integration &integration, QNetworkAccessManager *, Database &) {
        return std::unique_ptr<AccessTokenSource>(new TokenSourceBridge(self.data(), integration));
    };
}

AccessTokenSource *MainThreadTokenSources::sourceFor(const Integration &integration)
{
    Q_ASSERT(thread() == QThread::currentThread());
    auto it = m_sources.find(integration.id);
    if (it == m_sources.end()) {
        it = m_sources
                 .emplace(integration.id,
                     std::make_unique<KeychainTokenSource>(integration, m_sandboxBase, m_database, m_network, m_clock))
                 .first;
    }
    return it->second.get();
}

void MainThreadTokenSources::forget(const QString &integrationId)
{
    Q_ASSERT(thread() == QThread::currentThread());
    m_sources.erase(integrationId);
}

TokenSourceBridge::TokenSourceBridge(MainThreadTokenSources *owner, Integration integration)
    : m_owner(owner)
    , m_integration(std::move(integration))
{ }

void TokenSourceBridge::accessToken(QObject *context, Callback callback)
{
    MainThreadTokenSources *owner = m_owner.data();
    if (!owner) {
        callback(Error(Error::Kind::Fatal, QObject::tr("Ledgerlink is shutting down; the sync stops.")));
        return;
    }
    QPointer<TokenSourceBridge> self(this);
    QPointer<QObject> guard(context);
    const Integration integration = m_integration;
    QMetaObject::invokeMethod(
        owner,
        [owner, self, guard, callback, integration]() {
            owner->sourceFor(integration)->accessToken(owner, [self, guard, callback](const Result<QString> &token) {
                // Back to the worker's thread with the answer.
                if (self) {
                    QMetaObject::invokeMethod(
                        self.data(),
                        [guard, callback, token]() {
                            if (guard) {
                                callback(token);
                            }
                        },
                        Qt::QueuedConnection);
                }
            });
        },
        Qt::QueuedConnection);
}

void TokenSourceBridge::invalidate(const QString &token)
{
    MainThreadTokenSources *owner = m_owner.data();
    if (!owner) {
        return;
    }
    const Integration integration = m_integration;
    QMetaObject::invokeMethod(
        owner, [owner, integration, token]() { owner->sourceFor(integration)->invalidate(token); },
        Qt::QueuedConnection);
}

} // namespace Ledgerlink

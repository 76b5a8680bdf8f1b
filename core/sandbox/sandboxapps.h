#pragma once

#include "error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ledgerlink {

/// One OAuth client registered with a provider, as its developer portal would hold it.
struct SandboxApp
{
    enum class Type { Web, Pkce, CustomConnection };

    QString provider; ///< xero, qbo, sage, myob
    QString clientId;
    QString clientSecret; ///< empty for PKCE apps
    QString name;
    Type type = Type::Web;
    QStringList redirectUris; ///< matched exactly, port included
    /// Xero: apps created after 2 March 2026 get granular scopes only; asking such an app for
    /// the broad accounting.transactions scope fails with invalid_scope.
    bool granularScopes = true;
    QString customTenantId; ///< the one organisation of a Xero custom connection
    /// Scopes the app may ask for; empty means every scope the provider knows.
    QStringList scopes;

    QJsonObject toJson(bool withSecret) const;
    static SandboxApp fromJson(const QJsonObject &object);
    static QString typeName(Type type);
};

/// The apps registry behind GET/POST /_sandbox/apps, with the demo apps pre-registered.
class SandboxApps
{
public:
    SandboxApps();

    /// Demo apps of every provider and type (see docs/sandbox.md); drops any others.
    void resetToDemo();
    const SandboxApp *find(const QString &provider, const QString &clientId) const;
    QList<SandboxApp> apps() const { return m_apps; }
    /// Adds or replaces (same provider + client id). Fails for an incomplete app.
    Result<void> add(const SandboxApp &app);

    QJsonArray toJson(bool withSecrets) const;
    void fromJson(const QJsonArray &array);

    /// Ports pre-registered as http://localhost:PORT/callback for every demo web/PKCE app.
    static QList<int> demoCallbackPorts();

private:
    QList<SandboxApp> m_apps;
};

} // namespace Ledgerlink

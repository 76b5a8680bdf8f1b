#include "sandboxapps.h"

#include "sandboxdata.h"

namespace Ledgerlink {

namespace {

QStringList demoRedirects()
{
    QStringList uris;
    const auto ports = SandboxApps::demoCallbackPorts();
    for (int port : ports) {
        uris << QStringLiteral("http://localhost:%1/callback").arg(port);
    }
    return uris;
}

SandboxApp makeApp(
    const QString &provider, const QString &id, const QString &secret, const QString &name, SandboxApp::Type type)
{
    SandboxApp app;
    app.provider = provider;
    app.clientId = id;
    app.clientSecret = secret;
    app.name = name;
    app.type = type;
    if (type != SandboxApp::Type::CustomConnection) {
        app.redirectUris = demoRedirects();
    }
    return app;
}

} // namespace

QJsonObject SandboxApp::toJson(bool withSecret) const
{
    QJsonObject o {
        { QStringLiteral("provider"), provider },
        { QStringLiteral("client_id"), clientId },
        { QStringLiteral("name"), name },
        { QStringLiteral("type"), typeName(type) },
        { QStringLiteral("redirect_uris"), QJsonArray::fromStringList(redirectUris) },
        { QStringLiteral("granular_scopes"), granularScopes },
        { QStringLiteral("has_secret"), !clientSecret.isEmpty() },
    };
    if (withSecret) {
        o.insert(QStringLiteral("client_secret"), clientSecret);
    }
    if (!customTenantId.isEmpty()) {
        o.insert(QStringLiteral("tenant_id"), customTenantId);
    }
    if (!scopes.isEmpty()) {
        o.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
    }
    return o;
}

SandboxApp SandboxApp::fromJson(const QJsonObject &o)
{
    SandboxApp app;
    app.provider = o.value(QStringLiteral("provider")).toString();
    app.clientId = o.value(QStringLiteral("client_id")).toString();
    app.clientSecret = o.value(QStringLiteral("client_secret")).toString();
    app.name = o.value(QStringLiteral("name")).toString(app.clientId);
    const QString type = o.value(QStringLiteral("type")).toString(QStringLiteral("web"));
    app.type = type == QLatin1String("pkce")         ? Type::Pkce
        : type == QLatin1String("custom_connection") ? Type::CustomConnection
                                                     : Type::Web;
    const auto uris = o.value(QStringLiteral("redirect_uris")).toArray();
    for (const auto &u : uris) {
        app.redirectUris << u.toString();
    }
    app.granularScopes = o.value(QStringLiteral("granular_scopes")).toBool(true);
    app.customTenantId = o.value(QStringLiteral("tenant_id")).toString();
    const auto scopes = o.value(QStringLiteral("scopes")).toArray();
    for (const auto &scope : scopes) {
        app.scopes << scope.toString();
    }
    return app;
}

QString SandboxApp::typeName(Type type)
{
    switch (type) {
    case Type::Web:
        return QStringLiteral("web");
    case Type::Pkce:
        return QStringLiteral("pkce");
    case Type::CustomConnection:
        return QStringLiteral("custom_connection");
    }
    return {};
}

SandboxApps::SandboxApps()
{
    resetToDemo();
}

QList<int> SandboxApps::demoCallbackPorts()
{
    return { 53682, 8080, 8765, 17170, 17171, 17172, 17173, 17174, 17175, 17176, 17177, 17178, 17179 };
}

void SandboxApps::resetToDemo()
{
    using T = SandboxApp::Type;
    m_apps.clear();
    m_apps << makeApp(QStringLiteral("xero"), QStringLiteral("LEDGERLINK-XERO-WEB"),
        QStringLiteral("xero-web-secret-0123456789abcdef"), QStringLiteral("Ledgerlink (web app)"), T::Web);
    m_apps << makeApp(QStringLiteral("xero"), QStringLiteral("LEDGERLINK-XERO-PKCE"), QString(),
        QStringLiteral("Ledgerlink (desktop PKCE)"), T::Pkce);
    SandboxApp custom = makeApp(QStringLiteral("xero"), QStringLiteral("LEDGERLINK-XERO-CUSTOM"),
        QStringLiteral("xero-custom-secret-0123456789abcdef"), QStringLiteral("Ledgerlink (custom connection)"),
        T::CustomConnection);
    custom.customTenantId = SandboxData::demoTenantId(QStringLiteral("xero"), 0);
    m_apps << custom;
    SandboxApp legacy = makeApp(QStringLiteral("xero"), QStringLiteral("LEDGERLINK-XERO-LEGACY"),
        QStringLiteral("xero-legacy-secret-0123456789abcdef"),
        QStringLiteral("Ledgerlink (app created before March 2026)"), T::Web);
    legacy.granularScopes = false;
    m_apps << legacy;
    m_apps << makeApp(QStringLiteral("qbo"), QStringLiteral("LEDGERLINK-QBO-WEB"),
        QStringLiteral("qbo-web-secret-0123456789abcdef"), QStringLiteral("Ledgerlink (QuickBooks)"), T::Web);
    m_apps << makeApp(QStringLiteral("sage"), QStringLiteral("LEDGERLINK-SAGE-WEB"),
        QStringLiteral("sage-web-secret-0123456789abcdef"), QStringLiteral("Ledgerlink (Sage)"), T::Web);
    m_apps << makeApp(QStringLiteral("myob"), QStringLiteral("LEDGERLINK-MYOB-WEB"),
        QStringLiteral("myob-web-secret-0123456789abcdef"), QStringLiteral("Ledgerlink (MYOB)"), T::Web);
}

const SandboxApp *SandboxApps::find(const QString &provider, const QString &clientId) const
{
    for (const auto &app : m_apps) {
        if (app.provider == provider && app.clientId == clientId) {
            return &app;
        }
    }
    return nullptr;
}

Result<void> SandboxApps::add(const SandboxApp &app)
{
    static const QStringList providers { QStringLiteral("xero"), QStringLiteral("qbo"), QStringLiteral("sage"),
        QStringLiteral("myob") };
    if (!providers.contains(app.provider) || app.clientId.isEmpty()) {
        return Error(Error::Kind::Config, QStringLiteral("provider and client_id are required"));
    }
    if (app.type != SandboxApp::Type::Pkce && app.clientSecret.isEmpty()) {
        return Error(Error::Kind::Config, QStringLiteral("client_secret is required for this app type"));
    }
    if (app.type != SandboxApp::Type::CustomConnection && app.redirectUris.isEmpty()) {
        return Error(Error::Kind::Config, QStringLiteral("at least one redirect URI is required"));
    }
    for (int i = 0; i < m_apps.size(); ++i) {
        if (m_apps.at(i).provider == app.provider && m_apps.at(i).clientId == app.clientId) {
            m_apps[i] = app;
            return {};
        }
    }
    m_apps << app;
    return {};
}

QJsonArray SandboxApps::toJson(bool withSecrets) const
{
    QJsonArray array;
    for (const auto &app : m_apps) {
        array.append(app.toJson(withSecrets));
    }
    return array;
}

void SandboxApps::fromJson(const QJsonArray &array)
{
    if (array.isEmpty()) {
        return;
    }
    m_apps.clear();
    for (const auto &v : array) {
        m_apps << SandboxApp::fromJson(v.toObject());
    }
}

} // namespace Ledgerlink

#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Ledgerlink {

using HeaderPairs = QList<QPair<QByteArray, QByteArray>>;

/// One finished HTTP exchange as the sandbox tests look at it.
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool timedOut = false;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
};

/// Test-side HTTP client for an in-process SandboxServer: real requests over loopback with
/// QNetworkAccessManager (redirects not followed, so 302s can be checked), plus the Xero
/// consent -> code -> token dance that most tests start with.
class SandboxTestClient
{
public:
    explicit SandboxTestClient(const QString &baseUrl);

    HttpResult send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
        const HeaderPairs &headers = {}, int timeoutMs = 10000);
    HttpResult get(const QString &path, const HeaderPairs &headers = {}) { return send("GET", path, {}, headers); }
    HttpResult postJson(const QString &path, const QJsonObject &body, const HeaderPairs &headers = {});
    HttpResult postForm(
        const QString &path, const QList<QPair<QString, QString>> &fields, const HeaderPairs &headers = {});
    /// Starts a request without waiting (for parallel tests); the reply belongs to the manager.
    QNetworkReply *start(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
        const HeaderPairs &headers = {});

    static QByteArray basic(const QString &id, const QString &secret);
    static QString pkceChallenge(const QString &verifier);
    static QString queryValue(const QByteArray &location, const QString &name);

    // --- Xero ---
    static QString xeroTenant(int index);
    /// Consent page -> Allow with the given organisations -> the redirect's Location.
    QByteArray xeroConsent(const QString &clientId, const QString &scope, const QStringList &tenants,
        const QString &challenge = {}, const QString &redirectUri = defaultRedirect(),
        const QString &decision = QStringLiteral("allow"));
    /// Full web-app flow: returns the token response (access_token, refresh_token, ...).
    QJsonObject xeroConnect(const QString &scope = defaultScope(), const QStringList &tenants = { xeroTenant(0) });
    HeaderPairs xeroHeaders(const QString &accessToken, const QString &tenant = xeroTenant(0)) const;
    HttpResult xeroGet(const QString &token, const QString &path, const HeaderPairs &extra = {});
    HttpResult xeroWrite(const QByteArray &method, const QString &token, const QString &path, const QJsonObject &body,
        const HeaderPairs &extra = {});

    static QString defaultRedirect() { return QStringLiteral("http://localhost:53682/callback"); }
    static QString defaultScope();
    static QString webClient() { return QStringLiteral("LEDGERLINK-XERO-WEB"); }
    static QString webSecret() { return QStringLiteral("xero-web-secret-0123456789abcdef"); }

    QNetworkAccessManager &manager() { return m_manager; }
    QString baseUrl() const { return m_base; }

private:
    QNetworkAccessManager m_manager;
    QString m_base;
};

HttpResult resultOf(QNetworkReply *reply);

} // namespace Ledgerlink

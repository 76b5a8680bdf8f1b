#include "tst_sandboxclient.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrlQuery>

namespace Ledgerlink {

HttpResult resultOf(QNetworkReply *reply)
{
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.error = reply->error();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &p : pairs) {
        r.headers.insert(p.first.toLower(), p.second);
    }
    return r;
}

SandboxTestClient::SandboxTestClient(const QString &baseUrl)
    : m_base(baseUrl)
{
    m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QNetworkReply *SandboxTestClient::start(
    const QByteArray &method, const QString &pathAndQuery, const QByteArray &body, const HeaderPairs &headers)
{
    QNetworkRequest request(QUrl(m_base + pathAndQuery));
    for (const auto &h : headers) {
        request.setRawHeader(h.first, h.second);
    }
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type")) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    return m_manager.sendCustomRequest(request, method, body);
}

HttpResult SandboxTestClient::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
    const HeaderPairs &headers, int timeoutMs)
{
    QNetworkReply *reply = start(method, pathAndQuery, body, headers);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpResult r;
    if (!reply->isFinished() && !finished.wait(timeoutMs)) {
        r.timedOut = true;
        reply->abort();
        reply->deleteLater();
        return r;
    }
    r = resultOf(reply);
    reply->deleteLater();
    return r;
}

HttpResult SandboxTestClient::postJson(const QString &path, const QJsonObject &body, const HeaderPairs &headers)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpResult SandboxTestClient::postForm(
    const QString &path, const QList<QPair<QString, QString>> &fields, const HeaderPairs &headers)
{
    QByteArray body;
    for (const auto &f : fields) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    }
    HeaderPairs all = headers;
    all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    return send("POST", path, body, all);
}

QByteArray SandboxTestClient::basic(const QString &id, const QString &secret)
{
    return "Basic " + QString(id + QLatin1Char(':') + secret).toUtf8().toBase64();
}

QString SandboxTestClient::pkceChallenge(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString SandboxTestClient::queryValue(const QByteArray &location, const QString &name)
{
    return QUrlQuery(QUrl::fromEncoded(location)).queryItemValue(name, QUrl::FullyDecoded);
}

QString SandboxTestClient::xeroTenant(int index)
{
    return index == 0 ? QStringLiteral("6a0c7e3d-1b52-4f3a-9d1e-0a7c5e2b1f01")
                      : QStringLiteral("6a0c7e3d-1b52-4f3a-9d1e-0a7c5e2b1f02");
}

QString SandboxTestClient::defaultScope()
{
    return QStringLiteral("openid profile email offline_access accounting.contacts accounting.settings "
                          "accounting.invoices accounting.payments");
}

QByteArray SandboxTestClient::xeroConsent(const QString &clientId, const QString &scope, const QStringList &tenants,
    const QString &challenge, const QString &redirectUri, const QString &decision)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), clientId);
    q.addQueryItem(QStringLiteral("redirect_uri"), QString::fromLatin1(QUrl::toPercentEncoding(redirectUri)));
    q.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(scope)));
    q.addQueryItem(QStringLiteral("state"), QStringLiteral("st4te"));
    if (!challenge.isEmpty()) {
        q.addQueryItem(QStringLiteral("code_challenge"), challenge);
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    }
    const HttpResult page =
        get(QStringLiteral("/xero/login/identity/connect/authorize?") + q.toString(QUrl::FullyEncoded));
    if (page.status != 200) {
        return page.header("location");
    }
    // Submit the page's own form, as a browser would: hidden fields + chosen check-boxes + button.
    QList<QPair<QString, QString>> fields;
    static const QRegularExpression hidden(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"));
    auto it = hidden.globalMatch(QString::fromUtf8(page.body));
    while (it.hasNext()) {
        const auto m = it.next();
        QString value = m.captured(2);
        value.replace(QStringLiteral("&amp;"), QStringLiteral("&"))
            .replace(QStringLiteral("&quot;"), QStringLiteral("\""));
        fields.append({ m.captured(1), value });
    }
    for (const auto &t : tenants) {
        fields.append({ QStringLiteral("tenant"), t });
    }
    fields.append({ QStringLiteral("decision"), decision });
    return postForm(QStringLiteral("/xero/login/identity/connect/consent"), fields).header("location");
}

QJsonObject SandboxTestClient::xeroConnect(const QString &scope, const QStringList &tenants)
{
    const QByteArray location = xeroConsent(webClient(), scope, tenants);
    const HttpResult token = postForm(QStringLiteral("/xero/identity/connect/token"),
        { { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
            { QStringLiteral("code"), queryValue(location, QStringLiteral("code")) },
            { QStringLiteral("redirect_uri"), defaultRedirect() } },
        { { "Authorization", basic(webClient(), webSecret()) } });
    return token.json();
}

HeaderPairs SandboxTestClient::xeroHeaders(const QString &accessToken, const QString &tenant) const
{
    return { { "Authorization", "Bearer " + accessToken.toLatin1() }, { "xero-tenant-id", tenant.toLatin1() },
        { "Accept", "application/json" } };
}

HttpResult SandboxTestClient::xeroGet(const QString &token, const QString &path, const HeaderPairs &extra)
{
    return send("GET", QStringLiteral("/xero/api/api.xro/2.0/") + path, {}, xeroHeaders(token) + extra);
}

HttpResult SandboxTestClient::xeroWrite(const QByteArray &method, const QString &token, const QString &path,
    const QJsonObject &body, const HeaderPairs &extra)
{
    return send(method, QStringLiteral("/xero/api/api.xro/2.0/") + path,
        QJsonDocument(body).toJson(QJsonDocument::Compact), xeroHeaders(token) + extra);
}

} // namespace Ledgerlink

#include "sandboxmessage.h"

#include <QHttpServerRequest>
#include <QUrl>

namespace Ledgerlink {

SandboxRequest SandboxRequest::fromHttp(const QHttpServerRequest &request)
{
    SandboxRequest r;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        r.method = "GET";
        break;
    case QHttpServerRequest::Method::Put:
        r.method = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        r.method = "DELETE";
        break;
    case QHttpServerRequest::Method::Post:
        r.method = "POST";
        break;
    case QHttpServerRequest::Method::Head:
        r.method = "HEAD";
        break;
    case QHttpServerRequest::Method::Options:
        r.method = "OPTIONS";
        break;
    case QHttpServerRequest::Method::Patch:
        r.method = "PATCH";
        break;
    default:
        r.method = "OTHER";
        break;
    }
    r.path = request.url().path();
    r.query = request.query();
    const auto headers = request.headers();
    for (const auto &h : headers) {
        r.headers.insert(h.first.toLower(), h.second);
    }
    r.body = request.body();
    return r;
}

QString SandboxRequest::queryValue(const QString &name) const
{
    // As servers do for form-style query strings: '+' is a space, %2B a plus.
    QByteArray raw = query.queryItemValue(name, QUrl::FullyEncoded).toUtf8();
    raw.replace('+', "%20");
    return QUrl::fromPercentEncoding(raw);
}

QUrlQuery SandboxRequest::form() const
{
    // QUrlQuery keeps '+' literally; HTML forms and Qt's OAuth code send it for a space.
    QByteArray copy = body;
    copy.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(copy));
}

bool SandboxRequest::basicAuth(QString *user, QString *password) const
{
    const QByteArray value = header("authorization");
    if (!value.startsWith("Basic ")) {
        return false;
    }
    const QByteArray decoded = QByteArray::fromBase64(value.mid(6).trimmed());
    const int colon = decoded.indexOf(':');
    if (colon < 0) {
        return false;
    }
    *user = QString::fromUtf8(decoded.left(colon));
    *password = QString::fromUtf8(decoded.mid(colon + 1));
    return true;
}

QString SandboxRequest::bearerToken() const
{
    const QByteArray value = header("authorization");
    if (!value.startsWith("Bearer ")) {
        return {};
    }
    return QString::fromLatin1(value.mid(7).trimmed());
}

SandboxReply SandboxReply::json(const QJsonObject &object, int status)
{
    SandboxReply r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}

SandboxReply SandboxReply::json(const QJsonArray &array, int status)
{
    SandboxReply r;
    r.status = status;
    r.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}

SandboxReply SandboxReply::text(const QByteArray &text, int status, const QByteArray &contentType)
{
    SandboxReply r;
    r.status = status;
    r.body = text;
    r.setHeader("Content-Type", contentType);
    return r;
}

SandboxReply SandboxReply::html(const QString &html, int status)
{
    return text(html.toUtf8(), status, "text/html; charset=utf-8");
}

SandboxReply SandboxReply::redirect(const QUrl &location)
{
    SandboxReply r;
    r.status = 302;
    r.setHeader("Location", location.toEncoded());
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    r.body = "<html><body>Redirecting</body></html>";
    return r;
}

SandboxReply SandboxReply::empty(int status)
{
    SandboxReply r;
    r.status = status;
    return r;
}

void SandboxReply::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({ name, value });
}

QByteArray SandboxReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return {};
}

QJsonObject SandboxReply::toJson() const
{
    QJsonArray headerList;
    for (const auto &h : headers) {
        headerList.append(QJsonArray { QString::fromLatin1(h.first), QString::fromLatin1(h.second) });
    }
    return { { QStringLiteral("status"), status }, { QStringLiteral("headers"), headerList },
        { QStringLiteral("body"), QString::fromLatin1(body.toBase64()) } };
}

SandboxReply SandboxReply::fromJson(const QJsonObject &json)
{
    SandboxReply r;
    r.status = json.value(QStringLiteral("status")).toInt(200);
    const QJsonArray headerList = json.value(QStringLiteral("headers")).toArray();
    for (const auto &h : headerList) {
        r.headers.append({ h.toArray().at(0).toString().toLatin1(), h.toArray().at(1).toString().toLatin1() });
    }
    r.body = QByteArray::fromBase64(json.value(QStringLiteral("body")).toString().toLatin1());
    return r;
}

} // namespace Ledgerlink

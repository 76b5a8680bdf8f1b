#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

class QHttpServerRequest;

namespace Ledgerlink {

/// One HTTP request as the sandbox handlers see it: a plain copy, so a reply can be produced
/// later (latency faults) without holding on to QHttpServerRequest, which dies with the call.
struct SandboxRequest
{
    QByteArray method; ///< "GET", "POST", ...
    QString path; ///< decoded path, e.g. /xero/api/api.xro/2.0/Invoices
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;

    static SandboxRequest fromHttp(const QHttpServerRequest &request);

    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    QString queryValue(const QString &name) const;
    /// Form body (application/x-www-form-urlencoded) decoded, '+' as space.
    QUrlQuery form() const;
    /// Authorization: Basic id:secret, split. Returns false when absent or malformed.
    bool basicAuth(QString *user, QString *password) const;
    /// Authorization: Bearer <token>, or empty.
    QString bearerToken() const;
};

/// The reply a handler produced; SandboxServer writes it (or, for faults, drops or stalls).
struct SandboxReply
{
    enum class Action { Send, Drop, Stall };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Action action = Action::Send;
    /// Rate-limit concurrency slot to release once the reply is written ("provider/tenant").
    QString concurrencySlot;

    static SandboxReply json(const QJsonObject &object, int status = 200);
    static SandboxReply json(const QJsonArray &array, int status = 200);
    static SandboxReply text(const QByteArray &text, int status, const QByteArray &contentType = "text/plain");
    static SandboxReply html(const QString &html, int status = 200);
    static SandboxReply redirect(const QUrl &location);
    static SandboxReply empty(int status);

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    /// For the idempotency caches in --state: status, headers and body (base64); not the slot.
    QJsonObject toJson() const;
    static SandboxReply fromJson(const QJsonObject &json);
};

} // namespace Ledgerlink

#include "myobreply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace Ledgerlink {

QString MyobReply::correlationId(const PacedReply &reply)
{
    const QByteArray id = reply.header("x-mashery-message-id");
    return QString::fromLatin1(id.isEmpty() ? reply.header("x-request-id") : id);
}

QString MyobReply::firstErrorName(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.object()
        .value(QStringLiteral("Errors"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("Name"))
        .toString();
}

bool MyobReply::isRateLimit(const PacedReply &reply)
{
    return reply.status == 403 && firstErrorName(reply.body) == QLatin1String("RateLimitError");
}

bool MyobReply::isRowVersionConflict(const PacedReply &reply)
{
    return reply.status == 409;
}

QDateTime MyobReply::serverTime(const PacedReply &reply, const Clock &clock)
{
    const QDateTime header = QLocale::c().toDateTime(
        QString::fromLatin1(reply.header("date")).trimmed(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (header.isValid()) {
        return QDateTime(header.date(), header.time(), Qt::UTC);
    }
    return clock.now().toUTC();
}

Result<QString> MyobReply::createdUid(const PacedReply &reply)
{
    const QString location = QUrl(QString::fromUtf8(reply.header("location"))).path();
    const QString uid = location.section(QLatin1Char('/'), -1);
    static const QRegularExpression shape(QStringLiteral("^[0-9A-Fa-f-]{8,64}$"));
    if (!shape.match(uid).hasMatch()) {
        // The record was probably created: not an Item error, so the write stays unconfirmed and
        // the next run looks it up before sending anything again.
        return Error(Error::Kind::Fatal,
            tr("MYOB accepted a new record but did not say which one it is. The next sync checks MYOB before "
               "sending it again."),
            QStringLiteral("HTTP %1, Location '%2'")
                .arg(reply.status)
                .arg(QString::fromUtf8(reply.header("location"))));
    }
    return uid;
}

Error MyobReply::errorOf(const QJsonObject &body, int status, const QString &correlationId)
{
    const QJsonArray errors = body.value(QStringLiteral("Errors")).toArray();
    QStringList messages;
    QStringList names;
    for (const auto &e : errors) {
        const QJsonObject o = e.toObject();
        QString text = o.value(QStringLiteral("Message")).toString();
        if (const QString more = o.value(QStringLiteral("AdditionalDetails")).toString(); !more.isEmpty()) {
            text += QStringLiteral(" (%1)").arg(more);
        }
        messages << text;
        names << o.value(QStringLiteral("Name")).toString();
    }
    const QString name = names.value(0);
    const QString message = messages.join(QLatin1Char(' '));
    const QString detail =
        QStringLiteral("HTTP %1, errors %2, request %3").arg(status).arg(names.join(QLatin1Char(',')), correlationId);
    if (status == 401) {
        return Error(Error::Kind::Auth,
            tr("MYOB no longer accepts Ledgerlink's authorisation for this company file. Authorise the "
               "integration again."),
            detail);
    }
    if (status == 403 && name == QLatin1String("RateLimitError")) {
        return Error(Error::Kind::Retryable, tr("MYOB's rate limit was reached; the sync will try again shortly."),
            detail, true);
    }
    if (status == 403) {
        return Error(Error::Kind::Auth,
            tr("MYOB does not let Ledgerlink use this company file (%1). Check the user's access to the company "
               "file and authorise the integration again.")
                .arg(message),
            detail);
    }
    if (status >= 500 || status == 429) {
        return Error(Error::Kind::Retryable,
            tr("MYOB had a problem answering (HTTP %1). The sync will try again later.").arg(status), detail, true);
    }
    if (status == 409) {
        return Error(Error::Kind::Item,
            tr("Someone changed this record in MYOB while Ledgerlink was sending it (%1). It is sent again when "
               "it next changes.")
                .arg(message),
            detail);
    }
    if (status == 404) {
        return Error(Error::Kind::Item, tr("MYOB does not have this record any more (%1).").arg(message), detail);
    }
    if (errors.isEmpty()) {
        return Error(Error::Kind::Fatal, tr("MYOB answered with an unexpected error (HTTP %1).").arg(status), detail);
    }
    return Error(Error::Kind::Item, tr("MYOB refused the record: %1").arg(message), detail);
}

Result<QJsonObject> MyobReply::parse(const PacedReply &reply, bool bodyRequired)
{
    const QString correlation = correlationId(reply);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &parseError);
    const bool json = parseError.error == QJsonParseError::NoError && doc.isObject();
    const QString detail = QStringLiteral("HTTP %1, request %2, network '%3': %4")
                               .arg(reply.status)
                               .arg(correlation, reply.networkErrorText, QString::fromUtf8(reply.body.left(300)));
    if (reply.status == 0) {
        return Error(Error::Kind::Retryable,
            tr("MYOB could not be reached (%1). Check the internet connection; the sync will try again.")
                .arg(reply.networkErrorText),
            detail, true);
    }
    if (reply.status < 200 || reply.status >= 300) {
        const Error e = errorOf(json ? doc.object() : QJsonObject(), reply.status, correlation);
        return Error(e.kind(), e.userMessage(), e.detail() + QStringLiteral("; ") + detail, e.isRetryable());
    }
    if (reply.body.trimmed().isEmpty() && !bodyRequired) {
        return QJsonObject();
    }
    if (!json) {
        return Error(Error::Kind::Fatal,
            tr("MYOB sent a reply Ledgerlink could not read, so Ledgerlink changed nothing on its side. The sync "
               "will try again on the next run."),
            QStringLiteral("%1; JSON error '%2' at %3").arg(detail, parseError.errorString()).arg(parseError.offset),
            true);
    }
    return doc.object();
}

} // namespace Ledgerlink

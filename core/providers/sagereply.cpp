#include "sagereply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>

namespace Ledgerlink {

QString SageReply::correlationId(const PacedReply &reply)
{
    const QByteArray id = reply.header("x-request-id");
    return QString::fromLatin1(id.isEmpty() ? reply.header("x-correlation-id") : id);
}

QDateTime SageReply::serverTime(const PacedReply &reply, const QDateTime &fallback)
{
    const QDateTime header = QLocale::c().toDateTime(
        QString::fromLatin1(reply.header("date")).trimmed(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (header.isValid()) {
        return QDateTime(header.date(), header.time(), Qt::UTC);
    }
    return fallback.toUTC();
}

Error SageReply::errorFor(const QJsonValue &body, int status, const QString &correlationId)
{
    QJsonArray errors = body.isArray() ? body.toArray() : QJsonArray();
    if (body.isObject()) {
        errors.append(body);
    }
    QStringList messages;
    QStringList codes;
    for (const auto &e : std::as_const(errors)) {
        const QJsonObject o = e.toObject();
        QString text = o.value(QStringLiteral("$message")).toString().trimmed();
        const QString source = o.value(QStringLiteral("$source")).toString().trimmed();
        if (text.isEmpty()) {
            continue;
        }
        // Sage's messages are sentence tails ("can't be blank"): the field makes them readable.
        messages << (source.isEmpty() ? text : QStringLiteral("%1 %2").arg(source, text));
        codes << o.value(QStringLiteral("$dataCode")).toString();
    }
    const QString message = messages.join(QStringLiteral("; "));
    const QString detail = QStringLiteral("HTTP %1, data codes %2, request id %3")
                               .arg(status)
                               .arg(codes.join(QLatin1Char(',')), correlationId);
    if (status == 401) {
        return Error(Error::Kind::Auth,
            tr("Sage no longer accepts Ledgerlink's authorisation for this business. Authorise the integration again."),
            detail);
    }
    if (status == 403) {
        return Error(Error::Kind::Auth,
            tr("Sage does not let Ledgerlink use this business (%1). Check that the Sage user still has access, then "
               "authorise the integration again.")
                .arg(message.isEmpty() ? tr("access denied") : message),
            detail);
    }
    if (status == 429) {
        return Error(
            Error::Kind::Retryable, tr("Sage's rate limit was reached; the sync will try again later."), detail, true);
    }
    if (status >= 500) {
        return Error(Error::Kind::Retryable,
            tr("Sage had a problem answering (HTTP %1). The sync will try again later.").arg(status), detail, true);
    }
    if (status == 404) {
        return Error(Error::Kind::Item,
            tr("Sage no longer has this record (it may have been deleted there). %1").arg(message).trimmed(), detail);
    }
    if (message.isEmpty()) {
        return Error(Error::Kind::Fatal, tr("Sage answered with an unexpected error (HTTP %1).").arg(status), detail);
    }
    return Error(Error::Kind::Item, tr("Sage refused the record: %1").arg(message), detail);
}

Result<QJsonValue> SageReply::parse(const PacedReply &reply)
{
    const QString correlation = correlationId(reply);
    const QString detail = QStringLiteral("HTTP %1, request id %2, network '%3': %4")
                               .arg(reply.status)
                               .arg(correlation, reply.networkErrorText, QString::fromUtf8(reply.body.left(300)));
    if (reply.status == 0) {
        return Error(Error::Kind::Retryable,
            tr("Sage could not be reached (%1). Check the internet connection; the sync will try again.")
                .arg(reply.networkErrorText),
            detail, true);
    }
    const bool success = reply.status >= 200 && reply.status < 300;
    if (success && reply.body.trimmed().isEmpty()) {
        return QJsonValue(QJsonObject()); // 204 after a delete
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &parseError);
    const bool json = parseError.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray());
    const QJsonValue body = !json ? QJsonValue() : doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    if (!success) {
        return errorFor(body, reply.status, correlation);
    }
    if (!json) {
        return Error(Error::Kind::Fatal,
            tr("Sage sent a reply Ledgerlink could not read, so Ledgerlink changed nothing on its side. The sync "
               "will try again on the next run."),
            QStringLiteral("%1; JSON error '%2' at %3").arg(detail, parseError.errorString()).arg(parseError.offset),
            true);
    }
    return body;
}

} // namespace Ledgerlink

#include "xeroreply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Ledgerlink {

QString XeroReply::correlationId(const PacedReply &reply)
{
    return QString::fromLatin1(reply.header("xero-correlation-id"));
}

QStringList XeroReply::validationMessages(const QJsonObject &object)
{
    QStringList messages;
    const auto own = object.value(QStringLiteral("ValidationErrors")).toArray();
    for (const auto &e : own) {
        messages << e.toObject().value(QStringLiteral("Message")).toString();
    }
    const auto elements = object.value(QStringLiteral("Elements")).toArray();
    for (const auto &element : elements) {
        messages << validationMessages(element.toObject());
    }
    messages.removeAll(QString());
    messages.removeDuplicates();
    return messages;
}

Result<QJsonObject> XeroReply::parse(const PacedReply &reply, const Clock &clock)
{
    if (reply.status < 200 || reply.status >= 300) {
        return errorFor(reply, clock);
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error(Error::Kind::Fatal,
            tr("Xero sent a reply Ledgerlink could not read, so Ledgerlink changed nothing on its side. The sync "
               "will try again on the next run."),
            QStringLiteral("HTTP %1, %2 bytes, JSON error '%3' at %4, correlation id %5")
                .arg(reply.status)
                .arg(reply.body.size())
                .arg(parseError.errorString())
                .arg(parseError.offset)
                .arg(correlationId(reply)),
            true);
    }
    return doc.object();
}

Error XeroReply::errorFor(const PacedReply &reply, const Clock &clock)
{
    const QString detail =
        QStringLiteral("HTTP %1, correlation id %2, network '%3': %4")
            .arg(reply.status)
            .arg(correlationId(reply), reply.networkErrorText, QString::fromUtf8(reply.body.left(500)));
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    if (reply.status == 0) {
        return Error(Error::Kind::Retryable,
            tr("Xero could not be reached (%1). Check the internet connection; the sync will try again.")
                .arg(reply.networkErrorText),
            detail, true);
    }
    if (reply.status == 401 || reply.status == 403) {
        return Error(Error::Kind::Auth,
            tr("Xero no longer accepts Ledgerlink's authorisation for this organisation (%1). Authorise the "
               "integration again; if the organisation was disconnected or deleted, reconnect it first.")
                .arg(body.value(QStringLiteral("Detail")).toString(QStringLiteral("HTTP %1").arg(reply.status))),
            detail);
    }
    if (reply.status == 429) {
        const int seconds = reply.header("retry-after").trimmed().toInt();
        const QString until = clock.now().toUTC().addSecs(qMax(1, seconds)).toString(QStringLiteral("HH:mm"));
        const bool daily = reply.header("x-rate-limit-problem") == "day";
        return Error(Error::Kind::Retryable,
            daily ? tr("Xero's daily limit is used up; sync resumes at %1 UTC.").arg(until)
                  : tr("Xero's rate limit was reached; sync resumes at %1 UTC.").arg(until),
            detail, true);
    }
    if (reply.status >= 500) {
        return Error(Error::Kind::Retryable,
            tr("Xero had a problem answering (HTTP %1). The sync will try again later.").arg(reply.status), detail,
            true);
    }
    const QStringList messages = validationMessages(body);
    if (reply.status == 400 || reply.status == 404) {
        QString message = messages.join(QLatin1Char(' '));
        if (message.isEmpty()) {
            message =
                body.value(QStringLiteral("Message"))
                    .toString(body.value(QStringLiteral("Detail")).toString(QString::fromUtf8(reply.body.left(200))));
        }
        return Error(Error::Kind::Item, tr("Xero refused the request: %1").arg(message), detail);
    }
    return Error(Error::Kind::Fatal, tr("Xero answered with an unexpected error (HTTP %1).").arg(reply.status), detail);
}

} // namespace Ledgerlink

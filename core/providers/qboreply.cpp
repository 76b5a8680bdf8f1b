#include "qboreply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

namespace Ledgerlink {

QString QboReply::correlationId(const PacedReply &reply)
{
    return QString::fromLatin1(reply.header("intuit_tid"));
}

QString QboReply::faultCode(const QJsonObject &fault)
{
    return fault.value(QStringLiteral("Error")).toArray().at(0).toObject().value(QStringLiteral("code")).toString();
}

QDateTime QboReply::serverTime(const QJsonObject &root, const PacedReply &reply, const Clock &clock)
{
    const QDateTime time = QDateTime::fromString(root.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    if (time.isValid()) {
        return time.toUTC();
    }
    const QDateTime header = QLocale::c().toDateTime(
        QString::fromLatin1(reply.header("date")).trimmed(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (header.isValid()) {
        return QDateTime(header.date(), header.time(), Qt::UTC);
    }
    return clock.now().toUTC();
}

Error QboReply::faultError(const QJsonObject &fault, int status, const QString &correlationId)
{
    const QJsonArray errors = fault.value(QStringLiteral("Error")).toArray();
    QStringList messages;
    QStringList codes;
    for (const auto &e : errors) {
        const QJsonObject o = e.toObject();
        // Intuit's Detail is the sentence a person can act on; Message is a short title.
        QString text = o.value(QStringLiteral("Detail")).toString();
        if (text.isEmpty()) {
            text = o.value(QStringLiteral("Message")).toString();
        }
        if (const QString element = o.value(QStringLiteral("element")).toString(); !element.isEmpty()) {
            text += QStringLiteral(" (%1)").arg(element);
        }
        messages << text;
        codes << o.value(QStringLiteral("code")).toString();
    }
    const QString type = fault.value(QStringLiteral("type")).toString();
    const QString code = codes.value(0);
    const QString message = messages.join(QLatin1Char(' '));
    const QString detail = QStringLiteral("HTTP %1, Fault type %2, codes %3, intuit_tid %4")
                               .arg(status)
                               .arg(type, codes.join(QLatin1Char(',')), correlationId);
    if (status == 401 || code == QLatin1String("3200")
        || type.compare(QLatin1String("AUTHENTICATION"), Qt::CaseInsensitive) == 0) {
        return Error(Error::Kind::Auth,
            tr("QuickBooks Online no longer accepts Ledgerlink's authorisation for this company (%1). Authorise "
               "the integration again.")
                .arg(message),
            detail);
    }
    if (status == 403 || code == QLatin1String("003100")) {
        return Error(Error::Kind::Auth,
            tr("QuickBooks Online does not let Ledgerlink use this company (%1). Reconnect the company and "
               "authorise again.")
                .arg(message),
            detail);
    }
    if (status == 429 || code == QLatin1String("3001")) {
        return Error(Error::Kind::Retryable,
            tr("QuickBooks Online's rate limit was reached; the sync will try again in a minute."), detail, true);
    }
    if (status >= 500) {
        return Error(Error::Kind::Retryable,
            tr("QuickBooks Online had a problem answering (HTTP %1). The sync will try again later.").arg(status),
            detail, true);
    }
    return Error(Error::Kind::Item, tr("QuickBooks Online refused the record: %1").arg(message), detail);
}

Result<QJsonObject> QboReply::parse(const PacedReply &reply, const Clock &clock)
{
    Q_UNUSED(clock)
    const QString correlation = correlationId(reply);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &parseError);
    const bool json = parseError.error == QJsonParseError::NoError && doc.isObject();
    if (json && doc.object().value(QStringLiteral("Fault")).isObject()) {
        // A Fault is a Fault whatever the status: Intuit sends some with 200.
        return faultError(doc.object().value(QStringLiteral("Fault")).toObject(), reply.status, correlation);
    }
    const QString detail = QStringLiteral("HTTP %1, intuit_tid %2, network '%3': %4")
                               .arg(reply.status)
                               .arg(correlation, reply.networkErrorText, QString::fromUtf8(reply.body.left(300)));
    if (reply.status == 0) {
        return Error(Error::Kind::Retryable,
            tr("QuickBooks Online could not be reached (%1). Check the internet connection; the sync will try "
               "again.")
                .arg(reply.networkErrorText),
            detail, true);
    }
    if (reply.status == 401 || reply.status == 403 || reply.status == 429 || reply.status >= 500) {
        return faultError({}, reply.status, correlation);
    }
    if (reply.status < 200 || reply.status >= 300) {
        return Error(Error::Kind::Fatal,
            tr("QuickBooks Online answered with an unexpected error (HTTP %1).").arg(reply.status), detail);
    }
    if (!json) {
        return Error(Error::Kind::Fatal,
            tr("QuickBooks Online sent a reply Ledgerlink could not read, so Ledgerlink changed nothing on "
               "its side. The sync will try again on the next run."),
            QStringLiteral("%1; JSON error '%2' at %3").arg(detail, parseError.errorString()).arg(parseError.offset),
            true);
    }
    return doc.object();
}

} // namespace Ledgerlink

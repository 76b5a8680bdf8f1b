#include "xeroformat.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace Ledgerlink {

QString XeroFormat::msDate(qint64 ms)
{
    return QStringLiteral("/Date(%1+0000)/").arg(ms);
}

QString XeroFormat::isoDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

qint64 XeroFormat::parseDate(const QString &text)
{
    static const QRegularExpression msRe(QStringLiteral("^/Date\\((-?\\d+)([+-]\\d{4})?\\)/$"));
    const auto m = msRe.match(text);
    if (m.hasMatch()) {
        return m.captured(1).toLongLong();
    }
    // QDate::fromString(ISODate) ignores anything after the date, so insist on the bare date.
    const QDate date = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (date.isValid()) {
        return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (dt.isValid()) {
        if (dt.timeSpec() == Qt::LocalTime) {
            dt.setTimeSpec(Qt::UTC);
        }
        return dt.toMSecsSinceEpoch();
    }
    return -1;
}

qint64 XeroFormat::parseHttpDate(const QByteArray &text)
{
    const QString s = QString::fromLatin1(text).trimmed();
    QDateTime dt = QLocale::c().toDateTime(s, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (dt.isValid()) {
        dt.setTimeSpec(Qt::UTC);
        return dt.toMSecsSinceEpoch();
    }
    return parseDate(s);
}

QJsonObject XeroFormat::validationException(const QJsonArray &elements, const QString &message)
{
    return { { QStringLiteral("ErrorNumber"), 10 }, { QStringLiteral("Type"), QStringLiteral("ValidationException") },
        { QStringLiteral("Message"), message.isEmpty() ? QStringLiteral("A validation exception occurred") : message },
        { QStringLiteral("Elements"), elements } };
}

double XeroFormat::money(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace Ledgerlink

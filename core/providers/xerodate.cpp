#include "xerodate.h"

namespace Ledgerlink {

namespace {

// ±9999 years around the epoch in milliseconds: beyond that QDateTime cannot represent the value
// meaningfully and no accounting record lives there.
constexpr qint64 kMaxAbsMilliseconds = 253402300799999LL;

bool parseDigits(QStringView digits, qint64 &value)
{
    if (digits.isEmpty() || digits.size() > 15) {
        return false;
    }
    value = 0;
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
        value = value * 10 + (c.unicode() - '0');
    }
    return true;
}

} // namespace

std::optional<QDateTime> XeroDate::parse(QStringView text)
{
    static constexpr QStringView prefix = u"/Date(";
    static constexpr QStringView suffix = u")/";
    if (!text.startsWith(prefix) || !text.endsWith(suffix)) {
        return std::nullopt;
    }
    QStringView body = text.mid(prefix.size(), text.size() - prefix.size() - suffix.size());
    bool negative = false;
    if (body.startsWith(QLatin1Char('-'))) {
        negative = true;
        body = body.mid(1);
    }
    // An offset is a sign followed by exactly four digits at the end.
    QStringView offset;
    if (body.size() > 5) {
        const QChar sign = body.at(body.size() - 5);
        if (sign == QLatin1Char('+') || sign == QLatin1Char('-')) {
            offset = body.right(4);
            body = body.left(body.size() - 5);
        }
    }
    qint64 milliseconds = 0;
    if (!parseDigits(body, milliseconds) || milliseconds > kMaxAbsMilliseconds) {
        return std::nullopt;
    }
    if (!offset.isEmpty()) {
        qint64 hhmm = 0;
        if (!parseDigits(offset, hhmm) || hhmm / 100 > 14 || hhmm % 100 > 59) {
            return std::nullopt;
        }
    }
    if (negative) {
        milliseconds = -milliseconds;
    }
    return QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC);
}

QString XeroDate::formatDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString XeroDate::formatDateTime(const QDateTime &dateTime)
{
    return QStringLiteral("/Date(%1+0000)/").arg(dateTime.toMSecsSinceEpoch());
}

} // namespace Ledgerlink

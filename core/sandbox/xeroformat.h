#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Ledgerlink {

/// Xero's wire formats: /Date(ms+0000)/ dates, ISO dates without zone, the ValidationException body.
class XeroFormat
{
public:
    /// "/Date(1419937200000+0000)/"
    static QString msDate(qint64 ms);
    /// "2026-11-27T21:00:00" (DateString style, UTC, no zone)
    static QString isoDate(qint64 ms);
    /// Accepts YYYY-MM-DD, YYYY-MM-DDThh:mm:ss and /Date(ms[+-hhmm])/; -1 when unparseable.
    static qint64 parseDate(const QString &text);
    /// If-Modified-Since: RFC 1123 ("Wed, 21 Oct 2026 07:28:00 GMT") or ISO; -1 when unparseable.
    static qint64 parseHttpDate(const QByteArray &text);
    /// 400 body: {"ErrorNumber":10,"Type":"ValidationException","Message":...,"Elements":[...]}
    static QJsonObject validationException(const QJsonArray &elements, const QString &message = {});
    /// A number rounded to cents, as Xero stores money.
    static double money(double value);
};

} // namespace Ledgerlink

#pragma once

#include <QDateTime>
#include <QStringView>

#include <optional>

namespace Ledgerlink {

/// Xero's JSON dates: "/Date(1439434356790)/" or "/Date(1419937200000+0000)/" — epoch
/// milliseconds (may be negative) with an optional ±hhmm offset that only says which zone the
/// value was displayed in; the instant is the epoch value. Every byte is untrusted: anything
/// else yields nullopt, never a crash or a guess.
class XeroDate
{
public:
    static std::optional<QDateTime> parse(QStringView text);
    /// The form Xero accepts in requests: "YYYY-MM-DD".
    static QString formatDate(const QDate &date);
    /// The form the sandbox sends: "/Date(ms+0000)/".
    static QString formatDateTime(const QDateTime &dateTime);
};

} // namespace Ledgerlink

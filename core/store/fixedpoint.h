#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QString>

namespace Ledgerlink {

/// Exact conversions between scaled integers (what the store keeps) and decimal text or
/// provider JSON numbers. Money is minor units (scale 2: "1234.50" <-> 123450); quantities and
/// rates are scale 4 ("12.5" <-> 125000). Nothing here ever stores a floating point value.
class FixedPoint
{
    Q_DECLARE_TR_FUNCTIONS(FixedPoint)

public:
    static constexpr int MoneyScale = 2;
    static constexpr int QuantityScale = 4;
    static constexpr int RateScale = 4;

    /// Parses plain decimal text ("-12.50", "+3", "0.125"). More decimal places than `scale`
    /// are accepted only when they are zeros: text is exact, so nothing is silently rounded.
    static Result<qint64> parse(QStringView text, int scale);

    /// Converts a JSON number. The double is read as its shortest round-trip decimal (what the
    /// provider wrote: 1.005, not 1.00499999…) and rounded half away from zero to `scale`.
    static Result<qint64> fromDouble(double value, int scale);

    /// "1234.50" for (123450, 2). Trailing zeros are trimmed down to `minDecimals` places
    /// (-1 = keep all `scale` places): format(125000, 4, 1) is "12.5".
    static QString format(qint64 value, int scale, int minDecimals = -1);

    /// a * b / divisor rounded half away from zero, without intermediate overflow.
    /// Used for line amounts (quantity_e4 * unit price / 10^4) and tax (amount * rate_e4 / 10^6).
    static Result<qint64> mulDivRound(qint64 a, qint64 b, qint64 divisor);

private:
    enum class Rounding {
        Exact,
        HalfAwayFromZero,
    };
    static Result<qint64> parseDecimal(QStringView text, int scale, Rounding rounding, bool allowExponent);
};

} // namespace Ledgerlink

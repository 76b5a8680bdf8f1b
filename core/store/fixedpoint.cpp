#include "fixedpoint.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace Ledgerlink {

namespace {

constexpr int kMaxScale = 18;

// 128-bit intermediates keep a * b exact; GCC and Clang both provide the type.
__extension__ typedef __int128 Int128;

Error invalidNumber(const QString &text)
{
    return Error(Error::Kind::Item, FixedPoint::tr("\"%1\" is not a valid number.").arg(text),
        QStringLiteral("expected digits with an optional sign and decimal point"));
}

Error tooLarge(const QString &text)
{
    return Error(Error::Kind::Item,
        FixedPoint::tr("The number %1 is too large for Ledgerlink to store exactly.").arg(text),
        QStringLiteral("value outside the 64-bit scaled integer range"));
}

} // namespace

Result<qint64> FixedPoint::parse(QStringView text, int scale)
{
    return parseDecimal(text.trimmed(), scale, Rounding::Exact, false);
}

Result<qint64> FixedPoint::fromDouble(double value, int scale)
{
    if (!std::isfinite(value)) {
        return Error(
            Error::Kind::Item, tr("The provider sent a number that is not finite."), QStringLiteral("NaN or infinity"));
    }
    // Shortest round-trip text is exactly the decimal a JSON writer produced for this double.
    const QString text = QString::number(value, 'g', QLocale::FloatingPointShortest);
    return parseDecimal(text, scale, Rounding::HalfAwayFromZero, true);
}

Result<qint64> FixedPoint::parseDecimal(QStringView text, int scale, Rounding rounding, bool allowExponent)
{
    const QString original = text.toString();
    if (scale < 0 || scale > kMaxScale) {
        return Error(Error::Kind::Fatal, tr("Internal error: unsupported decimal scale."),
            QStringLiteral("scale %1").arg(scale));
    }
    qsizetype pos = 0;
    bool negative = false;
    if (pos < text.size() && (text.at(pos) == QLatin1Char('-') || text.at(pos) == QLatin1Char('+'))) {
        negative = text.at(pos) == QLatin1Char('-');
        ++pos;
    }
    QString digits; // all significant digits, without the point
    qsizetype fractionDigits = 0;
    qsizetype integerDigits = 0;
    bool seenPoint = false;
    for (; pos < text.size(); ++pos) {
        const QChar c = text.at(pos);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            digits.append(c);
            (seenPoint ? fractionDigits : integerDigits)++;
        } else if (c == QLatin1Char('.') && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (integerDigits == 0 || (seenPoint && fractionDigits == 0)) {
        return invalidNumber(original);
    }
    qint64 exponent = 0;
    if (pos < text.size() && allowExponent && (text.at(pos) == QLatin1Char('e') || text.at(pos) == QLatin1Char('E'))) {
        bool ok = false;
        exponent = text.mid(pos + 1).toLongLong(&ok);
        if (!ok || qAbs(exponent) > 100000) {
            return invalidNumber(original);
        }
        pos = text.size();
    }
    if (pos != text.size()) {
        return invalidNumber(original);
    }

    // value = digits * 10^(exponent - fractionDigits); we want value * 10^scale.
    const qint64 shift = exponent - fractionDigits + scale;
    bool roundUp = false;
    if (shift < 0) {
        const qsizetype cut = qMin<qsizetype>(-shift, digits.size());
        const QString dropped = digits.right(cut);
        const qsizetype padding = -shift - cut; // implicit zeros before the digits
        digits.chop(cut);
        if (rounding == Rounding::Exact) {
            for (const QChar c : dropped) {
                if (c != QLatin1Char('0')) {
                    return Error(Error::Kind::Item,
                        tr("The number %1 has too many decimal places: at most %2 are allowed here.")
                            .arg(original)
                            .arg(scale),
                        QStringLiteral("digits beyond the scale would be lost"));
                }
            }
        } else {
            roundUp = padding == 0 && !dropped.isEmpty() && dropped.at(0) >= QLatin1Char('5');
        }
    }
    // Leading zeros do not count towards the size limit.
    qsizetype first = 0;
    while (first < digits.size() && digits.at(first) == QLatin1Char('0')) {
        ++first;
    }
    const qsizetype significant = digits.size() - first;
    if (shift > 0 && significant > 0) {
        if (significant + shift > 19) {
            return tooLarge(original);
        }
        digits.append(QString(shift, QLatin1Char('0')));
    }
    quint64 magnitude = 0;
    constexpr quint64 limit = quint64(std::numeric_limits<qint64>::max());
    for (qsizetype i = first; i < digits.size(); ++i) {
        const quint64 digit = quint64(digits.at(i).unicode() - u'0');
        if (magnitude > (limit - digit) / 10) {
            return tooLarge(original);
        }
        magnitude = magnitude * 10 + digit;
    }
    if (roundUp) {
        if (magnitude == limit) {
            return tooLarge(original);
        }
        ++magnitude;
    }
    const qint64 result = qint64(magnitude);
    return negative ? -result : result;
}

QString FixedPoint::format(qint64 value, int scale, int minDecimals)
{
    scale = qBound(0, scale, kMaxScale);
    // Work on the unsigned magnitude so the most negative value formats correctly too.
    const quint64 magnitude = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    quint64 divisor = 1;
    for (int i = 0; i < scale; ++i) {
        divisor *= 10;
    }
    QString text = QString::number(magnitude / divisor);
    if (scale > 0) {
        QString fraction = QStringLiteral("%1").arg(magnitude % divisor, scale, 10, QLatin1Char('0'));
        const int keep = minDecimals < 0 ? scale : qMin(minDecimals, scale);
        while (fraction.size() > keep && fraction.endsWith(QLatin1Char('0'))) {
            fraction.chop(1);
        }
        if (!fraction.isEmpty()) {
            text += QLatin1Char('.') + fraction;
        }
    }
    return value < 0 ? QLatin1Char('-') + text : text;
}

Result<qint64> FixedPoint::mulDivRound(qint64 a, qint64 b, qint64 divisor)
{
    if (divisor == 0) {
        return Error(Error::Kind::Fatal, tr("Internal error: division by zero."), QStringLiteral("mulDivRound"));
    }
    const Int128 product = static_cast<Int128>(a) * b;
    Int128 quotient = product / divisor;
    const Int128 remainder = product % divisor;
    const Int128 absRemainder = remainder < 0 ? -remainder : remainder;
    const Int128 absDivisor = divisor < 0 ? -static_cast<Int128>(divisor) : divisor;
    if (absRemainder * 2 >= absDivisor) {
        quotient += ((product < 0) != (divisor < 0)) ? -1 : 1;
    }
    if (quotient > std::numeric_limits<qint64>::max() || quotient < -std::numeric_limits<qint64>::max()) {
        return Error(Error::Kind::Item, tr("An amount is too large for Ledgerlink to store exactly."),
            QStringLiteral("mulDivRound overflow"));
    }
    return static_cast<qint64>(quotient);
}

} // namespace Ledgerlink

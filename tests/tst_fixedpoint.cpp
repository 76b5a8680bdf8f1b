#include "store/fixedpoint.h"

#include <QTest>

#include <limits>

using namespace Ledgerlink;

class tst_FixedPoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesDecimalText_data();
    void parsesDecimalText();
    void rejectsGarbage_data();
    void rejectsGarbage();
    void rejectsOverflow_data();
    void rejectsOverflow();
    void rejectsLostDecimals();
    void formats_data();
    void formats();
    void roundTripsTextExactly_data();
    void roundTripsTextExactly();
    void convertsDoublesWithCorrectRounding_data();
    void convertsDoublesWithCorrectRounding();
    void refusesNonFiniteDoubles();
    void mulDivRoundsHalfAwayFromZero_data();
    void mulDivRoundsHalfAwayFromZero();
    void mulDivDetectsOverflow();
};

void tst_FixedPoint::parsesDecimalText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("scale");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("money") << "1234.50" << 2 << qint64(123450);
    QTest::newRow("money one decimal") << "1234.5" << 2 << qint64(123450);
    QTest::newRow("integer") << "17" << 2 << qint64(1700);
    QTest::newRow("negative") << "-0.07" << 2 << qint64(-7);
    QTest::newRow("explicit plus") << "+3.10" << 2 << qint64(310);
    QTest::newRow("quantity") << "12.5" << 4 << qint64(125000);
    QTest::newRow("rate") << "0.0001" << 4 << qint64(1);
    QTest::newRow("zeros beyond scale") << "9.9900" << 2 << qint64(999);
    QTest::newRow("leading zeros") << "000012.30" << 2 << qint64(1230);
    QTest::newRow("surrounding space") << "  5.25 " << 2 << qint64(525);
    QTest::newRow("zero") << "-0" << 2 << qint64(0);
    QTest::newRow("max") << "92233720368547758.07" << 2 << std::numeric_limits<qint64>::max();
    QTest::newRow("scale 0") << "42" << 0 << qint64(42);
}

void tst_FixedPoint::parsesDecimalText()
{
    QFETCH(QString, text);
    QFETCH(int, scale);
    QFETCH(qint64, expected);
    const auto value = FixedPoint::parse(text, scale);
    QVERIFY2(value.ok(), qPrintable(value.ok() ? QString() : value.error().toString()));
    QCOMPARE(value.value(), expected);
}

void tst_FixedPoint::rejectsGarbage_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : { "", "abc", "12a", "1.2.3", "--1", "1,50", ".5", "5.", "1e3", "0x10", " - 1", "1 000",
             "NaN", "inf", "+", "12.5€" }) {
        QTest::newRow(text) << QString::fromUtf8(text);
    }
}

void tst_FixedPoint::rejectsGarbage()
{
    QFETCH(QString, text);
    const auto value = FixedPoint::parse(text, 2);
    QVERIFY(!value.ok());
    QCOMPARE(value.error().kind(), Error::Kind::Item);
    QVERIFY2(value.error().userMessage().contains(QLatin1String("not a valid number")),
        qPrintable(value.error().userMessage()));
}

void tst_FixedPoint::rejectsOverflow_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("scale");
    QTest::newRow("one past max") << "92233720368547758.08" << 2;
    QTest::newRow("way too big") << "123456789012345678901234567890" << 2;
    QTest::newRow("negative") << "-92233720368547758.08" << 2;
    QTest::newRow("scale pushes over") << "922337203685478" << 4;
}

void tst_FixedPoint::rejectsOverflow()
{
    QFETCH(QString, text);
    QFETCH(int, scale);
    const auto value = FixedPoint::parse(text, scale);
    QVERIFY(!value.ok());
    QVERIFY2(value.error().userMessage().contains(QLatin1String("too large")), qPrintable(value.error().userMessage()));
}

void tst_FixedPoint::rejectsLostDecimals()
{
    const auto value = FixedPoint::parse(u"12.345", 2);
    QVERIFY(!value.ok());
    QVERIFY2(value.error().userMessage().contains(QLatin1String("at most 2 are allowed")),
        qPrintable(value.error().userMessage()));
}

void tst_FixedPoint::formats_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<int>("scale");
    QTest::addColumn<int>("minDecimals");
    QTest::addColumn<QString>("expected");
    QTest::newRow("money") << qint64(123450) << 2 << -1 << "1234.50";
    QTest::newRow("small negative") << qint64(-7) << 2 << -1 << "-0.07";
    QTest::newRow("zero") << qint64(0) << 2 << -1 << "0.00";
    QTest::newRow("quantity trimmed") << qint64(125000) << 4 << 1 << "12.5";
    QTest::newRow("trim to integer") << qint64(30000) << 4 << 0 << "3";
    QTest::newRow("keep two") << qint64(30000) << 4 << 2 << "3.00";
    QTest::newRow("scale 0") << qint64(-42) << 0 << -1 << "-42";
    QTest::newRow("min") << std::numeric_limits<qint64>::min() << 2 << -1 << "-92233720368547758.08";
}

void tst_FixedPoint::formats()
{
    QFETCH(qint64, value);
    QFETCH(int, scale);
    QFETCH(int, minDecimals);
    QFETCH(QString, expected);
    QCOMPARE(FixedPoint::format(value, scale, minDecimals), expected);
}

void tst_FixedPoint::roundTripsTextExactly_data()
{
    QTest::addColumn<qint64>("value");
    for (qint64 v : { qint64(0), qint64(1), qint64(-1), qint64(99), qint64(100), qint64(-123456789),
             std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min() + 1 }) {
        QTest::addRow("%lld", static_cast<long long>(v)) << v;
    }
}

void tst_FixedPoint::roundTripsTextExactly()
{
    QFETCH(qint64, value);
    for (int scale : { 0, 2, 4 }) {
        const auto back = FixedPoint::parse(FixedPoint::format(value, scale), scale);
        QVERIFY(back.ok());
        QCOMPARE(back.value(), value);
    }
}

void tst_FixedPoint::convertsDoublesWithCorrectRounding_data()
{
    QTest::addColumn<double>("number");
    QTest::addColumn<int>("scale");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("exact") << 1234.5 << 2 << qint64(123450);
    // Binary doubles just below .5: the provider wrote 1.005, so it rounds up, not to 1.00.
    QTest::newRow("1.005") << 1.005 << 2 << qint64(101);
    QTest::newRow("2.675") << 2.675 << 2 << qint64(268);
    QTest::newRow("0.1+0.2") << (0.1 + 0.2) << 2 << qint64(30);
    QTest::newRow("negative half") << -0.125 << 2 << qint64(-13);
    QTest::newRow("negative") << -19.99 << 2 << qint64(-1999);
    QTest::newRow("rate") << 12.5 << 4 << qint64(125000);
    QTest::newRow("tiny") << 1e-7 << 4 << qint64(0);
    QTest::newRow("large exponent") << 1e15 << 2 << qint64(100000000000000000);
    QTest::newRow("quantity 1/3") << (1.0 / 3.0) << 4 << qint64(3333);
    QTest::newRow("half up at scale 0") << 2.5 << 0 << qint64(3);
}

void tst_FixedPoint::convertsDoublesWithCorrectRounding()
{
    QFETCH(double, number);
    QFETCH(int, scale);
    QFETCH(qint64, expected);
    const auto value = FixedPoint::fromDouble(number, scale);
    QVERIFY2(value.ok(), qPrintable(value.ok() ? QString() : value.error().toString()));
    QCOMPARE(value.value(), expected);
}

void tst_FixedPoint::refusesNonFiniteDoubles()
{
    QVERIFY(!FixedPoint::fromDouble(std::numeric_limits<double>::quiet_NaN(), 2).ok());
    QVERIFY(!FixedPoint::fromDouble(std::numeric_limits<double>::infinity(), 2).ok());
    const auto huge = FixedPoint::fromDouble(1e30, 2);
    QVERIFY(!huge.ok());
    QVERIFY(huge.error().userMessage().contains(QLatin1String("too large")));
}

void tst_FixedPoint::mulDivRoundsHalfAwayFromZero_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<qint64>("divisor");
    QTest::addColumn<qint64>("expected");
    // 1.5 units at 3.33 = 4.995 -> 5.00
    QTest::newRow("line amount half") << qint64(15000) << qint64(333) << qint64(10000) << qint64(500);
    QTest::newRow("negative half") << qint64(-15000) << qint64(333) << qint64(10000) << qint64(-500);
    // 20 % tax on 10.01 = 2.002 -> 2.00
    QTest::newRow("tax down") << qint64(1001) << qint64(200000) << qint64(1000000) << qint64(200);
    // 20 % of 0.03 = 0.006 -> 0.01
    QTest::newRow("tax up") << qint64(3) << qint64(200000) << qint64(1000000) << qint64(1);
    QTest::newRow("no overflow in product")
        << qint64(4000000000000000000) << qint64(10000) << qint64(10000) << qint64(4000000000000000000);
}

void tst_FixedPoint::mulDivRoundsHalfAwayFromZero()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(qint64, divisor);
    QFETCH(qint64, expected);
    const auto value = FixedPoint::mulDivRound(a, b, divisor);
    QVERIFY(value.ok());
    QCOMPARE(value.value(), expected);
}

void tst_FixedPoint::mulDivDetectsOverflow()
{
    QVERIFY(!FixedPoint::mulDivRound(std::numeric_limits<qint64>::max(), 2, 1).ok());
    QVERIFY(!FixedPoint::mulDivRound(1, 1, 0).ok());
}

QTEST_GUILESS_MAIN(tst_FixedPoint)
#include "tst_fixedpoint.moc"

#include "providers/xerodate.h"

#include <QTest>

using namespace Ledgerlink;

class tst_XeroDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidForms_data();
    void parsesValidForms();
    void refusesMalformed_data();
    void refusesMalformed();
    void roundTripsThroughFormat();
};

void tst_XeroDate::parsesValidForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("epochMs");
    QTest::newRow("plain") << "/Date(1439434356790)/" << qint64(1439434356790);
    QTest::newRow("utc offset") << "/Date(1419937200000+0000)/" << qint64(1419937200000);
    QTest::newRow("positive offset") << "/Date(1419937200000+1300)/" << qint64(1419937200000);
    QTest::newRow("negative offset") << "/Date(1419937200000-0500)/" << qint64(1419937200000);
    QTest::newRow("before epoch") << "/Date(-86400000)/" << qint64(-86400000);
    QTest::newRow("epoch") << "/Date(0+0000)/" << qint64(0);
}

void tst_XeroDate::parsesValidForms()
{
    QFETCH(QString, text);
    QFETCH(qint64, epochMs);
    const auto parsed = XeroDate::parse(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->toMSecsSinceEpoch(), epochMs);
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
}

void tst_XeroDate::refusesMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("iso") << "2026-01-05T00:00:00";
    QTest::newRow("no digits") << "/Date()/";
    QTest::newRow("letters") << "/Date(12ab)/";
    QTest::newRow("unterminated") << "/Date(1439434356790";
    QTest::newRow("bad offset minutes") << "/Date(1419937200000+0099)/";
    QTest::newRow("bad offset hours") << "/Date(1419937200000+2500)/";
    QTest::newRow("too long") << "/Date(99999999999999999999)/";
    QTest::newRow("sign only") << "/Date(-)/";
    QTest::newRow("double sign") << "/Date(--5)/";
    QTest::newRow("trailing junk") << "/Date(5)/x";
}

void tst_XeroDate::refusesMalformed()
{
    QFETCH(QString, text);
    QVERIFY(!XeroDate::parse(text).has_value());
}

void tst_XeroDate::roundTripsThroughFormat()
{
    const QDateTime when(QDate(2026, 11, 27), QTime(14, 5, 7, 123), Qt::UTC);
    const QString text = XeroDate::formatDateTime(when);
    QCOMPARE(text, QStringLiteral("/Date(%1+0000)/").arg(when.toMSecsSinceEpoch()));
    QCOMPARE(XeroDate::parse(text).value(), when);
    QCOMPARE(XeroDate::formatDate(QDate(2026, 2, 3)), QStringLiteral("2026-02-03"));
}

QTEST_GUILESS_MAIN(tst_XeroDate)
#include "tst_xerodate.moc"

// Replays the fuzz seeds and every crash the libFuzzer targets found (tests/data/fuzz/<target>/)
// through the same checks as fuzz/fuzz_*.cpp, so a fixed crash stays fixed in the normal suite.
#include "../fuzz/providermappers.h"
#include "providers/xeroaccountmapper.h"
#include "providers/xerocontactmapper.h"
#include "providers/xerodate.h"
#include "providers/xeroinvoicemapper.h"
#include "providers/xeroitemmapper.h"
#include "providers/xeropaymentmapper.h"
#include "providers/xerotaxratemapper.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Ledgerlink;

class tst_FuzzRegression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void xeroDateInputs_data();
    void xeroDateInputs();
    void mapperInputs_data();
    void mapperInputs();
    void providerMapperInputs_data();
    void providerMapperInputs();
    void malformedMapperInputFailsCleanly();

private:
    static void addInputs(const QString &target);
    static int mapAll(const QJsonObject &record);
};

void tst_FuzzRegression::addInputs(const QString &target)
{
    QTest::addColumn<QByteArray>("input");
    const QDir dir(QStringLiteral(LEDGERLINK_TEST_DATA_DIR "/fuzz/") + target);
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(QStringLiteral("no inputs in ") + dir.path()));
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTest::newRow(qPrintable(name)) << file.readAll();
    }
}

int tst_FuzzRegression::mapAll(const QJsonObject &record)
{
    int accepted = 0;
    accepted += XeroContactMapper::fromJson(record) ? 1 : 0;
    accepted += XeroItemMapper::fromJson(record) ? 1 : 0;
    accepted += XeroTaxRateMapper::fromJson(record) ? 1 : 0;
    accepted += XeroAccountMapper::fromJson(record) ? 1 : 0;
    accepted += XeroPaymentMapper::fromJson(record) ? 1 : 0;
    accepted += XeroInvoiceMapper::fromJson(InvoiceKind::Invoice, record) ? 1 : 0;
    accepted += XeroInvoiceMapper::fromJson(InvoiceKind::CreditNote, record) ? 1 : 0;
    return accepted;
}

void tst_FuzzRegression::xeroDateInputs_data()
{
    addInputs(QStringLiteral("fuzz_xerodate"));
}

void tst_FuzzRegression::xeroDateInputs()
{
    QFETCH(QByteArray, input);
    const auto parsed = XeroDate::parse(QString::fromUtf8(input));
    if (parsed) {
        const auto again = XeroDate::parse(XeroDate::formatDateTime(*parsed));
        QVERIFY(again.has_value());
        QCOMPARE(again->toMSecsSinceEpoch(), parsed->toMSecsSinceEpoch());
    }
}

void tst_FuzzRegression::mapperInputs_data()
{
    addInputs(QStringLiteral("fuzz_xeromappers"));
}

void tst_FuzzRegression::mapperInputs()
{
    QFETCH(QByteArray, input);
    // Crash inputs (crash-*) only have to be survived; seeds are well-formed replies whose every
    // record must be accepted by its own mapper (else the fuzzer starts from rejected inputs).
    const bool seed = !QByteArray(QTest::currentDataTag()).startsWith("crash-");
    const QJsonDocument document = QJsonDocument::fromJson(input);
    mapAll(document.object());
    const QJsonObject root = document.object();
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        const QJsonArray records = it.value().toArray();
        for (const QJsonValue &record : records) {
            const int accepted = mapAll(record.toObject());
            if (seed) {
                QVERIFY2(accepted >= 1, qPrintable(it.key()));
            }
        }
    }
}

void tst_FuzzRegression::providerMapperInputs_data()
{
    addInputs(QStringLiteral("fuzz_providermappers"));
}

void tst_FuzzRegression::providerMapperInputs()
{
    QFETCH(QByteArray, input);
    // As mapperInputs, for QuickBooks Online, Sage and MYOB (fuzz/fuzz_providermappers.cpp): the
    // records of a seed's collections ($items, Items) must each be accepted by some mapper.
    const bool seed = !QByteArray(QTest::currentDataTag()).startsWith("crash-");
    const QJsonDocument document = QJsonDocument::fromJson(input);
    const QJsonObject root = document.object();
    mapAllProviderRecords(root);
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        const QJsonArray records = it.value().toArray();
        for (const QJsonValue &record : records) {
            const int accepted = mapAllProviderRecords(record.toObject());
            if (seed) {
                QVERIFY2(accepted >= 1, qPrintable(it.key()));
            }
        }
    }
}

void tst_FuzzRegression::malformedMapperInputFailsCleanly()
{
    const QJsonObject wrongTypes { { QStringLiteral("ContactID"), 5 }, { QStringLiteral("Name"), QJsonArray {} },
        { QStringLiteral("UpdatedDateUTC"), QStringLiteral("/Date(99999999999999999999)/") } };
    QVERIFY(!XeroContactMapper::fromJson(wrongTypes));
    QVERIFY(!XeroInvoiceMapper::fromJson(InvoiceKind::Invoice, wrongTypes));
}

QTEST_GUILESS_MAIN(tst_FuzzRegression)
#include "tst_fuzzregression.moc"

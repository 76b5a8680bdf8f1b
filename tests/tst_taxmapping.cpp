// The editable tax mapping (issue #6): "tax_mapping" in the settings wins over the automatic
// code/name match in the reference data step and on pushed invoices, an entry naming a code the
// provider lacks is a recorded failure, and the pure overview the settings UI is built on.
// The sync slots run against the sandbox's Xero over real HTTP (tst_syncfixture).
#include "localrecords.h"
#include "store/historyrepository.h"
#include "store/integrationrepository.h"
#include "store/invoicerepository.h"
#include "store/linkrepository.h"
#include "store/providertaxraterepository.h"
#include "store/taxtyperepository.h"
#include "sync/runcontext.h"
#include "sync/syncsettings.h"
#include "sync/taxmapping.h"
#include "tst_syncfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Ledgerlink;

class tst_TaxMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void settingsReadAndWriteTheMapping();
    void overviewListsAutomaticAndMappedCodes();
    void mappedTaxTypeIsSentWithTheMappedCode();
    void unknownMappedCodeFailsUntilCorrected();
    void syncStoresTheProviderRatesForTheEditor();
    void retryRunKeepsTheStoredRates();

private:
    void setMapping(const QJsonObject &mapping);
    TaxType addLocalTaxType(const QString &code, const QString &name, qint64 rateE4);
    Invoice pendingInvoice(const QString &number, const QString &taxCode);
    QStringList remoteLineTaxTypes(const QString &number);

    std::unique_ptr<SyncFixture> m_fx;
};

void tst_TaxMapping::init()
{
    if (QByteArray(QTest::currentTestFunction()).startsWith("settings")
        || QByteArray(QTest::currentTestFunction()).startsWith("overview")) {
        return; // pure functions: no sandbox
    }
    m_fx = std::make_unique<SyncFixture>();
    QVERIFY(m_fx->setUp());
}

void tst_TaxMapping::cleanup()
{
    m_fx.reset();
}

void tst_TaxMapping::setMapping(const QJsonObject &mapping)
{
    IntegrationRepository repository(m_fx->database(), Clock::system());
    Integration i = repository.findById(m_fx->integration().id).value();
    i.settings.insert(QStringLiteral("tax_mapping"), mapping);
    QVERIFY(repository.update(i));
}

TaxType tst_TaxMapping::addLocalTaxType(const QString &code, const QString &name, qint64 rateE4)
{
    TaxType t;
    t.code = code;
    t.name = name;
    t.rateE4 = rateE4;
    return TaxTypeRepository(m_fx->database(), Clock::system()).insert(t).value();
}

Invoice tst_TaxMapping::pendingInvoice(const QString &number, const QString &taxCode)
{
    const Customer c = m_fx->addCustomer(QStringLiteral("Customer of %1").arg(number));
    const Invoice inv = LocalRecords(m_fx->database()).addInvoice(c.id, number, 10000, QStringLiteral("NZD"), taxCode);
    [&] {
        QVERIFY(InvoiceRepository(m_fx->database(), Clock::system()).setStatus(inv.id, InvoiceStatus::PendingPayment));
    }();
    return inv;
}

QStringList tst_TaxMapping::remoteLineTaxTypes(const QString &number)
{
    QStringList types;
    for (const QJsonValue &v : m_fx->remote(QStringLiteral("Invoices"))) {
        if (v.toObject().value(QStringLiteral("InvoiceNumber")).toString() != number) {
            continue;
        }
        for (const QJsonValue &line : v.toObject().value(QStringLiteral("LineItems")).toArray()) {
            types << line.toObject().value(QStringLiteral("TaxType")).toString();
        }
    }
    return types;
}

void tst_TaxMapping::settingsReadAndWriteTheMapping()
{
    const SyncSettings s = SyncSettings::fromJson({ { QStringLiteral("tax_mapping"),
        QJsonObject { { QStringLiteral("GST15"), QStringLiteral(" OUTPUT2 ") }, { QStringLiteral("EMPTY"), QString() },
            { QStringLiteral("NUM"), 7 } } } });
    QCOMPARE(s.taxMapping.size(), 1);
    QCOMPARE(s.providerTaxCode(QStringLiteral("GST15")), QStringLiteral("OUTPUT2"));
    QCOMPARE(s.providerTaxCode(QStringLiteral("OTHER")), QStringLiteral("OTHER"));
    const SyncSettings again = SyncSettings::fromJson(s.toJson());
    QCOMPARE(again.taxMapping, s.taxMapping);
    QVERIFY(!SyncSettings().toJson().contains(QStringLiteral("tax_mapping")));
}

void tst_TaxMapping::overviewListsAutomaticAndMappedCodes()
{
    auto local = [](qint64 id, const QString &code, const QString &name) {
        TaxType t;
        t.id = id;
        t.code = code;
        t.name = name;
        return t;
    };
    auto remote = [](const QString &code, const QString &name) {
        RemoteTaxRate r;
        r.remoteId = code;
        r.taxType.code = code;
        r.taxType.name = name;
        return r;
    };
    const QList<RemoteTaxRate> provider { remote(QStringLiteral("OUTPUT2"), QStringLiteral("15% GST on Income")),
        remote(QStringLiteral("NONE"), QStringLiteral("No GST")) };
    const QList<TaxType> locals { local(1, QStringLiteral("OUTPUT2"), QStringLiteral("GST")),
        local(2, QStringLiteral("Z"), QStringLiteral("no gst")), local(3, QStringLiteral("GST15"), QStringLiteral("x")),
        local(4, QStringLiteral("BAD"), QStringLiteral("y")), local(5, QStringLiteral("LONE"), QStringLiteral("z")) };
    const TaxMappingTable table = TaxMapping::overview(locals, provider,
        { { QStringLiteral("GST15"), QStringLiteral("OUTPUT2") }, { QStringLiteral("BAD"), QStringLiteral("NOPE") },
            { QStringLiteral("Z"), QStringLiteral("OUTPUT2") } });
    QCOMPARE(table.rows.size(), 5);
    QCOMPARE(table.providerRates.size(), 2);
    QCOMPARE(table.rows.at(0).automaticCode, QStringLiteral("OUTPUT2")); // by code
    QCOMPARE(table.rows.at(0).effectiveCode(), QStringLiteral("OUTPUT2"));
    QCOMPARE(table.rows.at(1).automaticCode, QStringLiteral("NONE")); // by name, case ignored
    QCOMPARE(table.rows.at(1).effectiveCode(), QStringLiteral("OUTPUT2")); // the mapping wins
    QCOMPARE(table.rows.at(2).automaticCode, QString());
    QCOMPARE(table.rows.at(2).effectiveCode(), QStringLiteral("OUTPUT2"));
    QVERIFY(table.rows.at(2).mappedCodeKnown);
    QVERIFY(!table.rows.at(3).mappedCodeKnown);
    QCOMPARE(table.rows.at(4).effectiveCode(), QString());
    QVERIFY(table.rows.at(4).mappedCodeKnown);
}

void tst_TaxMapping::mappedTaxTypeIsSentWithTheMappedCode()
{
    const TaxType gst = addLocalTaxType(QStringLiteral("GST15"), QStringLiteral("Local GST fifteen"), 140000);
    setMapping({ { QStringLiteral("GST15"), QStringLiteral("OUTPUT2") } });
    pendingInvoice(QStringLiteral("LL-TAX-1"), QStringLiteral("GST15"));
    const RunSummary summary = m_fx->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(summary.message + QLatin1Char(' ') + summary.detail));
    QCOMPARE(remoteLineTaxTypes(QStringLiteral("LL-TAX-1")), QStringList { QStringLiteral("OUTPUT2") });
    // The mapped tax type keeps its code (the mapping's key) and name; its rate follows Xero's.
    const TaxType after = TaxTypeRepository(m_fx->database(), Clock::system()).findById(gst.id).value();
    QCOMPARE(after.code, QStringLiteral("GST15"));
    QCOMPARE(after.name, QStringLiteral("Local GST fifteen"));
    QCOMPARE(after.rateE4, qint64(150000));
}

void tst_TaxMapping::unknownMappedCodeFailsUntilCorrected()
{
    const TaxType gst = addLocalTaxType(QStringLiteral("GST15"), QStringLiteral("Local GST fifteen"), 150000);
    setMapping({ { QStringLiteral("GST15"), QStringLiteral("NOPE") } });
    const Invoice inv = pendingInvoice(QStringLiteral("LL-TAX-2"), QStringLiteral("GST15"));
    const RunSummary first = m_fx->runSync();
    QCOMPARE(first.result, RunResult::PartlyFailed);
    bool mappingFailed = false;
    bool invoiceFailed = false;
    const QList<SyncItem> failed =
        HistoryRepository(m_fx->database(), Clock::system()).items(first.runId, true).value();
    QCOMPARE(failed.size(), 2);
    for (const SyncItem &item : failed) {
        if (item.entity == SyncEntity::taxRate() && item.localId == gst.id) {
            mappingFailed = item.errorMessage.contains(QLatin1String("\"NOPE\""));
        }
        if (item.entity == SyncEntity::invoice() && item.localId == inv.id) {
            invoiceFailed = item.errorMessage.contains(QLatin1String("\"NOPE\""))
                && item.errorMessage.contains(QLatin1String("line 1 "));
        }
    }
    QVERIFY(mappingFailed);
    QVERIFY(invoiceFailed);
    QVERIFY(remoteLineTaxTypes(QStringLiteral("LL-TAX-2")).isEmpty()); // no fallback, nothing sent

    setMapping({ { QStringLiteral("GST15"), QStringLiteral("OUTPUT2") } });
    const RunSummary fixed = m_fx->runSync();
    QVERIFY2(fixed.result == RunResult::Succeeded, qPrintable(fixed.message + QLatin1Char(' ') + fixed.detail));
    QCOMPARE(remoteLineTaxTypes(QStringLiteral("LL-TAX-2")), QStringList { QStringLiteral("OUTPUT2") });
}

void tst_TaxMapping::syncStoresTheProviderRatesForTheEditor()
{
    ProviderTaxRateRepository stored(m_fx->database(), Clock::system());
    QVERIFY(stored.forIntegration(m_fx->integration().id).value().isEmpty());
    // A mapping to an unknown code fails a record, yet the list is complete and kept: it is what
    // the editor offers to correct the mapping with.
    setMapping({ { QStringLiteral("GST15"), QStringLiteral("NOPE") } });
    addLocalTaxType(QStringLiteral("GST15"), QStringLiteral("Local GST fifteen"), 150000);
    const RunSummary summary = m_fx->runSync();
    QCOMPARE(summary.result, RunResult::PartlyFailed);
    QStringList expected;
    QHash<QString, QString> names;
    for (const QJsonValue &v : m_fx->remote(QStringLiteral("TaxRates"))) {
        expected << v.toObject().value(QStringLiteral("TaxType")).toString();
        names.insert(expected.constLast(), v.toObject().value(QStringLiteral("Name")).toString());
    }
    QVERIFY(expected.contains(QStringLiteral("OUTPUT2")));
    const QList<TaxType> rates = stored.forIntegration(m_fx->integration().id).value();
    QStringList codes;
    for (const TaxType &t : rates) {
        codes << t.code;
        QCOMPARE(t.name, names.value(t.code));
        if (t.code == QLatin1String("OUTPUT2")) {
            QCOMPARE(t.rateE4, qint64(150000));
        }
    }
    QCOMPARE(codes, expected);
}

void tst_TaxMapping::retryRunKeepsTheStoredRates()
{
    addLocalTaxType(QStringLiteral("GST15"), QStringLiteral("Local GST fifteen"), 150000);
    setMapping({ { QStringLiteral("GST15"), QStringLiteral("NOPE") } });
    const RunSummary failed = m_fx->runSync();
    QCOMPARE(failed.result, RunResult::PartlyFailed);
    ProviderTaxRateRepository stored(m_fx->database(), Clock::system());
    const QList<TaxType> before = stored.forIntegration(m_fx->integration().id).value();
    QVERIFY(before.size() > 1);
    const QDateTime readAt = stored.readAt(m_fx->integration().id).value();

    // A retry reads only the failed records: far too few to stand for the provider's list.
    std::optional<RunSummary> retried;
    QObject context;
    // Queued to this thread: the engine emits on its own.
    connect(
        m_fx->sync().engine(), &SyncEngine::runFinished, &context, [&retried](const RunSummary &s) { retried = s; },
        Qt::QueuedConnection);
    m_fx->sync().requestRetryFailed(m_fx->integration().id, failed.runId);
    QTRY_VERIFY_WITH_TIMEOUT(retried.has_value(), 60000);
    QVERIFY(retried->runId != failed.runId);
    const QList<TaxType> after = stored.forIntegration(m_fx->integration().id).value();
    QCOMPARE(after.size(), before.size());
    QCOMPARE(stored.readAt(m_fx->integration().id).value(), readAt);
}

QTEST_GUILESS_MAIN(tst_TaxMapping)
#include "tst_taxmapping.moc"

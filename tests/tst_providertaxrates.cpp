// The provider's tax rates as last read (ProviderTaxRateRepository, schema v4) on the registered
// backend: what the tax mapping editor offers.
#include "mockclock.h"
#include "store/integrationrepository.h"
#include "store/providertaxraterepository.h"
#include "storefixture.h"
#include "testdatabase.h"

#include <QTest>

using namespace Ledgerlink;

class tst_ProviderTaxRates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyUntilFirstRead();
    void replaceAllKeepsOrderAndValues();
    void replaceAllReplacesOnlyThatIntegration();
    void removedWithTheIntegration();

private:
    static TaxType rate(const QString &code, const QString &name, qint64 rateE4, bool archived = false);
    StoreFixture m_store;
};

TaxType tst_ProviderTaxRates::rate(const QString &code, const QString &name, qint64 rateE4, bool archived)
{
    TaxType t;
    t.code = code;
    t.name = name;
    t.rateE4 = rateE4;
    t.archived = archived;
    return t;
}

void tst_ProviderTaxRates::init()
{
    LEDGERLINK_VERIFY_OK(m_store.open());
}

void tst_ProviderTaxRates::cleanup()
{
    m_store.close();
}

void tst_ProviderTaxRates::emptyUntilFirstRead()
{
    const QString id = m_store.addIntegration(QStringLiteral("A"));
    ProviderTaxRateRepository repository(m_store.db(), m_store.clock);
    auto rates = repository.forIntegration(id);
    LEDGERLINK_VERIFY_OK(rates);
    QVERIFY(rates->isEmpty());
    auto at = repository.readAt(id);
    LEDGERLINK_VERIFY_OK(at);
    QVERIFY(!at->isValid());
}

void tst_ProviderTaxRates::replaceAllKeepsOrderAndValues()
{
    const QString id = m_store.addIntegration(QStringLiteral("A"));
    ProviderTaxRateRepository repository(m_store.db(), m_store.clock);
    // Not in code order: the editor lists them as the provider does.
    LEDGERLINK_VERIFY_OK(repository.replaceAll(id,
        { rate(QStringLiteral("OUTPUT2"), QStringLiteral("15% GST on Income"), 150000),
            rate(QStringLiteral("NONE"), QStringLiteral("No GST"), 0),
            rate(QStringLiteral("OLD"), QStringLiteral("Zoë's old rate"), 125000, true) }));
    auto rates = repository.forIntegration(id);
    LEDGERLINK_VERIFY_OK(rates);
    QCOMPARE(rates->size(), 3);
    QCOMPARE(rates->at(0).code, QStringLiteral("OUTPUT2"));
    QCOMPARE(rates->at(0).name, QStringLiteral("15% GST on Income"));
    QCOMPARE(rates->at(0).rateE4, qint64(150000));
    QVERIFY(!rates->at(0).archived);
    QCOMPARE(rates->at(1).code, QStringLiteral("NONE"));
    QCOMPARE(rates->at(2).name, QStringLiteral("Zoë's old rate"));
    QVERIFY(rates->at(2).archived);
    QCOMPARE(rates->at(2).createdAt, m_store.clock.now());
    QCOMPARE(repository.readAt(id).value(), m_store.clock.now());

    m_store.clock.advance(60000);
    LEDGERLINK_VERIFY_OK(repository.replaceAll(id, { rate(QStringLiteral("NONE"), QStringLiteral("No GST"), 0) }));
    rates = repository.forIntegration(id);
    LEDGERLINK_VERIFY_OK(rates);
    QCOMPARE(rates->size(), 1);
    QCOMPARE(rates->at(0).code, QStringLiteral("NONE"));
    QCOMPARE(repository.readAt(id).value(), m_store.clock.now());
}

void tst_ProviderTaxRates::replaceAllReplacesOnlyThatIntegration()
{
    const QString a = m_store.addIntegration(QStringLiteral("A"));
    const QString b = m_store.addIntegration(QStringLiteral("B"));
    ProviderTaxRateRepository repository(m_store.db(), m_store.clock);
    LEDGERLINK_VERIFY_OK(repository.replaceAll(a, { rate(QStringLiteral("A1"), QStringLiteral("a"), 10000) }));
    LEDGERLINK_VERIFY_OK(repository.replaceAll(b,
        { rate(QStringLiteral("B1"), QStringLiteral("b"), 20000),
            rate(QStringLiteral("B2"), QStringLiteral("b2"), 30000) }));
    LEDGERLINK_VERIFY_OK(repository.replaceAll(a, {}));
    QVERIFY(repository.forIntegration(a).value().isEmpty());
    QCOMPARE(repository.forIntegration(b).value().size(), 2);
}

void tst_ProviderTaxRates::removedWithTheIntegration()
{
    const QString a = m_store.addIntegration(QStringLiteral("A"));
    ProviderTaxRateRepository repository(m_store.db(), m_store.clock);
    LEDGERLINK_VERIFY_OK(repository.replaceAll(a, { rate(QStringLiteral("A1"), QStringLiteral("a"), 10000) }));
    LEDGERLINK_VERIFY_OK(IntegrationRepository(m_store.db(), m_store.clock).remove(a));
    auto rates = repository.forIntegration(a);
    LEDGERLINK_VERIFY_OK(rates);
    QVERIFY(rates->isEmpty());
}

QTEST_GUILESS_MAIN(tst_ProviderTaxRates)
#include "tst_providertaxrates.moc"

#include "storefixture.h"

#include "store/customerrepository.h"
#include "store/integrationrepository.h"
#include "store/invoicerepository.h"
#include "store/taxtyperepository.h"
#include "testdatabase.h"

namespace Ledgerlink {

Status StoreFixture::open()
{
    clock.set(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC));
    m_profile = std::make_unique<TestProfile>();
    auto db = TestDatabase::openFresh(*m_profile);
    if (!db) {
        return db.error();
    }
    m_db = std::move(db).value();
    return {};
}

void StoreFixture::close()
{
    m_db.reset();
    m_profile.reset();
}

Result<std::unique_ptr<Database>> StoreFixture::openAnotherConnection() const
{
    return TestDatabase::openAgain(*m_profile);
}

QString StoreFixture::addIntegration(const QString &tenantName, const QString &provider)
{
    IntegrationRepository integrations(*m_db, clock);
    Integration integration;
    integration.provider = provider;
    integration.appType = QStringLiteral("web");
    integration.tenantName = tenantName;
    auto saved = integrations.insert(integration);
    return saved ? saved->id : QString();
}

Status StoreFixture::seedSales()
{
    CustomerRepository customers(*m_db, clock);
    Customer customer;
    customer.name = QStringLiteral("Zoë's Café Ltd");
    auto saved = customers.insert(customer);
    if (!saved) {
        return saved.error();
    }
    m_customer = saved->id;
    TaxTypeRepository taxTypes(*m_db, clock);
    auto standard = taxTypes.insert({ 0, QStringLiteral("Standard"), QStringLiteral("STD"), 200000, false, {}, {} });
    if (!standard) {
        return standard.error();
    }
    auto reduced = taxTypes.insert({ 0, QStringLiteral("Reduced"), QStringLiteral("RED"), 50000, false, {}, {} });
    if (!reduced) {
        return reduced.error();
    }
    m_standard = standard->id;
    m_reduced = reduced->id;
    return {};
}

Invoice StoreFixture::draftInvoice(const QString &number) const
{
    Invoice invoice;
    invoice.number = number;
    invoice.customerId = m_customer;
    invoice.issueDate = QDate(2026, 11, 1);
    invoice.dueDate = QDate(2026, 12, 1);
    invoice.reference = QStringLiteral("Bestellung Nr. 7 – Müller");
    InvoiceLine coffee;
    coffee.description = QStringLiteral("Café crème");
    coffee.quantityE4 = 15000; // 1.5
    coffee.unitPriceMinor = 333; // 3.33 -> 4.995 -> 5.00
    coffee.taxTypeId = m_standard; // 1.00
    InvoiceLine books;
    books.description = QStringLiteral("Bücher");
    books.quantityE4 = 30000; // 3
    books.unitPriceMinor = 1001; // 30.03
    books.taxTypeId = m_reduced; // 1.5015 -> 1.50
    invoice.lines = { coffee, books };
    invoice.lines[0].lineAmountMinor = 999999; // ignored: the repository recomputes it
    return invoice;
}

Invoice StoreFixture::storedInvoice(const QString &number, InvoiceStatus status)
{
    InvoiceRepository invoices(*m_db, clock);
    Invoice invoice = draftInvoice(number);
    invoice.status = status;
    auto saved = invoices.insert(invoice);
    if (!saved) {
        qWarning("%s", qPrintable(saved.error().toString()));
        return {};
    }
    return saved.value();
}

} // namespace Ledgerlink

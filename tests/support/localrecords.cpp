#include "localrecords.h"

#include "clock.h"
#include "store/customerrepository.h"
#include "store/invoicerepository.h"
#include "store/taxtyperepository.h"

namespace Ledgerlink {

LocalRecords::LocalRecords(Database &database)
    : m_database(database)
{ }

Customer LocalRecords::addCustomer(const QString &name, const QString &email, const QString &accountNumber)
{
    Customer c;
    c.name = name;
    c.email = email;
    c.accountNumber = accountNumber;
    auto stored = CustomerRepository(m_database, Clock::system()).insert(c);
    return stored ? stored.value() : Customer();
}

qint64 LocalRecords::taxTypeId(const QString &code)
{
    auto page = TaxTypeRepository(m_database, Clock::system()).page(0, 100);
    if (!page) {
        return 0;
    }
    for (const TaxType &t : page.value()) {
        if (t.code == code) {
            return t.id;
        }
    }
    return 0;
}

Invoice LocalRecords::addInvoice(
    qint64 customerId, const QString &number, qint64 unitPriceMinor, const QString &currency, const QString &taxCode)
{
    Invoice inv;
    inv.number = number;
    inv.customerId = customerId;
    inv.issueDate = QDate::currentDate();
    inv.dueDate = inv.issueDate.addDays(30);
    inv.currency = currency;
    InvoiceLine line;
    line.description = QStringLiteral("Consulting");
    line.quantityE4 = 20000;
    line.unitPriceMinor = unitPriceMinor;
    line.taxTypeId = taxTypeId(taxCode);
    inv.lines << line;
    auto stored = InvoiceRepository(m_database, Clock::system()).insert(inv);
    if (!stored) {
        qWarning("%s", qPrintable(stored.error().toString()));
        return {};
    }
    return stored.value();
}

} // namespace Ledgerlink

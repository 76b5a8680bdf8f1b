#pragma once

#include "store/customer.h"
#include "store/invoice.h"

#include <QString>

namespace Ledgerlink {

class Database;

/// Builds the business's own records for sync tests (the "home" side), one call per record.
class LocalRecords
{
public:
    explicit LocalRecords(Database &database);

    /// An invalid (id 0) customer on failure.
    Customer addCustomer(const QString &name, const QString &email = {}, const QString &accountNumber = {});
    /// The id of the local tax type with `code`, or 0.
    qint64 taxTypeId(const QString &code);
    /// A one-line invoice (2 × `unitPriceMinor`, tax type `taxCode`), issued today; invalid on failure.
    Invoice addInvoice(qint64 customerId, const QString &number, qint64 unitPriceMinor, const QString &currency,
        const QString &taxCode);

private:
    Database &m_database;
};

} // namespace Ledgerlink

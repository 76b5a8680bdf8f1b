#pragma once

#include "error.h"

#include <QCoreApplication>

namespace Ledgerlink {

class Database;

struct DemoDataSize
{
    int customers = 60;
    int items = 40;
    int invoices = 150;
    int historyRows = 0; ///< sync history items (runs of 100) of a switched-off demo integration
};

/// Writes a deterministic demo business (same seed → same rows): customers with non-ASCII names,
/// items, three tax types, a chart of accounts, invoices in every state with lines, a few credit
/// notes and payments. Streams rows through prepared statements in one transaction, so 100k
/// invoices take seconds.
class DemoDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    explicit DemoDataGenerator(Database &database, quint32 seed = 20261127);

    /// Creates the default demo business unless the database already has customers.
    Status ensureDemoBusiness();
    /// Appends a business of the given size; refuses a database that already has customers.
    Status generate(const DemoDataSize &size);

private:
    Status insertReferenceData();
    Status insertCustomers(int count);
    Status insertItems(int count);
    Status insertInvoices(int count, int customers, int items);
    /// A switched-off "Demo history" integration with `rows` history items in runs of 100: every
    /// 50th item failed with a message, so History's filters and search have something to find.
    Status insertHistory(int rows, int invoices);

    Database &m_database;
    quint32 m_seed;
};

} // namespace Ledgerlink

#pragma once

#include "error.h"
#include "mockclock.h"
#include "store/database.h"
#include "store/invoice.h"
#include "testprofile.h"

#include <QString>

#include <memory>

namespace Ledgerlink {

/// What store tests share: a fresh database on the registered backend (see TestDatabase), a
/// MockClock at 2026-11-27 09:00 UTC, and small builders for the rows most tests need.
class StoreFixture
{
public:
    /// Opens a fresh, migrated database; call from init().
    Status open();
    /// Closes it; call from cleanup().
    void close();

    Database &db() { return *m_db; }
    /// Another connection to the same database, e.g. for another thread.
    Result<std::unique_ptr<Database>> openAnotherConnection() const;
    MockClock clock;

    /// Inserts an integration and returns its id (empty on failure).
    QString addIntegration(const QString &tenantName, const QString &provider = QStringLiteral("sage"));

    /// Seeds a customer ("Zoë's Café Ltd") and two tax types (Standard 20 %, Reduced 5 %).
    Status seedSales();
    qint64 customerId() const { return m_customer; }
    qint64 standardTaxId() const { return m_standard; }
    qint64 reducedTaxId() const { return m_reduced; }
    /// A draft with two lines whose rounding matters: 1.5 × 3.33 at 20 % and 3 × 10.01 at 5 %.
    Invoice draftInvoice(const QString &number) const;
    /// draftInvoice() stored with `status`; an invalid (id 0) invoice on failure.
    Invoice storedInvoice(const QString &number, InvoiceStatus status = InvoiceStatus::Draft);

private:
    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Database> m_db;
    qint64 m_customer = 0;
    qint64 m_standard = 0;
    qint64 m_reduced = 0;
};

} // namespace Ledgerlink

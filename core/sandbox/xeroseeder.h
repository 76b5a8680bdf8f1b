#pragma once

#include "sandboxcontext.h"

#include <QJsonObject>

namespace Ledgerlink {

class XeroWriter;

/// Fills a Xero organisation: the chart of accounts and tax rates every organisation has, and on
/// request a demo set of customers, items, invoices and payments made through the normal rules.
class XeroSeeder
{
public:
    XeroSeeder(const SandboxContext &context, XeroWriter *writer);

    void seedBasics(const QString &tenant);
    /// sizes: customers, items, invoices (defaults 20/10/40), paid_ratio (0.3), and optionally
    /// "contacts": [Xero contact objects] made first, as given; returns the counts made.
    QJsonObject seedDemo(const QString &tenant, const QJsonObject &sizes);

private:
    SandboxContext m_context;
    XeroWriter *m_writer;
};

} // namespace Ledgerlink

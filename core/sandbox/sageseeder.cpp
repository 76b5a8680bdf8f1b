#include "sageseeder.h"

#include "sageapi.h"
#include "sandboxclock.h"
#include "sandboxdata.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Ledgerlink {

namespace {

const QString kProvider = QStringLiteral("sage");

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

QJsonObject created(const SandboxReply &reply)
{
    return reply.status == 201 ? QJsonDocument::fromJson(reply.body).object() : QJsonObject();
}

} // namespace

SageSeeder::SageSeeder(const SandboxContext &context, SageApi *api)
    : m_context(context)
    , m_api(api)
{ }

QString SageSeeder::firstId(
    const QString &business, const QString &collection, const QString &field, const QString &value) const
{
    const auto all = m_context.data->records(kProvider, business, collection);
    for (const auto &r : all) {
        if (r.value(field).toString() == value) {
            return r.value(s("id")).toString();
        }
    }
    return {};
}

QJsonObject SageSeeder::seedDemo(const QString &business, const QJsonObject &sizes)
{
    m_api->seedBasics();
    const int customers = sizes.value(s("customers")).toInt(20);
    const int items = sizes.value(s("items")).toInt(10);
    const int invoices = sizes.value(s("invoices")).toInt(40);
    const double paidRatio = sizes.value(s("paid_ratio")).toDouble(0.3);
    const QString salesLedger = firstId(business, s("ledger_accounts"), s("nominal_code"), s("4000"));
    const QString bankLedger = firstId(business, s("ledger_accounts"), s("nominal_code"), s("1200"));
    // Numbering continues after earlier seeds so references stay unique.
    const int contactOffset = m_context.data->count(kProvider, business, s("contacts"));
    const int productOffset = m_context.data->count(kProvider, business, s("products"));
    QStringList contacts;
    for (int i = 0; i < customers; ++i) {
        const int n = contactOffset + i + 1;
        const QJsonObject r = created(m_api->create(business, s("contacts"),
            { { s("name"), s("Customer %1 Ltd").arg(n) },
                { s("reference"), s("CUST%1").arg(n, 3, 10, QLatin1Char('0')) },
                { s("email"), s("ap%1@example.co.uk").arg(n) } }));
        if (!r.isEmpty()) {
            contacts << r.value(s("id")).toString();
        }
    }
    QList<QJsonObject> products;
    for (int i = 0; i < items; ++i) {
        const int n = productOffset + i + 1;
        const double price = 25.0 + i * 5;
        const QJsonObject r = created(m_api->create(business, s("products"),
            { { s("item_code"), s("SRV%1").arg(n, 3, 10, QLatin1Char('0')) },
                { s("description"), s("Service %1").arg(n) }, { s("sales_ledger_account_id"), salesLedger },
                { s("sales_tax_rate_id"), s("GB_STANDARD") },
                { s("sales_prices"),
                    QJsonArray { QJsonObject { { s("price_name"), s("Selling Price") }, { s("price"), price },
                        { s("price_includes_tax"), false } } } } }));
        if (!r.isEmpty()) {
            products << r;
        }
    }
    int madeInvoices = 0;
    int madePayments = 0;
    for (int i = 0; i < invoices && !contacts.isEmpty(); ++i) {
        const QJsonObject product = products.isEmpty() ? QJsonObject() : products.at(i % products.size());
        QJsonObject line { { s("description"), product.value(s("description")).toString(s("Services")) },
            { s("quantity"), 1 + i % 3 },
            { s("unit_price"),
                product.value(s("sales_prices")).toArray().at(0).toObject().value(s("price")).toDouble(50.0) },
            { s("ledger_account_id"), salesLedger }, { s("tax_rate_id"), s("GB_STANDARD") } };
        if (!product.isEmpty()) {
            line.insert(s("product_id"), product.value(s("id")));
        }
        const QJsonObject invoice = created(m_api->create(business, s("sales_invoices"),
            { { s("contact_id"), contacts.at(i % contacts.size()) },
                { s("date"), m_context.clock->now().date().addDays(-(i % 60)).toString(Qt::ISODate) },
                { s("invoice_lines"), QJsonArray { line } } }));
        if (invoice.isEmpty()) {
            continue;
        }
        ++madeInvoices;
        if (i < int(invoices * paidRatio)) {
            const double amount = invoice.value(s("total_amount")).toDouble();
            const QJsonObject payment = created(m_api->create(business, s("contact_payments"),
                { { s("transaction_type_id"), s("CUSTOMER_RECEIPT") },
                    { s("contact_id"), invoice.value(s("contact")).toObject().value(s("id")) },
                    { s("bank_account_id"), bankLedger }, { s("date"), invoice.value(s("date")) },
                    { s("total_amount"), amount },
                    { s("allocated_artefacts"),
                        QJsonArray { QJsonObject {
                            { s("artefact_id"), invoice.value(s("id")) }, { s("amount"), amount } } } } }));
            madePayments += payment.isEmpty() ? 0 : 1;
        }
    }
    return { { s("tenant"), business }, { s("customers"), int(contacts.size()) }, { s("items"), int(products.size()) },
        { s("tax_rates"), m_context.data->count(kProvider, business, s("tax_rates")) },
        { s("accounts"), m_context.data->count(kProvider, business, s("ledger_accounts")) },
        { s("invoices"), madeInvoices }, { s("payments"), madePayments } };
}

} // namespace Ledgerlink

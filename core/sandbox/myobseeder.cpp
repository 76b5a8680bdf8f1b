#include "myobseeder.h"

#include "myobapi.h"
#include "sandboxclock.h"
#include "sandboxdata.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Ledgerlink {

namespace {

const QString kProvider = QStringLiteral("myob");

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

MyobSeeder::MyobSeeder(const SandboxContext &context, MyobApi *api)
    : m_context(context)
    , m_api(api)
{ }

QJsonObject MyobSeeder::post(const QString &business, const QString &entity, const QJsonObject &body)
{
    SandboxRequest request;
    request.method = "POST";
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QString base = s("/myob/api/accountright/%1/%2").arg(business, entity);
    request.path = base;
    const SandboxReply reply = m_api->write(request, business, entity, {}, base);
    if (reply.status != 201) {
        return {};
    }
    const QByteArray location = reply.header("Location");
    return m_context.data->record(
        kProvider, business, entity, QString::fromLatin1(location.mid(location.lastIndexOf('/') + 1)));
}

QJsonObject MyobSeeder::uidRef(
    const QString &business, const QString &entity, const QString &field, const QString &value) const
{
    const auto all = m_context.data->records(kProvider, business, entity);
    for (const auto &r : all) {
        if (r.value(field).toString() == value) {
            return { { s("UID"), r.value(s("UID")) } };
        }
    }
    return {};
}

QJsonObject MyobSeeder::seedDemo(const QString &business, const QJsonObject &sizes)
{
    m_api->seedBasics();
    const int customers = sizes.value(s("customers")).toInt(20);
    const int items = sizes.value(s("items")).toInt(10);
    const int invoices = sizes.value(s("invoices")).toInt(40);
    const double paidRatio = sizes.value(s("paid_ratio")).toDouble(0.3);
    const QJsonObject gst = uidRef(business, s("GeneralLedger/TaxCode"), s("Code"), s("GST"));
    const QJsonObject income = uidRef(business, s("GeneralLedger/Account"), s("DisplayID"), s("4-1000"));
    const QJsonObject bank = uidRef(business, s("GeneralLedger/Account"), s("DisplayID"), s("1-1110"));
    // Numbering continues after earlier seeds so DisplayIDs and Numbers stay unique.
    const int customerOffset = m_context.data->count(kProvider, business, s("Contact/Customer"));
    const int itemOffset = m_context.data->count(kProvider, business, s("Inventory/Item"));
    QList<QJsonObject> customerRecords;
    for (int i = 0; i < customers; ++i) {
        const int n = customerOffset + i + 1;
        const QJsonObject r = post(business, s("Contact/Customer"),
            { { s("CompanyName"), s("Customer %1 Pty Ltd").arg(n) }, { s("IsIndividual"), false },
                { s("IsActive"), true }, { s("DisplayID"), s("CUS%1").arg(n, 6, 10, QLatin1Char('0')) },
                { s("SellingDetails"), QJsonObject { { s("TaxCode"), gst }, { s("FreightTaxCode"), gst } } } });
        if (!r.isEmpty()) {
            customerRecords << r;
        }
    }
    QList<QJsonObject> itemRecords;
    for (int i = 0; i < items; ++i) {
        const int n = itemOffset + i + 1;
        const QJsonObject r = post(business, s("Inventory/Item"),
            { { s("Number"), s("SRV-%1").arg(n, 3, 10, QLatin1Char('0')) }, { s("Name"), s("Service %1").arg(n) },
                { s("IsActive"), true }, { s("IsSold"), true }, { s("IsBought"), false }, { s("IsInventoried"), false },
                { s("IncomeAccount"), income },
                { s("SellingDetails"),
                    QJsonObject { { s("BaseSellingPrice"), 25.0 + i * 5 }, { s("IsTaxInclusive"), false },
                        { s("TaxCode"), gst } } } });
        if (!r.isEmpty()) {
            itemRecords << r;
        }
    }
    int madeInvoices = 0;
    int madePayments = 0;
    for (int i = 0; i < invoices && !customerRecords.isEmpty() && !itemRecords.isEmpty(); ++i) {
        const QJsonObject customer = customerRecords.at(i % customerRecords.size());
        const QJsonObject item = itemRecords.at(i % itemRecords.size());
        const int quantity = 1 + i % 3;
        const double price = item.value(s("SellingDetails")).toObject().value(s("BaseSellingPrice")).toDouble();
        const QJsonObject invoice = post(business, s("Sale/Invoice/Item"),
            { { s("Date"),
                  QString(m_context.clock->now().date().addDays(-(i % 60)).toString(Qt::ISODate) + s("T00:00:00")) },
                { s("Customer"), QJsonObject { { s("UID"), customer.value(s("UID")) } } },
                { s("IsTaxInclusive"), false },
                { s("Lines"),
                    QJsonArray {
                        QJsonObject { { s("Type"), s("Transaction") }, { s("Description"), item.value(s("Name")) },
                            { s("Item"), QJsonObject { { s("UID"), item.value(s("UID")) } } },
                            { s("ShipQuantity"), quantity }, { s("UnitPrice"), price },
                            { s("Total"), quantity * price }, { s("TaxCode"), gst } } } } });
        if (invoice.isEmpty()) {
            continue;
        }
        ++madeInvoices;
        if (i < int(invoices * paidRatio)) {
            const double amount = invoice.value(s("BalanceDueAmount")).toDouble();
            const QJsonObject payment = post(business, s("Sale/CustomerPayment"),
                { { s("Date"), invoice.value(s("Date")) },
                    { s("Customer"), QJsonObject { { s("UID"), customer.value(s("UID")) } } }, { s("Account"), bank },
                    { s("AmountReceived"), amount },
                    { s("Invoices"),
                        QJsonArray { QJsonObject { { s("UID"), invoice.value(s("UID")) }, { s("Type"), s("Invoice") },
                            { s("AmountApplied"), amount } } } } });
            madePayments += payment.isEmpty() ? 0 : 1;
        }
    }
    return { { s("tenant"), business }, { s("customers"), int(customerRecords.size()) },
        { s("items"), int(itemRecords.size()) },
        { s("tax_rates"), m_context.data->count(kProvider, business, s("GeneralLedger/TaxCode")) },
        { s("accounts"), m_context.data->count(kProvider, business, s("GeneralLedger/Account")) },
        { s("invoices"), madeInvoices }, { s("payments"), madePayments } };
}

} // namespace Ledgerlink

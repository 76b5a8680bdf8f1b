#include "qboseeder.h"

#include "qboentities.h"
#include "sandboxclock.h"
#include "sandboxdata.h"

#include <QJsonArray>

namespace Ledgerlink {

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

QJsonObject ref(const QString &value)
{
    return { { s("value"), value } };
}

} // namespace

QboSeeder::QboSeeder(const SandboxContext &context, QboEntities *entities)
    : m_context(context)
    , m_entities(entities)
{ }

void QboSeeder::seedBasics(const QString &realm)
{
    if (m_context.data->count(s("qbo"), realm, s("Account")) > 0) {
        return;
    }
    const QList<QJsonObject> accounts {
        { { s("Name"), s("Sales of Product Income") }, { s("AccountType"), s("Income") },
            { s("AccountSubType"), s("SalesOfProductIncome") } },
        { { s("Name"), s("Undeposited Funds") }, { s("AccountType"), s("Other Current Asset") },
            { s("AccountSubType"), s("UndepositedFunds") } },
        { { s("Name"), s("Checking") }, { s("AccountType"), s("Bank") }, { s("AccountSubType"), s("Checking") } },
        { { s("Name"), s("Accounts Receivable (A/R)") }, { s("AccountType"), s("Accounts Receivable") },
            { s("AccountSubType"), s("AccountsReceivable") } },
    };
    for (const auto &a : accounts) {
        QJsonObject account = a;
        account.insert(s("Classification"),
            a.value(s("AccountType")).toString() == QLatin1String("Income") ? s("Revenue") : s("Asset"));
        account.insert(s("CurrentBalance"), 0);
        account.insert(
            s("CurrencyRef"), QJsonObject { { s("value"), s("USD") }, { s("name"), s("United States Dollar") } });
        m_entities->save(realm, s("Account"), account);
    }
    const QString now = m_context.clock->now().toString(s("yyyy-MM-ddTHH:mm:ss")) + s("+00:00");
    const QJsonObject meta { { s("CreateTime"), now }, { s("LastUpdatedTime"), now } };
    m_context.data->put(s("qbo"), realm, s("TaxRate"), s("1"),
        { { s("Id"), s("1") }, { s("Name"), s("State sales tax") }, { s("RateValue"), 8 }, { s("Active"), true },
            { s("AgencyRef"), ref(s("1")) }, { s("SyncToken"), s("0") }, { s("domain"), s("QBO") },
            { s("MetaData"), meta } });
    m_context.data->put(s("qbo"), realm, s("TaxCode"), s("TAX"),
        { { s("Id"), s("TAX") }, { s("Name"), s("TAX") }, { s("Description"), s("TAX") }, { s("Taxable"), true },
            { s("Active"), true }, { s("domain"), s("QBO") }, { s("MetaData"), meta } });
    m_context.data->put(s("qbo"), realm, s("TaxCode"), s("NON"),
        { { s("Id"), s("NON") }, { s("Name"), s("NON") }, { s("Description"), s("Non") }, { s("Taxable"), false },
            { s("Active"), true }, { s("domain"), s("QBO") }, { s("MetaData"), meta } });
}

QJsonObject QboSeeder::seedDemo(const QString &realm, const QJsonObject &sizes)
{
    seedBasics(realm);
    const int customers = sizes.value(s("customers")).toInt(20);
    const int items = sizes.value(s("items")).toInt(10);
    const int invoices = sizes.value(s("invoices")).toInt(40);
    const double paidRatio = sizes.value(s("paid_ratio")).toDouble(0.3);
    const int offset = m_context.data->count(s("qbo"), realm, s("Customer"));
    QStringList customerIds;
    QStringList itemIds;
    for (int i = 0; i < customers; ++i) {
        const auto o = m_entities->save(realm, s("Customer"),
            { { s("DisplayName"), s("Customer %1 Inc").arg(offset + i + 1, 4, 10, QLatin1Char('0')) },
                { s("PrimaryEmailAddr"),
                    QJsonObject { { s("Address"), s("ap%1@example.com").arg(offset + i + 1) } } } });
        customerIds << o.record.value(s("Id")).toString();
    }
    const int itemOffset = m_context.data->count(s("qbo"), realm, s("Item"));
    for (int i = 0; i < items; ++i) {
        const auto o = m_entities->save(realm, s("Item"),
            { { s("Name"), s("Service %1").arg(itemOffset + i + 1) }, { s("Type"), s("Service") },
                { s("UnitPrice"), 25.0 + i * 5 }, { s("IncomeAccountRef"), ref(s("1")) } });
        itemIds << o.record.value(s("Id")).toString();
    }
    int madeInvoices = 0;
    int madePayments = 0;
    for (int i = 0; i < invoices && !customerIds.isEmpty() && !itemIds.isEmpty(); ++i) {
        const auto inv = m_entities->save(realm, s("Invoice"),
            { { s("CustomerRef"), ref(customerIds.at(i % customerIds.size())) },
                { s("TxnDate"), m_context.clock->now().date().addDays(-(i % 60)).toString(Qt::ISODate) },
                { s("Line"),
                    QJsonArray { QJsonObject { { s("DetailType"), s("SalesItemLineDetail") },
                        { s("SalesItemLineDetail"),
                            QJsonObject { { s("ItemRef"), ref(itemIds.at(i % itemIds.size())) },
                                { s("Qty"), 1 + i % 3 }, { s("UnitPrice"), 40.0 } } } } } } });
        if (!inv.fault.isEmpty()) {
            continue;
        }
        ++madeInvoices;
        if (i < int(invoices * paidRatio)) {
            const double amount = inv.record.value(s("TotalAmt")).toDouble();
            const auto pay = m_entities->save(realm, s("Payment"),
                { { s("CustomerRef"), inv.record.value(s("CustomerRef")) }, { s("TotalAmt"), amount },
                    { s("Line"),
                        QJsonArray { QJsonObject { { s("Amount"), amount },
                            { s("LinkedTxn"),
                                QJsonArray { QJsonObject { { s("TxnId"), inv.record.value(s("Id")) },
                                    { s("TxnType"), s("Invoice") } } } } } } } });
            madePayments += pay.fault.isEmpty() ? 1 : 0;
        }
    }
    return { { s("tenant"), realm }, { s("customers"), customers }, { s("items"), items },
        { s("invoices"), madeInvoices }, { s("payments"), madePayments } };
}

} // namespace Ledgerlink

#include "xeroseeder.h"

#include "sandboxclock.h"
#include "sandboxdata.h"
#include "xeroformat.h"
#include "xerowriter.h"

#include <QUuid>

namespace Ledgerlink {

namespace {

const QString kProvider = QStringLiteral("xero");

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

QJsonObject account(
    const char *code, const char *name, const char *type, const char *cls, const char *taxType, bool bank = false)
{
    QJsonObject a { { s("AccountID"), QUuid::createUuid().toString(QUuid::WithoutBraces) }, { s("Code"), s(code) },
        { s("Name"), s(name) }, { s("Type"), s(type) }, { s("Class"), s(cls) }, { s("Status"), s("ACTIVE") },
        { s("TaxType"), s(taxType) }, { s("EnablePaymentsToAccount"), false }, { s("ShowInExpenseClaims"), false },
        { s("HasAttachments"), false }, { s("AddToWatchlist"), false }, { s("ReportingCode"), s(cls).left(3) },
        { s("ReportingCodeName"), s(cls) }, { s("Description"), QString() } };
    if (bank) {
        a.insert(s("BankAccountType"), s("BANK"));
        a.insert(s("BankAccountNumber"), s("0201234567890000"));
        a.insert(s("CurrencyCode"), s("NZD"));
    }
    return a;
}

QJsonObject taxRate(const char *name, const char *taxType, const char *report, double rate)
{
    return { { s("Name"), s(name) }, { s("TaxType"), s(taxType) }, { s("ReportTaxType"), s(report) },
        { s("Status"), s("ACTIVE") }, { s("CanApplyToAssets"), true }, { s("CanApplyToEquity"), true },
        { s("CanApplyToExpenses"), true }, { s("CanApplyToLiabilities"), true }, { s("CanApplyToRevenue"), true },
        { s("DisplayTaxRate"), rate }, { s("EffectiveRate"), rate },
        { s("TaxComponents"),
            QJsonArray { QJsonObject { { s("Name"), s("GST") }, { s("Rate"), rate }, { s("IsCompound"), false },
                { s("IsNonRecoverable"), false } } } } };
}

} // namespace

XeroSeeder::XeroSeeder(const SandboxContext &context, XeroWriter *writer)
    : m_context(context)
    , m_writer(writer)
{ }

void XeroSeeder::seedBasics(const QString &tenant)
{
    SandboxData &data = *m_context.data;
    if (data.count(kProvider, tenant, s("Accounts")) == 0) {
        const QList<QJsonObject> accounts {
            account("090", "Business Bank Account", "BANK", "ASSET", "NONE", true),
            account("200", "Sales", "REVENUE", "REVENUE", "OUTPUT2"),
            account("260", "Other Revenue", "REVENUE", "REVENUE", "OUTPUT2"),
            account("400", "Advertising", "EXPENSE", "EXPENSE", "INPUT2"),
            account("610", "Accounts Receivable", "CURRENT", "ASSET", "NONE"),
            account("820", "GST", "CURRLIAB", "LIABILITY", "NONE"),
        };
        for (auto a : accounts) {
            if (a.value(s("Code")).toString() == QLatin1String("610")) {
                a.insert(s("SystemAccount"), s("DEBTORS"));
            } else if (a.value(s("Code")).toString() == QLatin1String("820")) {
                a.insert(s("SystemAccount"), s("GST"));
            }
            data.put(kProvider, tenant, s("Accounts"), a.value(s("AccountID")).toString(), m_writer->stamped(a));
        }
    }
    if (data.count(kProvider, tenant, s("TaxRates")) == 0) {
        const QList<QJsonObject> rates {
            taxRate("15% GST on Income", "OUTPUT2", "OUTPUT", 15.0),
            taxRate("15% GST on Expenses", "INPUT2", "INPUT", 15.0),
            taxRate("No GST", "NONE", "NONE", 0.0),
            taxRate("Zero Rated", "ZERORATED", "OUTPUT", 0.0),
        };
        for (const auto &r : rates) {
            data.put(kProvider, tenant, s("TaxRates"), r.value(s("TaxType")).toString(), r);
        }
    }
}

QJsonObject XeroSeeder::seedDemo(const QString &tenant, const QJsonObject &sizes)
{
    seedBasics(tenant);
    const int customers = sizes.value(s("customers")).toInt(20);
    const int items = sizes.value(s("items")).toInt(10);
    const int invoices = sizes.value(s("invoices")).toInt(40);
    const double paidRatio = sizes.value(s("paid_ratio")).toDouble(0.3);
    // Named contacts as given (the demo's look-alikes of its local customers), before the numbered ones.
    const QJsonArray named = sizes.value(s("contacts")).toArray();
    for (const QJsonValue &contact : named) {
        m_writer->saveContact(tenant, contact.toObject(), false);
    }
    const int offset = m_context.data->count(kProvider, tenant, s("Contacts"));
    QStringList contactIds;
    QStringList itemCodes;
    for (int i = 0; i < customers; ++i) {
        const auto o = m_writer->saveContact(tenant,
            QJsonObject { { s("Name"), s("Customer %1 Ltd").arg(offset + i + 1, 4, 10, QLatin1Char('0')) },
                { s("ContactNumber"), s("LL-%1").arg(offset + i + 1) },
                { s("EmailAddress"), s("accounts%1@example.com").arg(offset + i + 1) } },
            false);
        contactIds << o.element.value(s("ContactID")).toString();
    }
    const int itemOffset = m_context.data->count(kProvider, tenant, s("Items"));
    for (int i = 0; i < items; ++i) {
        const QString code = s("ITEM-%1").arg(itemOffset + i + 1, 4, 10, QLatin1Char('0'));
        m_writer->saveItem(tenant,
            QJsonObject { { s("Code"), code }, { s("Name"), s("Demo item %1").arg(itemOffset + i + 1) },
                { s("Description"), s("Demo item %1").arg(itemOffset + i + 1) },
                { s("SalesDetails"),
                    QJsonObject { { s("UnitPrice"), 10.0 + (i % 9) * 5.5 }, { s("AccountCode"), s("200") },
                        { s("TaxType"), s("OUTPUT2") } } } },
            false);
        itemCodes << code;
    }
    int madeInvoices = 0;
    int madePayments = 0;
    const QDate today = m_context.clock->now().date();
    for (int i = 0; i < invoices && !contactIds.isEmpty(); ++i) {
        QJsonArray lines;
        for (int l = 0; l <= i % 3; ++l) {
            lines.append(QJsonObject { { s("ItemCode"), itemCodes.value((i + l) % qMax(1, int(itemCodes.size()))) },
                { s("Description"), s("Line %1").arg(l + 1) }, { s("Quantity"), double(1 + l) },
                { s("UnitAmount"), 20.0 + l * 7.25 }, { s("AccountCode"), s("200") } });
        }
        const QDate date = today.addDays(-(i % 60));
        const auto o = m_writer->apply(tenant, s("Invoices"),
            QJsonArray { QJsonObject { { s("Type"), s("ACCREC") },
                { s("Contact"), QJsonObject { { s("ContactID"), contactIds.at(i % contactIds.size()) } } },
                { s("Date"), date.toString(Qt::ISODate) }, { s("DueDate"), date.addDays(20).toString(Qt::ISODate) },
                { s("Status"), s("AUTHORISED") }, { s("LineItems"), lines } } },
            false, QString());
        if (o.isEmpty() || !o.first().errors.isEmpty()) {
            continue;
        }
        ++madeInvoices;
        if (i < int(invoices * paidRatio)) {
            const auto p = m_writer->apply(tenant, s("Payments"),
                QJsonArray { QJsonObject {
                    { s("Invoice"), QJsonObject { { s("InvoiceID"), o.first().element.value(s("InvoiceID")) } } },
                    { s("Account"), QJsonObject { { s("Code"), s("090") } } },
                    { s("Date"), date.addDays(5).toString(Qt::ISODate) },
                    { s("Amount"), o.first().element.value(s("AmountDue")).toDouble() } } },
                false, QString());
            madePayments += (!p.isEmpty() && p.first().errors.isEmpty()) ? 1 : 0;
        }
    }
    return { { s("tenant"), tenant }, { s("customers"), customers }, { s("items"), items },
        { s("invoices"), madeInvoices }, { s("payments"), madePayments } };
}

} // namespace Ledgerlink

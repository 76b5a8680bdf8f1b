// The four providers' RulesWorld: where each keeps a record, and how another user edits it.
#include "rulesworld.h"
#include "tst_myobfixture.h"
#include "tst_qbofixture.h"
#include "tst_sagefixture.h"
#include "tst_sandboxclient.h"
#include "tst_syncfixture.h"

#include <QJsonArray>

#include <cmath>

namespace Ledgerlink {

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

double major(qint64 minor)
{
    return double(minor) / 100.0;
}

qint64 minor(double major)
{
    return qint64(std::llround(major * 100.0));
}

/// The world of one fixture type; the fixtures share their shape, not a base class.
template <class Fixture> class FixtureWorld : public RulesWorld
{
public:
    bool setUp() override { return m_fx.setUp(); }
    RunSummary runSync(bool full) override { return m_fx.runSync(full); }
    SandboxServer &server() override { return m_fx.server(); }
    SandboxTestClient &client() override { return m_fx.client(); }
    Database &database() override { return m_fx.database(); }
    SyncThread &sync() override { return m_fx.sync(); }
    const Integration &integration() const override { return m_fx.integration(); }

protected:
    Fixture m_fx;
};

class XeroWorld : public FixtureWorld<SyncFixture>
{
public:
    QString provider() const override { return s("xero"); }
    QString currency() const override { return s("NZD"); }
    QString taxCode() const override { return s("OUTPUT2"); }
    QString otherTaxCode() const override { return s("OUTPUT2"); }
    qint64 otherTaxRateE4() const override { return 150000; }
    QString apiFragment() const override { return s("/xero/api/"); }
    QString invoiceWritePattern() const override { return s("/xero/api/api.xro/2.0/Invoices*"); }
    QString customerCollection() const override { return s("Contacts"); }
    QString customerNameField() const override { return s("Name"); }
    QStringList invoiceCollections() const override { return { s("Invoices") }; }
    QString invoiceNumberField() const override { return s("InvoiceNumber"); }
    std::unique_ptr<AccessTokenSource> tokenSource(
        QNetworkAccessManager *, const QUrl &, const QString &, const QString &) const override
    {
        return {};
    }
    QString clientId() const override { return {}; }
    QStringList scopes() const override { return {}; }

    QString createRemoteCustomer(const QString &name, bool archived) override
    {
        const HttpResult r = m_fx.xeroPut(
            s("Contacts"), { { s("Name"), name }, { s("ContactStatus"), archived ? s("ARCHIVED") : s("ACTIVE") } });
        return r.json().value(s("Contacts")).toArray().first().toObject().value(s("ContactID")).toString();
    }
    QStringList remoteCustomerNames() override
    {
        QStringList names;
        for (const auto &v : m_fx.remote(s("Contacts"))) {
            names << v.toObject().value(s("Name")).toString();
        }
        return names;
    }
    QStringList remoteInvoiceNumbers() override
    {
        QStringList numbers;
        for (const auto &v : m_fx.remote(s("Invoices"))) {
            numbers << v.toObject().value(s("InvoiceNumber")).toString();
        }
        return numbers;
    }
    QStringList remoteCreditNoteNumbers() override
    {
        QStringList numbers;
        for (const auto &v : m_fx.remote(s("CreditNotes"))) {
            numbers << v.toObject().value(s("CreditNoteNumber")).toString();
        }
        return numbers;
    }
    QString voidedState() const override { return s("voided"); }
    QString remoteInvoiceState(const QString &number) override
    {
        for (const auto &v : m_fx.remote(s("Invoices"))) {
            if (v.toObject().value(s("InvoiceNumber")).toString() == number) {
                return v.toObject().value(s("Status")).toString() == QLatin1String("VOIDED") ? s("voided") : s("open");
            }
        }
        return s("absent");
    }
    QStringList remoteInvoiceTaxCodes(const QString &number) override
    {
        QStringList codes;
        for (const auto &v : m_fx.remote(s("Invoices"))) {
            if (v.toObject().value(s("InvoiceNumber")).toString() == number) {
                for (const auto &line : v.toObject().value(s("LineItems")).toArray()) {
                    codes << line.toObject().value(s("TaxType")).toString();
                }
            }
        }
        return codes;
    }
    qint64 remoteItemPrice(const QString &remoteId) override
    {
        for (const auto &v : m_fx.remote(s("Items"))) {
            if (v.toObject().value(s("ItemID")).toString() == remoteId) {
                return minor(v.toObject().value(s("SalesDetails")).toObject().value(s("UnitPrice")).toDouble());
            }
        }
        return -1;
    }
    bool renameRemoteCustomer(const QString &remoteId, const QString &name) override
    {
        return m_fx.client()
                   .xeroWrite("POST", m_fx.xeroToken(), s("Contacts/") + remoteId,
                       { { s("ContactID"), remoteId }, { s("Name"), name } })
                   .status
            == 200;
    }
    bool setRemoteItemPrice(const QString &remoteId, qint64 priceMinor) override
    {
        return m_fx.client()
                   .xeroWrite("POST", m_fx.xeroToken(), s("Items/") + remoteId,
                       { { s("ItemID"), remoteId },
                           { s("SalesDetails"), QJsonObject { { s("UnitPrice"), major(priceMinor) } } } })
                   .status
            == 200;
    }
};

class QboWorld : public FixtureWorld<QboFixture>
{
public:
    QString provider() const override { return s("qbo"); }
    QString currency() const override { return s("USD"); }
    QString taxCode() const override { return s("NON"); }
    QString otherTaxCode() const override { return s("TAX"); }
    // TAX has no SalesTaxRateList in the sandbox's company: its rate is 0.
    qint64 otherTaxRateE4() const override { return 0; }
    QString apiFragment() const override { return s("/qbo/api/"); }
    QString invoiceWritePattern() const override { return s("/qbo/api/v3/company/*/batch*"); }
    QString customerCollection() const override { return s("Customer"); }
    QString customerNameField() const override { return s("DisplayName"); }
    QStringList invoiceCollections() const override { return { s("Invoice") }; }
    QString invoiceNumberField() const override { return s("DocNumber"); }
    std::unique_ptr<AccessTokenSource> tokenSource(
        QNetworkAccessManager *network, const QUrl &base, const QString &access, const QString &refresh) const override
    {
        return std::make_unique<QboTestTokenSource>(network, base, access, refresh);
    }
    QString clientId() const override { return s("LEDGERLINK-QBO-WEB"); }
    QStringList scopes() const override { return { s("com.intuit.quickbooks.accounting") }; }

    QString createRemoteCustomer(const QString &name, bool archived) override
    {
        const HttpResult r =
            m_fx.api("POST", s("customer"), { { s("DisplayName"), name }, { s("Active"), !archived } });
        return r.json().value(s("Customer")).toObject().value(s("Id")).toString();
    }
    QStringList remoteCustomerNames() override
    {
        QStringList names;
        for (const auto &v : m_fx.remote(s("Customer"))) {
            names << v.toObject().value(s("DisplayName")).toString();
        }
        return names;
    }
    QStringList remoteInvoiceNumbers() override
    {
        QStringList numbers;
        for (const auto &v : m_fx.remote(s("Invoice"))) {
            numbers << v.toObject().value(s("DocNumber")).toString();
        }
        return numbers;
    }
    QStringList remoteCreditNoteNumbers() override
    {
        QStringList numbers;
        for (const auto &v : m_fx.remote(s("CreditMemo"))) {
            if (v.toObject().value(s("status")).toString() != QLatin1String("Deleted")) {
                numbers << v.toObject().value(s("DocNumber")).toString();
            }
        }
        return numbers;
    }
    QString voidedState() const override { return s("voided"); } // kept with every amount 0
    QString remoteInvoiceState(const QString &number) override
    {
        for (const auto &v : m_fx.remote(s("Invoice"))) {
            const QJsonObject o = v.toObject();
            if (o.value(s("DocNumber")).toString() != number
                || o.value(s("status")).toString() == QLatin1String("Deleted")) {
                continue;
            }
            const bool voided = o.value(s("PrivateNote")).toString().startsWith(QLatin1String("Voided"))
                && o.value(s("TotalAmt")).toDouble() == 0.0 && o.value(s("Balance")).toDouble() == 0.0;
            return voided ? s("voided") : s("open");
        }
        return s("absent");
    }
    QStringList remoteInvoiceTaxCodes(const QString &number) override
    {
        QStringList codes;
        for (const auto &v : m_fx.remote(s("Invoice"))) {
            if (v.toObject().value(s("DocNumber")).toString() != number) {
                continue;
            }
            for (const auto &line : v.toObject().value(s("Line")).toArray()) {
                const QJsonObject detail = line.toObject().value(s("SalesItemLineDetail")).toObject();
                if (!detail.isEmpty()) {
                    codes << detail.value(s("TaxCodeRef")).toObject().value(s("value")).toString();
                }
            }
        }
        return codes;
    }
    qint64 remoteItemPrice(const QString &remoteId) override
    {
        const QJsonObject item = record(remoteId);
        return item.isEmpty() ? -1 : minor(item.value(s("UnitPrice")).toDouble());
    }
    bool renameRemoteCustomer(const QString &remoteId, const QString &name) override
    {
        for (const auto &v : m_fx.remote(s("Customer"))) {
            if (v.toObject().value(s("Id")).toString() == remoteId) {
                return m_fx.api("POST", s("customer"),
                               { { s("Id"), remoteId }, { s("SyncToken"), v.toObject().value(s("SyncToken")) },
                                   { s("sparse"), true }, { s("DisplayName"), name } })
                           .status
                    == 200;
            }
        }
        return false;
    }
    bool setRemoteItemPrice(const QString &remoteId, qint64 priceMinor) override
    {
        const QJsonObject item = record(remoteId);
        return m_fx.api("POST", s("item"),
                       { { s("Id"), remoteId }, { s("SyncToken"), item.value(s("SyncToken")).toString() },
                           { s("sparse"), true }, { s("UnitPrice"), major(priceMinor) } })
                   .status
            == 200;
    }

private:
    QJsonObject record(const QString &remoteId)
    {
        for (const auto &v : m_fx.remote(s("Item"))) {
            if (v.toObject().value(s("Id")).toString() == remoteId) {
                return v.toObject();
            }
        }
        return {};
    }
};

class SageWorld : public FixtureWorld<SageFixture>
{
public:
    QString provider() const override { return s("sage"); }
    QString currency() const override { return s("GBP"); }
    QString taxCode() const override { return s("GB_STANDARD"); }
    QString otherTaxCode() const override { return s("GB_LOWER"); }
    qint64 otherTaxRateE4() const override { return 50000; }
    QString apiFragment() const override { return s("/sage/api/"); }
    QString invoiceWritePattern() const override { return s("/sage/api/v3.1/sales_invoices*"); }
    QString customerCollection() const override { return s("contacts"); }
    QString customerNameField() const override { return s("name"); }
    QStringList invoiceCollections() const override { return { s("sales_invoices") }; }
    QString invoiceNumberField() const override { return s("reference"); }
    std::unique_ptr<AccessTokenSource> tokenSource(
        QNetworkAccessManager *network, const QUrl &base, const QString &access, const QString &refresh) const override
    {
        return std::make_unique<SageTestTokenSource>(network, base, access, refresh);
    }
    QString clientId() const override { return SageFixture::clientId(); }
    QStringList scopes() const override { return { s("full_access") }; }

    QString createRemoteCustomer(const QString &name, bool archived) override
    {
        return m_fx.create(s("contacts"), s("contact"),
            { { s("name"), name }, { s("contact_type_ids"), QJsonArray { s("CUSTOMER") } },
                { s("active"), !archived } });
    }
    QStringList remoteCustomerNames() override
    {
        QStringList names;
        for (const auto &v : m_fx.remote(s("contacts"))) {
            names << v.toObject().value(s("name")).toString();
        }
        return names;
    }
    QStringList remoteInvoiceNumbers() override
    {
        QStringList numbers;
        for (const auto &v : m_fx.remote(s("sales_invoices"))) {
            numbers << v.toObject().value(s("reference")).toString();
        }
        return numbers;
    }
    QStringList remoteCreditNoteNumbers() override
    {
        QStringList numbers;
        for (const auto &v : m_fx.remote(s("sales_credit_notes"))) {
            numbers << v.toObject().value(s("reference")).toString();
        }
        return numbers;
    }
    QString voidedState() const override { return s("absent"); } // deleted with a void_reason
    QString remoteInvoiceState(const QString &number) override
    {
        return remoteInvoiceNumbers().contains(number) ? s("open") : s("absent");
    }
    QStringList remoteInvoiceTaxCodes(const QString &number) override
    {
        QStringList codes;
        for (const auto &v : m_fx.remote(s("sales_invoices"))) {
            if (v.toObject().value(s("reference")).toString() != number) {
                continue;
            }
            for (const auto &line : v.toObject().value(s("invoice_lines")).toArray()) {
                const QJsonObject l = line.toObject();
                codes << (l.contains(s("tax_rate_id")) ? l.value(s("tax_rate_id")).toString()
                                                       : l.value(s("tax_rate")).toObject().value(s("id")).toString());
            }
        }
        return codes;
    }
    qint64 remoteItemPrice(const QString &remoteId) override
    {
        for (const auto &v : m_fx.remote(s("products"))) {
            if (v.toObject().value(s("id")).toString() == remoteId) {
                for (const auto &p : v.toObject().value(s("sales_prices")).toArray()) {
                    if (p.toObject().value(s("price_name")).toString() == QLatin1String("Selling Price")) {
                        return minor(p.toObject().value(s("price")).toDouble());
                    }
                }
            }
        }
        return -1;
    }
    bool renameRemoteCustomer(const QString &remoteId, const QString &name) override
    {
        return m_fx.api("PUT", s("contacts/") + remoteId, { { s("contact"), QJsonObject { { s("name"), name } } } })
                   .status
            == 200;
    }
    bool setRemoteItemPrice(const QString &remoteId, qint64 priceMinor) override
    {
        const QJsonArray prices { QJsonObject {
            { s("price_name"), s("Selling Price") }, { s("price"), major(priceMinor) } } };
        return m_fx.api("PUT", s("products/") + remoteId,
                       { { s("product"), QJsonObject { { s("sales_prices"), prices } } } })
                   .status
            == 200;
    }
};

class MyobWorld : public FixtureWorld<MyobFixture>
{
public:
    QString provider() const override { return s("myob"); }
    QString currency() const override { return s("AUD"); }
    QString taxCode() const override { return s("FRE"); }
    QString otherTaxCode() const override { return s("GST"); }
    qint64 otherTaxRateE4() const override { return 100000; }
    QString apiFragment() const override { return s("/myob/api/"); }
    QString invoiceWritePattern() const override { return s("/myob/api/accountright/*/Sale/Invoice*"); }
    QString customerCollection() const override { return s("Contact/Customer"); }
    QString customerNameField() const override { return s("CompanyName"); }
    QStringList invoiceCollections() const override { return { s("Sale/Invoice/Service"), s("Sale/Invoice/Item") }; }
    QString invoiceNumberField() const override { return s("Number"); }
    std::unique_ptr<AccessTokenSource> tokenSource(
        QNetworkAccessManager *network, const QUrl &base, const QString &access, const QString &refresh) const override
    {
        return std::make_unique<MyobTestTokenSource>(network, base, access, refresh);
    }
    QString clientId() const override { return MyobFixture::clientId(); }
    QStringList scopes() const override { return { s("sme-company-file"), s("sme-sales") }; }

    QString createRemoteCustomer(const QString &name, bool archived) override
    {
        return m_fx.create(s("Contact/Customer"),
            { { s("CompanyName"), name }, { s("IsIndividual"), false }, { s("IsActive"), !archived } });
    }
    QStringList remoteCustomerNames() override
    {
        QStringList names;
        for (const auto &v : m_fx.remote(s("Contact/Customer"))) {
            names << v.toObject().value(s("CompanyName")).toString();
        }
        return names;
    }
    QStringList remoteInvoiceNumbers() override
    {
        QStringList numbers;
        for (const QString &kind : { s("Sale/Invoice/Service"), s("Sale/Invoice/Item") }) {
            for (const auto &v : m_fx.remote(kind)) {
                numbers << v.toObject().value(s("Number")).toString();
            }
        }
        return numbers;
    }
    QStringList remoteCreditNoteNumbers() override { return {}; }
    QString voidedState() const override { return s("absent"); } // deleted
    QString remoteInvoiceState(const QString &number) override
    {
        return remoteInvoiceNumbers().contains(number) ? s("open") : s("absent");
    }
    QStringList remoteInvoiceTaxCodes(const QString &number) override
    {
        QHash<QString, QString> codeOf;
        for (const auto &v : m_fx.remote(s("GeneralLedger/TaxCode"))) {
            codeOf.insert(v.toObject().value(s("UID")).toString(), v.toObject().value(s("Code")).toString());
        }
        QStringList codes;
        for (const QString &kind : { s("Sale/Invoice/Service"), s("Sale/Invoice/Item") }) {
            for (const auto &v : m_fx.remote(kind)) {
                if (v.toObject().value(s("Number")).toString() != number) {
                    continue;
                }
                for (const auto &line : v.toObject().value(s("Lines")).toArray()) {
                    codes << codeOf.value(line.toObject().value(s("TaxCode")).toObject().value(s("UID")).toString());
                }
            }
        }
        return codes;
    }
    qint64 remoteItemPrice(const QString &remoteId) override
    {
        const QJsonObject item = record(remoteId);
        return item.isEmpty()
            ? -1
            : minor(item.value(s("SellingDetails")).toObject().value(s("BaseSellingPrice")).toDouble());
    }
    bool renameRemoteCustomer(const QString &remoteId, const QString &name) override
    {
        for (const auto &v : m_fx.remote(s("Contact/Customer"))) {
            if (v.toObject().value(s("UID")).toString() == remoteId) {
                QJsonObject customer = v.toObject();
                customer.insert(s("CompanyName"), name);
                return m_fx.api("PUT", s("Contact/Customer/") + remoteId, customer).status == 200;
            }
        }
        return false;
    }
    bool setRemoteItemPrice(const QString &remoteId, qint64 priceMinor) override
    {
        QJsonObject item = record(remoteId);
        QJsonObject selling = item.value(s("SellingDetails")).toObject();
        selling.insert(s("BaseSellingPrice"), major(priceMinor));
        item.insert(s("SellingDetails"), selling);
        const HttpResult r = m_fx.api("PUT", s("Inventory/Item/") + remoteId, item);
        return r.status == 200;
    }

private:
    QJsonObject record(const QString &remoteId)
    {
        for (const auto &v : m_fx.remote(s("Inventory/Item"))) {
            if (v.toObject().value(s("UID")).toString() == remoteId) {
                return v.toObject();
            }
        }
        return {};
    }
};

} // namespace

std::unique_ptr<RulesWorld> RulesWorld::create(const QString &provider)
{
    if (provider == QLatin1String("xero")) {
        return std::make_unique<XeroWorld>();
    }
    if (provider == QLatin1String("qbo")) {
        return std::make_unique<QboWorld>();
    }
    if (provider == QLatin1String("sage")) {
        return std::make_unique<SageWorld>();
    }
    if (provider == QLatin1String("myob")) {
        return std::make_unique<MyobWorld>();
    }
    return {};
}

} // namespace Ledgerlink

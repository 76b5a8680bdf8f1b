#include "xeropayments.h"

#include "sandboxdata.h"
#include "xerodocuments.h"
#include "xeroformat.h"

#include <QUuid>

namespace Ledgerlink {

namespace {

const QString kProvider = QStringLiteral("xero");

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

XeroPayments::XeroPayments(const SandboxContext &context, XeroWriter *writer)
    : m_context(context)
    , m_writer(writer)
{ }

XeroWriter::Outcome XeroPayments::save(const QString &tenant, const QJsonObject &input, bool byId)
{
    const QString id = input.value(s("PaymentID")).toString();
    if (byId || !id.isEmpty()) {
        return remove(tenant, input);
    }
    return create(tenant, input);
}

void XeroPayments::updateInvoice(
    const QString &tenant, QJsonObject invoice, const QJsonArray &payments, const QString &date)
{
    double paid = 0;
    for (const auto &p : payments) {
        paid += p.toObject().value(s("Amount")).toDouble();
    }
    invoice.insert(s("Payments"), payments);
    XeroDocuments documents(m_context, m_writer);
    invoice = documents.withPayments(invoice, paid, date);
    m_context.data->put(kProvider, tenant, s("Invoices"), invoice.value(s("InvoiceID")).toString(), invoice);
}

XeroWriter::Outcome XeroPayments::create(const QString &tenant, const QJsonObject &input)
{
    XeroWriter::Outcome out;
    out.element = input;
    const QJsonObject invoiceIn = input.value(s("Invoice")).toObject();
    QJsonObject invoice =
        m_writer->findBy(tenant, s("Invoices"), s("InvoiceID"), invoiceIn.value(s("InvoiceID")).toString());
    if (invoice.isEmpty()) {
        invoice =
            m_writer->findBy(tenant, s("Invoices"), s("InvoiceNumber"), invoiceIn.value(s("InvoiceNumber")).toString());
    }
    if (invoice.isEmpty()) {
        out.errors << (input.contains(s("CreditNote"))
                ? s("The sandbox does not support payments against credit notes.")
                : s("You must specify an Invoice, CreditNote, Prepayment or Overpayment "
                    "and it must exist."));
    } else if (invoice.value(s("Status")).toString() != QLatin1String("AUTHORISED")) {
        out.errors << s("Payment can only be made against Authorised documents");
    }
    const QJsonObject accountIn = input.value(s("Account")).toObject();
    QJsonObject account =
        m_writer->findBy(tenant, s("Accounts"), s("AccountID"), accountIn.value(s("AccountID")).toString());
    if (account.isEmpty()) {
        account = m_writer->findBy(tenant, s("Accounts"), s("Code"), accountIn.value(s("Code")).toString());
    }
    if (account.isEmpty()) {
        out.errors << s("Account code must be specified and exist.");
    } else if (account.value(s("Type")).toString() != QLatin1String("BANK")
        && !account.value(s("EnablePaymentsToAccount")).toBool()) {
        out.errors << s("Account type is invalid for making a payment to/from");
    }
    const qint64 dateMs = XeroFormat::parseDate(input.value(s("Date")).toString());
    if (dateMs < 0) {
        out.errors << s("Payment date must be specified and be a valid date.");
    }
    const double amount = XeroFormat::money(input.value(s("Amount")).toDouble());
    if (amount <= 0) {
        out.errors << s("Payment amount must be greater than zero.");
    } else if (!invoice.isEmpty() && amount > invoice.value(s("AmountDue")).toDouble() + 0.0001) {
        out.errors << s("Payment amount exceeds the amount outstanding on this document");
    }
    if (!out.errors.isEmpty()) {
        return out;
    }
    QJsonObject payment {
        { s("PaymentID"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { s("Date"), XeroFormat::msDate(dateMs) },
        { s("Amount"), amount },
        { s("BankAmount"), amount },
        { s("CurrencyRate"), 1.0 },
        { s("Reference"), input.value(s("Reference")).toString() },
        { s("IsReconciled"), input.value(s("IsReconciled")).toBool(false) },
        { s("Status"), s("AUTHORISED") },
        { s("PaymentType"), s("ACCRECPAYMENT") },
        { s("HasAccount"), true },
        { s("HasValidationErrors"), false },
        { s("Account"),
            QJsonObject {
                { s("AccountID"), account.value(s("AccountID")) }, { s("Code"), account.value(s("Code")) } } },
        { s("Invoice"),
            QJsonObject { { s("InvoiceID"), invoice.value(s("InvoiceID")) },
                { s("InvoiceNumber"), invoice.value(s("InvoiceNumber")) }, { s("Type"), invoice.value(s("Type")) },
                { s("Contact"), invoice.value(s("Contact")) },
                { s("CurrencyCode"), invoice.value(s("CurrencyCode")) } } },
    };
    payment = m_writer->stamped(payment);
    m_context.data->put(kProvider, tenant, s("Payments"), payment.value(s("PaymentID")).toString(), payment);
    QJsonArray summaries = invoice.value(s("Payments")).toArray();
    summaries.append(
        QJsonObject { { s("PaymentID"), payment.value(s("PaymentID")) }, { s("Date"), payment.value(s("Date")) },
            { s("Amount"), amount }, { s("Reference"), payment.value(s("Reference")) }, { s("CurrencyRate"), 1.0 },
            { s("HasAccount"), true }, { s("HasValidationErrors"), false } });
    updateInvoice(tenant, invoice, summaries, payment.value(s("Date")).toString());
    out.element = payment;
    return out;
}

XeroWriter::Outcome XeroPayments::remove(const QString &tenant, const QJsonObject &input)
{
    XeroWriter::Outcome out;
    out.element = input;
    const QString id = input.value(s("PaymentID")).toString();
    QJsonObject payment = m_writer->findBy(tenant, s("Payments"), s("PaymentID"), id);
    if (payment.isEmpty()) {
        out.errors << s("The payment with PaymentID %1 could not be found.").arg(id);
        return out;
    }
    if (input.value(s("Status")).toString() != QLatin1String("DELETED")) {
        out.errors << s("Payments cannot be edited; only {\"Status\":\"DELETED\"} is accepted.");
        return out;
    }
    if (payment.value(s("Status")).toString() == QLatin1String("DELETED")) {
        out.errors << s("The payment has already been deleted.");
        return out;
    }
    payment.insert(s("Status"), s("DELETED"));
    payment = m_writer->stamped(payment);
    m_context.data->put(kProvider, tenant, s("Payments"), id, payment);
    const QString invoiceId = payment.value(s("Invoice")).toObject().value(s("InvoiceID")).toString();
    QJsonObject invoice = m_writer->findBy(tenant, s("Invoices"), s("InvoiceID"), invoiceId);
    if (!invoice.isEmpty()) {
        QJsonArray kept;
        const auto summaries = invoice.value(s("Payments")).toArray();
        for (const auto &p : summaries) {
            if (p.toObject().value(s("PaymentID")).toString() != id) {
                kept.append(p);
            }
        }
        updateInvoice(tenant, invoice, kept, invoice.value(s("FullyPaidOnDate")).toString());
    }
    out.element = payment;
    return out;
}

} // namespace Ledgerlink

#include "xeroallocations.h"

#include "sandboxclock.h"
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

double allocatedSum(const QJsonObject &creditNote)
{
    double sum = 0;
    const auto allocations = creditNote.value(s("Allocations")).toArray();
    for (const auto &a : allocations) {
        sum += a.toObject().value(s("Amount")).toDouble();
    }
    return sum;
}

} // namespace

XeroAllocations::XeroAllocations(const SandboxContext &context, XeroWriter *writer)
    : m_context(context)
    , m_writer(writer)
{ }

XeroWriter::Outcome XeroAllocations::allocate(
    const QString &tenant, const QString &creditNoteId, const QJsonObject &input)
{
    XeroWriter::Outcome out;
    out.element = input;
    QJsonObject note = m_writer->findBy(tenant, s("CreditNotes"), s("CreditNoteID"), creditNoteId);
    if (note.isEmpty()) {
        out.errors << s("The credit note with CreditNoteID %1 could not be found.").arg(creditNoteId);
        return out;
    }
    if (note.value(s("Status")).toString() != QLatin1String("AUTHORISED")) {
        out.errors << s("Only AUTHORISED credit notes can be allocated.");
    }
    QJsonObject invoice = m_writer->findBy(
        tenant, s("Invoices"), s("InvoiceID"), input.value(s("Invoice")).toObject().value(s("InvoiceID")).toString());
    if (invoice.isEmpty()) {
        out.errors << s("The invoice to allocate to must be specified and exist.");
        return out;
    }
    if (invoice.value(s("Status")).toString() != QLatin1String("AUTHORISED")) {
        out.errors << s("Credit can only be allocated to AUTHORISED invoices.");
    }
    if (invoice.value(s("Contact")).toObject().value(s("ContactID"))
        != note.value(s("Contact")).toObject().value(s("ContactID"))) {
        out.errors << s("The credit note and the invoice must belong to the same contact.");
    }
    const double amount = XeroFormat::money(input.value(s("Amount")).toDouble());
    if (amount <= 0) {
        out.errors << s("The allocation amount must be greater than zero.");
    } else if (amount > note.value(s("RemainingCredit")).toDouble() + 0.0001) {
        out.errors << s("The amount allocated exceeds the remaining credit on the credit note.");
    } else if (amount > invoice.value(s("AmountDue")).toDouble() + 0.0001) {
        out.errors << s("The amount allocated exceeds the amount due on the invoice.");
    }
    qint64 dateMs = XeroFormat::parseDate(input.value(s("Date")).toString());
    if (!input.contains(s("Date"))) {
        dateMs = QDateTime(m_context.clock->now().date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    } else if (dateMs < 0) {
        out.errors << s("Date is not a valid date.");
    }
    if (!out.errors.isEmpty()) {
        return out;
    }
    const QString date = XeroFormat::msDate(dateMs);
    const QJsonObject allocation {
        { s("AllocationID"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { s("Amount"), amount },
        { s("Date"), date },
        { s("IsDeleted"), false },
        { s("Invoice"),
            QJsonObject { { s("InvoiceID"), invoice.value(s("InvoiceID")) },
                { s("InvoiceNumber"), invoice.value(s("InvoiceNumber")) } } },
        { s("CreditNote"),
            QJsonObject { { s("CreditNoteID"), note.value(s("CreditNoteID")) },
                { s("CreditNoteNumber"), note.value(s("CreditNoteNumber")) } } },
    };
    XeroDocuments documents(m_context, m_writer);
    QJsonArray allocations = note.value(s("Allocations")).toArray();
    allocations.append(allocation);
    note.insert(s("Allocations"), allocations);
    note = documents.withPayments(note, allocatedSum(note), date);
    m_context.data->put(kProvider, tenant, s("CreditNotes"), creditNoteId, note);

    invoice.insert(s("AmountCredited"), XeroFormat::money(invoice.value(s("AmountCredited")).toDouble() + amount));
    QJsonArray credits = invoice.value(s("CreditNotes")).toArray();
    credits.append(QJsonObject { { s("CreditNoteID"), note.value(s("CreditNoteID")) },
        { s("CreditNoteNumber"), note.value(s("CreditNoteNumber")) }, { s("AppliedAmount"), amount },
        { s("Total"), note.value(s("Total")) } });
    invoice.insert(s("CreditNotes"), credits);
    invoice = documents.withPayments(invoice, invoice.value(s("AmountPaid")).toDouble(), date);
    m_context.data->put(kProvider, tenant, s("Invoices"), invoice.value(s("InvoiceID")).toString(), invoice);
    out.element = allocation;
    return out;
}

} // namespace Ledgerlink

#include "xerodocuments.h"

#include "sandboxclock.h"
#include "sandboxdata.h"
#include "xeroformat.h"

#include <QUuid>

namespace Ledgerlink {

namespace {

const QString kProvider = QStringLiteral("xero");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

XeroDocuments::XeroDocuments(const SandboxContext &context, XeroWriter *writer)
    : m_context(context)
    , m_writer(writer)
{ }

XeroDocuments::Names XeroDocuments::names(Kind kind)
{
    if (kind == Kind::Invoice) {
        return { s("Invoices"), s("InvoiceID"), s("InvoiceNumber"), s("ACCREC"), s("INV-") };
    }
    return { s("CreditNotes"), s("CreditNoteID"), s("CreditNoteNumber"), s("ACCRECCREDIT"), s("CN-") };
}

double XeroDocuments::taxRate(const QString &tenant, const QString &taxType, bool *found) const
{
    const QJsonObject rate = m_writer->findBy(tenant, s("TaxRates"), s("TaxType"), taxType);
    *found = !rate.isEmpty() && rate.value(s("Status")).toString() == QLatin1String("ACTIVE");
    return rate.value(s("EffectiveRate")).toDouble() / 100.0;
}

QString XeroDocuments::nextNumber(const QString &tenant, const Names &n) const
{
    int next = m_context.data->count(kProvider, tenant, n.entity) + 1;
    while (
        !m_writer
             ->findBy(tenant, n.entity, n.number, n.prefix + QString::number(next).rightJustified(4, QLatin1Char('0')))
             .isEmpty()) {
        ++next;
    }
    return n.prefix + QString::number(next).rightJustified(4, QLatin1Char('0'));
}

QString XeroDocuments::statusError(const QString &from, const QString &to, double amountPaid, bool isNew) const
{
    static const QStringList known { s("DRAFT"), s("SUBMITTED"), s("AUTHORISED"), s("PAID"), s("VOIDED"),
        s("DELETED") };
    if (!known.contains(to)) {
        return s("Status must be one of DRAFT, SUBMITTED, AUTHORISED, VOIDED or DELETED.");
    }
    if (isNew) {
        return to == QLatin1String("DRAFT") || to == QLatin1String("SUBMITTED") || to == QLatin1String("AUTHORISED")
            ? QString()
            : s("A new document can only be created as DRAFT, SUBMITTED or AUTHORISED.");
    }
    if (from == QLatin1String("PAID") || from == QLatin1String("VOIDED") || from == QLatin1String("DELETED")) {
        return from == QLatin1String("PAID")
            ? s("This document cannot be edited as it has a payment or credit note allocated to it.")
            : s("Invoice not of valid status for modification");
    }
    if (to == QLatin1String("PAID")) {
        return s("The status PAID is set by Xero when the amount due reaches zero.");
    }
    if (to == QLatin1String("VOIDED")) {
        if (from != QLatin1String("AUTHORISED")) {
            return s("Only AUTHORISED documents can be voided; delete a DRAFT or SUBMITTED one instead.");
        }
        return amountPaid > 0 ? s("This document cannot be voided as it has payments allocated to it.") : QString();
    }
    if (to == QLatin1String("DELETED")) {
        return from == QLatin1String("AUTHORISED") ? s("An AUTHORISED document cannot be deleted; void it instead.")
                                                   : QString();
    }
    if (from == QLatin1String("AUTHORISED") && to != QLatin1String("AUTHORISED")) {
        return s("An AUTHORISED document cannot be changed back to %1.").arg(to);
    }
    return {};
}

QStringList XeroDocuments::buildLines(
    const QString &tenant, const QJsonObject &existing, QJsonObject *record, bool authorising) const
{
    QStringList errors;
    const QString lineAmountTypes = record->value(s("LineAmountTypes")).toString(s("Exclusive"));
    if (lineAmountTypes != QLatin1String("Exclusive") && lineAmountTypes != QLatin1String("Inclusive")
        && lineAmountTypes != QLatin1String("NoTax")) {
        errors << s("LineAmountTypes must be Exclusive, Inclusive or NoTax.");
        return errors;
    }
    QStringList existingIds;
    const auto oldLines = existing.value(s("LineItems")).toArray();
    for (const auto &l : oldLines) {
        existingIds << l.toObject().value(s("LineItemID")).toString();
    }
    const QJsonArray lines = record->value(s("LineItems")).toArray();
    if (authorising && lines.isEmpty()) {
        errors << s("A document must have at least one line item to be approved.");
    }
    QJsonArray built;
    double lineTotal = 0;
    double taxTotal = 0;
    for (const auto &value : lines) {
        QJsonObject line = value.toObject();
        const QString itemCode = line.value(s("ItemCode")).toString();
        QJsonObject item;
        if (!itemCode.isEmpty()) {
            item = m_writer->findBy(tenant, s("Items"), s("Code"), itemCode);
            if (item.isEmpty()) {
                errors << s("Item code '%1' is not valid").arg(itemCode);
                continue;
            }
        }
        const QJsonObject sales = item.value(s("SalesDetails")).toObject();
        if (!line.contains(s("Description")) && !item.isEmpty()) {
            line.insert(s("Description"), item.value(s("Description")).toString(item.value(s("Name")).toString()));
        }
        if (line.value(s("Description")).toString().isEmpty() && itemCode.isEmpty()) {
            errors << s("Description is required for a line item without an item code.");
        }
        const double quantity = line.value(s("Quantity")).toDouble(1.0);
        const double unit = line.value(s("UnitAmount")).toDouble(sales.value(s("UnitPrice")).toDouble());
        const double discount = line.value(s("DiscountRate")).toDouble(0);
        QString account = line.value(s("AccountCode")).toString(sales.value(s("AccountCode")).toString());
        QJsonObject accountRecord = m_writer->findBy(tenant, s("Accounts"), s("Code"), account);
        if (!account.isEmpty() && accountRecord.isEmpty()) {
            errors << s("Account code '%1' is not a valid code for this document.").arg(account);
        } else if (account.isEmpty() && authorising) {
            errors << s("An account code must be specified for each line item of an approved document.");
        }
        QString taxType =
            line.value(s("TaxType"))
                .toString(sales.value(s("TaxType")).toString(accountRecord.value(s("TaxType")).toString(s("NONE"))));
        bool taxFound = false;
        double rate = taxRate(tenant, taxType, &taxFound);
        if (!taxFound) {
            errors << s("The TaxType code '%1' does not exist or cannot be used with this type of transaction.")
                          .arg(taxType);
        }
        if (lineAmountTypes == QLatin1String("NoTax")) {
            rate = 0;
        }
        const double amount = XeroFormat::money(quantity * unit * (1.0 - discount / 100.0));
        const double tax = lineAmountTypes == QLatin1String("Inclusive")
            ? XeroFormat::money(amount - amount / (1.0 + rate))
            : XeroFormat::money(amount * rate);
        QString lineId = line.value(s("LineItemID")).toString();
        if (lineId.isEmpty() || !existingIds.contains(lineId)) {
            lineId = newId();
        }
        line.insert(s("LineItemID"), lineId);
        line.insert(s("Quantity"), quantity);
        line.insert(s("UnitAmount"), unit);
        if (!account.isEmpty()) {
            line.insert(s("AccountCode"), account);
            line.insert(s("AccountID"), accountRecord.value(s("AccountID")));
        }
        line.insert(s("TaxType"), taxType);
        line.insert(s("TaxAmount"), tax);
        line.insert(s("LineAmount"), amount);
        if (!item.isEmpty()) {
            line.insert(s("Item"),
                QJsonObject { { s("ItemID"), item.value(s("ItemID")) }, { s("Code"), item.value(s("Code")) },
                    { s("Name"), item.value(s("Name")) } });
        }
        line.insert(s("Tracking"), line.value(s("Tracking")).toArray());
        built.append(line);
        lineTotal += amount;
        taxTotal += tax;
    }
    lineTotal = XeroFormat::money(lineTotal);
    taxTotal = XeroFormat::money(taxTotal);
    const double subTotal = lineAmountTypes == QLatin1String("Inclusive") ? lineTotal - taxTotal : lineTotal;
    record->insert(s("LineAmountTypes"), lineAmountTypes);
    record->insert(s("LineItems"), built);
    record->insert(s("SubTotal"), XeroFormat::money(subTotal));
    record->insert(s("TotalTax"), taxTotal);
    record->insert(s("Total"), XeroFormat::money(subTotal + taxTotal));
    return errors;
}

QJsonObject XeroDocuments::withPayments(QJsonObject document, double amountPaid, const QString &paidOnDate) const
{
    const double total = document.value(s("Total")).toDouble();
    const double credited = document.value(s("AmountCredited")).toDouble();
    const double due = XeroFormat::money(total - amountPaid - credited);
    const bool isInvoice = document.contains(s("InvoiceID"));
    if (isInvoice) {
        document.insert(s("AmountPaid"), XeroFormat::money(amountPaid));
        document.insert(s("AmountDue"), due);
    } else {
        document.insert(s("RemainingCredit"), due);
    }
    const QString status = document.value(s("Status")).toString();
    if (due <= 0.0 && status == QLatin1String("AUTHORISED") && total > 0) {
        document.insert(s("Status"), s("PAID"));
        document.insert(s("FullyPaidOnDate"), paidOnDate);
    } else if (due > 0.0 && status == QLatin1String("PAID")) {
        document.insert(s("Status"), s("AUTHORISED"));
        document.remove(s("FullyPaidOnDate"));
    }
    return m_writer->stamped(document);
}

XeroWriter::Outcome XeroDocuments::save(const QString &tenant, Kind kind, QJsonObject input, bool allowUpdate)
{
    const Names n = names(kind);
    XeroWriter::Outcome out;
    out.element = input;
    QJsonObject existing;
    const QString id = input.value(n.id).toString();
    const QString number = input.value(n.number).toString().trimmed();
    if (!id.isEmpty()) {
        existing = m_writer->findBy(tenant, n.entity, n.id, id);
        if (existing.isEmpty()) {
            out.errors << s("The document with %1 %2 could not be found.").arg(n.id, id);
            return out;
        }
    } else if (allowUpdate && !number.isEmpty()) {
        existing = m_writer->findBy(tenant, n.entity, n.number, number);
        if (existing.value(s("Status")).toString() == QLatin1String("DELETED")) {
            existing = {};
        }
    }
    const bool isNew = existing.isEmpty();
    const QString type = input.value(s("Type")).toString(existing.value(s("Type")).toString());
    if (type != n.type) {
        out.errors << (type.isEmpty() ? s("The document type must be specified.")
                                      : s("The sandbox only supports Type %1 here, not %2.").arg(n.type, type));
        return out;
    }
    for (const auto &readOnly : { s("SubTotal"), s("TotalTax"), s("Total"), s("AmountDue"), s("AmountPaid"),
             s("AmountCredited"), s("RemainingCredit"), s("UpdatedDateUTC"), s("Payments"), s("FullyPaidOnDate"),
             s("HasErrors"), s("ValidationErrors"), s("StatusAttributeString") }) {
        input.remove(readOnly);
    }
    const QString fromStatus = existing.value(s("Status")).toString(s("DRAFT"));
    const QString toStatus = input.value(s("Status")).toString(isNew ? s("DRAFT") : fromStatus);
    // Payments (invoices) or allocations (credit notes) already made lock the lines.
    double amountPaid = existing.value(s("AmountPaid")).toDouble();
    if (kind == Kind::CreditNote) {
        const auto allocations = existing.value(s("Allocations")).toArray();
        for (const auto &a : allocations) {
            amountPaid += a.toObject().value(s("Amount")).toDouble();
        }
    }
    const QString statusProblem = statusError(fromStatus, toStatus, amountPaid, isNew);
    if (!statusProblem.isEmpty()) {
        out.errors << statusProblem;
        return out;
    }
    QJsonObject record = XeroWriter::merged(existing, input);
    // Contact: by id, or by name (Xero creates a contact for an unknown name).
    const QJsonObject contactIn = record.value(s("Contact")).toObject();
    QJsonObject contact;
    if (!contactIn.value(s("ContactID")).toString().isEmpty()) {
        contact = m_writer->findBy(tenant, s("Contacts"), s("ContactID"), contactIn.value(s("ContactID")).toString());
        if (contact.isEmpty()) {
            out.errors << s("The contact with ContactID %1 could not be found.")
                              .arg(contactIn.value(s("ContactID")).toString());
        }
    } else if (!contactIn.value(s("ContactNumber")).toString().isEmpty()) {
        contact =
            m_writer->findBy(tenant, s("Contacts"), s("ContactNumber"), contactIn.value(s("ContactNumber")).toString());
        if (contact.isEmpty()) {
            out.errors << s("The contact with ContactNumber %1 could not be found.")
                              .arg(contactIn.value(s("ContactNumber")).toString());
        }
    } else if (!contactIn.value(s("Name")).toString().isEmpty()) {
        const auto contacts = m_context.data->recordsWhere(
            kProvider, tenant, s("Contacts"), s("Name"), contactIn.value(s("Name")).toString());
        for (const auto &c : contacts) {
            if (c.value(s("ContactStatus")).toString() == QLatin1String("ACTIVE")) {
                contact = c;
            }
        }
    } else {
        out.errors << s("A Contact must be specified for this type of transaction");
    }
    if (!contact.isEmpty() && contact.value(s("ContactStatus")).toString() != QLatin1String("ACTIVE")) {
        out.errors << s("The contact %1 is archived and cannot be used on a new or changed document.")
                          .arg(contact.value(s("Name")).toString());
    }
    const bool authorising = toStatus == QLatin1String("AUTHORISED");
    const bool linesChanged = input.contains(s("LineItems")) || isNew;
    if (linesChanged && amountPaid > 0) {
        out.errors << s("This document cannot be edited as it has a payment or credit note allocated to it.");
    }
    if (linesChanged || input.contains(s("LineAmountTypes"))) {
        out.errors << buildLines(tenant, existing, &record, authorising || toStatus == QLatin1String("SUBMITTED"));
    }
    // Dates: accept YYYY-MM-DD or /Date()/, answer /Date(ms+0000)/ plus the DateString form.
    for (const auto &field : { s("Date"), s("DueDate") }) {
        if (!input.contains(field)) {
            continue;
        }
        const qint64 ms = XeroFormat::parseDate(input.value(field).toString());
        if (ms < 0) {
            out.errors << s("%1 is not a valid date.").arg(field);
            continue;
        }
        record.insert(field, XeroFormat::msDate(ms));
        record.insert(field + s("String"), XeroFormat::isoDate(ms));
    }
    if (!record.contains(s("Date"))) {
        const qint64 today = QDateTime(m_context.clock->now().date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        record.insert(s("Date"), XeroFormat::msDate(today));
        record.insert(s("DateString"), XeroFormat::isoDate(today));
    }
    if (kind == Kind::Invoice && authorising && !record.contains(s("DueDate"))) {
        out.errors << s("Due Date is required");
    }
    QString finalNumber = record.value(n.number).toString().trimmed();
    if (finalNumber.isEmpty()) {
        finalNumber = nextNumber(tenant, n);
    } else {
        const auto sameNumber = m_context.data->recordsWhere(kProvider, tenant, n.entity, n.number, finalNumber);
        for (const auto &other : sameNumber) {
            if (other.value(n.id) != record.value(n.id)
                && other.value(s("Status")).toString() != QLatin1String("DELETED")) {
                out.errors << (kind == Kind::Invoice ? s("Invoice # must be unique.")
                                                     : s("Credit Note # must be unique."));
                break;
            }
        }
    }
    if (!out.errors.isEmpty()) {
        out.errors.removeDuplicates();
        return out;
    }
    if (isNew) {
        record.insert(n.id, newId());
        record.insert(s("CurrencyCode"), record.value(s("CurrencyCode")).toString(s("NZD")));
        record.insert(s("CurrencyRate"), 1.0);
        record.insert(s("HasAttachments"), false);
        record.insert(s("SentToContact"), false);
        record.insert(s("Payments"), QJsonArray());
        if (kind == Kind::Invoice) {
            record.insert(s("AmountCredited"), 0.0);
            record.insert(s("IsDiscounted"), false);
            record.insert(s("AmountPaid"), 0.0);
            record.insert(s("CreditNotes"), QJsonArray());
            record.insert(s("Prepayments"), QJsonArray());
            record.insert(s("Overpayments"), QJsonArray());
        } else {
            record.insert(s("Allocations"), QJsonArray());
        }
    }
    record.insert(n.number, finalNumber);
    record.insert(s("Status"), toStatus);
    record.insert(s("HasErrors"), false);
    record.insert(s("Contact"),
        QJsonObject { { s("ContactID"), contact.isEmpty() ? newId() : contact.value(s("ContactID")) },
            { s("Name"), contact.isEmpty() ? contactIn.value(s("Name")) : contact.value(s("Name")) } });
    if (contact.isEmpty()) {
        // Unknown name: create the contact as Xero does.
        const auto created =
            m_writer->saveContact(tenant, QJsonObject { { s("Name"), contactIn.value(s("Name")) } }, false);
        record.insert(s("Contact"),
            QJsonObject { { s("ContactID"), created.element.value(s("ContactID")) },
                { s("Name"), created.element.value(s("Name")) } });
    }
    if (!contact.isEmpty() && kind == Kind::Invoice && !contact.value(s("IsCustomer")).toBool()) {
        contact.insert(s("IsCustomer"), true);
        m_context.data->put(
            kProvider, tenant, s("Contacts"), contact.value(s("ContactID")).toString(), m_writer->stamped(contact));
    }
    record = withPayments(record, amountPaid, existing.value(s("FullyPaidOnDate")).toString());
    m_context.data->put(kProvider, tenant, n.entity, record.value(n.id).toString(), record);
    out.element = record;
    return out;
}

} // namespace Ledgerlink

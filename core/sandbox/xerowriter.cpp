#include "xerowriter.h"

#include "sandboxclock.h"
#include "sandboxdata.h"
#include "xeroallocations.h"
#include "xerodocuments.h"
#include "xeroformat.h"
#include "xeropayments.h"

#include <QRegularExpression>
#include <QUuid>

namespace Ledgerlink {

namespace {

const QString kProvider = QStringLiteral("xero");
const QString kContacts = QStringLiteral("Contacts");
const QString kItems = QStringLiteral("Items");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

XeroWriter::XeroWriter(const SandboxContext &context)
    : m_context(context)
    , m_documents(std::make_unique<XeroDocuments>(context, this))
    , m_payments(std::make_unique<XeroPayments>(context, this))
    , m_allocations(std::make_unique<XeroAllocations>(context, this))
{ }

XeroWriter::~XeroWriter() = default;

QList<XeroWriter::Outcome> XeroWriter::apply(
    const QString &tenant, const QString &entity, const QJsonArray &elements, bool allowUpdate, const QString &pathId)
{
    QList<Outcome> outcomes;
    for (const auto &value : elements) {
        QJsonObject input = value.toObject();
        if (!pathId.isEmpty()) {
            static const QHash<QString, QString> idFields { { kContacts, QStringLiteral("ContactID") },
                { kItems, QStringLiteral("ItemID") }, { QStringLiteral("Invoices"), QStringLiteral("InvoiceID") },
                { QStringLiteral("CreditNotes"), QStringLiteral("CreditNoteID") },
                { QStringLiteral("Payments"), QStringLiteral("PaymentID") } };
            input.insert(idFields.value(entity), pathId);
        }
        if (entity == kContacts) {
            outcomes << saveContact(tenant, input, allowUpdate);
        } else if (entity == kItems) {
            outcomes << saveItem(tenant, input, allowUpdate);
        } else if (entity == QLatin1String("Invoices")) {
            outcomes << m_documents->save(tenant, XeroDocuments::Kind::Invoice, input, allowUpdate);
        } else if (entity == QLatin1String("CreditNotes")) {
            outcomes << m_documents->save(tenant, XeroDocuments::Kind::CreditNote, input, allowUpdate);
        } else if (entity == QLatin1String("Payments")) {
            outcomes << m_payments->save(tenant, input, !pathId.isEmpty());
        }
        if (!pathId.isEmpty()) {
            break;
        }
    }
    return outcomes;
}

QList<XeroWriter::Outcome> XeroWriter::allocate(
    const QString &tenant, const QString &creditNoteId, const QJsonArray &elements)
{
    QList<Outcome> outcomes;
    for (const auto &value : elements) {
        outcomes << m_allocations->allocate(tenant, creditNoteId, value.toObject());
    }
    return outcomes;
}

QJsonObject XeroWriter::findBy(
    const QString &tenant, const QString &entity, const QString &field, const QString &value) const
{
    if (value.isEmpty()) {
        return {};
    }
    return m_context.data->recordsWhere(kProvider, tenant, entity, field, value).value(0);
}

QJsonObject XeroWriter::stamped(QJsonObject record) const
{
    qint64 now = m_context.clock->nowMs();
    const qint64 previous = XeroFormat::parseDate(record.value(QStringLiteral("UpdatedDateUTC")).toString());
    if (previous >= now) {
        now = previous + 1;
    }
    record.insert(QStringLiteral("UpdatedDateUTC"), XeroFormat::msDate(now));
    return record;
}

QJsonObject XeroWriter::merged(QJsonObject base, const QJsonObject &changes)
{
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        base.insert(it.key(), it.value());
    }
    return base;
}

XeroWriter::Outcome XeroWriter::saveContact(const QString &tenant, QJsonObject input, bool allowUpdate)
{
    Outcome out;
    out.element = input;
    QJsonObject existing;
    const QString id = input.value(QStringLiteral("ContactID")).toString();
    if (!id.isEmpty()) {
        existing = findBy(tenant, kContacts, QStringLiteral("ContactID"), id);
        if (existing.isEmpty()) {
            out.errors << QStringLiteral("The contact with ContactID %1 could not be found.").arg(id);
            return out;
        }
    } else if (allowUpdate) {
        // ContactNumber is the integration's own key: POST with it updates that contact.
        existing = findBy(tenant, kContacts, QStringLiteral("ContactNumber"),
            input.value(QStringLiteral("ContactNumber")).toString());
    }
    for (const auto &readOnly : { QStringLiteral("UpdatedDateUTC"), QStringLiteral("IsCustomer"),
             QStringLiteral("IsSupplier"), QStringLiteral("Balances"), QStringLiteral("HasValidationErrors"),
             QStringLiteral("ValidationErrors"), QStringLiteral("StatusAttributeString") }) {
        input.remove(readOnly);
    }
    QJsonObject record = merged(existing, input);
    const QString name = record.value(QStringLiteral("Name")).toString().trimmed();
    const QString status = record.value(QStringLiteral("ContactStatus")).toString(QStringLiteral("ACTIVE"));
    if (name.isEmpty()) {
        out.errors << QStringLiteral("The contact name must be specified.");
    } else if (name.size() > 255) {
        out.errors << QStringLiteral("The contact name must not be more than 255 characters long.");
    }
    if (record.value(QStringLiteral("ContactNumber")).toString().size() > 50) {
        out.errors << QStringLiteral("The Contact Number must not be more than 50 characters long.");
    }
    // Xero checks the shape of an e-mail address (not that it exists).
    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString email = record.value(QStringLiteral("EmailAddress")).toString().trimmed();
    if (!email.isEmpty() && !emailShape.match(email).hasMatch()) {
        out.errors << QStringLiteral("Email address must be valid.");
    }
    if (status != QLatin1String("ACTIVE") && status != QLatin1String("ARCHIVED")
        && status != QLatin1String("GDPRREQUEST")) {
        out.errors << QStringLiteral("ContactStatus must be ACTIVE, ARCHIVED or GDPRREQUEST.");
    }
    if (status == QLatin1String("ACTIVE") && !name.isEmpty()) {
        const auto sameName = m_context.data->recordsWhere(kProvider, tenant, kContacts, QStringLiteral("Name"), name);
        for (const auto &c : sameName) {
            if (c.value(QStringLiteral("ContactStatus")).toString() == QLatin1String("ACTIVE")
                && c.value(QStringLiteral("ContactID")) != record.value(QStringLiteral("ContactID"))) {
                out.errors << QStringLiteral("The contact name %1 is already assigned to another contact. The contact "
                                             "name must be unique across all active contacts.")
                                  .arg(name);
                break;
            }
        }
    }
    if (!out.errors.isEmpty()) {
        return out;
    }
    if (existing.isEmpty()) {
        record.insert(QStringLiteral("ContactID"), newId());
        record.insert(QStringLiteral("IsCustomer"), false);
        record.insert(QStringLiteral("IsSupplier"), false);
        record.insert(QStringLiteral("HasAttachments"), false);
        if (!record.contains(QStringLiteral("Addresses"))) {
            record.insert(QStringLiteral("Addresses"), QJsonArray());
        }
        if (!record.contains(QStringLiteral("Phones"))) {
            record.insert(QStringLiteral("Phones"), QJsonArray());
        }
    }
    record.insert(QStringLiteral("Name"), name);
    record.insert(QStringLiteral("ContactStatus"), status);
    record.insert(QStringLiteral("HasValidationErrors"), false);
    record = stamped(record);
    m_context.data->put(kProvider, tenant, kContacts, record.value(QStringLiteral("ContactID")).toString(), record);
    out.element = record;
    return out;
}

XeroWriter::Outcome XeroWriter::saveItem(const QString &tenant, QJsonObject input, bool allowUpdate)
{
    Outcome out;
    out.element = input;
    QJsonObject existing;
    const QString id = input.value(QStringLiteral("ItemID")).toString();
    const QString code = input.value(QStringLiteral("Code")).toString().trimmed();
    if (!id.isEmpty()) {
        existing = findBy(tenant, kItems, QStringLiteral("ItemID"), id);
        if (existing.isEmpty()) {
            out.errors << QStringLiteral("The item with ItemID %1 could not be found.").arg(id);
            return out;
        }
    } else {
        existing = findBy(tenant, kItems, QStringLiteral("Code"), code);
        if (!existing.isEmpty() && !allowUpdate) {
            out.errors << QStringLiteral("Item code '%1' already exists").arg(code);
            return out;
        }
    }
    input.remove(QStringLiteral("UpdatedDateUTC"));
    input.remove(QStringLiteral("ValidationErrors"));
    input.remove(QStringLiteral("StatusAttributeString"));
    QJsonObject record = merged(existing, input);
    const QString finalCode = record.value(QStringLiteral("Code")).toString().trimmed();
    if (finalCode.isEmpty()) {
        out.errors << QStringLiteral("Item code must be specified.");
    } else if (finalCode.size() > 30) {
        out.errors << QStringLiteral("Item code must not be more than 30 characters long.");
    } else {
        const QJsonObject clash = findBy(tenant, kItems, QStringLiteral("Code"), finalCode);
        if (!clash.isEmpty() && clash.value(QStringLiteral("ItemID")) != record.value(QStringLiteral("ItemID"))) {
            out.errors << QStringLiteral("Item code '%1' already exists").arg(finalCode);
        }
    }
    if (record.value(QStringLiteral("Name")).toString().size() > 50) {
        out.errors << QStringLiteral("Item name must not be more than 50 characters long.");
    }
    const QString salesAccount =
        record.value(QStringLiteral("SalesDetails")).toObject().value(QStringLiteral("AccountCode")).toString();
    if (!salesAccount.isEmpty()
        && findBy(tenant, QStringLiteral("Accounts"), QStringLiteral("Code"), salesAccount).isEmpty()) {
        out.errors << QStringLiteral("Account code '%1' is not a valid code for this document.").arg(salesAccount);
    }
    if (!out.errors.isEmpty()) {
        return out;
    }
    if (existing.isEmpty()) {
        record.insert(QStringLiteral("ItemID"), newId());
        record.insert(QStringLiteral("IsTrackedAsInventory"), false);
    }
    record.insert(QStringLiteral("Code"), finalCode);
    record.insert(QStringLiteral("IsSold"),
        record.value(QStringLiteral("IsSold")).toBool(record.contains(QStringLiteral("SalesDetails"))));
    record.insert(QStringLiteral("IsPurchased"),
        record.value(QStringLiteral("IsPurchased")).toBool(record.contains(QStringLiteral("PurchaseDetails"))));
    record = stamped(record);
    m_context.data->put(kProvider, tenant, kItems, record.value(QStringLiteral("ItemID")).toString(), record);
    out.element = record;
    return out;
}

} // namespace Ledgerlink

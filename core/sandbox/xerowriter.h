#pragma once

#include "sandboxcontext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <memory>

namespace Ledgerlink {

class XeroAllocations;
class XeroDocuments;
class XeroPayments;

/// Applies Xero PUT/POST batches element by element; a failing element changes nothing.
/// Contacts and Items here; invoices/credit notes in XeroDocuments, payments in XeroPayments.
class XeroWriter
{
public:
    /// The result of one element: the saved record, or the submitted one plus its errors.
    struct Outcome
    {
        QJsonObject element;
        QStringList errors;
    };

    explicit XeroWriter(const SandboxContext &context);
    ~XeroWriter();

    /// `allowUpdate` is true for POST; `pathId` is the {id} of POST /Entity/{id} (applies to one element).
    QList<Outcome> apply(const QString &tenant, const QString &entity, const QJsonArray &elements, bool allowUpdate,
        const QString &pathId);

    /// PUT /CreditNotes/{id}/Allocations
    QList<Outcome> allocate(const QString &tenant, const QString &creditNoteId, const QJsonArray &elements);

    Outcome saveContact(const QString &tenant, QJsonObject input, bool allowUpdate);
    Outcome saveItem(const QString &tenant, QJsonObject input, bool allowUpdate);

    /// Finds a record by field value (case-insensitive); empty when none.
    QJsonObject findBy(const QString &tenant, const QString &entity, const QString &field, const QString &value) const;
    /// Stamps UpdatedDateUTC with the sandbox clock, strictly after the record's previous stamp.
    QJsonObject stamped(QJsonObject record) const;
    static QJsonObject merged(QJsonObject base, const QJsonObject &changes);

private:
    SandboxContext m_context;
    std::unique_ptr<XeroDocuments> m_documents;
    std::unique_ptr<XeroPayments> m_payments;
    std::unique_ptr<XeroAllocations> m_allocations;
};

} // namespace Ledgerlink
